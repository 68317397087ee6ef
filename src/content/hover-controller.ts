/**
 * Decides when a card opens and closes, from the pointer alone.
 *
 * - Opens after the pointer rests on a highlighted name for a short dwell;
 *   any movement of more than a few pixels restarts the dwell, so sweeping
 *   across text opens nothing.
 * - Closes a moment after the pointer has left both the name and the card,
 *   unless the keyboard or a tap opened it or focus is inside it: then the
 *   pointer has nothing to leave, and only Escape, a click or tap elsewhere
 *   or the close button close it.
 * Listeners sit on `window` in the capture phase and are passive: a page that
 * stops propagation cannot break cards, and we never block scrolling. (They
 * are added at document_start where possible: see early-events.ts.)
 */
import { caretFromPoint, liveRange, rangeContainsPoint } from './caret-from-point';
import type { Mention, MentionIndex } from './mention-index';
import { guarded } from './report-error';
import { TEXT_NODE } from './dom-constants';

/** What opened a card: the pointer resting on its name, a keyboard command (or the popup), or a tap. */
export type OpenedBy = 'pointer' | 'keyboard' | 'touch';

export interface HoverTarget {
  /** Shows the card for this mention (replacing any open card); `onShown` runs when it is visible. */
  open(mention: Mention, onShown?: () => void, how?: OpenedBy): void;
  /** Gets the card for this mention ready out of sight, while the pointer dwells on it; `onPlaced` when it is placed. */
  prepare(mention: Mention, onPlaced?: () => void): void;
  /** Forgets a prepared card that will not be shown. */
  unprepare(): void;
  close(): void;
  isOpen(): boolean;
  /** The mention the open card is attached to. */
  current(): Mention | null;
  /** True while the open card stays whatever the pointer does (see above). */
  holdsOpen(): boolean;
  /** True for events coming from inside our own UI. */
  isOwnEventTarget(target: EventTarget | null): boolean;
}

export interface HoverTiming {
  dwellMs: number;
  closeDelayMs: number;
}

/** Movement (px) that counts as the pointer not resting. */
const REST_SLOP = 4;
/**
 * How long the pointer must pause (ms, and at most a third of the dwell)
 * before the card is prepared out of sight: long enough that sweeping across
 * text prepares nothing, short enough that the work is done when the dwell ends.
 */
const PREPARE_AFTER_MS = 60;

export interface HoverStats {
  opens: number;
  /** From the pointer coming to rest (dwell over) to the card made visible, in ms. */
  lastOpenMs: number;
  maxOpenMs: number;
  /** Cards prepared during a dwell, and the main-thread time that took (hit test, render, placing). */
  prepares: number;
  lastPrepareMs: number;
  /** Opens that only had to show a prepared card. */
  preparedOpens: number;
}

export class HoverController {
  readonly stats: HoverStats = { opens: 0, lastOpenMs: 0, maxOpenMs: 0, prepares: 0, lastPrepareMs: 0, preparedOpens: 0 };
  private dwellTimer = 0;
  private prepareTimer = 0;
  /** The mention prepared during this dwell, and where the pointer was then. */
  private preparedFor: Mention | null = null;
  private preparedX = -1;
  private preparedY = -1;
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
    // Scrolling moves names under a resting pointer: a prepared card no longer says what is under it.
    on('scroll', () => this.dropPrepared());
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
    clearTimeout(this.prepareTimer);
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
      clearTimeout(this.prepareTimer);
      return;
    }
    if (this.target.isOpen() && !this.target.holdsOpen()) {
      const cur = this.target.current();
      if (cur && this.pointIsOn(cur)) this.cancelClose();
      else this.scheduleClose();
    }
    if (Math.abs(this.x - this.anchorX) > REST_SLOP || Math.abs(this.y - this.anchorY) > REST_SLOP) {
      this.anchorX = this.x;
      this.anchorY = this.y;
      clearTimeout(this.dwellTimer);
      clearTimeout(this.prepareTimer);
      this.dropPrepared();
      this.dwellTimer = window.setTimeout(
        guarded('hover dwell', () => this.onRest()),
        this.timing.dwellMs,
      );
      this.prepareTimer = window.setTimeout(
        guarded('hover prepare', () => this.onPause()),
        Math.min(PREPARE_AFTER_MS, this.timing.dwellMs / 3),
      );
    }
  }

  /** The pointer paused on its way to resting: do the card's work now, out of sight. */
  private onPause(): void {
    if (this.target.isOpen()) return;
    const t0 = performance.now();
    const mention = this.mentionAt(this.x, this.y);
    if (!mention) return;
    this.preparedFor = mention;
    this.preparedX = this.x;
    this.preparedY = this.y;
    this.target.prepare(mention, () => {
      this.stats.prepares++;
      this.stats.lastPrepareMs = performance.now() - t0;
    });
  }

  private dropPrepared(): void {
    if (!this.preparedFor) return;
    this.preparedFor = null;
    this.target.unprepare();
  }

  private onDown(e: PointerEvent): void {
    // A click or a tap elsewhere on the page closes the card at once.
    if (this.target.isOpen() && !this.target.isOwnEventTarget(e.target)) {
      const cur = this.target.current();
      if (!cur || !this.pointIsOn(cur, e.clientX, e.clientY)) this.target.close();
    }
  }

  private onRest(): void {
    const t0 = performance.now();
    const prepared = this.preparedFor;
    this.preparedFor = null;
    // Not moved, not scrolled since the card was prepared: its hit test still holds. Asking again
    // would force a style and layout pass now, and the page would do it once more to show the card.
    const mention = prepared && this.stillUnderPointer(prepared) ? prepared : this.mentionAt(this.x, this.y);
    if (!mention) {
      if (prepared) this.target.unprepare();
      return;
    }
    this.cancelClose();
    if (mention === this.target.current()) return;
    this.target.open(mention, () => {
      const spent = performance.now() - t0;
      this.stats.opens++;
      if (mention === prepared) this.stats.preparedOpens++;
      this.stats.lastOpenMs = spent;
      this.stats.maxOpenMs = Math.max(this.stats.maxOpenMs, spent);
    });
  }

  private stillUnderPointer(prepared: Mention): boolean {
    return this.x === this.preparedX && this.y === this.preparedY && this.index.atText(prepared.range.startContainer).includes(prepared);
  }

  /** The mention under a viewport point, if the point is really on its text. */
  mentionAt(x: number, y: number): Mention | null {
    const caret = caretFromPoint(this.doc, x, y, this.shadowRoots());
    if (!caret || caret.node.nodeType !== TEXT_NODE) return null;
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
    if (!this.target.isOpen() || this.target.holdsOpen() || this.closeTimer !== 0) return;
    this.closeTimer = window.setTimeout(
      guarded('hover close', () => {
        this.closeTimer = 0;
        // Focus may have moved into the card meanwhile (Tab).
        if (!this.target.holdsOpen()) this.target.close();
      }),
      this.timing.closeDelayMs,
    );
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }
}
