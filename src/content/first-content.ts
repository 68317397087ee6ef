/**
 * Frames with nothing to read yet. A news page holds many frames that are
 * empty when content.js starts (ad slots, consent and tracking frames, most
 * of them about:blank), and each would otherwise pay for setting everything
 * up: the settings read, the dictionary, the listeners. Such a frame waits
 * here until something that could be read arrives, and most never do.
 */
import { SHOW_TEXT } from './dom-constants';

/** Past this many elements without text, a frame is taken as a page to read rather than looked through. */
const MAX_ELEMENTS_LOOKED_AT = 200;

const NOT_BLANK = /\S/;

/**
 * True when `doc` has no text (scripts and styles in <head> aside) and no
 * shadow root that could hold some.
 */
export function hasNothingToRead(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  if (root === null) return true;
  // Text node by text node, not textContent: a frame with an article stops at its first words.
  const texts = doc.createTreeWalker(root, SHOW_TEXT);
  for (let t = texts.nextNode(); t !== null; t = texts.nextNode()) if (NOT_BLANK.test((t as Text).data)) return false;
  const elements = root.getElementsByTagName('*');
  if (elements.length > MAX_ELEMENTS_LOOKED_AT) return false;
  for (let i = 0; i < elements.length; i++) if (elements[i]!.shadowRoot !== null) return false;
  return root.shadowRoot === null;
}

/** Settles once `doc` has something to read (at once if it has). */
export function somethingToRead(doc: Document): Promise<void> {
  if (!hasNothingToRead(doc)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (hasNothingToRead(doc)) return;
      observer.disconnect();
      resolve();
    });
    // The document itself: document.open() and a new <body> stay in view.
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
  });
}
