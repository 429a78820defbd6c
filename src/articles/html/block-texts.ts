import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from "./dom.js";

// Readability's text glues paragraphs together, so we walk its result ourselves: every block element
// (p, h2, li, blockquote, ...) ends a paragraph, inline elements (a, em, span) continue one.

const BLOCKS = new Set([
  "address", "article", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "h1", "h2",
  "h3", "h4", "h5", "h6", "header", "hgroup", "li", "main", "ol", "p", "pre", "section", "summary", "ul",
]);
/** Line and rule breaks split text like a block edge: text around a <br> is laid out as separate lines. */
const BREAKS = new Set(["br", "hr"]);
/** Never article prose: captions, asides, page chrome, forms, media, code and data tables. */
const SKIPPED = new Set([
  "aside", "audio", "button", "canvas", "embed", "figcaption", "figure", "footer", "form", "iframe", "img", "input",
  "label", "math", "nav", "noscript", "object", "picture", "script", "select", "style", "svg", "table", "template",
  "textarea", "video",
]);

/**
 * The text of each block of `root`, in document order, uncleaned (whitespace is collapsed later).
 * Iterative (first child / next sibling / parent), so deeply nested markup cannot overflow the stack,
 * and linear: every node is visited once.
 */
export function collectBlockTexts(root: DomNode): string[] {
  const texts: string[] = [];
  let buffer = "";
  const flush = (): void => {
    if (buffer.trim() !== "") texts.push(buffer);
    buffer = "";
  };
  let node: DomNode | null = root.firstChild;
  while (node !== null) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? "";
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as DomElement;
      const name = element.localName;
      if (BREAKS.has(name)) flush();
      else if (!isSkipped(element, name)) {
        if (BLOCKS.has(name)) flush();
        descend = node.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next node in document order; every block we climb out of ends a paragraph.
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root && isBlock(node)) flush();
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  flush();
  return texts;
}

function isContainer(node: DomNode | null): boolean {
  return node !== null && node.nodeType === ELEMENT_NODE && CONTAINERS.has((node as DomElement).localName);
}

function isBlock(node: DomNode): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCKS.has((node as DomElement).localName);
}

/** Elements whose children are laid out as blocks: a <time> directly inside one is a dateline, not prose. */
const CONTAINERS = new Set(["article", "body", "div", "header", "main", "section"]);

function isSkipped(element: DomElement, name: string): boolean {
  if (SKIPPED.has(name)) return true;
  if (name === "time") return isContainer(element.parentNode);
  if (element.getAttribute("aria-hidden") === "true") return true;
  // A <pre> holding <code> is a code listing, which is not prose (Markdown code blocks are dropped too).
  return name === "pre" && element.querySelector("code") !== null;
}
