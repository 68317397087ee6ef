/**
 * Collects the page's readable text as *runs*: the text nodes of one block
 * joined together, so that a name split across inline elements
 * ("Vladimir <em>Putin</em>") is one string to match, with a table that maps
 * offsets in that string back to text nodes. Reads the DOM, never writes it.
 */

import { DOCUMENT_FRAGMENT_NODE, ELEMENT_NODE, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './dom-constants';

export interface TextRun {
  /** The nearest block-level ancestor (or shadow root): mentions are kept per owner. */
  owner: Node;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
  text: string;
}

// Elements that flow inside a line: text across them joins into one run.
// <wbr> too: a line-break opportunity inside a word ("Kyrgyz<wbr>stan") is still one word.
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em',
  'font', 'i', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 'rb', 'rp', 'rt', 'ruby', 's', 'samp',
  'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

// Never read: not visible text, form fields, embedded documents (each frame
// runs its own content script), and graphics whose text we cannot highlight well.
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup',
  'button', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'video', 'audio', 'head',
  'title', 'svg', 'math', 'datalist',
]);

// Ruby annotations (the pinyin over 习近平): not part of the line's words,
// so they are left out without ending the run around them.
const ANNOTATION = new Set(['rt', 'rp']);

export interface WalkOptions {
  /** Our own UI host: never read. */
  isOwnNode: (node: Node) => boolean;
  /** Called for each open shadow root met on the way (it is walked separately). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

// The walk reads an element's localName once and passes it on (why: dom-constants.ts).

export function isInlineElement(el: Element, name = el.localName): boolean {
  // Custom elements without a shadow root render their children inline.
  return INLINE.has(name) || (name.includes('-') && el.shadowRoot === null);
}

/** Whose runs change when the children of `node` change: its block's owner when it is inline, else itself. */
export function ownerForChildrenOf(node: Node): Node {
  return node.nodeType === ELEMENT_NODE && isInlineElement(node as Element) ? ownerOf(node) : node;
}

/** The node whose mentions a text node's run belongs to. */
export function ownerOf(node: Node): Node {
  let p = node.parentNode;
  while (p !== null && p.nodeType === ELEMENT_NODE && isInlineElement(p as Element)) {
    p = p.parentNode;
  }
  return p ?? node;
}

/** The element an owner stands for: the block itself, or the host of a shadow root. */
export function elementOfOwner(owner: Node): Element | null {
  return owner.nodeType === ELEMENT_NODE ? (owner as Element) : ((owner as ShadowRoot).host ?? null);
}

/** Elements never read for what they say of themselves: hidden, or editors (an editor's text is never highlighted). */
const MARKED_SELECTOR = '[hidden],[contenteditable]:not([contenteditable="false"])';
/** Every element whose subtree is never read, as a selector (our own UI aside). */
const SKIPPED_SELECTOR = [...SKIP, ...ANNOTATION, MARKED_SELECTOR].join(',');

/** True when `node` lies inside something we never read (form field, editor, our UI). */
export function isInsideSkipped(node: Node, opts: WalkOptions): boolean {
  return anyTreeAbove(node, (el) => el.closest(SKIPPED_SELECTOR) !== null || opts.isOwnNode(el));
}

/**
 * True when `test` answers true for the element at or above `node` in its
 * own tree, or in any tree out through the hosts of the shadow roots it lies
 * in. `test` is called once per tree and looks up that tree itself with one
 * closest() rather than several attribute reads per ancestor (DOM reads: see
 * dom-constants.ts).
 */
export function anyTreeAbove(node: Node | null, test: (el: Element) => boolean): boolean {
  let n: Node | null = node;
  while (n !== null) {
    if (n.nodeType === DOCUMENT_FRAGMENT_NODE) {
      n = (n as ShadowRoot).host ?? null;
      continue;
    }
    if (n.nodeType !== ELEMENT_NODE) {
      n = n.parentNode;
      continue;
    }
    const el = n as Element;
    if (test(el)) return true;
    // On to the host of the shadow root this tree hangs from, if any.
    const root = el.getRootNode();
    n = root.nodeType === DOCUMENT_FRAGMENT_NODE ? ((root as ShadowRoot).host ?? null) : null;
  }
  return false;
}

/**
 * A resumable walk over a subtree in document order. `step` runs until the
 * deadline and returns false when the walk is done, so a big page is read in
 * slices that keep every task short.
 */
export class TextRunWalker {
  readonly #walker: TreeWalker;
  #done = false;
  #started = false;
  #nodes: Text[] = [];
  #starts: number[] = [];
  #text = '';
  #owner: Node | null = null;
  #lastParent: Node | null = null;
  #lastOwner: Node | null = null;

