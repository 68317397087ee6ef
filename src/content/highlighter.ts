/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never
 * touched. The ::highlight() styles live in content.css, which the browser
 * injects without adding a node to the page.
 */

export type HighlightStyle = 'underline' | 'background' | 'none';

/** Registry names, matched by content.css. */
export const HIGHLIGHT_NAMES = {
  underline: 'summit-lens-underline',
  background: 'summit-lens-background',
  flash: 'summit-lens-flash',
} as const;

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private readonly all = new Highlight();
  private readonly flash = new Highlight();
  private flashTimer = 0;

  constructor(style: HighlightStyle) {
    this.all.priority = 0;
    this.flash.priority = 1;
    this.setStyle(style);
    CSS.highlights.set(HIGHLIGHT_NAMES.flash, this.flash);
  }

  setStyle(style: HighlightStyle): void {
    CSS.highlights.delete(HIGHLIGHT_NAMES.underline);
    CSS.highlights.delete(HIGHLIGHT_NAMES.background);
    if (style !== 'none') CSS.highlights.set(HIGHLIGHT_NAMES[style], this.all);
  }

  /** Ranges registered for painting (not counting a jump's flash). */
  get registeredCount(): number {
    return this.all.size;
  }

  add(ranges: readonly AbstractRange[]): void {
    for (const r of ranges) this.all.add(r);
  }

  remove(ranges: readonly AbstractRange[]): void {
    for (const r of ranges) this.all.delete(r);
  }

  /** Briefly marks one mention (after a jump to it). */
  flashRange(range: AbstractRange, ms: number): void {
    this.flash.clear();
    this.flash.add(range);
    clearTimeout(this.flashTimer);
    this.flashTimer = window.setTimeout(() => this.flash.clear(), ms);
  }

  clear(): void {
    this.all.clear();
    this.flash.clear();
  }

  dispose(): void {
    this.clear();
    CSS.highlights.delete(HIGHLIGHT_NAMES.underline);
    CSS.highlights.delete(HIGHLIGHT_NAMES.background);
    CSS.highlights.delete(HIGHLIGHT_NAMES.flash);
  }
}
