/**
 * The entity card's stylesheet, as text, plus `mountCardStyles()` which
 * adopts it (as one constructable CSSStyleSheet per document) into the
 * content script's open shadow root or the popup's document.
 *
 * Page-proofing. Inside a shadow root the page's selectors do not match, but
 * inherited properties (font, color, line-height, letter-spacing, ...) flow
 * in through the host, and a page rule like
 * `* { font: 40px Comic Sans MS !important; color: red !important }` beats
 * our `:host { all: initial }` (an outer !important wins over the host's
 * normal declarations). So `.card` sets every inherited property that shows
 * explicitly and every descendant is reset to inherit from `.card` only.
 *
 * Colour pairs (WCAG 2 contrast ratio; all text ≥ 4.5:1, focus ring ≥ 3:1):
 *   light  text     #1c2025 on #ffffff  16.37
 *          muted    #5b6570 on #ffffff   5.93   (on chip #f0f3f7: 5.33, on footer #f7f8fa: 5.58)
 *          accent   #1d5bd6 on #ffffff   5.97   (on chip #f0f3f7: 5.36; also the focus ring)
 *          chip     #1c2025 on #f0f3f7  14.71
 *          quote    #2b3138 on #f5f7fa  12.24
 *   dark   text     #e6e9ed on #1c1f24  13.57
 *          muted    #a0a9b4 on #1c1f24   6.95   (on chip #2a2f37: 5.66, on footer #22262c: 6.39)
 *          accent   #8cb4ff on #1c1f24   7.94   (on chip #2a2f37: 6.47; also the focus ring)
 *          chip     #e6e9ed on #2a2f37  11.05
 *          quote    #d2d7dd on #242830  10.21
 */

const FONT_STACK =
  'system-ui, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif';
const SERIF_STACK = 'Charter, "Bitstream Charter", "Iowan Old Style", Georgia, Cambria, "Noto Serif", "Times New Roman", serif';

