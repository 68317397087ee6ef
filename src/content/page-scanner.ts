/**
 * Finds the names on a page and keeps them current: the first viewport
 * first, then the rest in short slices; afterwards only what changes.
 */
import type { Matcher } from '../core/matcher';
import type { Highlighter } from './highlighter';
import { MentionIndex, type Mention } from './mention-index';
import { elementOfOwner, isInsideSkipped, locate, ownerForChildrenOf, ownerOf, TextRunWalker, type TextRun, type WalkOptions } from './text-runs';
import { afterFrame } from './after-frame';
import { mayBeScrolled } from './scroll-hint';
import { ViewportWindow } from './viewport-window';
import { yieldToBrowser } from './yield-to-browser';
import { DOCUMENT_FRAGMENT_NODE, ELEMENT_NODE, TEXT_NODE } from './dom-constants';

/** Longest stretch of work before giving the page the main thread back. */
const SLICE_MS = 8;
/**
 * The first slice starts at the viewport and ends early, so that the names
 * the reader sees are painted in the very next frame; a slice this short
 * still covers several screens of text in either browser.
 */
const FIRST_SLICE_MS = 3;
/**
 * Mentions a page may have before only those near the viewport stay
 * registered (see viewport-window.ts). Ordinary articles stay well below.
 */
const WINDOW_THRESHOLD = 1000;
/** How long to wait for the page's first frame before checking visibility anyway. */
const FRAME_FALLBACK_MS = 100;


/** A mention that counts only once the page gives it context (see PageScanner.#held). */
interface HeldMention {
  mention: Mention;
  nodes: Node[];
  context: readonly string[] | null;
}
export interface ScannerEvents {
  /** The set of mentions changed (counts, a rescan). */
  onChange?: () => void;
  /** A text node under the open card disappeared, or the URL changed. */
  onNavigate?: () => void;
  /**
   * Something the next slice must wait for (the reader's settings, asked for
   * at the first name), or null. Without it the rest of the scan would run
   * ahead of the answer: each slice resumes through `scheduler.yield`, which
   * goes before the browser's other queued tasks, the answer among them.
   */
  beforeSlice?: () => Promise<unknown> | null;
}

/**
 * What scanning cost, measured by the scanner itself with performance.now().
 * Kept inside the extension (the benchmark asks for it by message): nothing
 * is written to the page's performance timeline.
 */
export interface ScanStats {
  /** performance.now() when the initial scan began: settings read, dictionary compiled. */
  scanStartAt: number;
  /** performance.now() when the first slice of the initial scan ended. */
  firstSliceEndAt: number;
  /** When the initial scan finished. */
  initialDoneAt: number;
  /** Main-thread time of the initial scan, summed over its slices. */
  initialWorkMs: number;
  initialSlices: number;
  longestSliceMs: number;
  mutationFlushes: number;
  /** MutationRecords received: against mutationFlushes, how well changes are coalesced. */
  mutationRecords: number;
  /**
   * Time in the MutationObserver callback, which only notes what changed but
   * runs after every change the page makes, flush or not (not in mutationWorkMs).
   */
  observerMs: number;
  mutationWorkMs: number;
  longestFlushMs: number;
}

/**
 * How much the scanner holds right now. None of these may grow with a page's
 * history (a long single-page-app session), only with what it shows.
 */
export interface ScannerSizes {
  /** Blocks with mentions in the index. */
  owners: number;
  mentions: number;
  /** Ranges in the highlight registry. */
  registered: number;
  /** Blocks with names that were not rendered when scanned. */
  hiddenOwners: number;
  /** Mentions waiting for another name to confirm them ("Turkey"). */
  held: number;
  /** Open shadow roots being watched. */
  shadowRoots: number;
  /** Shadow roots met but not yet scanned. */
  pendingShadowRoots: number;
  /** Elements the viewport window observes (0 until a page has more than WINDOW_THRESHOLD mentions). */
  watched: number;
}

