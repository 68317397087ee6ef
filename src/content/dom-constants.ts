/**
 * The DOM's numeric constants, as literals.
 *
 * Why the content script reads the DOM sparingly (the files that do so point
 * here): in Firefox every DOM read from a content script crosses an Xray
 * wrapper into the page, whether a method, a property or a global such as
 * `Node.TEXT_NODE`, and on a long page such reads are a large part of the
 * walk (figures in bench-results/investigation.md). Hence these literals,
 * whose values the DOM standard fixes; one localName read per element
 * (text-runs.ts); page globals kept in a field and mutation records read once
 * per flush (page-scanner.ts).
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_FRAGMENT_NODE = 11;

export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;

export const DOCUMENT_POSITION_PRECEDING = 0x2;
export const DOCUMENT_POSITION_FOLLOWING = 0x4;
