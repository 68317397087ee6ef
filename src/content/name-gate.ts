/**
 * The content script's first question to a page: could it name anyone?
 *
 * The page's text is read as the scanner reads it (the same runs, shadow
 * roots included), and each run is asked `mayHold` (mayHoldName: the
 * matcher's first step alone, against the words that begin an alias). Only
 * when a run may hold a name is the reader loaded, with the dictionary and
 * everything else; a page or frame without names pays for this walk alone.
 * Until then its changes are read the same way (added text, text that
 * changes, elements that stop being hidden or editable), so that a name
 * that arrives later is not missed.
 */
import { ELEMENT_NODE, TEXT_NODE } from './dom-constants';
import { isInsideSkipped, ownerForChildrenOf, ownerOf, TextRunWalker, type WalkOptions } from './text-runs';
import { yieldToBrowser } from './yield-to-browser';

/** The longest a slice of the walk may run before the page gets the thread back. */
const SLICE_MS = 8;

/** What the walk cost, for the benchmark: main-thread time in its slices, how many, and when it last ran out of text. */
export interface GateStats {
  workMs: number;
  slices: number;
  /** performance.now() when the walk last read all there was without finding anything; -1 before. */
  idleAt: number;
}

export function newGateStats(): GateStats {
  return { workMs: 0, slices: 0, idleAt: -1 };
}

/**
 * Settles once text in `doc` may hold a name (at once when some does now,
 * else when some arrives), or once `signal` aborts: the reader was started
 * anyway, and reads the page's changes itself from then on.
 */
export function whenNameMayAppear(doc: Document, mayHold: (text: string) => boolean, stats: GateStats = newGateStats(), signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let found = false;
    let walking = false;
    const queue: TextRunWalker[] = [];
    const observer = new MutationObserver((records) => {
      const roots = new Set<Node | null>();
      for (const r of records) {
        if (r.type === 'childList') r.addedNodes.forEach((n) => roots.add(rootToRead(n)));
        else roots.add(rootToRead(r.target));
      }
      for (const root of roots) if (root !== null && root.isConnected && !isInsideSkipped(root, opts)) queue.push(walker(root));
      void walk();
    });
    const observe = (root: Node) =>
      observer.observe(root, {
        childList: true,
        characterData: true,
        subtree: true,
        // The walk leaves out what is hidden or editable: once it is not, it is read.
        attributes: true,
        attributeFilter: ['hidden', 'contenteditable'],
      });
    const opts: WalkOptions = {
      isOwnNode: () => false,
      onShadowRoot: (root) => {
        observe(root);
        queue.push(walker(root));
      },
    };
    const walker = (root: Node): TextRunWalker => {
      const w = new TextRunWalker(root, opts, (run) => {
        if (found || !mayHold(run.text)) return;
        found = true;
        w.stop();
      });
      return w;
    };
    const walk = async () => {
      if (walking) return;
      walking = true;
      try {
        while (queue.length > 0 && !found) {
          const sliceStart = performance.now();
          const deadline = sliceStart + SLICE_MS;
          while (queue.length > 0 && !found && performance.now() < deadline) if (!queue[0]!.step(deadline)) queue.shift();
          stats.workMs += performance.now() - sliceStart;
          stats.slices++;
          if (queue.length > 0 && !found) await yieldToBrowser();
        }
      } catch {
        // Whatever a page does to trip the walk, the reader (which reports its errors) is the safe answer.
        found = true;
      }
      walking = false;
      if (!found) {
        stats.idleAt = performance.now();
        return;
      }
      observer.disconnect();
      queue.length = 0;
      resolve();
    };
    signal?.addEventListener('abort', () => {
      found = true;
      void walk();
    });
    // The document itself: document.open() and a new <body> stay in view.
    observe(doc);
    queue.push(walker(doc.body ?? doc.documentElement));
    void walk();
  });
}

/** Where to read again after `node` was added or changed (the whole run it is part of), or null: nothing to read. */
function rootToRead(node: Node): Node | null {
  if (node.nodeType === TEXT_NODE) return node.parentNode ? ownerOf(node) : null;
  return node.nodeType === ELEMENT_NODE ? ownerForChildrenOf(node) : null;
}