export class PageScanner {
  readonly stats: ScanStats = {
    scanStartAt: -1,
    firstSliceEndAt: -1,
    initialDoneAt: -1,
    initialWorkMs: 0,
    initialSlices: 0,
    longestSliceMs: 0,
    mutationFlushes: 0,
    mutationRecords: 0,
    observerMs: 0,
    mutationWorkMs: 0,
    longestFlushMs: 0,
  };
  readonly index = new MentionIndex();
  #observer: MutationObserver | null = null;
  #observedRoots = new WeakSet<Node>();
  readonly #dirtyOwners = new Set<Node>();
  readonly #addedSubtrees = new Set<Node>();
  #anyRemoved = false;
  #flushScheduled = false;
  #initialDone = false;
  #stopped = false;
  /**
   * Counts stops and rescans: a slice loop that was waiting (for the settings,
   * a frame) when the page was read again or switched off ends there, instead
   * of reading on beside the new one.
   */
  #round = 0;
  #lastUrl = location.href;
  /** Adaptive pause between mutation flushes: a page that never stops changing costs little. */
  #minFlushGap = 0;
  #lastFlushAt = 0;
  readonly #walkOpts: WalkOptions;
  /**
   * Read once, not once per range (page globals: see dom-constants.ts).
   */
  readonly #StaticRange = StaticRange;

  readonly #doc: Document;
  #matcher: Matcher;
  readonly #highlighter: Highlighter;
  readonly #events: ScannerEvents;

