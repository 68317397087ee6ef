/**
 * On pages with many names, only the blocks near the viewport keep their
 * ranges in the highlight registry. Browsers re-check every registered range
 * after each change to the page (Chromium 156) and pay per range to register
 * it (Firefox ESR 153), so thousands of offscreen ranges would tax the page on
 * every frame. Below the threshold everything stays registered; the index keeps
 * every mention either way (counts, jumps, hit-testing).
 */
import type { Highlighter } from './highlighter';
import type { MentionIndex } from './mention-index';
import { elementOfOwner } from './text-runs';

/** Blocks within this distance of the viewport count as near. */
const NEAR_MARGIN = '150% 0px';

export class ViewportWindow {
  private io: IntersectionObserver | null = null;
  /** Owners whose ranges are registered while windowing. */
  private near = new WeakSet<Node>();
  /** How many elements the observer holds (it keeps each alive until told to let go). */
  private observedCount = 0;
  /** Element observed → the owners it stands for (a block, or the shadow root it hosts); an element is observed while it has an entry. */
  private ownersByElement = new WeakMap<Element, Node[]>();
  private active = false;

  constructor(
    private readonly index: MentionIndex,
    private readonly highlighter: Highlighter,
    private readonly threshold: number,
  ) {}

  /** Whether a range of `owner` should be registered now. */
  accepts(owner: Node): boolean {
    if (!this.active) return true;
    this.watch(owner);
    return this.near.has(owner);
  }

  /** Turns windowing on once the page holds more mentions than the threshold. */
  update(): void {
    if (this.active || this.index.size <= this.threshold) return;
    this.active = true;
    this.io = new IntersectionObserver((entries) => this.onEntries(entries), { rootMargin: NEAR_MARGIN });
    // Everything registered so far counts as near until the observer says otherwise.
    for (const owner of this.index.owners()) {
      this.near.add(owner);
      this.watch(owner);
    }
  }

  get watchedCount(): number {
    return this.observedCount;
  }

  /**
   * Lets go of a block removed from the page. The observer holds its targets
   * strongly: without this, a feed that keeps replacing its content would
   * keep every removed block, and its whole subtree, alive.
   */
  forget(owner: Node): void {
    this.near.delete(owner);
    const el = elementOfOwner(owner);
    const list = el && this.ownersByElement.get(el);
    if (!el || !list) return;
    const i = list.indexOf(owner);
    if (i >= 0) list.splice(i, 1);
    if (list.length > 0) return;
    this.ownersByElement.delete(el);
    this.io?.unobserve(el);
    this.observedCount--;
  }

  private watch(owner: Node): void {
    const el = elementOfOwner(owner);
    if (!el || !this.io) return;
    const list = this.ownersByElement.get(el);
    if (list) {
      if (!list.includes(owner)) list.push(owner);
      return;
    }
    this.ownersByElement.set(el, [owner]);
    this.observedCount++;
    this.io.observe(el);
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    const add: StaticRange[] = [];
    const remove: StaticRange[] = [];
    for (const entry of entries) {
      for (const owner of this.ownersByElement.get(entry.target) ?? []) {
        if (entry.isIntersecting === this.near.has(owner)) continue;
        const ranges = this.index.rangesOf(owner);
        if (entry.isIntersecting) {
          this.near.add(owner);
          add.push(...ranges);
        } else {
          this.near.delete(owner);
          remove.push(...ranges);
        }
      }
    }
    if (remove.length > 0) this.highlighter.remove(remove);
    if (add.length > 0) this.highlighter.add(add);
  }

  reset(): void {
    this.io?.disconnect();
    this.io = null;
    this.active = false;
    this.near = new WeakSet();
    this.observedCount = 0;
    this.ownersByElement = new WeakMap();
  }
}
