/**
 * Every mention found on the page, indexed three ways: by owner block (to
 * replace them when that block changes), by text node (for hit-testing under
 * the pointer) and by entity (for counts and previous/next).
 */
import { DOCUMENT_POSITION_FOLLOWING, DOCUMENT_POSITION_PRECEDING, SHOW_TEXT } from './dom-constants';

export interface Mention {
  entityId: string;
  /** Static: live Ranges would slow every DOM mutation the page makes. */
  range: StaticRange;
  owner: Node;
  demonym: boolean;
}

export class MentionIndex {
  readonly #byOwner = new Map<Node, Mention[]>();
  readonly #byText = new WeakMap<Node, Mention[]>();
  readonly #counts = new Map<string, number>();
  #total = 0;

  get size(): number {
    return this.#total;
  }

  get ownerCount(): number {
    return this.#byOwner.size;
  }

  owners(): IterableIterator<Node> {
    return this.#byOwner.keys();
  }

  add(m: Mention, textNodes: Iterable<Node>): void {
    let list = this.#byOwner.get(m.owner);
    if (!list) this.#byOwner.set(m.owner, (list = []));
    list.push(m);
    for (const t of textNodes) {
      const at = this.#byText.get(t);
      if (at) at.push(m);
      else this.#byText.set(t, [m]);
    }
    this.#counts.set(m.entityId, (this.#counts.get(m.entityId) ?? 0) + 1);
    this.#total++;
    this.#version++;
  }

  /** Removes and returns the owner's mentions. */
  removeOwner(owner: Node): Mention[] {
    const list = this.#byOwner.get(owner);
    if (!list) return [];
    this.#byOwner.delete(owner);
    this.#version++;
    for (const m of list) {
      for (const t of textNodesOf(m.range)) this.#byText.delete(t);
      const c = (this.#counts.get(m.entityId) ?? 1) - 1;
      if (c === 0) this.#counts.delete(m.entityId);
      else this.#counts.set(m.entityId, c);
      this.#total--;
    }
    return list;
  }

  /** Every mention, block by block (not in document order). */
  *all(): IterableIterator<Mention> {
    for (const list of this.#byOwner.values()) yield* list;
  }

  /** The registered ranges of one owner's mentions. */
  rangesOf(owner: Node): StaticRange[] {
    return (this.#byOwner.get(owner) ?? []).map((m) => m.range);
  }

  atText(node: Node): readonly Mention[] {
    return this.#byText.get(node) ?? [];
  }

  /** Entity id → number of mentions. */
  countsByEntity(): ReadonlyMap<string, number> {
    return this.#counts;
  }

  /** Bumped on every change, so that sorted lists can be reused until then. */
  #version = 0;
  #sorted = new Map<string, { version: number; list: Mention[] }>();

  /** The entity's mentions in document order (kept between calls while nothing changes: a card asks on every render). */
  mentionsOf(entityId: string): Mention[] {
    const cached = this.#sorted.get(entityId);
    if (cached && cached.version === this.#version) return cached.list;
    const out = this.#unsortedMentionsOf(entityId);
    out.sort(compareMentions);
    this.#sorted.set(entityId, { version: this.#version, list: out });
    return out;
  }

  /**
   * How many mentions `entityId` has, and where `mention` stands among them
   * in document order (-1 when it is not one of them), without sorting them:
   * a card shows this for every name the pointer rests on, and sorting a
   * name's thousand mentions on a long page costs milliseconds (one DOM
   * position comparison per step). Counting those before it costs one
   * comparison per mention.
   */
  positionOf(entityId: string, mention: Mention): { index: number; count: number } {
    const cached = this.#sorted.get(entityId);
    if (cached && cached.version === this.#version) return { index: cached.list.indexOf(mention), count: cached.list.length };
    const all = this.#unsortedMentionsOf(entityId);
    if (!all.includes(mention)) return { index: -1, count: all.length };
    let before = 0;
    for (const m of all) if (m !== mention && compareMentions(m, mention) < 0) before++;
    return { index: before, count: all.length };
  }

  #unsortedMentionsOf(entityId: string): Mention[] {
    const out: Mention[] = [];
    for (const list of this.#byOwner.values()) {
      for (const m of list) if (m.entityId === entityId) out.push(m);
    }
    return out;
  }

  clear(): Mention[] {
    const all: Mention[] = [];
    for (const owner of [...this.#byOwner.keys()]) all.push(...this.removeOwner(owner));
    return all;
  }
}

/** The text nodes a mention spans (usually one). */
export function textNodesOf(range: AbstractRange): Node[] {
  const first = range.startContainer;
  const last = range.endContainer;
  if (first === last) return [first];
  const out: Node[] = [first];
  const doc = first.ownerDocument;
  if (!doc) return out;
  const walker = doc.createTreeWalker(first.getRootNode(), SHOW_TEXT);
  walker.currentNode = first;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    out.push(n);
    if (n === last) break;
  }
  return out;
}

export function compareMentions(a: Mention, b: Mention): number {
  const sa = a.range.startContainer;
  const sb = b.range.startContainer;
  if (sa === sb) return a.range.startOffset - b.range.startOffset;
  const pos = sa.compareDocumentPosition(sb);
  if (pos & DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}
