/**
 * Keeps the floating card next to its mention with Floating UI: flips to the
 * other side when there is no room, shifts to stay on screen, and places
 * against the hovered line of a name that wraps. Never over the name itself.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { cardPlacementFor } from './card-placement';

export interface VirtualAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
  contextElement?: Element;
}

export interface AttachedCard {
  /**
   * Makes the card visible: at once when it has been placed, else as soon as
   * it is. `onShown` runs when it becomes visible.
   */
  show(onShown?: () => void): void;
  /** Runs `fn` once the card has a position (at once if it has). */
  whenPlaced(fn: () => void): void;
  /** Stops following the anchor. */
  detach(): void;
}

const MARGIN = 8;

/**
 * Places `card` (kept hidden until `show`) at the anchor and keeps it there
 * until detached. Placing a card that is not shown yet lets the layout reads
 * happen before the reader is waiting for it.
 */
export function attachCard(
  anchor: VirtualAnchor,
  card: HTMLElement,
  pointer: { x: number; y: number },
  onDetached: () => void,
): AttachedCard {
  // Beside a vertical name rather than below it (see card-placement.ts).
  const { placement, fallbackPlacements } = cardPlacementFor(anchor.contextElement);
  let placed = false;
  let shown = false;
  let waiting: (() => void) | null = null;
  const onPlaced: (() => void)[] = [];
  const reveal = () => {
    card.style.visibility = 'visible';
    shown = true;
    const done = waiting;
    waiting = null;
    done?.();
  };
  const update = () => {
    const rect = anchor.getBoundingClientRect();
    const view = card.ownerDocument.defaultView;
    if (view && (rect.bottom < 0 || rect.top > view.innerHeight || (rect.width === 0 && rect.height === 0))) {
      // The name scrolled out of view or vanished: the card has nothing to point at.
      onDetached();
      return;
    }
    void computePosition(anchor, card, {
      strategy: 'fixed',
      placement,
      middleware: [
        inline({ x: pointer.x, y: pointer.y }),
        offset(6),
        flip({ padding: MARGIN, fallbackPlacements }),
        shift({ padding: MARGIN }),
        size({
          padding: MARGIN,
          apply({ availableHeight }) {
            const room = `${Math.max(120, Math.floor(availableHeight))}px`;
            card.style.maxHeight = room;
            // The card inside has a max-height of its own, which a max-height
            // here cannot lower: hand it the room left (a short frame, a name
            // mid-screen in a short window) through an inherited property.
            card.style.setProperty('--sl-room', room);
          },
        }),
      ],
    }).then(({ x, y }) => {
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
      placed = true;
      for (const fn of onPlaced.splice(0)) fn();
      if (waiting && !shown) reveal();
    });
  };
  const stop = autoUpdate(anchor, card, update, { animationFrame: false, layoutShift: false });
  return {
    show(onShown) {
      if (shown) {
        onShown?.();
        return;
      }
      waiting = onShown ?? (() => {});
      if (placed) reveal();
    },
    whenPlaced(fn) {
      if (placed) fn();
      else onPlaced.push(fn);
    },
    detach: stop,
  };
}
