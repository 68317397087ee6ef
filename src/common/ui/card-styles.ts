/**
 * `mountCardStyles()` adopts the card's style sheet (theme.css, then
 * card.css) as one constructable CSSStyleSheet per document into the
 * content script's open shadow root or the popup's document.
 */
import cardCss from './card.css';
import themeCss from './theme.css';

const CARD_CSS = themeCss + cardCss;

/** One sheet per document: a constructed sheet may only be adopted in the document it was made for. */
const sheets = new WeakMap<Document, CSSStyleSheet>();
const adoptedVia = new WeakSet<Document | ShadowRoot>();

function sheetFor(doc: Document): CSSStyleSheet {
  let sheet = sheets.get(doc);
  if (!sheet) {
    const view = doc.defaultView;
    const Ctor: typeof CSSStyleSheet =
      view && view !== (globalThis as { window?: unknown }).window ? (view as typeof globalThis).CSSStyleSheet : CSSStyleSheet;
    sheet = new Ctor();
    sheet.replaceSync(CARD_CSS);
    sheets.set(doc, sheet);
  }
  return sheet;
}

/**
 * Adopts the card stylesheet into a shadow root (content script) or a
 * document (popup). Idempotent. Constructed sheets are not subject to the
 * page's CSP `style-src`, unlike a <style> element; there is no fallback.
 *
 * Firefox content scripts used to see `adoptedStyleSheets` through an Xray
 * wrapper that could not be read or assigned (bugzilla.mozilla.org 1770592,
 * 1751346, 1928865). Firefox ESR 153 handles the plain assignment (checked);
 * should it not take, the page-side array behind `wrappedJSObject` is mutated
 * instead (the workaround of bugzilla.mozilla.org 1817675). The plain path
 * comes first because the waived one calls the page's own (replaceable)
 * Array methods.
 */
export function mountCardStyles(root: ShadowRoot | Document): CSSStyleSheet {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const sheet = sheetFor(doc);
  if (adoptedVia.has(root)) return sheet;
  try {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    if (root.adoptedStyleSheets.includes(sheet)) return sheet;
  } catch {
    // Xray trouble in an older Firefox content script: try the waived array.
  }
  const waived = (root as { wrappedJSObject?: { adoptedStyleSheets: CSSStyleSheet[] } }).wrappedJSObject;
  if (!waived) throw new Error('Summit Lens: could not adopt the card style sheet');
  waived.adoptedStyleSheets.push(sheet);
  adoptedVia.add(root);
  return sheet;
}
