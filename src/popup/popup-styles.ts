/** Styles of the popup's own frame; the card brings its own (card-styles.ts). */
export const popupStyles = `
:root { color-scheme: light dark; }
html, body { margin: 0; padding: 0; }
body {
  width: 360px;
  max-height: 580px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: #ffffff;
  color: #1f2937;
}
.popup { padding: 12px; }
h1 { font-size: 16px; margin: 0 0 8px; }
h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #4b5563; margin: 12px 0 4px; }
.muted { color: #4b5563; margin: 4px 0; }
.list { list-style: none; margin: 0; padding: 0; }
.row {
  display: flex; align-items: center; gap: 8px; width: 100%;
  padding: 6px 8px; border: 0; border-radius: 6px; background: transparent;
  font: inherit; color: inherit; text-align: left; cursor: pointer;
}
.row:hover, .row:focus-visible { background: #f3f4f6; outline: none; }
.row:focus-visible { box-shadow: 0 0 0 2px #2563eb; }
.row svg, .flag-space { width: 21px; height: 14px; flex: none; }
.name { flex: 1; font-weight: 600; }
.meta { color: #4b5563; font-size: 12px; }
@media (prefers-color-scheme: dark) {
  body { background: #111827; color: #e5e7eb; }
  h2, .muted, .meta { color: #9ca3af; }
  .row:hover, .row:focus-visible { background: #1f2937; }
}
`;
