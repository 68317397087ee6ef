/**
 * The DOM's numeric constants, as literals. In a Firefox content script,
 * `Node.TEXT_NODE` is read through an Xray wrapper every time: on the 1 MB
 * benchmark page those reads alone cost 40 ms of a 150 ms walk. The values
 * are fixed by the DOM standard.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_FRAGMENT_NODE = 11;

export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;

export const DOCUMENT_POSITION_PRECEDING = 0x2;
export const DOCUMENT_POSITION_FOLLOWING = 0x4;
