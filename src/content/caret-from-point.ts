/**
 * Which text position lies under a point. Browsers differ: the standard
 * caretPositionFromPoint (Firefox; Chromium since 128, with a `shadowRoots`
 * option to look inside shadow trees) and WebKit's older caretRangeFromPoint.
 * Both return the *nearest* caret even over blank space, so callers must
 * check the point against the mention's client rects.
 */
export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretPositionFn = (
  x: number,
  y: number,
  options?: { shadowRoots?: ShadowRoot[] },
) => { offsetNode: Node; offset: number } | null;

export function caretFromPoint(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): CaretPoint | null {
  const byPosition = (doc as unknown as { caretPositionFromPoint?: CaretPositionFn }).caretPositionFromPoint;
  if (typeof byPosition === 'function') {
    const p = byPosition.call(doc, x, y, shadowRoots.length > 0 ? { shadowRoots } : undefined);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const byRange = (doc as unknown as { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  if (typeof byRange === 'function') {
    const r = byRange.call(doc, x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** A live Range for a static one (client rects need a live Range). */
export function liveRange(doc: Document, r: AbstractRange): Range | null {
  try {
    const live = doc.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live;
  } catch {
    // The text changed under a stale range: it no longer points anywhere.
    return null;
  }
}

/** True when (x, y) lies in one of the range's line boxes (with a little slack). */
export function rangeContainsPoint(range: Range, x: number, y: number, slack = 1): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack) {
      return true;
    }
  }
  return false;
}
