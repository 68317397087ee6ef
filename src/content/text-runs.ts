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

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v !== 'false';
}

// Each DOM read from a content script crosses into the page (an Xray wrapper
// in Firefox), so the walk reads an element's localName once and passes it on.

/** True when the element and its subtree are never read. */
export function isSkippedElement(el: Element, opts: WalkOptions, name = el.localName): boolean {
  return SKIP.has(name) || ANNOTATION.has(name) || el.hasAttribute('hidden') || isEditable(el) || opts.isOwnNode(el);
}

export function isInlineElement(el: Element, name = el.localName): boolean {
  // Custom elements without a shadow root render their children inline.
  return INLINE.has(name) || (name.includes('-') && el.shadowRoot === null);
}

/** The node whose mentions a text node's run belongs to. */
export function ownerOf(node: Node): Node {
  let p = node.parentNode;
  while (p !== null && p.nodeType === ELEMENT_NODE && isInlineElement(p as Element)) {
    p = p.parentNode;
  }
  return p ?? node;
}

/** True when `node` lies inside something we never read (form field, editor, our UI). */
export function isInsideSkipped(node: Node, opts: WalkOptions): boolean {
  for (let p: Node | null = node; p !== null; p = p.parentNode) {
    if (p.nodeType === ELEMENT_NODE && isSkippedElement(p as Element, opts)) return true;
    if (p.nodeType === DOCUMENT_FRAGMENT_NODE) {
      p = (p as ShadowRoot).host ?? null;
      if (p === null) return false;
      if (isSkippedElement(p as Element, opts)) return true;
    }
  }
  return false;
}

/**
 * A resumable walk over a subtree in document order. `step` runs until the
 * deadline and returns false when the walk is done, so a big page is read in
 * slices that keep every task short.
 */
export class TextRunWalker {
  private readonly walker: TreeWalker;
  private done = false;
  private started = false;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  private owner: Node | null = null;
  private lastParent: Node | null = null;
  private lastOwner: Node | null = null;

  constructor(
    readonly root: Node,
    private readonly opts: WalkOptions,
    private readonly onRun: (run: TextRun) => void,
    /** With `ownerOnly`, child blocks are not entered: used to rescan one owner. */
    private readonly ownerOnly = false,
    /** Begin at this node instead of the root (viewport first). */
    startAt?: Node,
    /** Stop on reaching this node (the rest was walked already). */
    private readonly stopAt?: Node,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    if (startAt) {
      this.walker.currentNode = startAt;
      this.started = true;
      this.visitFirst = startAt;
    }
  }

  private visitFirst: Node | null = null;

  /** Walks until `deadline` (a performance.now() value); returns true while work remains. */
  step(deadline: number): boolean {
    if (this.done) return false;
    const w = this.walker;
    let count = 0;
    let node: Node | null;
    if (this.visitFirst) {
      node = this.visitFirst;
      this.visitFirst = null;
    } else if (!this.started) {
      this.started = true;
      node = w.nextNode();
    } else {
      node = w.nextNode();
    }
    while (node !== null) {
      if (node === this.stopAt) break;
      if (node.nodeType === TEXT_NODE) {
        this.addText(node as Text);
        node = w.nextNode();
      } else {
        const el = node as Element;
        const name = el.localName;
        if (ANNOTATION.has(name)) {
          node = this.skipChildren();
        } else if (isSkippedElement(el, this.opts, name)) {
          this.flush();
          node = this.skipChildren();
        } else if (isInlineElement(el, name)) {
          node = w.nextNode();
        } else {
          // A block (or <br>) ends the current run.
          this.flush();
          if (el.shadowRoot !== null && this.opts.onShadowRoot) this.opts.onShadowRoot(el.shadowRoot);
          node = this.ownerOnly && el !== this.root ? this.skipChildren() : w.nextNode();
        }
      }
      // Reading the clock costs more than a few nodes: check every 256.
      if ((++count & 255) === 0 && performance.now() > deadline) {
        if (node !== null) this.visitFirst = node;
        return true;
      }
    }
    this.flush();
    this.done = true;
    return false;
  }

  /** Moves past the current node's subtree; returns the next node or null. */
  private skipChildren(): Node | null {
    const w = this.walker;
    for (;;) {
      const sib = w.nextSibling();
      if (sib !== null) return sib;
      const parent = w.parentNode();
      if (parent === null || parent === this.root) return null;
    }
  }

  private addText(text: Text): void {
    const parent = text.parentNode;
    let owner: Node;
    if (parent === this.lastParent && this.lastOwner !== null) {
      owner = this.lastOwner;
    } else {
      owner = ownerOf(text);
      this.lastParent = parent;
      this.lastOwner = owner;
    }
    if (owner !== this.owner) {
      this.flush();
      this.owner = owner;
    }
    const data = text.data;
    this.nodes.push(text);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  private flush(): void {
    if (this.nodes.length > 0 && this.owner !== null) {
      this.onRun({
        owner: this.owner,
        nodes: this.nodes,
        starts: this.starts,
        text: this.parts.length === 1 ? this.parts[0]! : this.parts.join(''),
      });
    }
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    this.owner = null;
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
