/**
 * Which side of a name its card goes on. In horizontal text the card sits
 * below the line (where the reader goes next), aligned with the name's start.
 * In vertical text (Chinese or Japanese set in columns, or Latin text turned
 * sideways) a name is a tall, narrow box: below it there is often no room
 * for the card, and the next column is to the left (vertical-rl) or right
 * (vertical-lr). So the card goes on that side, aligned with the name's top,
 * and has the viewport's whole height to fit in.
 */
import type { Placement } from '@floating-ui/dom';

export interface CardPlacement {
  placement: Placement;
  fallbackPlacements: Placement[];
}

const HORIZONTAL: CardPlacement = { placement: 'bottom-start', fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] };
// Lines progress leftwards: vertical-rl, sideways-rl (and the legacy tb-rl).
const RIGHT_TO_LEFT_COLUMNS: CardPlacement = { placement: 'left-start', fallbackPlacements: ['right-start', 'left-end', 'right-end'] };
const LEFT_TO_RIGHT_COLUMNS: CardPlacement = { placement: 'right-start', fallbackPlacements: ['left-start', 'right-end', 'left-end'] };

/** The placement for a card about a name inside `el` (the name's parent element). */
export function cardPlacementFor(el: Element | undefined): CardPlacement {
  const view = el?.ownerDocument.defaultView;
  if (!el || !view) return HORIZONTAL;
  const mode = view.getComputedStyle(el).writingMode;
  if (mode.endsWith('-rl')) return RIGHT_TO_LEFT_COLUMNS;
  if (mode.endsWith('-lr')) return LEFT_TO_RIGHT_COLUMNS;
  return HORIZONTAL;
}
