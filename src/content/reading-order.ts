/**
 * Reading order within one frame: its names and its child frames, in the
 * order a reader meets them, an open shadow tree read where its host begins
 * (before the host's own children). Pure DOM logic, no layout, no extension
 * API: the keyboard's next/previous name (name-navigator.ts) asks it for the
 * stop nearest to a point.
 *
 * It walks the tree from that point outwards and stops at the first stop it
 * meets, reading only sibling and parent links. Comparing positions instead
 * (compareDocumentPosition, Range.comparePoint) costs Chromium a walk over a
 * parent's children each time: a key press on a page of many sibling text
 * nodes then compared every name at that price.
 */
import type { Mention } from './mention-index';
import { DOCUMENT_FRAGMENT_NODE, ELEMENT_NODE, TEXT_NODE } from './dom-constants';

export interface BoundaryPoint {
  node: Node;
  offset: number;
}

/** A place the keyboard can go to: a name, or a child frame (whose own names come in its place). */
export type Stop = { kind: 'mention'; mention: Mention } | { kind: 'frame'; element: Element };

export interface StopSource {
  /** The mentions whose ranges touch this text node (MentionIndex.atText). */
  mentionsAt(text: Node): readonly Mention[];
  /** True for a child frame the keyboard can go into. */
  isFrame(el: Element): boolean;
  /** The element's open shadow root, when it is one that is read. */
  shadowOf(el: Element): ShadowRoot | null;
}

export function stopPoint(stop: Stop): BoundaryPoint {
  return stop.kind === 'mention'
    ? { node: stop.mention.range.startContainer, offset: stop.mention.range.startOffset }
    : { node: stop.element, offset: 0 };
}

const isShadowRoot = (n: Node): n is ShadowRoot => n.nodeType === DOCUMENT_FRAGMENT_NODE && (n as ShadowRoot).host != null;

/** Walks the composed tree: a host, then its shadow tree, then its own children. */
class Walk {
  constructor(private readonly src: StopSource) {}

  private shadow(n: Node): ShadowRoot | null {
    return n.nodeType === ELEMENT_NODE ? this.src.shadowOf(n as Element) : null;
  }

  /** The first node after `n` and everything inside it. */
  after(n: Node): Node | null {
    for (let x: Node = n; ; ) {
      if (x.nextSibling) return x.nextSibling;
      const parent = x.parentNode;
      if (!parent) return null;
      if (isShadowRoot(parent)) {
        // The end of a shadow tree: its host's own children come next.
        if (parent.host.firstChild) return parent.host.firstChild;
        x = parent.host;
      } else {
        x = parent;
      }
    }
  }

  next(n: Node): Node | null {
    return this.shadow(n)?.firstChild ?? n.firstChild ?? this.after(n);
  }

  /** The last node of `n`'s composed subtree. */
  last(n: Node): Node {
    for (let x = n; ; ) {
      const inner = x.lastChild ?? this.shadow(x)?.lastChild ?? null;
      if (!inner) return x;
      x = inner;
    }
  }

  previous(n: Node): Node | null {
    if (n.previousSibling) return this.last(n.previousSibling);
    const parent = n.parentNode;
    if (!parent) return null;
    // A host comes before its shadow tree; a host's first child comes after the shadow tree.
    if (isShadowRoot(parent)) return parent.host;
    const shadowLast = this.shadow(parent)?.lastChild;
    return shadowLast ? this.last(shadowLast) : parent;
  }

  /** The stop at node `n` itself: its first (last) mention that starts in it and passes `keep`, or the frame it is. */
  stopAt(n: Node, direction: 1 | -1, keep: (offset: number) => boolean = () => true): Stop | null {
    if (n.nodeType === TEXT_NODE) {
      let best: Mention | null = null;
      for (const m of this.src.mentionsAt(n)) {
        if (m.range.startContainer !== n || !keep(m.range.startOffset)) continue;
        if (!best || (m.range.startOffset - best.range.startOffset) * direction < 0) best = m;
      }
      return best ? { kind: 'mention', mention: best } : null;
    }
    return n.nodeType === ELEMENT_NODE && this.src.isFrame(n as Element) ? { kind: 'frame', element: n as Element } : null;
  }
}

/**
 * The stop nearest to `from` in `direction`, or the first (last) stop of the
 * document when `from` is null. Strictly past `from`, unless `inclusive` and
 * `from` is in text: a name that starts right at a caret the reader placed
 * is the next one.
 */
export function nextStop(doc: Document, src: StopSource, from: BoundaryPoint | null, direction: 1 | -1, inclusive = false): Stop | null {
  const walk = new Walk(src);
  let n: Node | null;
  if (from === null) {
    n = direction === 1 ? doc.documentElement : doc.documentElement && walk.last(doc.documentElement);
  } else if (from.node.nodeType === TEXT_NODE) {
    // The rest of the point's own text node first.
    const here = walk.stopAt(from.node, direction, (offset) =>
      direction === 1 ? offset > from.offset || (inclusive && offset === from.offset) : offset < from.offset,
    );
    if (here) return here;
    n = direction === 1 ? walk.after(from.node) : walk.previous(from.node);
  } else {
    // A point between children: (parent, k) lies before child k and after child k - 1.
    const { node, offset } = from;
    const child = node.childNodes[offset] ?? null;
    if (direction === 1) {
      n = child ?? (isShadowRoot(node) ? (node.host.firstChild ?? walk.after(node.host)) : walk.after(node));
    } else if (offset > 0) {
      n = walk.last(node.childNodes[offset - 1] ?? node);
    } else if (isShadowRoot(node)) {
      n = node.host;
    } else {
      // (element, 0): before its children, after its shadow tree; the element itself is not past it.
      const shadowLast = node.nodeType === ELEMENT_NODE ? src.shadowOf(node as Element)?.lastChild : null;
      n = shadowLast ? walk.last(shadowLast) : walk.previous(node);
    }
  }
  while (n !== null) {
    const stop = walk.stopAt(n, direction);
    if (stop) return stop;
    n = direction === 1 ? walk.next(n) : walk.previous(n);
  }
  return null;
}
