/**
 * Where a frame stands in its tab, as both sides of a frame boundary can
 * tell: the index of its window among its parent's frames (`parent[i]`,
 * which the HTML standard lets even a cross-origin frame read), at each
 * level up to the top. The background names frames by this path when it
 * walks the page's names across frames (src/background/name-steps.ts).
 */

/** This frame's path from the top frame ([] for the top frame), or null when it cannot be worked out. */
export function ownFramePath(win: Window): number[] | null {
  const path: number[] = [];
  try {
    let w: Window = win;
    for (let depth = 0; w.parent !== w; depth++) {
      if (depth > 64) return null;
      const index = indexAmongFrames(w.parent, w);
      if (index < 0) return null;
      path.unshift(index);
      w = w.parent;
    }
    return path;
  } catch {
    // A window that went away while we looked.
    return null;
  }
}

/** Whether two frame paths name the same frame. */
export function samePath(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function indexAmongFrames(parent: Window, child: Window): number {
  const n = parent.length;
  for (let i = 0; i < n; i++) if (parent[i] === child) return i;
  return -1;
}

/**
 * The index of the frame element's window among `win`'s frames, or -1 (a
 * frame inside a shadow tree is not among them, nor one without a document).
 */
export function childFrameIndex(win: Window, frame: Element): number {
  try {
    const child = (frame as HTMLIFrameElement).contentWindow;
    return child ? indexAmongFrames(win, child) : -1;
  } catch {
    return -1;
  }
}
