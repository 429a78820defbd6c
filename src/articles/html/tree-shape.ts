import { ELEMENT_NODE, type DomNode } from "./dom.js";

export interface TreeShape {
  /** Deepest element nesting below the root. */
  depth: number;
  elements: number;
}

/**
 * Depth and element count of a tree, in one iterative pass (no recursion: the tree may be very deep).
 * Stops counting once both limits are passed: the caller only needs to know that they were.
 */
export function measureTree(root: DomNode, maxDepth: number, maxElements: number): TreeShape {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  let node: DomNode | null = root.firstChild;
  while (node !== null && (deepest <= maxDepth || elements <= maxElements)) {
    if (node.nodeType === ELEMENT_NODE) {
      elements++;
      if (node.firstChild !== null) {
        depth++;
        if (depth > deepest) deepest = depth;
        node = node.firstChild;
        continue;
      }
    }
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      depth--;
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  return { depth: deepest, elements };
}