  readonly #opts: WalkOptions;
  /**
   * Elements under the root that are hidden or editable when the walk begins;
   * usually none, so the walk asks for its size before each lookup.
   */
  readonly #marked: Set<Element>;
  readonly #onRun: (run: TextRun) => void;
  readonly #ownerOnly: boolean;
  readonly #stopAt: Node | undefined;

  constructor(
    readonly root: Node,
    opts: WalkOptions,
    onRun: (run: TextRun) => void,
    /** With `ownerOnly`, child blocks are not entered: used to rescan one owner. */
    ownerOnly = false,
    /** Begin at this node instead of the root (viewport first). */
    startAt?: Node,
    /** Stop on reaching this node (the rest was walked already). */
    stopAt?: Node,
  ) {
    this.#opts = opts;
    this.#onRun = onRun;
    this.#ownerOnly = ownerOnly;
    this.#stopAt = stopAt;
    const doc = root.ownerDocument ?? (root as Document);
    this.#walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    // Asked once for the whole subtree instead of two attribute reads per element.
    this.#marked = new Set((root as ParentNode).querySelectorAll(MARKED_SELECTOR));
    if (startAt) {
      this.#walker.currentNode = startAt;
      this.#started = true;
      this.#visitFirst = startAt;
    }
  }

  #visitFirst: Node | null = null;

  /** Ends the walk where it is (its reader has learnt what it needed): step() then does nothing. */
  stop(): void {
    this.#done = true;
  }

  /** Walks until `deadline` (a performance.now() value); returns true while work remains. */
  step(deadline: number): boolean {
    if (this.#done) return false;
    const w = this.#walker;
    let count = 0;
    let node: Node | null;
    if (this.#visitFirst) {
      node = this.#visitFirst;
      this.#visitFirst = null;
    } else if (!this.#started) {
      this.#started = true;
      node = w.nextNode();
    } else {
      node = w.nextNode();
    }
    while (node !== null && !this.#done) {
      if (node === this.#stopAt) break;
      if (node.nodeType === TEXT_NODE) {
        this.#addText(node as Text);
        node = w.nextNode();
      } else {
        const el = node as Element;
        const name = el.localName;
        if (ANNOTATION.has(name)) {
          node = this.#skipChildren();
        } else if (SKIP.has(name) || (this.#marked.size > 0 && this.#marked.has(el)) || this.#opts.isOwnNode(el)) {
          this.#flush();
          node = this.#skipChildren();
        } else if (isInlineElement(el, name)) {
          node = w.nextNode();
        } else {
          // A block (or <br>) ends the current run.
          this.#flush();
          if (el.shadowRoot !== null && this.#opts.onShadowRoot) this.#opts.onShadowRoot(el.shadowRoot);
          node = this.#ownerOnly && el !== this.root ? this.#skipChildren() : w.nextNode();
        }
      }
      // Reading the clock costs more than a few nodes: check every 64.
      if ((++count & 63) === 0 && performance.now() > deadline) {
        if (node !== null) this.#visitFirst = node;
        return true;
      }
    }
    if (!this.#done) this.#flush();
    this.#done = true;
    return false;
  }

  /** Moves past the current node's subtree; returns the next node or null. */
  #skipChildren(): Node | null {
    const w = this.#walker;
    for (;;) {
      const sib = w.nextSibling();
      if (sib !== null) return sib;
      const parent = w.parentNode();
      if (parent === null || parent === this.root) return null;
    }
  }

  #addText(text: Text): void {
    const parent = text.parentNode;
    let owner: Node;
    if (parent === this.#lastParent && this.#lastOwner !== null) {
      owner = this.#lastOwner;
    } else {
      owner = ownerOf(text);
      this.#lastParent = parent;
      this.#lastOwner = owner;
    }
    if (owner !== this.#owner) {
      this.#flush();
      this.#owner = owner;
    }
    this.#nodes.push(text);
    this.#starts.push(this.#text.length);
    this.#text += text.data;
  }

  #flush(): void {
    if (this.#nodes.length > 0 && this.#owner !== null) {
      this.#onRun({
        owner: this.#owner,
        nodes: this.#nodes,
        starts: this.#starts,
        text: this.#text,
      });
    }
    this.#nodes = [];
    this.#starts = [];
    this.#text = '';
    this.#owner = null;
  }
}

/** Maps an offset in a run's text to a text node and an offset inside it. */
export function locate(run: TextRun, offset: number, preferEnd: boolean): [Text, number] {
  const { starts, nodes } = run;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! < offset || (!preferEnd && starts[mid]! === offset)) lo = mid;
    else hi = mid - 1;
  }
  return [nodes[lo]!, offset - starts[lo]!];
}
