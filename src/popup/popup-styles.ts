/**
 * Styles of the popup's own frame; the card brings its own (card-styles.ts)
 * and the palette below matches it. Only class selectors below the root, so
 * nothing here reaches into the card (whose `.card *` reset would lose to a
 * rule like `.app button`).
 *
 * Colour pairs, WCAG 2 contrast ratio (text ≥ 4.5:1; controls and focus ≥ 3:1):
 *   light  text    #1c2025 on bg #ffffff 16.4, on active row #e8effc 14.2, on chip #f0f3f7 14.7
 *          muted   #5b6570 on #ffffff 5.9, on #f6f7f9 5.5, on active row 5.1, on chip 5.3
 *          accent  #1d5bd6 on #ffffff 6.0, on #f6f7f9 5.6, on active row 5.2 (also the focus ring)
 *          warm    #9a3412 on #ffffff 7.3, on #f6f7f9 6.8 (no-meeting edge and label)
 *          control #7a838e on #ffffff 3.8, on #f6f7f9 3.6 (switch, search box border)
 *   dark   text    #e6e9ed on bg #1c1f24 13.6, on active row #263450 10.2, on chip #2a2f37 11.1
 *          muted   #a0a9b4 on #1c1f24 7.0, on #22262c 6.4, on active row 5.2, on chip 5.7
 *          accent  #8cb4ff on #1c1f24 7.9, on #22262c 7.3, on active row 6.0
 *          warm    #f0a47a on #1c1f24 8.1
 *          control #79828d on #1c1f24 4.2, on #22262c 3.9
 */

const FONT_STACK =
  'system-ui, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif';

