/**
 * The way to the cards without a mouse, in Node: reading order across shadow
 * trees and frames (src/content/reading-order.ts), frame paths
 * (frame-path.ts), the keyboard's next/previous name with its selection,
 * Escape and Tab (name-navigator.ts), and taps (tap-opener.ts). Cards are a
 * recording stand-in; the real card, its focus and its live region are
 * tested in Chromium (tests/browser/card-keyboard.browser.test.ts) and end
 * to end (tests/e2e/scenarios/keyboard-touch.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Highlighter } from '../../src/content/highlighter';
import type { OpenedBy } from '../../src/content/hover-controller';
import type { Mention } from '../../src/content/mention-index';
import { NameNavigator, type NavigatorCards } from '../../src/content/name-navigator';
import { childFrameIndex, ownFramePath } from '../../src/content/frame-path';
import { nextStop, stopPoint, type Stop, type StopSource } from '../../src/content/reading-order';
import { isInsideControl, TapOpener } from '../../src/content/tap-opener';
import { PageScanner } from '../../src/content/page-scanner';
import { clearPage, rangeText } from '../fixtures/load-page';
import { fullMatcher, recordingHighlighter } from '../fixtures/scanner';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  clearPage();
});

const byId = (id: string) => document.getElementById(id)!;
const text = (m: Mention | null | undefined) => (m ? rangeText(m.range) : null);

async function scanPage(html: string): Promise<PageScanner> {
  document.body.innerHTML = html;
  const s = new PageScanner(document, fullMatcher, recordingHighlighter().asHighlighter, () => false);
  await s.start();
  return s;
}

describe('reading order', () => {
  /**
   * The order written out plainly, as the oracle: every node of the composed
   * tree listed (a host, its shadow tree, its own children), each point placed
   * by the node it lies in or the first node after it.
   */
  function oracle(doc: Document) {
    const list: Node[] = [];
    const visit = (n: Node) => {
      list.push(n);
      const shadow = n.nodeType === 1 ? (n as Element).shadowRoot : null;
      if (shadow) for (const c of shadow.childNodes) visit(c);
      for (const c of n.childNodes) visit(c);
    };
    visit(doc.documentElement);
    const at = new Map(list.map((n, i) => [n, i]));
    /** The first listed node after everything inside `n`. */
    const afterAll = (n: Node): number => {
      let end = at.get(n)!;
      const inside = (x: Node): boolean => {
        for (let y: Node | null = x; y; y = y.parentNode ?? (y as ShadowRoot).host ?? null) if (y === n) return true;
        return false;
      };
      while (end + 1 < list.length && inside(list[end + 1]!)) end++;
      return end + 1;
    };
    const depth = (n: Node): number => {
      let d = 0;
      for (let y: Node | null = n; y; y = y.parentNode ?? (y as ShadowRoot).host ?? null) d++;
      return d;
    };
    type Key = [number, number, number];
    const key = (p: { node: Node; offset: number }): Key => {
      if (p.node.nodeType === 3) return [at.get(p.node)!, p.offset, 0];
      const child = p.node.childNodes[p.offset];
      // Before a child: just before it. At the end: just after the last node inside, an inner end before an outer one.
      if (child) return [at.get(child)!, -1, 0];
      if (p.node.nodeType === 11) {
        const last = p.node.lastChild;
        return [last ? afterAll(last) - 1 : at.get((p.node as ShadowRoot).host)!, Infinity, -depth(p.node)];
      }
      return [afterAll(p.node) - 1, Infinity, -depth(p.node)];
    };
    const cmp = (x: Key, y: Key) => Math.sign(x[0] - y[0] || (x[1] === y[1] ? 0 : x[1] - y[1]) || x[2] - y[2]);
    return { list, key, cmp };
  }

  /** A page with names in text, shadow trees (nested, with and without the host's own children) and frames. */
  function page(): { stops: Stop[]; src: StopSource } {
    document.body.innerHTML =
      '<p id="a">one two <b>three</b></p><div id="h1"><span>light one</span> light two</div>' +
      '<iframe id="f1"></iframe><p id="c">four <i>five</i> six</p><div id="h2"></div><iframe id="f2"></iframe><p>seven</p>';
    const r1 = byId('h1').attachShadow({ mode: 'open' });
    r1.innerHTML = '<p>shadow one</p><div id="h3"></div><p>shadow two</p>';
    const r3 = (r1.getElementById('h3') as Element).attachShadow({ mode: 'open' });
    r3.innerHTML = '<em>deep one</em> deep two';
    byId('h2').attachShadow({ mode: 'open' }).innerHTML = 'only shadow <iframe id="f3"></iframe>';
    // A mention at every word of every text node: each starts where a word does.
    const byText = new Map<Node, Mention[]>();
    const stops: Stop[] = [];
    const texts: Node[] = [];
    const collect = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === 3) texts.push(n);
        else if ((n as Element).localName === 'iframe') stops.push({ kind: 'frame', element: n as Element });
        const shadow = n.nodeType === 1 ? (n as Element).shadowRoot : null;
        if (shadow) collect(shadow);
      }
    };
    collect(document.body);
    for (const t of texts) {
      for (const m of (t as Text).data.matchAll(/\S+/g)) {
        const range = new StaticRange({ startContainer: t, startOffset: m.index!, endContainer: t, endOffset: m.index! + m[0].length });
        const mention: Mention = { entityId: m[0], range, owner: t.parentNode!, demonym: false };
        byText.set(t, [...(byText.get(t) ?? []), mention]);
        stops.push({ kind: 'mention', mention });
      }
    }
    const src: StopSource = {
      mentionsAt: (n) => byText.get(n) ?? [],
      isFrame: (el) => el.localName === 'iframe',
      shadowOf: (el) => el.shadowRoot,
    };
    return { stops, src };
  }

  const label = (st: Stop | null) => (st === null ? null : st.kind === 'frame' ? `#${st.element.id}` : st.mention.entityId);

  it('reads a shadow tree where its host begins, before the host\'s own children, and frames in their place', () => {
    const { src } = page();
    const all: string[] = [];
    for (let st = nextStop(document, src, null, 1); st; st = nextStop(document, src, stopPoint(st), 1)) all.push(label(st)!);
    expect(all).toEqual(['one', 'two', 'three', 'shadow', 'one', 'deep', 'one', 'deep', 'two', 'shadow', 'two', 'light', 'one', 'light', 'two', '#f1', 'four', 'five', 'six', 'only', 'shadow', '#f3', '#f2', 'seven']);
    const back: string[] = [];
    for (let st = nextStop(document, src, null, -1); st; st = nextStop(document, src, stopPoint(st), -1)) back.push(label(st)!);
    expect(back).toEqual([...all].reverse());
  });

  it('finds, from every point of the page, the same stop as the order written out plainly', () => {
    const { stops, src } = page();
    const { list, key, cmp } = oracle(document);
    const points: { node: Node; offset: number }[] = [];
    for (const n of list) {
      const size = n.nodeType === 3 ? (n as Text).data.length : n.childNodes.length;
      for (let offset = 0; offset <= size; offset++) points.push({ node: n, offset });
      const shadow = n.nodeType === 1 ? (n as Element).shadowRoot : null;
      if (shadow) for (let offset = 0; offset <= shadow.childNodes.length; offset++) points.push({ node: shadow, offset });
    }
    const keyed = stops.map((st) => [st, key(stopPoint(st))] as const);
    let checked = 0;
    for (const from of points) {
      const k = key(from);
      for (const direction of [1, -1] as const) {
        for (const inclusive of direction === 1 ? [false, true] : [false]) {
          const past = keyed.filter(([, sk]) => {
            const c = cmp(sk, k) * direction;
            // Only a name can start right at a caret in text; nothing starts at a point between elements.
            return c > 0 || (c === 0 && inclusive && from.node.nodeType === 3);
          });
          past.sort((x, y) => cmp(x[1], y[1]) * direction);
          const want = past[0]?.[0] ?? null;
          const got = nextStop(document, src, from, direction, inclusive);
          const where = `${from.node.nodeName} "${from.node.textContent?.slice(0, 12)}" @${from.offset} ${direction}${inclusive ? ' inclusive' : ''}`;
          expect(label(got), where).toBe(label(want));
          if (got && want) expect(stopPoint(got), where).toEqual(stopPoint(want));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});

/** A stand-in window: its frames by index, its parent; what frame-path.ts reads. */
function fakeWindow(parent: object | null, frames: object[] = []): Window {
  const w: Record<string | number, unknown> = { length: frames.length };
  frames.forEach((f, i) => (w[i] = f));
  w.parent = parent ?? w;
  return w as unknown as Window;
}

describe('frame paths', () => {
  it('is the index among the parent\'s frames at each level, [] for the top frame', () => {
    const top = fakeWindow(null) as unknown as Record<string | number, unknown>;
    const first = fakeWindow(top);
    const second = fakeWindow(top) as unknown as Record<string | number, unknown>;
    const nested = fakeWindow(second);
    Object.assign(top, { length: 2, 0: first, 1: second });
    Object.assign(second, { length: 1, 0: nested });
    expect(ownFramePath(top as unknown as Window)).toEqual([]);
    expect(ownFramePath(first)).toEqual([0]);
    expect(ownFramePath(nested)).toEqual([1, 0]);
    // A window its parent does not list (a frame in a shadow tree): no path.
    expect(ownFramePath(fakeWindow(top))).toBeNull();
    const iframe = document.createElement('iframe');
    Object.defineProperty(iframe, 'contentWindow', { value: second, configurable: true });
    expect(childFrameIndex(top as unknown as Window, iframe)).toBe(1);
    Object.defineProperty(iframe, 'contentWindow', { value: null, configurable: true });
    expect(childFrameIndex(top as unknown as Window, iframe)).toBe(-1);
  });
});

/** Cards that record what the navigator asks of them. */
class FakeCards implements NavigatorCards {
  opened: { name: string | null; how: OpenedBy | undefined }[] = [];
  state: { mention: Mention; how: OpenedBy } | null = null;
  focused = false;
  wraps: boolean[] = [];
  open(mention: Mention, onShown?: () => void, how?: OpenedBy): void {
    this.opened.push({ name: text(mention), how });
    this.state = { mention, how: how ?? 'pointer' };
    onShown?.();
  }
  close(): void {
    this.state = null;
    this.focused = false;
  }
  isOpen(): boolean {
    return this.state !== null;
  }
  current(): Mention | null {
    return this.state?.mention ?? null;
  }
  openedBy(): OpenedBy | null {
    return this.state?.how ?? null;
  }
  hasFocus(): boolean {
    return this.focused;
  }
  focus(): boolean {
    this.focused = this.state !== null;
    return this.focused;
  }
  wrapFocus(backwards: boolean): boolean {
    this.wraps.push(backwards);
    return true;
  }
  isOwnNode(): boolean {
    return false;
  }
}

const noFlash = { flashRange: () => {} } as unknown as Highlighter;

describe('the keyboard\'s next and previous name', () => {
  let scanner: PageScanner;
  let cards: FakeCards;
  let nav: NameNavigator;
  let active: boolean;
  let child: Window;
  const selected = () => String(document.getSelection());

  beforeEach(async () => {
    scanner = await scanPage(
      '<p id="p1">Vladimir Putin met Xi Jinping.</p><iframe id="f"></iframe><p id="p2">Narendra Modi spoke, and so did <a href="#x">Putin</a>.</p>',
    );
    // happy-dom has no frames of its own: the page's window lists one stand-in child.
    child = fakeWindow(window);
    const frame = byId('f');
    Object.defineProperty(frame, 'contentWindow', { value: child });
    frame.getBoundingClientRect = () => ({ width: 300, height: 150 }) as DOMRect;
    const win = Object.create(window, { length: { value: 1 }, 0: { value: child }, parent: { get: () => win } }) as Window;
    cards = new FakeCards();
    active = true;
    nav = new NameNavigator({ win, index: scanner.index, cards, highlighter: noFlash, shadowRoots: () => [], active: () => active });
  });
  afterEach(() => scanner.stop());

  it('goes name by name in reading order, into the frame at its place, and says where the page runs out', () => {
    expect(nav.step(1, 'resume', [])).toEqual({ kind: 'shown' });
    expect(selected()).toBe('Vladimir Putin');
    expect(cards.opened.at(-1)).toEqual({ name: 'Vladimir Putin', how: 'keyboard' });
    expect(nav.step(1, 'resume', [])).toEqual({ kind: 'shown' });
    expect(selected()).toBe('Xi Jinping');
    // The frame comes next: the background goes into it, from its start.
    expect(nav.step(1, 'resume', [])).toEqual({ kind: 'descend', child: 0, resume: false });
    // Asked again while the reader is in there: back into it, where they are.
    expect(nav.step(1, 'resume', [])).toEqual({ kind: 'descend', child: 0, resume: true });
    // The frame ran out: on past it.
    expect(nav.step(1, 'past', [])).toEqual({ kind: 'shown' });
    expect(selected()).toBe('Narendra Modi');
    expect(nav.step(1, 'resume', [])).toEqual({ kind: 'shown' });
    expect(selected()).toBe('Putin');
    expect(nav.step(1, 'resume', [])).toEqual({ kind: 'end' });
    // The background wraps round: from the start again.
    expect(nav.step(1, 'edge', [])).toEqual({ kind: 'shown' });
    expect(selected()).toBe('Vladimir Putin');
    expect(nav.step(-1, 'edge', [])).toEqual({ kind: 'shown' });
    expect(selected()).toBe('Putin');
    expect(nav.step(-1, 'resume', [])).toEqual({ kind: 'shown' });
    expect(selected()).toBe('Narendra Modi');
  });

  it('answers only steps meant for its own frame, and has nothing to give while paused', () => {
    expect(nav.step(1, 'resume', [0])).toBeNull();
    active = false;
    expect(nav.step(1, 'resume', [])).toEqual({ kind: 'end' });
    expect(cards.opened).toEqual([]);
  });

  it('starts from where the reader put the caret or the selection, and from a card the pointer opened', () => {
    nav.step(1, 'resume', []);
    // The reader clicks into the second paragraph, before "Narendra".
    const p2 = byId('p2').firstChild!;
    document.getSelection()!.collapse(p2, 0);
    expect(nav.step(1, 'resume', [])).toEqual({ kind: 'shown' });
    expect(selected()).toBe('Narendra Modi');
    // The reader selects "Xi Jinping" themselves: the previous name is the one before it.
    const p1 = byId('p1').firstChild!;
    const range = document.createRange();
    range.setStart(p1, 19);
    range.setEnd(p1, 29);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(nav.step(-1, 'resume', [])).toEqual({ kind: 'shown' });
    expect(selected()).toBe('Vladimir Putin');
    // The pointer opens the card of the last "Putin": the next name wraps, the previous is Modi.
    const last = scanner.index.mentionsOf('vladimir-putin').at(-1)!;
    cards.open(last, undefined, 'pointer');
    expect(nav.step(-1, 'resume', [])).toEqual({ kind: 'shown' });
    expect(selected()).toBe('Narendra Modi');
  });

  it('Escape closes the card and puts the selection back on the name; Tab goes into the card, and round inside it', () => {
    nav.step(1, 'resume', []);
    const key = (k: string, shift = false) => {
      const e = new KeyboardEvent('keydown', { key: k, shiftKey: shift, cancelable: true });
      nav.onKeyDown(e);
      return e.defaultPrevented;
    };
    expect(key('Tab')).toBe(true);
    expect(cards.focused).toBe(true);
    expect(key('Tab', true)).toBe(true);
    expect(cards.wraps).toEqual([true]);
    // The reader has read on and selected other words meanwhile; Escape brings them back to the name.
    document.getSelection()!.selectAllChildren(byId('p2'));
    key('Escape');
    expect(cards.isOpen()).toBe(false);
    expect(selected()).toBe('Vladimir Putin');
    // A card the pointer opened: Escape closes it and leaves the reader's selection alone.
    document.getSelection()!.selectAllChildren(byId('p2'));
    cards.open(scanner.index.mentionsOf('xi-jinping')[0]!, undefined, 'pointer');
    key('Escape');
    expect(cards.isOpen()).toBe(false);
    expect(selected()).toContain('Narendra Modi spoke');
    // Nothing open: keys are the page's.
    expect(key('Tab')).toBe(false);
  });

  it('lets go when a name in another frame is gone to: its card closes and its selection goes, not the reader\'s', () => {
    nav.step(1, 'resume', []);
    nav.release([]);
    expect(cards.isOpen()).toBe(true);
    nav.release([0]);
    expect(cards.isOpen()).toBe(false);
    expect(document.getSelection()!.rangeCount).toBe(0);
    document.getSelection()!.selectAllChildren(byId('p2'));
    nav.release([0]);
    expect(selected()).toContain('Narendra');
  });

  it('goes through one entity\'s mentions in turn for the popup', () => {
    expect(nav.goToEntity('vladimir-putin')).toBe(true);
    expect(selected()).toBe('Vladimir Putin');
    expect(nav.goToEntity('vladimir-putin')).toBe(true);
    expect(selected()).toBe('Putin');
    expect(nav.goToEntity('vladimir-putin')).toBe(true);
    expect(selected()).toBe('Vladimir Putin');
    expect(nav.goToEntity('recep-tayyip-erdogan')).toBe(false);
    expect(cards.opened.every((o) => o.how === 'keyboard')).toBe(true);
  });
});

describe('taps', () => {
  interface Listener {
    type: string;
    fn: (e: Event) => void;
  }
  let listeners: Listener[];
  let opened: { mention: Mention; how: OpenedBy | undefined }[];
  let open: Mention | null;
  let under: Mention | null;
  let mention: Mention;

  beforeEach(async () => {
    const s = await scanPage('<p id="p">Vladimir Putin met <a id="link" href="#">Xi Jinping</a>.</p>');
    mention = s.index.mentionsOf('vladimir-putin')[0]!;
    s.stop();
    listeners = [];
    opened = [];
    open = null;
    under = mention;
    const cards = {
      open: (m: Mention, _shown?: () => void, how?: OpenedBy) => {
        opened.push({ mention: m, how });
        open = m;
      },
      isOwnEventTarget: () => false,
      current: () => open,
      isOpen: () => open !== null,
      setPointer: vi.fn(),
    };
    new TapOpener(cards, () => under).attach({
      addEventListener: (type: string, fn: EventListener) => listeners.push({ type, fn }),
      removeEventListener: () => {},
    });
  });

  function send(type: string, init: { pointerType?: string; x?: number; y?: number; t?: number; target?: EventTarget; id?: number }) {
    const e = {
      type,
      pointerType: init.pointerType ?? 'touch',
      pointerId: init.id ?? 1,
      isPrimary: true,
      clientX: init.x ?? 50,
      clientY: init.y ?? 20,
      timeStamp: init.t ?? 0,
      target: init.target ?? byId('p'),
    };
    for (const l of listeners) if (l.type === type) l.fn(e as unknown as Event);
  }
  function tap(opts: { pointerType?: string; moveBy?: number; holdMs?: number; target?: EventTarget } = {}) {
    send('pointerdown', { pointerType: opts.pointerType, target: opts.target });
    send('pointerup', { pointerType: opts.pointerType, x: 50 + (opts.moveBy ?? 0), t: opts.holdMs ?? 80, target: opts.target });
  }

  it('opens the card of a tapped name, by finger or pen, once', () => {
    tap();
    expect(opened).toEqual([{ mention, how: 'touch' }]);
    tap();
    expect(opened).toHaveLength(1);
    open = null;
    tap({ pointerType: 'pen' });
    expect(opened).toHaveLength(2);
  });

  it('leaves the mouse, long presses, swipes, cancelled touches and blank space alone', () => {
    tap({ pointerType: 'mouse' });
    tap({ holdMs: 800 });
    tap({ moveBy: 30 });
    send('pointerdown', {});
    send('pointercancel', {});
    send('pointerup', { t: 50 });
    under = null;
    tap();
    expect(opened).toEqual([]);
  });

  it('leaves a name inside a link or control to it, across shadow trees', () => {
    tap({ target: byId('link') });
    expect(opened).toEqual([]);
    expect(isInsideControl(byId('link').firstChild)).toBe(true);
    expect(isInsideControl(byId('p').firstChild)).toBe(false);
    const host = document.createElement('a');
    host.href = '#';
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<span>inside a link\'s shadow tree</span>';
    expect(isInsideControl(root.querySelector('span')!.firstChild)).toBe(true);
  });
});
