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
  /** The registry name `all` is shown under; null with the 'none' style. */
  private name: string | null = null;
  /**
   * Whether ours are in the registry. They go in with the first range, not
   * before: a change to the registry makes the browser schedule a frame and
   * repaint (Chromium 156), which a page without names should not pay for.
   */
  private registered = false;
  /** Held: ranges are kept but nothing is painted until release(). */
  private held: boolean;
  private onHeldRange: (() => void) | null;

  /**
   * `hold`: keep what is added off screen until release(), and call
   * `onFirstRange` when the first range comes (the content script reads the
   * reader's settings only then: see index.ts).
   */
  constructor(style: HighlightStyle, hold?: { onFirstRange: () => void }) {
    this.all.priority = 0;
    this.flash.priority = 1;
    this.held = hold !== undefined;
    this.onHeldRange = hold?.onFirstRange ?? null;
    this.setStyle(style);
  }

  /** Paints what was added while held, in `style`. */
  release(style: HighlightStyle): void {
    this.held = false;
    this.onHeldRange = null;
    this.setStyle(style);
    if (this.all.size > 0 || this.flash.size > 0) this.register();
  }

  setStyle(style: HighlightStyle): void {
    this.name = style === 'none' ? null : HIGHLIGHT_NAMES[style];
    if (!this.registered) return;
    CSS.highlights.delete(HIGHLIGHT_NAMES.underline);
    CSS.highlights.delete(HIGHLIGHT_NAMES.background);
    if (this.name) CSS.highlights.set(this.name, this.all);
  }

  /**
   * The registry is the document's, shared with the page: a page that clears
   * it for its own highlights (CSS.highlights.clear()) takes ours off screen
   * too. Put them back; cheap enough for every pointer move and every change.
   */
  reclaim(): void {
    if (!this.registered) return;
    const registry = CSS.highlights;
    if (this.name && !registry.has(this.name)) registry.set(this.name, this.all);
    if (!registry.has(HIGHLIGHT_NAMES.flash)) registry.set(HIGHLIGHT_NAMES.flash, this.flash);
  }

  /** Ranges registered for painting (not counting a jump's flash). */
  get registeredCount(): number {
    return this.all.size;
  }

  add(ranges: readonly AbstractRange[]): void {
    if (ranges.length === 0) return;
    if (this.onHeldRange) {
      const first = this.onHeldRange;
      this.onHeldRange = null;
      first();
    }
    this.register();
    this.reclaim();
    for (const r of ranges) this.all.add(r);
  }

  private register(): void {
    if (this.registered || this.held) return;
    this.registered = true;
    if (this.name) CSS.highlights.set(this.name, this.all);
    CSS.highlights.set(HIGHLIGHT_NAMES.flash, this.flash);
  }

  remove(ranges: readonly AbstractRange[]): void {
    for (const r of ranges) this.all.delete(r);
    this.unregisterIfEmpty();
  }

  /**
   * Out of the registry again once nothing is left to show (names found in
   * the first slice that the render check then finds hidden, a page whose
   * names went away): a page without names keeps a registry without ours.
   */
  private unregisterIfEmpty(): void {
    if (!this.registered || this.all.size > 0 || this.flash.size > 0) return;
    this.registered = false;
    CSS.highlights.delete(HIGHLIGHT_NAMES.underline);
    CSS.highlights.delete(HIGHLIGHT_NAMES.background);
    CSS.highlights.delete(HIGHLIGHT_NAMES.flash);
  }

  /** Briefly marks one mention (after a jump to it). */
  flashRange(range: AbstractRange, ms: number): void {
    this.register();
    this.flash.clear();
    this.flash.add(range);
    clearTimeout(this.flashTimer);
    this.flashTimer = window.setTimeout(() => this.flash.clear(), ms);
  }

  clear(): void {
    this.all.clear();
    this.flash.clear();
    this.unregisterIfEmpty();
  }
}
