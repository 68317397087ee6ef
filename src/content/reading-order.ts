/**
 * Reading order within one frame: its names and its child frames, in the
 * order a reader meets them, open shadow trees read where their host stands.
 * Pure DOM logic (no layout, no extension API): the keyboard's next/previous
 * name (name-navigator.ts) asks it which stop comes after a point.
 *
 * Nothing is sorted: a step scans every stop once and keeps the nearest one
 * past the point, so a page's thousands of names cost one comparison each
 * per key press, and a page that changed in between needs no bookkeeping.
 */
import type { Mention } from './mention-index';
import { DOCUMENT_FRAGMENT_NODE, DOCUMENT_POSITION_FOLLOWING, DOCUMENT_POSITION_PRECEDING } from './dom-constants';

/** The DOM's DOCUMENT_POSITION_CONTAINED_BY (see dom-constants.ts for why literals). */
const DOCUMENT_POSITION_CONTAINED_BY = 0x10;

export interface BoundaryPoint {
  node: Node;
  offset: number;
}

/** A place the keyboard can go to: a name, or a child frame (whose own names come in its place). */
export type Stop = { kind: 'mention'; mention: Mention } | { kind: 'frame'; element: Element };

export function stopPoint(stop: Stop): BoundaryPoint {
  return stop.kind === 'mention'
    ? { node: stop.mention.range.startContainer, offset: stop.mention.range.startOffset }
    : { node: stop.element, offset: 0 };
}

function indexInParent(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n !== null; n = n.previousSibling) i++;
  return i;
}

/**
 * Order of two boundary points of the same tree (the DOM standard's
 * "position of a boundary point relative to another"): -1 before, 0 same, 1 after.
 */
function compareInTree(a: BoundaryPoint, b: BoundaryPoint): number {
  if (a.node === b.node) return Math.sign(a.offset - b.offset);
  const pos = a.node.compareDocumentPosition(b.node);
  if (pos & DOCUMENT_POSITION_PRECEDING) return -compareInTree(b, a);
  if (!(pos & DOCUMENT_POSITION_FOLLOWING)) return 0;
  if (pos & DOCUMENT_POSITION_CONTAINED_BY) {
    let child = b.node;
    while (child.parentNode !== a.node && child.parentNode !== null) child = child.parentNode;
    return indexInParent(child) < a.offset ? 1 : -1;
  }
  return -1;
}

/** The point and its stand-ins in each enclosing tree: inside a shadow tree, its host's start. */
function lifted(p: BoundaryPoint): { root: Node; point: BoundaryPoint }[] {
  const out: { root: Node; point: BoundaryPoint }[] = [];
  let point = p;
  for (let depth = 0; depth < 64; depth++) {
    const root = point.node.getRootNode();
    out.push({ root, point });
    if (root.nodeType !== DOCUMENT_FRAGMENT_NODE) break;
    const host = (root as ShadowRoot).host;
    if (!host) break;
    // A shadow tree is read where its host begins, before the host's own (slotted) children.
    point = { node: host, offset: 0 };
  }
  return out;
}

/**
 * Order of two points in reading order across shadow trees: -1 when `a`
 * comes first, 1 when `b` does, 0 when they coincide or cannot be ordered.
 */
export function compareReadingOrder(a: BoundaryPoint, b: BoundaryPoint): number {
  if (a.node === b.node) return Math.sign(a.offset - b.offset);
  const la = lifted(a);
  const lb = lifted(b);
  for (const x of la) {
    for (const y of lb) {
      if (x.root === y.root) {
        const c = compareInTree(x.point, y.point);
        // Lifted to the same host start: the point still inside its shadow tree comes first.
        return c !== 0 ? c : Math.sign(la.indexOf(x) - lb.indexOf(y)) * -1 || 0;
      }
    }
  }
  return 0;
}

/**
 * The stop nearest to `from` in `direction`, or the first (last) stop when
 * `from` is null. Strictly past `from`, unless `inclusive`: a stop that
 * starts right at a caret the reader placed is the next one.
 */
export function nextStop(stops: Iterable<Stop>, from: BoundaryPoint | null, direction: 1 | -1, inclusive = false): Stop | null {
  let best: Stop | null = null;
  let bestPoint: BoundaryPoint | null = null;
  for (const stop of stops) {
    const p = stopPoint(stop);
    if (from) {
      const c = compareReadingOrder(p, from) * direction;
      if (c < 0 || (c === 0 && !inclusive)) continue;
    }
    if (bestPoint === null || compareReadingOrder(p, bestPoint) * direction < 0) {
      best = stop;
      bestPoint = p;
    }
  }
  return best;
}

export function sameStop(a: Stop, b: Stop): boolean {
  return a.kind === 'mention' ? b.kind === 'mention' && a.mention === b.mention : b.kind === 'frame' && a.element === b.element;
}
