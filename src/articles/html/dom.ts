// The few DOM members we use, typed here because the project compiles without lib "DOM": linkedom's and
// Readability's declarations name DOM globals that would otherwise collapse to `any` at this seam.
import { parseHTML } from "linkedom";

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly parentNode: DomNode | null;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  /** Lower-case tag name for HTML elements ("p", "h2"). */
  readonly localName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  appendChild(node: DomNode): DomNode;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  createElement(localName: string): DomElement;
}

const HEAD_ONLY = new Set(["title", "meta", "link", "base", "style", "script", "noscript", "template"]);

/**
 * Parses HTML into a document that always has <html>, <head> and <body>. linkedom, unlike a browser,
 * does not create implied elements, and Readability needs a <body>: a fragment ("<p>..</p><p>..</p>")
 * is wrapped, and a document without <body> gets one holding its non-head children.
 */
export function parseHtmlDocument(html: string): DomDocument {
  let document = parseHTML(html).document as unknown as DomDocument;
  const root = document.documentElement;
  if (root === null || root.localName !== "html") {
    document = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as DomDocument;
    return document;
  }
  if (root.querySelector("body") === null) addBody(document, root);
  return document;
}

function addBody(document: DomDocument, root: DomElement): void {
  const head = root.querySelector("head") ?? document.createElement("head");
  const body = document.createElement("body");
  const moved: DomNode[] = [];
  for (let node = root.firstChild; node !== null; node = node.nextSibling) {
    if (node !== head) moved.push(node);
  }
  for (const node of moved) {
    const name = node.nodeType === ELEMENT_NODE ? (node as DomElement).localName : "";
    (HEAD_ONLY.has(name) ? head : body).appendChild(node);
  }
  root.appendChild(head);
  root.appendChild(body);
}