  constructor(
    doc: Document,
    matcher: Matcher,
    highlighter: Highlighter,
    isOwnNode: (node: Node) => boolean,
    events: ScannerEvents = {},
  ) {
    this.#doc = doc;
    this.#matcher = matcher;
    this.#highlighter = highlighter;
    this.#events = events;
    this.#nearViewport = new ViewportWindow(this.index, highlighter, WINDOW_THRESHOLD);
    this.#walkOpts = {
      isOwnNode,
      onShadowRoot: (root) => this.#meetShadowRoot(root),
    };
  }

  #pendingShadowRoots: ShadowRoot[] = [];
  /**
   * Shadow roots already read. A rescan of the block around a shadow host
   * meets its root again; the root's own observer already reports what
   * changes inside it, so reading it again would only duplicate its names.
   */
  #scannedShadowRoots = new WeakSet<ShadowRoot>();

  #meetShadowRoot(root: ShadowRoot): void {
    if (this.#scannedShadowRoots.has(root) || this.#pendingShadowRoots.includes(root)) return;
    this.#pendingShadowRoots.push(root);
  }

  /** Scans the whole document, the first viewport first, in slices. */
  async start(): Promise<void> {
    this.stats.scanStartAt = performance.now();
    this.#observe(this.#doc);
    const root = this.#doc.body ?? this.#doc.documentElement;
    if (!root || this.#doc.designMode === 'on') {
      this.#layoutSettled = true;
      this.#initialDone = true;
      return;
    }
    if (!this.#doc.defaultView) this.#layoutSettled = true;
    if (!this.#layoutSettled) {
      // A scan stopped before its frame came: this one asks afresh.
      this.#frameRequested = false;
      this.#firstFrame = null;
    }
    const viewportStart = findViewportStart(this.#doc);
    const passes: TextRunWalker[] = [];
    const onRun = (run: TextRun) => this.#addRun(run);
    if (viewportStart && root.contains(viewportStart)) {
      passes.push(new TextRunWalker(root, this.#walkOpts, onRun, false, viewportStart));
      passes.push(new TextRunWalker(root, this.#walkOpts, onRun, false, undefined, viewportStart));
    } else {
      passes.push(new TextRunWalker(root, this.#walkOpts, onRun));
    }
    const round = this.#round;
    await this.#runSliced(passes, true);
    if (round !== this.#round) return;
    // A scan done in one slice has not waited for the frame yet.
    if (await this.#waitForFirstFrame()) {
      this.#settleLayout();
      this.#flushRanges();
    } else if (!this.#layoutSettled && !this.#frameRequested && !this.#stopped) {
      // Nothing was taken as shown unchecked: no frame to wait for.
      this.#settleLayout();
    }
    this.stats.initialDoneAt = performance.now();
    this.#initialDone = true;
    this.#events.onChange?.();
    if (this.#pendingRecords.length > 0 || this.#dirtyOwners.size > 0 || this.#addedSubtrees.size > 0 || this.#anyRemoved) this.#scheduleFlush();
  }

  /** Runs walkers to completion, yielding whenever a slice uses its budget. */
  async #runSliced(walkers: TextRunWalker[], initial = false): Promise<void> {
    const queue = [...walkers];
    const round = this.#round;
    let first = true;
    while (queue.length > 0 || this.#pendingShadowRoots.length > 0) {
      if (this.#stopped || round !== this.#round) return;
      // After the first slice (the viewport), wait for the page's first
      // frame: what the first slice took as shown is checked then, and the
      // rest of the page is read with layout up to date, so that nothing
      // taken unchecked piles up into one long check.
      let settle = false;
      if (!first) {
        this.#requestFirstFrame();
        settle = await this.#waitForFirstFrame();
        const gate = this.#events.beforeSlice?.();
        if (gate) await gate.catch(() => undefined);
        else if (!settle) await yieldToBrowser();
        if (this.#stopped || round !== this.#round) return;
      }
      first = false;
      const sliceStart = performance.now();
      if (settle) this.#settleLayout();
      const deadline = sliceStart + (initial && this.stats.firstSliceEndAt < 0 ? FIRST_SLICE_MS : SLICE_MS);
      while (performance.now() < deadline) {
        const w = queue[0];
        if (!w) {
          const shadow = this.#pendingShadowRoots.shift();
          if (!shadow) break;
          if (!shadow.host.isConnected) continue;
          this.#observe(shadow);
          this.#scannedShadowRoots.add(shadow);
          queue.push(new TextRunWalker(shadow, this.#walkOpts, (run) => this.#addRun(run)));
          continue;
        }
        if (!w.step(deadline)) queue.shift();
      }
      this.#flushRanges();
      const spent = performance.now() - sliceStart;
      const st = this.stats;
      st.longestSliceMs = Math.max(st.longestSliceMs, spent);
      if (initial) {
        st.initialWorkMs += spent;
        st.initialSlices++;
        if (st.firstSliceEndAt < 0) st.firstSliceEndAt = performance.now();
      } else {
        st.mutationWorkMs += spent;
      }
      this.#events.onChange?.();
    }
  }

  #pendingRanges: StaticRange[] = [];

  #flushRanges(): void {
    if (this.#pendingRanges.length > 0) {
      this.#highlighter.add(this.#pendingRanges);
      this.#pendingRanges = [];
    }
    this.#nearViewport.update();
  }

  /** Past this many mentions, only blocks near the viewport keep their ranges registered. */
  readonly #nearViewport: ViewportWindow;

  #addRun(run: TextRun): void {
    const deferred = !this.#layoutSettled;
    let visible: boolean | undefined;
    let inlineParent: Node | null = null;
    let inlineVisible = true;
    this.#matcher.scan(run.text, (m) => {
      // Visibility costs a style lookup: ask only for runs that hold a name.
      visible ??= deferred ? this.#deferCheck(run.owner) : this.#isShown(run.owner);
      if (!visible) {
        this.#hiddenOwners.add(run.owner);
        return;
      }
      const [startNode, startOffset] = locate(run, m.start, false);
      const [endNode, endOffset] = locate(run, m.end, true);
      // A name inside an inline element of its own (<span class="mobile-only">)
      // may be hidden while the block shows: ask once per element.
      const parent = startNode.parentNode;
      if (parent !== run.owner && parent !== null) {
        if (deferred) {
          this.#unverified.get(run.owner)?.add(parent);
        } else if (parent !== inlineParent) {
          inlineParent = parent;
          inlineVisible = this.#isShown(parent);
        }
        if (!inlineVisible) {
          this.#hiddenOwners.add(run.owner);
          return;
        }
      }
      const kept = this.#takeRecycled(startNode, startOffset, endNode, endOffset, m.entityId);
      const range =
        kept ??
        new this.#StaticRange({
          startContainer: startNode,
          startOffset,
          endContainer: endNode,
          endOffset,
        });
      const mention: Mention = { entityId: m.entityId, range, owner: run.owner, demonym: m.demonym };
      let nodes: Node[];
      if (startNode === endNode) {
        nodes = [startNode];
      } else {
        const a = run.nodes.indexOf(startNode);
        const b = run.nodes.indexOf(endNode, a);
        nodes = run.nodes.slice(a, b + 1);
      }
      if (m.needsContext && (deferred || !this.#hasContextFor(m.context))) {
        this.#held.push({ mention, nodes, context: m.context });
        return;
      }
      const newEntity = this.#held.length > 0 && !this.index.countsByEntity().has(m.entityId);
      this.index.add(mention, nodes);
      // A recycled range is still registered: nothing to paint again.
      if (!kept && this.#nearViewport.accepts(run.owner)) this.#pendingRanges.push(range);
      if (newEntity && !deferred) this.#releaseHeld();
    });
  }

  /**
   * Mentions of an alias that is also an ordinary word wait here until the
   * page names some other entity ("Turkey": a recipe's "Thanksgiving Turkey"
   * or a novel's character is not the country), or one of the entities its
   * context lists ("Poutine": the dish, or Putin on a page about Russia).
   */
  #held: HeldMention[] = [];

  /** True when the mentions indexed so far give a needsContext match its context. */
  #hasContextFor(context: readonly string[] | null): boolean {
    if (context === null) return this.index.size > 0;
    const counts = this.index.countsByEntity();
    return context.some((id) => counts.has(id));
  }

  /** Indexes the held mentions whose context the page now has. */
  #releaseHeld(): void {
    if (this.#held.length === 0) return;
    const waiting: HeldMention[] = [];
    for (const held of this.#held) {
      if (!held.mention.owner.isConnected) continue;
      if (!this.#hasContextFor(held.context)) {
        waiting.push(held);
        continue;
      }
      this.index.add(held.mention, held.nodes);
      if (this.#nearViewport.accepts(held.mention.owner)) this.#pendingRanges.push(held.mention.range);
    }
    this.#held = waiting;
  }

  /** Blocks holding names that were not rendered when scanned (closed menus, tabs). */
  #hiddenOwners = new Set<Node>();

  /**
   * Nodes found rendered, so that a block whose text keeps changing is not
   * asked again at every flush (each question may make the browser update
   * its layout first). Forgotten whenever something could hide them: a
   * change of the attributes we watch, or elements moved or removed.
   */
  #shown = new WeakSet<Node>();

  #isShown(node: Node): boolean {
    if (this.#shown.has(node)) return true;
    const rendered = isRendered(node);
    if (rendered) this.#shown.add(node);
    return rendered;
  }

  /**
   * Asking whether text is rendered makes the browser bring its style and
   * layout up to date. Right after a page loads they often are not: in
   * Firefox, on a long page, the first such question can take several
   * frames, all of it in our task. Until the page's first frame has been drawn (the
   * browser has then done that work in its own time), blocks with names are
   * taken as shown and noted here, with the inline elements around their
   * names, to be checked then. Text that is not rendered is not painted
   * either, so nothing shows in between.
   */
  #layoutSettled = false;
  /** The first frame after the initial scan began, until it has been waited for. */
  #firstFrame: Promise<void> | null = null;
  /**
   * Asked for only when there is something to check or more to read: an
   * animation frame request makes the browser render a frame, which a page
   * without names (read in one slice) would not otherwise need.
   */
  #frameRequested = false;
  #unverified = new Map<Node, Set<Node>>();

  #requestFirstFrame(): void {
    if (this.#frameRequested || this.#layoutSettled) return;
    this.#frameRequested = true;
    this.#firstFrame = afterFrame(this.#doc.defaultView!, FRAME_FALLBACK_MS);
  }

  #deferCheck(owner: Node): true {
    this.#requestFirstFrame();
    if (!this.#unverified.has(owner)) this.#unverified.set(owner, new Set());
    return true;
  }

  /** Waits for the first frame, once; true when there was one to wait for and the scan goes on. */
  async #waitForFirstFrame(): Promise<boolean> {
    const frame = this.#firstFrame;
    if (!frame) return false;
    this.#firstFrame = null;
    await frame;
    return !this.#stopped;
  }

  /** The page has drawn a frame: check what was taken as shown until now. */
  #settleLayout(): void {
    this.#layoutSettled = true;
    for (const [owner, inlineParents] of this.#unverified) {
      if (!owner.isConnected) continue;
      if (!this.#isShown(owner)) {
        this.#dropOwner(owner);
        this.#hiddenOwners.add(owner);
        continue;
      }
      // Rare: a name in a hidden inline element. A rescan, now with checks, sorts it out.
      for (const p of inlineParents) {
        if (p.isConnected && !this.#isShown(p)) {
          this.#dropOwner(owner);
          this.#dirtyOwners.add(owner);
          break;
        }
      }
    }
    this.#unverified.clear();
    // Names that wait for another ("Turkey") were not released by unchecked
    // ones: a page whose only other names are hidden does not count as news.
    this.#releaseHeld();
  }

  /** An attribute changed on `target`: blocks hidden under it may now show. */
  #revealCheck(target: Node): void {
    for (const owner of this.#hiddenOwners) {
      // The block itself, something around it, or an inline element inside it.
      if (owner === target || target.contains(owner) || owner.contains(target)) {
        this.#hiddenOwners.delete(owner);
        this.#dirtyOwners.add(owner);
      }
    }
  }

  /**
   * A page switched `target` to editing or back (an article's "Edit" button):
   * its blocks are rescanned, which drops their names while editable (the
   * walker skips editors) and finds them again afterwards.
   */
  #editableChanged(target: Node): void {
    this.#addedSubtrees.add(target);
    for (const owner of this.index.owners()) if (target.contains(owner)) this.#dirtyOwners.add(owner);
  }

  /** Open shadow roots met so far: hit-testing needs them to see inside. */
  readonly shadowRoots: ShadowRoot[] = [];

  #observe(root: Node): void {
    if (this.#observedRoots.has(root)) return;
    this.#observedRoots.add(root);
    if (root.nodeType === DOCUMENT_FRAGMENT_NODE) this.shadowRoots.push(root as ShadowRoot);
    this.#observer ??= new MutationObserver((records) => this.#onMutations(records));
    this.#observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      // What commonly reveals hidden text: menus, tabs, <details>, "read more".
      attributes: true,
      // And what makes text editable or not: an editor's text is never highlighted.
      attributeFilter: ['hidden', 'open', 'style', 'class', 'contenteditable'],
    });
  }

  /**
   * Records wait here for the next flush instead of being read as they come:
   * reading one costs several DOM reads (see dom-constants.ts), and a page that rewrites the same nodes on every frame would
   * pay them every frame while the adaptive pause holds the flush back. Read
   * at the flush, a node changed in many frames is read once.
   */
  #pendingRecords: MutationRecord[][] = [];

  #onMutations(records: MutationRecord[]): void {
    const t0 = performance.now();
    this.stats.mutationRecords += records.length;
    this.#pendingRecords.push(records);
    if (this.#initialDone) this.#scheduleFlush();
    this.stats.observerMs += performance.now() - t0;
  }

  /** Notes what the waiting records changed: dirty blocks, new subtrees, removals. */
  #readRecords(): void {
    const batches = this.#pendingRecords;
    this.#pendingRecords = [];
    const seenText = new Set<Node>();
    const seenParents = new Set<Node>();
    for (const records of batches) {
      for (const r of records) {
        const target = r.target;
        if (r.type === 'characterData') {
          if (seenText.has(target)) continue;
          seenText.add(target);
        }
        if (this.#walkOpts.isOwnNode(target)) continue;
        if (r.type === 'attributes') {
          this.#shown = new WeakSet();
          if (r.attributeName === 'contenteditable') {
            this.#editableChanged(target);
            continue;
          }
          // The walk skips a `hidden` element without reading it: shown now, it is read like new content.
          if (r.attributeName === 'hidden' && !(target as Element).hasAttribute('hidden')) this.#addedSubtrees.add(target);
          if (this.#hiddenOwners.size > 0) this.#revealCheck(target);
          continue;
        }
        if (r.type === 'characterData') {
          this.#dirtyOwners.add(ownerOf(target));
          continue;
        }
        if (r.removedNodes.length > 0) {
          this.#anyRemoved = true;
          // Text replaced inside a block moves nothing; an element removed may come back elsewhere.
          for (const n of r.removedNodes) {
            if (n.nodeType !== ELEMENT_NODE) continue;
            this.#shown = new WeakSet();
            break;
          }
          if (!seenParents.has(target)) {
            seenParents.add(target);
            this.#dirtyOwners.add(ownerForChildrenOf(target));
          }
        }
        for (const n of r.addedNodes) {
          // Added and removed again since: its removal made its old block dirty.
          if (!n.isConnected || this.#walkOpts.isOwnNode(n)) continue;
          if (n.nodeType === TEXT_NODE) this.#dirtyOwners.add(ownerOf(n));
          else if (n.nodeType === ELEMENT_NODE) {
            this.#addedSubtrees.add(n);
            // Inline content joins the text of the block around it.
            this.#dirtyOwners.add(ownerOf(n));
          }
        }
      }
    }
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled || this.#stopped) return;
    this.#flushScheduled = true;
    const wait = Math.max(0, this.#lastFlushAt + this.#minFlushGap - performance.now());
    const run = () => {
      this.#flushScheduled = false;
      this.#flushMutations();
    };
    // At most once per frame; background tabs get no frames, so use a timer there.
    if (wait === 0 && !this.#doc.hidden) requestAnimationFrame(run);
    else setTimeout(run, Math.max(wait, this.#doc.hidden ? 250 : 0));
  }

  /** Rescans what changed since the last flush. */
  #flushMutations(): void {
    if (this.#stopped) return;
    const t0 = performance.now();
    this.#readRecords();
    if (location.href !== this.#lastUrl) {
      this.#lastUrl = location.href;
      this.#events.onNavigate?.();
    }
    const owners = new Set(this.#dirtyOwners);
    const subtrees = [...this.#addedSubtrees];
    this.#dirtyOwners.clear();
    this.#addedSubtrees.clear();
    if (this.#anyRemoved) {
      this.#anyRemoved = false;
      for (const owner of this.index.owners()) if (!owner.isConnected) owners.add(owner);
      this.#forgetRemoved();
    }
    // The first run seen for an owner in this flush replaces what it had before
    // (a subtree moved elsewhere in the page is not counted twice).
    const seen = new Set<Node>();
    this.#recycled = new Map();
    const replaceRun = (run: TextRun) => {
      if (!seen.has(run.owner)) {
        seen.add(run.owner);
        this.#dropOwner(run.owner);
      }
      this.#addRun(run);
    };
    for (const owner of owners) {
      this.#dropOwner(owner);
      seen.add(owner);
      if (!owner.isConnected || isInsideSkipped(owner, this.#walkOpts)) continue;
      new TextRunWalker(owner, this.#walkOpts, replaceRun, true).step(Infinity);
    }
    // New subtrees may hold blocks of their own, which an owner rescan does not
    // enter; runs of owners rescanned above are already done.
    const unfinished: TextRunWalker[] = [];
    for (const sub of subtrees) {
      if (!sub.isConnected || containedIn(sub, subtrees) || isInsideSkipped(sub, this.#walkOpts)) continue;
      const w = new TextRunWalker(sub, this.#walkOpts, (run) => {
        if (!owners.has(run.owner)) replaceRun(run);
      });
      if (w.step(performance.now() + SLICE_MS)) unfinished.push(w);
    }
    this.#endRecycling();
    this.#flushRanges();
    const spent = performance.now() - t0;
    this.stats.mutationFlushes++;
    this.stats.mutationWorkMs += spent;
    this.stats.longestFlushMs = Math.max(this.stats.longestFlushMs, spent);
    this.#lastFlushAt = performance.now();
    // Keep mutation work near 2% of the main thread, whatever the page does.
    this.#minFlushGap = Math.min(1000, spent * 50);
    // Shadow roots that arrived with new content are read there too.
    if (unfinished.length > 0 || this.#pendingShadowRoots.length > 0) void this.#runSliced(unfinished).then(() => this.#events.onChange?.());
    this.#events.onChange?.();
  }

  /**
   * Lets go of removed content that the index does not hold: a page that
   * keeps replacing its content (a single-page app) must not make these grow
   * with its history. A removed shadow host that comes back is read afresh.
   */
  #forgetRemoved(): void {
    for (const owner of this.#hiddenOwners) if (!owner.isConnected) this.#hiddenOwners.delete(owner);
    for (let i = this.shadowRoots.length - 1; i >= 0; i--) {
      const root = this.shadowRoots[i]!;
      if (root.host.isConnected) continue;
      this.shadowRoots.splice(i, 1);
      this.#observedRoots.delete(root);
      this.#scannedShadowRoots.delete(root);
    }
  }

  #dropOwner(owner: Node): void {
    if (this.#held.length > 0) this.#held = this.#held.filter((h) => h.mention.owner !== owner);
    // A block being rescanned stays observed; one that left the page does not.
    if (!owner.isConnected) this.#nearViewport.forget(owner);
    const gone = this.index.removeOwner(owner);
    if (gone.length === 0) return;
    if (this.#recycled) {
      for (const m of gone) {
        const list = this.#recycled.get(m.range.startContainer);
        if (list) list.push(m);
        else this.#recycled.set(m.range.startContainer, [m]);
      }
    } else {
      this.#highlighter.remove(gone.map((m) => m.range));
    }
  }

  /**
   * During a flush, the mentions of rescanned blocks wait here: a rescan that
   * finds the same name at the same place keeps its registered range, so a
   * block where one word changed does not unregister and re-register all its
   * names (registering a range is dear: see viewport-window.ts).
   */
  #recycled: Map<Node, Mention[]> | null = null;

  #takeRecycled(startNode: Node, startOffset: number, endNode: Node, endOffset: number, entityId: string): StaticRange | null {
    const list = this.#recycled?.get(startNode);
    if (!list) return null;
    const i = list.findIndex(
      (m) =>
        m.entityId === entityId &&
        m.range.startOffset === startOffset &&
        m.range.endContainer === endNode &&
        m.range.endOffset === endOffset,
    );
    if (i < 0) return null;
    const [m] = list.splice(i, 1);
    return m!.range;
  }

  /** Unregisters what a flush's rescans did not find again. */
  #endRecycling(): void {
    const left: StaticRange[] = [];
    for (const list of this.#recycled?.values() ?? []) for (const m of list) left.push(m.range);
    this.#recycled = null;
    if (left.length > 0) this.#highlighter.remove(left);
  }

  sizes(): ScannerSizes {
    return {
      owners: this.index.ownerCount,
      mentions: this.index.size,
      registered: this.#highlighter.registeredCount,
      hiddenOwners: this.#hiddenOwners.size,
      held: this.#held.length,
      shadowRoots: this.shadowRoots.length,
      pendingShadowRoots: this.#pendingShadowRoots.length,
      watched: this.#nearViewport.watchedCount,
    };
  }

  /** Swaps the dictionary (a setting changed, or scanning resumes) and rescans everything. */
  async rescanAll(matcher?: Matcher): Promise<void> {
    if (matcher) this.#matcher = matcher;
    this.#round++;
    this.#stopped = false;
    this.#highlighter.clear();
    this.index.clear();
    this.#nearViewport.reset();
    this.#held = [];
    this.#hiddenOwners.clear();
    this.#shown = new WeakSet();
    this.#scannedShadowRoots = new WeakSet();
    // The whole page is read again: what changed before does not matter.
    this.#pendingRecords = [];
    this.#initialDone = false;
    await this.start();
  }

  /** Stops watching the page and removes every highlight (switched off for this site). */
  stop(): void {
    this.#stopped = true;
    this.#round++;
    this.#observer?.disconnect();
    this.#observedRoots = new WeakSet();
    this.#scannedShadowRoots = new WeakSet();
    this.#pendingShadowRoots = [];
    this.#pendingRecords = [];
    this.shadowRoots.length = 0;
    this.#held = [];
    this.#hiddenOwners.clear();
    this.#unverified.clear();
    this.#nearViewport.reset();
    this.#highlighter.clear();
    this.index.clear();
  }
}

/** False for text that is not rendered (display: none, visibility: hidden, closed <details>). */
function isRendered(owner: Node): boolean {
  const el = elementOfOwner(owner);
  if (!el || typeof el.checkVisibility !== 'function') return true;
  // Text right inside a closed <details> (outside its <summary>): the element
  // itself is visible, so checkVisibility() cannot tell that the text is not.
  if (el.localName === 'details' && !(el as HTMLDetailsElement).open) return false;
  return el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
}

function containedIn(node: Node, others: Node[]): boolean {
  for (const o of others) if (o !== node && o.contains(node)) return true;
  return false;
}

/** The element at the top of the viewport when the page is scrolled, else null. */
function findViewportStart(doc: Document): Element | null {
  const win = doc.defaultView;
  if (!win || !mayBeScrolled(win) || win.scrollY < win.innerHeight / 2) return null;
  for (const f of [0.15, 0.3, 0.5]) {
    const el = doc.elementFromPoint(win.innerWidth / 2, win.innerHeight * f);
    if (el && el !== doc.body && el !== doc.documentElement) return el;
  }
  return null;
}
