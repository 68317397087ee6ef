/**
 * Decides when a card opens and closes, from the pointer alone.
 *
 * - Opens after the pointer rests on a highlighted name for a short dwell;
 *   any movement of more than a few pixels restarts the dwell, so sweeping
 *   across text opens nothing.
 * - Closes a moment after the pointer has left both the name and the card.
 * Listeners sit on `window` in the capture phase and are passive: a page that
 * stops propagation cannot break cards, and we never block scrolling. (They
 * are added at document_start where possible: see early-events.ts.)
 */
import { caretFromPoint, liveRange, rangeContainsPoint } from './caret-from-point';
import type { Mention, MentionIndex } from './mention-index';
import { guarded } from './report-error';

export interface HoverTarget {
  /** Shows the card for this mention (replacing any open card). */
  open(mention: Mention): void;
  close(): void;
  isOpen(): boolean;
  /** The mention the open card is attached to. */
  current(): Mention | null;
  /** True for events coming from inside our own UI. */
  isOwnEventTarget(target: EventTarget | null): boolean;
}

export interface HoverTiming {
  dwellMs: number;
  closeDelayMs: number;
}

/** Movement (px) that counts as the pointer not resting. */
const REST_SLOP = 4;

/** Time from the pointer coming to rest (dwell over) to the card being rendered, in ms. */
export interface HoverStats {
  opens: number;
  lastOpenMs: number;
  maxOpenMs: number;
}

export class HoverController {
  readonly stats: HoverStats = { opens: 0, lastOpenMs: 0, maxOpenMs: 0 };
  private dwellTimer = 0;
  private closeTimer = 0;
  private anchorX = -1;
  private anchorY = -1;
  private x = -1;
  private y = -1;
  private readonly listeners: [string, EventListener][] = [];

  constructor(
    private readonly doc: Document,
    private readonly index: MentionIndex,
    private readonly target: HoverTarget,
    private timing: HoverTiming,
    private readonly shadowRoots: () => ShadowRoot[],
  ) {}

  setTiming(timing: HoverTiming): void {
    this.timing = timing;
  }

  /** `win`: the window, or the early listeners that stand in for it (early-events.ts). */
  attach(win: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): void {
    const on = (type: string, fn: (e: Event) => void) => {
      const listener = guarded(`hover ${type}`, fn) as EventListener;
      win.addEventListener(type, listener, { capture: true, passive: true });
      this.listeners.push([type, listener]);
    };
    on('pointermove', (e) => this.onMove(e as PointerEvent));
    on('pointerdown', (e) => this.onDown(e as PointerEvent));
    on('mouseout', (e) => {
      // Leaving the window altogether.
      if ((e as MouseEvent).relatedTarget === null) this.scheduleClose();
    });
  }

  detach(win: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): void {
    for (const [type, l] of this.listeners) win.removeEventListener(type, l, { capture: true });
    this.listeners.length = 0;
    clearTimeout(this.dwellTimer);
    clearTimeout(this.closeTimer);
  }

  private onMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    this.x = e.clientX;
    this.y = e.clientY;
    if (this.target.isOwnEventTarget(e.target)) {
      // In the card: it stays open.
      this.cancelClose();
      clearTimeout(this.dwellTimer);
      return;
    }
    if (this.target.isOpen()) {
      const cur = this.target.current();
      if (cur && this.pointIsOn(cur)) this.cancelClose();
      else this.scheduleClose();
    }
    if (Math.abs(this.x - this.anchorX) > REST_SLOP || Math.abs(this.y - this.anchorY) > REST_SLOP) {
      this.anchorX = this.x;
      this.anchorY = this.y;
      clearTimeout(this.dwellTimer);
      this.dwellTimer = window.setTimeout(
        guarded('hover dwell', () => this.onRest()),
        this.timing.dwellMs,
      );
    }
  }

  private onDown(e: PointerEvent): void {
    // A click elsewhere on the page closes the card at once.
    if (this.target.isOpen() && !this.target.isOwnEventTarget(e.target)) {
      const cur = this.target.current();
      if (!cur || !this.pointIsOn(cur)) this.target.close();
    }
  }

  private onRest(): void {
    const t0 = performance.now();
    const mention = this.mentionAt(this.x, this.y);
    if (!mention) return;
    this.cancelClose();
    if (mention === this.target.current()) return;
    this.target.open(mention);
    const spent = performance.now() - t0;
    this.stats.opens++;
    this.stats.lastOpenMs = spent;
    this.stats.maxOpenMs = Math.max(this.stats.maxOpenMs, spent);
  }

  /** The mention under a viewport point, if the point is really on its text. */
  mentionAt(x: number, y: number): Mention | null {
    const caret = caretFromPoint(this.doc, x, y, this.shadowRoots());
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    for (const m of this.index.atText(caret.node)) {
      if (this.pointIsOn(m, x, y)) return m;
    }
    return null;
  }

  private pointIsOn(m: Mention, x = this.x, y = this.y): boolean {
    const range = liveRange(this.doc, m.range);
    return range !== null && rangeContainsPoint(range, x, y);
  }

  private scheduleClose(): void {
    if (!this.target.isOpen() || this.closeTimer !== 0) return;
    this.closeTimer = window.setTimeout(
      guarded('hover close', () => {
        this.closeTimer = 0;
        this.target.close();
      }),
      this.timing.closeDelayMs,
    );
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }
}