export const CARD_CSS = /* css */ `
:host {
  all: initial;
}

/* ---- the short notice of a lookup that found nothing ---- */
.notice {
  box-sizing: border-box;
  max-width: 320px;
  padding: 8px 12px;
  border-radius: 8px;
  border: 1px solid #d5dbe2;
  background: #ffffff;
  color: #1c2025;
  font: 400 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  box-shadow: 0 6px 20px rgba(15, 23, 42, 0.18);
}
@media (prefers-color-scheme: dark) {
  .notice { background: #1c1f24; color: #e6e9ed; border-color: #3a4049; }
}

/* ---- reset: nothing inherited from the page, nothing from UA defaults ---- */
.card,
.card *,
.card *::before,
.card *::after {
  box-sizing: border-box;
}
.card * {
  margin: 0;
  padding: 0;
  border: 0 solid transparent;
  background: transparent;
  font: inherit;
  line-height: inherit;
  color: inherit;
  letter-spacing: inherit;
  word-spacing: inherit;
  text-align: inherit;
  text-transform: none;
  text-decoration: none;
  text-indent: 0;
  text-shadow: none;
  vertical-align: baseline;
  list-style: none;
  quotes: none;
  outline: none;
  min-width: 0;
}
.card [hidden] {
  display: none !important;
}

/* ---- theme ---- */
.card {
  --sl-bg: #ffffff;
  --sl-fg: #1c2025;
  --sl-fg-2: #2b3138;
  --sl-muted: #5b6570;
  --sl-accent: #1d5bd6;
  --sl-accent-soft: #c9d8f5;
  --sl-line: #e3e7ec;
  --sl-border: #d5dbe2;
  --sl-chip: #f0f3f7;
  --sl-chip-hover: #e3e8ef;
  --sl-chip-border: #dde3ea;
  --sl-quote: #f5f7fa;
  --sl-foot: #f7f8fa;
  --sl-focus: #1d5bd6;
  --sl-flag-ring: rgba(15, 23, 42, 0.16);
  --sl-scroll-shade: rgba(15, 23, 42, 0.1);
  --sl-shadow: 0 12px 32px -10px rgba(15, 23, 42, 0.28), 0 2px 6px rgba(15, 23, 42, 0.08);
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  .card {
    --sl-bg: #1c1f24;
    --sl-fg: #e6e9ed;
    --sl-fg-2: #d2d7dd;
    --sl-muted: #a0a9b4;
    --sl-accent: #8cb4ff;
    --sl-accent-soft: #3a4f78;
    --sl-line: #30353d;
    --sl-border: #3a4049;
    --sl-chip: #2a2f37;
    --sl-chip-hover: #353b45;
    --sl-chip-border: #3a4049;
    --sl-quote: #242830;
    --sl-foot: #22262c;
    --sl-focus: #8cb4ff;
    --sl-flag-ring: rgba(255, 255, 255, 0.18);
    --sl-scroll-shade: rgba(0, 0, 0, 0.45);
    --sl-shadow: 0 14px 36px -10px rgba(0, 0, 0, 0.7), 0 2px 8px rgba(0, 0, 0, 0.4);
    color-scheme: dark;
  }
}

/* ---- the card ---- */
.card {
  display: flex;
  flex-direction: column;
  position: relative;
  margin: 0;
  padding: 0;
  overflow: hidden;
  font-family: ${FONT_STACK};
  font-size: 14px;
  font-weight: 400;
  font-style: normal;
  font-variant: normal;
  font-stretch: normal;
  font-kerning: auto;
  font-feature-settings: normal;
  font-synthesis: weight style;
  font-size-adjust: none;
  line-height: 1.5;
  letter-spacing: normal;
  word-spacing: normal;
  text-align: left;
  text-align-last: auto;
  text-indent: 0;
  text-transform: none;
  text-shadow: none;
  text-decoration: none;
  text-rendering: auto;
  white-space: normal;
  word-break: normal;
  overflow-wrap: break-word;
  hyphens: manual;
  line-break: auto;
  tab-size: 8;
  direction: ltr;
  writing-mode: horizontal-tb;
  /* visibility is deliberately left to inherit: the content script hides
     the positioner around the card until it has been placed. */
  cursor: auto;
  pointer-events: auto;
  user-select: text;
  list-style: none;
  quotes: none;
  caret-color: auto;
  accent-color: auto;
  -webkit-text-fill-color: currentcolor;
  -webkit-text-stroke: 0;
  -webkit-font-smoothing: antialiased;
  -moz-osx-font-smoothing: grayscale;
  color: var(--sl-fg);
  background: var(--sl-bg);
  border: 1px solid var(--sl-border);
  border-radius: 12px;
  box-shadow: var(--sl-shadow);
  opacity: 1;
  filter: none;
  transform: none;
  z-index: auto;
  outline: none;
}
.card:focus-visible {
  outline: 2px solid var(--sl-focus);
  outline-offset: -2px;
}
.card--hover {
  width: 340px;
  max-width: calc(100vw - 16px);
  /* --sl-room: the room beside the name, set by the content script's placement. */
  max-height: min(460px, calc(100vh - 16px), var(--sl-room, 460px));
  animation: sl-card-in 140ms cubic-bezier(0.2, 0.7, 0.3, 1);
  transform-origin: 50% 0;
}
.card--panel {
  width: 100%;
  border: 0;
  border-radius: 0;
  box-shadow: none;
}
@keyframes sl-card-in {
  from {
    opacity: 0;
    transform: translateY(4px) scale(0.985);
  }
  to {
    opacity: 1;
    transform: none;
  }
}

/* ---- header ---- */
.card__header {
  display: block;
  flex: none;
  padding: 14px 16px 10px;
}
.card__bar {
  display: flex;
  align-items: center;
  min-height: 0;
}
.card__bar .back {
  margin: -4px 0 6px -6px;
}
.card__bar .close {
  position: absolute;
  top: 9px;
  right: 9px;
}
.card__name {
  display: block;
  padding-right: 28px;
  font-size: 18px;
  font-weight: 650;
  line-height: 1.3;
  letter-spacing: -0.01em;
  color: var(--sl-fg);
}
.card__meta {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  column-gap: 6px;
  row-gap: 2px;
  margin-top: 3px;
  font-size: 13px;
  line-height: 1.4;
  color: var(--sl-muted);
}
.card__sep {
  color: var(--sl-muted);
}
.card__place {
  display: inline-flex;
  align-items: center;
  gap: 6px;
  color: var(--sl-fg-2);
}

/* ---- flags and icons ----
   Not scoped to .card: the popup draws <Flag> in its own lists too. */
svg.flag {
  display: inline-block;
  flex: none;
  width: 18px;
  height: 12px;
  border-radius: 2px;
  box-shadow: 0 0 0 1px var(--sl-flag-ring, rgba(15, 23, 42, 0.16));
  overflow: hidden;
  vertical-align: middle;
}
.card .icon {
  display: block;
  flex: none;
  width: 16px;
  height: 16px;
  fill: none;
  stroke: currentcolor;
  stroke-width: 1.75;
  stroke-linecap: round;
  stroke-linejoin: round;
}

/* ---- body ---- */
.card__body {
  display: block;
  flex: 1 1 auto;
  min-height: 0;
  padding: 0 16px 14px;
  overflow-y: auto;
  overscroll-behavior: contain;
  scrollbar-width: thin;
  scrollbar-color: var(--sl-border) transparent;
  /* Scroll shadows: the 'local' covers move with the content and hide the
     'scroll' shadows when the top (or bottom) is reached. */
  background:
    linear-gradient(var(--sl-bg) 30%, transparent) top / 100% 24px no-repeat local,
    linear-gradient(transparent, var(--sl-bg) 70%) bottom / 100% 24px no-repeat local,
    linear-gradient(var(--sl-scroll-shade), transparent) top / 100% 7px no-repeat scroll,
    linear-gradient(transparent, var(--sl-scroll-shade)) bottom / 100% 7px no-repeat scroll,
    var(--sl-bg);
}
.card--panel .card__body {
  overflow: visible;
  background: var(--sl-bg);
}
.summary {
  display: block;
  font-size: 14px;
  line-height: 1.5;
  color: var(--sl-fg);
}

/* Leader of / Led by / Member of / Members / Located in */
.links {
  display: grid;
  grid-template-columns: max-content minmax(0, 1fr);
  column-gap: 12px;
  row-gap: 6px;
  align-items: baseline;
  margin-top: 12px;
}
.links__row {
  display: contents;
}
.links dt {
  display: block;
  font-size: 12.5px;
  line-height: 26px;
  color: var(--sl-muted);
}
.links dd {
  display: flex;
  flex-wrap: wrap;
  gap: 5px;
}

/* ---- sections ---- */
.section {
  display: block;
  margin-top: 14px;
  padding-top: 12px;
  border-top: 1px solid var(--sl-line);
}
.section__head {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  column-gap: 8px;
  row-gap: 0;
  margin-bottom: 6px;
}
.section__title {
  display: block;
  font-size: 11.5px;
  font-weight: 650;
  line-height: 1.4;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--sl-muted);
}
.section__note {
  display: inline;
  font-size: 12px;
  line-height: 1.4;
  color: var(--sl-muted);
}

.facts,
.relations,
.background {
  display: block;
}
.fact,
.background > li {
  display: block;
  position: relative;
  padding-left: 14px;
}
.fact + .fact,
.background > li + li {
  margin-top: 8px;
}
.fact::before,
.background > li::before {
  content: '';
  position: absolute;
  left: 2px;
  top: 0.6em;
  width: 5px;
  height: 5px;
  border-radius: 50%;
  background: var(--sl-accent);
  opacity: 0.75;
}
.statement {
  display: block;
  font-size: 14px;
  line-height: 1.5;
  color: var(--sl-fg);
}
.quote-toggle {
  display: inline-flex;
  align-items: center;
  margin: 0 0 0 2px;
  padding: 0 6px;
  height: 20px;
  vertical-align: 1px;
  border: 1px solid var(--sl-chip-border);
  border-radius: 10px;
  background: transparent;
  font-size: 11.5px;
  font-weight: 600;
  line-height: 18px;
  color: var(--sl-accent);
  cursor: pointer;
  white-space: nowrap;
  transition: background-color 120ms ease, border-color 120ms ease;
}
.quote-toggle:hover {
  background: var(--sl-chip);
  border-color: var(--sl-accent-soft);
}
.quote-toggle[aria-expanded='true'] {
  background: var(--sl-chip);
}
.quote {
  display: block;
  margin: 6px 0 2px;
  padding: 7px 10px 7px 11px;
  border-left: 3px solid var(--sl-accent-soft);
  border-radius: 0 6px 6px 0;
  background: var(--sl-quote);
  font-family: ${SERIF_STACK};
  font-size: 14px;
  line-height: 1.5;
  color: var(--sl-fg-2);
}

.group {
  display: block;
  margin-top: 12px;
}
.group__title {
  display: block;
  margin-bottom: 2px;
  font-size: 13px;
  font-weight: 600;
  line-height: 1.4;
  color: var(--sl-fg);
}
.relation {
  display: block;
  padding: 6px 0 0;
}
.relation + .relation {
  margin-top: 4px;
}
.relation__head {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px;
  margin-bottom: 3px;
}
.relation__day {
  display: inline;
  font-size: 12px;
  line-height: 1.4;
  font-variant-numeric: tabular-nums;
  color: var(--sl-muted);
}
.relation .statement {
  font-size: 13.5px;
  color: var(--sl-fg-2);
}

.background > li {
  font-size: 13.5px;
  line-height: 1.5;
  color: var(--sl-fg-2);
}
.as-of {
  display: inline;
  font-size: 12px;
  color: var(--sl-muted);
  white-space: nowrap;
}

.source {
  display: block;
  margin-top: 14px;
  font-size: 12px;
  line-height: 1.4;
  color: var(--sl-muted);
}

/* ---- buttons ---- */
.card button {
  -webkit-appearance: none;
  appearance: none;
  font-family: inherit;
  text-align: left;
  cursor: pointer;
  user-select: none;
  -webkit-tap-highlight-color: transparent;
}
.card button:focus-visible {
  outline: 2px solid var(--sl-focus);
  outline-offset: 2px;
}
.card .quote-toggle:focus-visible {
  outline-offset: 1px;
}
.chip {
  display: inline-flex;
  align-items: center;
  gap: 6px;
  max-width: 100%;
  min-height: 26px;
  padding: 3px 9px;
  border: 1px solid var(--sl-chip-border);
  border-radius: 6px;
  background: var(--sl-chip);
  font-size: 13px;
  font-weight: 500;
  line-height: 18px;
  text-align: left;
  color: var(--sl-fg);
  white-space: normal;
  transition: background-color 120ms ease, border-color 120ms ease;
}
.chip:hover {
  background: var(--sl-chip-hover);
  border-color: var(--sl-accent-soft);
}
.chip:active {
  transform: translateY(0.5px);
}
.chip__name {
  display: inline;
}
.chip--static {
  cursor: default;
  color: var(--sl-muted);
  background: transparent;
  border-style: dashed;
}
.text-btn {
  display: inline-flex;
  align-items: center;
  gap: 2px;
  height: 26px;
  padding: 0 8px 0 4px;
  border-radius: 6px;
  font-size: 13px;
  font-weight: 500;
  line-height: 26px;
  color: var(--sl-accent);
  transition: background-color 120ms ease;
}
.text-btn:hover {
  background: var(--sl-chip);
}
.icon-btn {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  flex: none;
  width: 28px;
  height: 28px;
  padding: 0;
  border-radius: 6px;
  color: var(--sl-muted);
  transition: background-color 120ms ease, color 120ms ease;
}
.icon-btn:hover {
  background: var(--sl-chip);
  color: var(--sl-fg);
}

/* ---- mentions bar ---- */
.card__mentions {
  display: flex;
  flex: none;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  padding: 4px 6px 4px 16px;
  border-top: 1px solid var(--sl-line);
  background: var(--sl-foot);
  font-size: 12.5px;
  line-height: 1.4;
  color: var(--sl-muted);
}
.card--panel .card__mentions {
  position: sticky;
  bottom: 0;
}
.mentions__count {
  display: inline;
}
.mentions__nav {
  display: inline-flex;
  align-items: center;
  gap: 2px;
}
.mentions__pos {
  display: inline-block;
  min-width: 3.6em;
  text-align: center;
  font-variant-numeric: tabular-nums;
  color: var(--sl-fg-2);
}

/* ---- preferences ---- */
@media (prefers-reduced-motion: reduce) {
  .card,
  .card * {
    animation: none !important;
    transition: none !important;
  }
  .chip:active {
    transform: none;
  }
}
@media (forced-colors: active) {
  .card {
    border: 1px solid CanvasText;
  }
  .chip,
  .quote-toggle,
  .icon-btn,
  .text-btn {
    border: 1px solid ButtonText;
  }
  .fact::before,
  .background > li::before {
    background: CanvasText;
  }
}
`;

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
 * wrapper that could not be read or assigned (bugzilla 1770592, 1751346).
 * Firefox 153 ESR handles the plain assignment (checked); should it not take,
 * the page-side array behind `wrappedJSObject` is mutated instead (the
 * workaround of bugzilla 1817675). The plain path comes first because the
 * waived one calls the page's own (replaceable) Array methods.
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
