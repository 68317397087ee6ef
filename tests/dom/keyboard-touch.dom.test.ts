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
import { compareReadingOrder, nextStop, type Stop } from '../../src/content/reading-order';
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
  it('orders points in the document, and reads a shadow tree where its host begins, before the host\'s own children', () => {
    document.body.innerHTML = '<p id="a">one</p><div id="host"><span id="light">light</span></div><p id="b">two</p>';
    const host = byId('host');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p id="inner">shadow</p>';
    const inner = root.getElementById('inner')!.firstChild!;
    const a = { node: byId('a').firstChild!, offset: 0 };
    const shadow = { node: inner, offset: 2 };
    const light = { node: byId('light').firstChild!, offset: 0 };
    const b = { node: byId('b').firstChild!, offset: 1 };
    const order = [a, shadow, light, b];
    for (let i = 0; i < order.length; i++) {
      for (let j = 0; j < order.length; j++) {
        expect(compareReadingOrder(order[i]!, order[j]!), `${i} vs ${j}`).toBe(Math.sign(i - j));
      }
    }
    // Inside one text node, by offset; an element boundary against a text inside it.
    expect(compareReadingOrder({ node: inner, offset: 1 }, shadow)).toBe(-1);
    expect(compareReadingOrder({ node: byId('a'), offset: 1 }, a)).toBe(1);
    expect(compareReadingOrder({ node: byId('a'), offset: 0 }, a)).toBe(-1);
  });

  it('finds the next stop past a point, names and frames together, in either direction', async () => {
    const s = await scanPage('<p>Vladimir Putin met <b>Xi Jinping</b>.</p><iframe id="f"></iframe><p>Then Narendra Modi spoke.</p>');
    const mentions = [...s.index.all()];
    const frame: Stop = { kind: 'frame', element: byId('f') };
    const stops: Stop[] = [...mentions.map((mention): Stop => ({ kind: 'mention', mention })), frame];
    const label = (st: Stop | null) => (st === null ? null : st.kind === 'frame' ? 'frame' : text(st.mention));
    const putin = mentions.find((m) => m.entityId === 'vladimir-putin')!;
    expect(label(nextStop(stops, null, 1))).toBe('Vladimir Putin');
    expect(label(nextStop(stops, null, -1))).toBe('Narendra Modi');
    const from = { node: putin.range.startContainer, offset: putin.range.startOffset };
    expect(label(nextStop(stops, from, 1))).toBe('Xi Jinping');
    expect(label(nextStop(stops, from, -1))).toBeNull();
    // A caret right before a name: that name is the next one only when asked to include it.
    expect(label(nextStop(stops, from, 1, true))).toBe('Vladimir Putin');
    const xi = mentions.find((m) => m.entityId === 'xi-jinping')!;
    expect(label(nextStop(stops, { node: xi.range.startContainer, offset: 0 }, 1))).toBe('frame');
    expect(label(nextStop(stops, { node: byId('f'), offset: 0 }, 1))).toBe('Narendra Modi');
    expect(label(nextStop(stops, { node: byId('f'), offset: 0 }, -1))).toBe('Xi Jinping');
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