export const popupStyles = /* css */ `
:root {
  --bg: #ffffff;
  --bg-2: #f6f7f9;
  --fg: #1c2025;
  --fg-2: #2b3138;
  --muted: #5b6570;
  --accent: #1d5bd6;
  --accent-bg: #e8effc;
  --accent-line: #c9d8f5;
  --line: #e3e7ec;
  --border: #d5dbe2;
  --control: #7a838e;
  --chip: #f0f3f7;
  --chip-hover: #e3e8ef;
  --focus: #1d5bd6;
  --warm: #9a3412;
  --mark-bg: #fdefc3;
  --flag-ring: rgba(15, 23, 42, 0.16);
  --shade: rgba(15, 23, 42, 0.08);
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #1c1f24;
    --bg-2: #22262c;
    --fg: #e6e9ed;
    --fg-2: #d2d7dd;
    --muted: #a0a9b4;
    --accent: #8cb4ff;
    --accent-bg: #263450;
    --accent-line: #3a4f78;
    --line: #30353d;
    --border: #3a4049;
    --control: #79828d;
    --chip: #2a2f37;
    --chip-hover: #353b45;
    --focus: #8cb4ff;
    --warm: #f0a47a;
    --mark-bg: #5b4a1c;
    --flag-ring: rgba(255, 255, 255, 0.18);
    --shade: rgba(0, 0, 0, 0.35);
    color-scheme: dark;
  }
}

*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: var(--bg); }
body {
  width: 360px;
  height: 560px;
  overflow: hidden;
  font: 14px/1.45 ${FONT_STACK};
  color: var(--fg);
  -webkit-font-smoothing: antialiased;
}
#app { height: 100%; }
[hidden] { display: none !important; }
.visually-hidden {
  position: absolute !important;
  width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

.app { display: flex; flex-direction: column; height: 100%; }

/* ---- header and tabs ---- */
.header {
  display: flex; align-items: center; gap: 10px;
  padding: 12px 16px 8px;
  background: var(--bg);
}
.header__icon { flex: none; width: 20px; height: 20px; }
.header__text { min-width: 0; }
.header__title { margin: 0; font-size: 15px; font-weight: 650; line-height: 1.2; letter-spacing: -0.005em; }
.header__subtitle {
  margin: 1px 0 0; font-size: 12px; line-height: 1.3; color: var(--muted);
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
}

.nav {
  display: flex; gap: 0;
  padding: 0 6px;
  border-bottom: 1px solid var(--line);
  background: var(--bg);
}
.nav__tab {
  position: relative;
  flex: 1 1 auto; min-width: 0;
  display: inline-flex; align-items: center; justify-content: center; gap: 5px;
  height: 36px; padding: 0 5px; margin: 0;
  border: 0; border-radius: 6px 6px 0 0; background: transparent;
  font: inherit; font-size: 12.5px; font-weight: 550; color: var(--muted);
  cursor: pointer; white-space: nowrap;
}
.nav__tab:hover { color: var(--fg); background: var(--bg-2); }
.nav__tab[aria-selected='true'] { color: var(--accent); }
.nav__tab[aria-selected='true']::after {
  content: ''; position: absolute; left: 8px; right: 8px; bottom: -1px;
  height: 2px; border-radius: 2px 2px 0 0; background: var(--accent);
}
.nav__label { overflow: hidden; text-overflow: ellipsis; }
.nav__badge {
  min-width: 18px; height: 18px; padding: 0 5px;
  border-radius: 9px; background: var(--chip);
  font-size: 11px; font-weight: 650; line-height: 18px; text-align: center;
  color: var(--fg-2); font-variant-numeric: tabular-nums;
}
.nav__tab[aria-selected='true'] .nav__badge { background: var(--accent-bg); color: var(--accent); }

/* ---- focus: visible everywhere ---- */
.nav__tab:focus-visible,
.btn:focus-visible,
.icon-button:focus-visible,
.example:focus-visible,
.pill:focus-visible,
.row__main:focus-visible,
.search__clear:focus-visible,
.problems summary:focus-visible {
  outline: 2px solid var(--focus); outline-offset: -2px;
}

/* ---- content ---- */
.content {
  flex: 1 1 auto; min-height: 0;
  overflow-y: auto; overscroll-behavior: contain;
  scrollbar-width: thin; scrollbar-color: var(--border) transparent;
}
.view { padding: 12px 16px 16px; }
.view--search { padding-top: 0; }
.view__title { margin: 2px 0 4px; font-size: 15px; font-weight: 650; line-height: 1.3; }
.subhead {
  margin: 18px 0 8px; font-size: 11.5px; font-weight: 650; line-height: 1.4;
  letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted);
}
.hint, .muted { margin: 0 0 10px; font-size: 13px; line-height: 1.45; color: var(--muted); }
.footnote { margin: 14px 2px 0; font-size: 12px; line-height: 1.4; color: var(--muted); }

.btn {
  display: inline-flex; align-items: center; height: 30px; padding: 0 12px;
  border: 1px solid var(--border); border-radius: 7px; background: var(--bg);
  font: inherit; font-size: 13px; font-weight: 600; color: var(--accent); cursor: pointer;
}
.btn:hover { background: var(--chip); }
.icon-button {
  display: inline-flex; align-items: center; justify-content: center; flex: none;
  width: 32px; height: 32px; padding: 0; margin: 0;
  border: 0; border-radius: 7px; background: transparent; color: var(--muted); cursor: pointer;
}
.icon-button:hover { background: var(--chip-hover); color: var(--fg); }
.icon-button svg, .search__clear svg {
  width: 16px; height: 16px; fill: none; stroke: currentcolor;
  stroke-width: 1.6; stroke-linecap: round; stroke-linejoin: round;
}

.notice {
  margin: 6px 0 12px; padding: 10px 12px;
  border: 1px solid var(--line); border-radius: 10px; background: var(--bg-2);
  font-size: 13px; line-height: 1.45; color: var(--fg-2);
}
.notice p { margin: 0; }
.notice p + p { margin-top: 4px; }
.notice .btn { margin-top: 8px; }
.notice--error { border-color: var(--warm); color: var(--fg); }

/* ---- search ---- */
.search__box {
  position: sticky; top: 0; z-index: 1;
  margin: 0 -16px; padding: 12px 16px 10px;
  background: var(--bg);
}
.search__icon {
  position: absolute; left: 28px; top: 50%; margin-top: -1px; transform: translateY(-50%);
  width: 16px; height: 16px; fill: none; stroke: var(--muted); stroke-width: 1.7; stroke-linecap: round;
  pointer-events: none;
}
.search__input {
  display: block; width: 100%; height: 38px; margin: 0;
  padding: 0 38px 0 36px;
  border: 1px solid var(--control); border-radius: 9px; background: var(--bg);
  font: inherit; font-size: 14px; color: var(--fg);
  -webkit-appearance: none; appearance: none;
}
.search__input::placeholder { color: var(--muted); opacity: 1; }
.search__input::-webkit-search-cancel-button,
.search__input::-webkit-search-decoration { -webkit-appearance: none; appearance: none; }
.search__input:focus { outline: none; border-color: var(--focus); box-shadow: 0 0 0 1px var(--focus); }
.search__clear {
  position: absolute; right: 21px; top: 50%; margin-top: -1px; transform: translateY(-50%);
  display: inline-flex; align-items: center; justify-content: center;
  width: 28px; height: 28px; padding: 0; border: 0; border-radius: 6px;
  background: transparent; color: var(--muted); cursor: pointer;
}
.search__clear:hover { background: var(--chip); color: var(--fg); }

.matches { list-style: none; margin: 2px -8px 0; padding: 0; }

/* A row: flag, then name over role. */
.row {
  display: flex; align-items: center; gap: 11px;
  min-height: 48px; padding: 6px 10px;
  border-radius: 9px;
}
.row--option { cursor: pointer; position: relative; }
.row--option[aria-selected='true'] { background: var(--accent-bg); }
.row--option[aria-selected='true']::before {
  content: ''; position: absolute; left: 0; top: 10px; bottom: 10px;
  width: 3px; border-radius: 0 3px 3px 0; background: var(--accent);
}
svg.flag-sprite { position: absolute; width: 0; height: 0; overflow: hidden; }
svg.flag.row__flag { width: 21px; height: 14px; border-radius: 2px; }
svg.row__flag--none {
  flex: none; width: 21px; height: 14px; border-radius: 2px;
  box-shadow: inset 0 0 0 1px var(--border); fill: var(--muted);
}
.row__text { display: flex; flex-direction: column; min-width: 0; flex: 1 1 auto; }
.row__name {
  font-size: 14px; font-weight: 600; line-height: 1.3; color: var(--fg);
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
}
.row__meta {
  font-size: 12.5px; line-height: 1.35; color: var(--muted);
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
}
.row__note { color: var(--muted); }
.row--option[aria-selected='true'] .row__note { color: var(--accent); }

.rows { list-style: none; margin: 0 -8px; padding: 0; }
.row--split { padding: 0 4px 0 0; gap: 2px; }
.row--split:hover { background: var(--bg-2); }
.row__main {
  display: flex; align-items: center; gap: 11px; flex: 1 1 auto; min-width: 0;
  min-height: 48px; padding: 6px 10px; margin: 0;
  border: 0; border-radius: 9px; background: transparent;
  font: inherit; color: inherit; text-align: left; cursor: pointer;
}
.count {
  flex: none; min-width: 26px; height: 22px; padding: 0 7px;
  border-radius: 11px; background: var(--chip);
  font-size: 12px; font-weight: 650; line-height: 22px; text-align: center;
  color: var(--fg-2); font-variant-numeric: tabular-nums;
}

.intro { padding: 6px 2px 0; }
.intro__title { margin: 0 0 3px; font-size: 14px; font-weight: 600; }
.intro__body { margin: 0; font-size: 13px; line-height: 1.45; color: var(--muted); }
.examples { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 12px; }
.examples__label { font-size: 12.5px; color: var(--muted); margin-right: 2px; }
.example {
  display: inline-flex; align-items: center;
  height: 26px; padding: 0 10px; margin: 0;
  border: 1px solid var(--border); border-radius: 13px; background: var(--bg);
  font: inherit; font-size: 13px; line-height: 1; color: var(--fg); cursor: pointer;
}
.example:hover { background: var(--chip); border-color: var(--accent-line); }
.browse { margin-top: 10px; }
.browse__title { margin: 0 0 6px; font-size: 12.5px; font-weight: 600; color: var(--fg-2); }
.browse__list { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 5px; }
.pill {
  display: inline-flex; align-items: center; gap: 6px;
  min-height: 28px; padding: 3px 9px; margin: 0;
  border: 1px solid var(--line); border-radius: 7px; background: var(--chip);
  font: inherit; font-size: 13px; line-height: 18px; color: var(--fg); text-align: left; cursor: pointer;
}
.pill:hover { background: var(--chip-hover); border-color: var(--accent-line); }
.pill .row__flag { width: 18px; height: 12px; }

.empty { padding: 18px 4px 0; text-align: center; }
.empty__title { margin: 0 0 4px; font-size: 14px; font-weight: 600; overflow-wrap: anywhere; }
.empty__body { margin: 0 auto; max-width: 280px; font-size: 13px; color: var(--muted); }

/* ---- card ----
   The card takes focus when it opens so that its name is read out; it is
   not a control, so the popup draws no ring around the whole view. */
.card-view { min-height: 100%; }
.card-view .card { min-height: 100%; }
.card-view .card:focus-visible { outline: none; }

/* ---- summit picture ---- */
.graph-wrap { margin: 4px -8px 0; display: flex; justify-content: center; }
.graph { display: block; max-width: 100%; height: auto; overflow: visible; }
.edge { stroke: var(--accent); stroke-width: 2; stroke-linecap: round; opacity: 0.8; }
.edge--no-meeting { stroke: var(--warm); stroke-dasharray: 5 5; opacity: 1; stroke-width: 1.75; }
.edge-label {
  font-size: 11px; font-weight: 600; fill: var(--fg-2); font-variant-numeric: tabular-nums;
  stroke: var(--bg); stroke-width: 5px; stroke-linejoin: round; paint-order: stroke;
}
.edge-label--no-meeting { fill: var(--warm); font-style: italic; }
.node { cursor: pointer; outline: none; }
.node__disc { fill: var(--bg); stroke: var(--border); stroke-width: 1.5; transition: stroke 120ms ease, fill 120ms ease; }
.node:hover .node__disc { stroke: var(--accent); fill: var(--accent-bg); }
.node__focus { fill: none; stroke: transparent; stroke-width: 2; }
.node:focus-visible .node__focus { stroke: var(--focus); }
.node__label {
  font-size: 12.5px; font-weight: 650; fill: var(--fg);
  stroke: var(--bg); stroke-width: 4px; stroke-linejoin: round; paint-order: stroke;
}
.node:hover .node__label { fill: var(--accent); }
svg.flag.node__flag { display: block; width: 20px; height: 13.5px; border-radius: 2px; }

.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 6px 0 10px; padding: 0; font-size: 12px; color: var(--muted); }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.legend__line { width: 24px; height: 8px; overflow: visible; }
.legend .edge--no-meeting { stroke-dasharray: 4 3; }

.meetings { list-style: none; margin: 0; padding: 0; font-size: 13px; }
.meetings li { display: flex; gap: 10px; padding: 6px 0; border-top: 1px solid var(--line); }
.meetings li:first-child { border-top: 0; }
.meetings__day { flex: none; width: 92px; color: var(--muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
.meetings__none .meetings__day { color: var(--warm); }
.meetings__note { display: block; font-size: 12.5px; font-style: italic; color: var(--warm); }

/* ---- settings ---- */
.panel {
  margin: 10px 0 0; padding: 2px 12px;
  border: 1px solid var(--line); border-radius: 10px; background: var(--bg);
}
.field { padding: 10px 12px 12px; min-width: 0; }
.field:disabled { opacity: 0.55; }
.field__legend { padding: 0; float: left; width: 100%; margin-bottom: 8px; font-size: 13px; font-weight: 600; }
.field__legend + * { clear: both; }
.setting { display: flex; align-items: center; gap: 12px; padding: 10px 0; }
.setting + .setting { border-top: 1px solid var(--line); }
.setting.is-disabled .setting__text { opacity: 0.6; }
.setting__text { flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; gap: 2px; cursor: pointer; }
.setting__label { font-size: 13.5px; font-weight: 600; overflow-wrap: anywhere; }
.setting__hint { font-size: 12.5px; line-height: 1.4; color: var(--muted); }
.field .setting__hint { margin: 8px 0 0; }

.switch {
  -webkit-appearance: none; appearance: none; flex: none;
  position: relative; width: 36px; height: 22px; margin: 0;
  border: 1.5px solid var(--control); border-radius: 11px; background: var(--bg-2);
  cursor: pointer; transition: background-color 140ms ease, border-color 140ms ease;
}
.switch::before {
  content: ''; position: absolute; top: 2.5px; left: 2.5px;
  width: 14px; height: 14px; border-radius: 50%; background: var(--control);
  transition: transform 140ms ease, background-color 140ms ease;
}
.switch:checked { background: var(--accent); border-color: var(--accent); }
.switch:checked::before { transform: translateX(14px); background: var(--bg); }
.switch:disabled { cursor: default; opacity: 0.5; }
.switch:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }

.segmented { display: flex; gap: 0; padding: 3px; border-radius: 9px; background: var(--chip); }
.segmented__item { position: relative; flex: 1 1 0; display: flex; }
.segmented__item input { position: absolute; opacity: 0; inset: 0; margin: 0; cursor: pointer; }
.segmented__item .sample {
  flex: 1 1 auto; display: flex; align-items: center; justify-content: center;
  height: 30px; border-radius: 7px; font-size: 13px; font-weight: 550; color: var(--fg-2);
}
.segmented__item.is-checked .sample { background: var(--bg); color: var(--fg); box-shadow: 0 1px 2px var(--shade), 0 0 0 1px var(--line); }
.segmented__item input:focus-visible + .sample { outline: 2px solid var(--focus); outline-offset: -1px; }
.sample__text { padding: 1px 4px; border-radius: 3px; }
.sample__text--underline { text-decoration: underline 2px var(--accent); text-underline-offset: 3px; text-decoration-skip-ink: none; }
.sample__text--background { background: var(--mark-bg); color: var(--fg); }

.checks { display: grid; grid-template-columns: 1fr 1fr; gap: 6px 12px; }
.check { display: flex; align-items: center; gap: 8px; min-height: 28px; font-size: 13.5px; cursor: pointer; }
.check input { width: 16px; height: 16px; margin: 0; accent-color: var(--accent); cursor: pointer; }
.check input:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }

.range { display: flex; align-items: center; gap: 12px; }
.range input { flex: 1 1 auto; margin: 0; accent-color: var(--accent); }
.range input:focus-visible { outline: 2px solid var(--focus); outline-offset: 3px; border-radius: 4px; }
.range__value { flex: none; min-width: 58px; text-align: right; font-size: 13px; font-weight: 600; font-variant-numeric: tabular-nums; }

.problems { margin-top: 12px; font-size: 12.5px; color: var(--muted); }
.problems summary { cursor: pointer; border-radius: 4px; }
.problems ul { margin: 6px 0 0; padding-left: 18px; }

@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { transition: none !important; animation: none !important; }
}
@media (forced-colors: active) {
  .row--option[aria-selected='true'] { outline: 2px solid Highlight; }
  .nav__tab[aria-selected='true']::after { background: Highlight; }
  .switch::before { background: ButtonText; }
}
`;
