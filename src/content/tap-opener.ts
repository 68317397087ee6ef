/**
 * Touch and pen: a tap on a highlighted name opens its card at once (there
 * is no hover to rest on). A tap elsewhere closes it (HoverController's
 * pointerdown), as does the card's close button.
 *
 * A name inside a link, a button or another control is left to it: the tap
 * follows the link as it would without Summit Lens. A long press there is
 * the browser's (its link menu) and the page's own: opening the card instead
 * would mean cancelling the browser's context menu, which is the page's and
 * the reader's long-press behaviour too. Those names are reached from the
 * popup's "This page" or the keyboard commands instead.
 *
 * Listeners are passive: a tap is never cancelled, scrolling never waits.
 */
import type { InputEvents } from './early-events';
import type { HoverTarget } from './hover-controller';
import type { Mention } from './mention-index';
import { guarded } from './report-error';
import { anyTreeAbove } from './text-runs';

/** A finger that moves further than this (px) is scrolling or selecting, not tapping. */
const TAP_SLOP = 10;
/** Held longer than this (ms), it is a long press: the browser's (text selection, its menu). */
const TAP_MAX_MS = 500;

/** What a tap on a name inside it must be left to. */
const CONTROL_SELECTOR =
  'a[href], area[href], button, summary, label, select, input, textarea, [role="link"], [role="button"], [contenteditable]:not([contenteditable="false"])';

/** True when `node` is inside a link or a control, across shadow trees. */
export function isInsideControl(node: Node | null): boolean {
  return anyTreeAbove(node, (el) => el.closest(CONTROL_SELECTOR) !== null);
}

export interface TapTarget extends Pick<HoverTarget, 'open' | 'isOwnEventTarget' | 'current' | 'isOpen'> {
  setPointer(x: number, y: number): void;
}

interface Down {
  id: number;
  x: number;
  y: number;
  at: number;
}

export class TapOpener {
  private down: Down | null = null;

  constructor(
    private readonly cards: TapTarget,
    private readonly mentionAt: (x: number, y: number) => Mention | null,
  ) {}

  attach(input: InputEvents): void {
    const on = (type: string, fn: (e: PointerEvent) => void) =>
      input.addEventListener(type, guarded(`tap ${type}`, fn as (e: Event) => void) as EventListener, { capture: true, passive: true });
    on('pointerdown', (e) => this.onDown(e));
    on('pointerup', (e) => this.onUp(e));
    on('pointercancel', () => (this.down = null));
  }

  private onDown(e: PointerEvent): void {
    this.down = (e.pointerType === 'touch' || e.pointerType === 'pen') && e.isPrimary ? { id: e.pointerId, x: e.clientX, y: e.clientY, at: e.timeStamp } : null;
  }

  private onUp(e: PointerEvent): void {
    const down = this.down;
    this.down = null;
    if (!down || e.pointerId !== down.id) return;
    if (Math.abs(e.clientX - down.x) > TAP_SLOP || Math.abs(e.clientY - down.y) > TAP_SLOP || e.timeStamp - down.at > TAP_MAX_MS) return;
    if (this.cards.isOwnEventTarget(e.target) || isInsideControl(e.target as Node | null)) return;
    const mention = this.mentionAt(e.clientX, e.clientY);
    if (!mention || (this.cards.isOpen() && this.cards.current() === mention)) return;
    // The card goes against the line that was tapped.
    this.cards.setPointer(e.clientX, e.clientY);
    this.cards.open(mention, undefined, 'touch');
  }
}
