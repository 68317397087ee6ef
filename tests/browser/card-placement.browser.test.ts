/**
 * Where a card goes (src/content/card-placement.ts, card-position.ts), in
 * Chromium's layout: below a name in horizontal text, above it when there is
 * no room below, beside it in vertical text, against the hovered line of a
 * name that wraps, always on screen and never over the name.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cardPlacementFor } from '../../src/content/card-placement';
import { attachCard, type AttachedCard, type VirtualAnchor } from '../../src/content/card-position';
import { clearPage, loadPage } from '../fixtures/load-page';
import oddVertical from '../pages/odd-vertical.html?raw';

const WIDTH = 1000;
const HEIGHT = 700;
/** Floating UI's offset and padding in card-position.ts. */
const GAP = 6;
const MARGIN = 8;

let attached: AttachedCard | null = null;

beforeEach(async () => {
  await page.viewport(WIDTH, HEIGHT);
  document.body.style.margin = '0';
  document.body.style.font = '20px/1.5 serif';
});
afterEach(() => {
  attached?.detach();
  attached = null;
  clearPage();
});

/** A name's range, found by its text inside `el`. */
function nameIn(el: Element, name: string): Range {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(name);
    if (at >= 0) {
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + name.length);
      return r;
    }
  }
  throw new Error(`"${name}" is not in the page`);
}

function anchorOf(range: Range): VirtualAnchor {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

function newCard(width = 320, height = 200): HTMLElement {
  const card = document.createElement('div');
  card.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: ${height}px; visibility: hidden; box-sizing: border-box; overflow: auto`;
  document.body.append(card);
  return card;
}

/** Attaches a card to the name with the pointer at `pointer` (default: the name's first line), and waits until it is placed. */
async function place(range: Range, card = newCard(), pointer?: { x: number; y: number }): Promise<{ card: DOMRect; name: DOMRect }> {
  const first = range.getClientRects()[0]!;
  const at = pointer ?? { x: first.left + 2, y: first.top + first.height / 2 };
  attached = attachCard(anchorOf(range), card, at, () => {
    throw new Error('detached while on screen');
  });
  await new Promise<void>((resolve) => attached!.whenPlaced(resolve));
  return { card: card.getBoundingClientRect(), name: range.getBoundingClientRect() };
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function onScreen(r: DOMRect): boolean {
  return r.left >= MARGIN - 0.5 && r.top >= 0 && r.right <= WIDTH - MARGIN + 0.5 && r.bottom <= HEIGHT;
}

describe('cardPlacementFor: the side of the name by writing mode', () => {
  it('below in horizontal text; left of it in vertical-rl columns, right of it in vertical-lr', () => {
    loadPage(oddVertical);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<p id="lr" style="writing-mode: vertical-lr">Xi Jinping</p><p id="sideways" style="writing-mode: sideways-lr">Modi</p><p id="h">Putin</p>',
    );
    const at = (id: string) => cardPlacementFor(document.getElementById(id)!);
    expect(at('vertical-zh')).toEqual({ placement: 'left-start', fallbackPlacements: ['right-start', 'left-end', 'right-end'] });
    expect(at('vertical-latin').placement).toBe('left-start');
    expect(at('lr')).toEqual({ placement: 'right-start', fallbackPlacements: ['left-start', 'right-end', 'left-end'] });
    expect(at('sideways').placement).toBe('right-start');
    expect(at('h')).toEqual({ placement: 'bottom-start', fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] });
    expect(cardPlacementFor(undefined).placement).toBe('bottom-start');
    // An element of a document without a window (nothing to ask the style of).
    expect(cardPlacementFor(document.implementation.createHTMLDocument('').createElement('p')).placement).toBe('bottom-start');
  });
});

describe('attachCard', () => {
  it('places the card below the name, aligned with its start', async () => {
    document.body.innerHTML = '<p style="margin: 100px 0 0 200px">Talks: Xi Jinping and others</p>';
    const { card, name } = await place(nameIn(document.body, 'Xi Jinping'));
    expect(card.top).toBeCloseTo(name.bottom + GAP, 0);
    expect(card.left).toBeCloseTo(name.left, 0);
  });

  it('flips above the name when there is no room below', async () => {
    document.body.innerHTML = `<p style="position: absolute; top: ${HEIGHT - 60}px; left: 200px; margin: 0">Narendra Modi</p>`;
    const { card, name } = await place(nameIn(document.body, 'Narendra Modi'));
    expect(card.bottom).toBeCloseTo(name.top - GAP, 0);
    expect(onScreen(card)).toBe(true);
    expect(overlaps(card, name)).toBe(false);
  });

  it('shifts left to stay on screen at the right edge, without covering the name', async () => {
    document.body.innerHTML = '<p style="position: absolute; top: 120px; right: 4px; margin: 0">Taiwan</p>';
    const { card, name } = await place(nameIn(document.body, 'Taiwan'));
    expect(card.right).toBeCloseTo(WIDTH - MARGIN, 0);
    expect(card.top).toBeCloseTo(name.bottom + GAP, 0);
    expect(onScreen(card)).toBe(true);
    expect(overlaps(card, name)).toBe(false);
  });

  it('at the bottom-right corner, goes above and left, on screen and off the name', async () => {
    document.body.innerHTML = '<p style="position: fixed; right: 4px; bottom: 4px; margin: 0">Iran</p>';
    const { card, name } = await place(nameIn(document.body, 'Iran'));
    expect(onScreen(card)).toBe(true);
    expect(overlaps(card, name)).toBe(false);
    expect(card.bottom).toBeLessThanOrEqual(name.top);
  });

  it('in vertical-rl text, goes to the left of the name, aligned with its top', async () => {
    loadPage(oddVertical);
    const zh = document.getElementById('vertical-zh')!;
    zh.style.marginLeft = '600px';
    const { card, name } = await place(nameIn(zh, '习近平'));
    expect(name.height).toBeGreaterThan(name.width);
    expect(card.right).toBeCloseTo(name.left - GAP, 0);
    expect(card.top).toBeCloseTo(name.top, 0);
  });

  it('in vertical-lr text, goes to the right of the name', async () => {
    document.body.innerHTML = '<p id="lr" style="writing-mode: vertical-lr; margin: 40px 0 0 100px; height: 20em">Vladimir Putin met Narendra Modi.</p>';
    const { card, name } = await place(nameIn(document.getElementById('lr')!, 'Vladimir Putin'));
    expect(card.left).toBeCloseTo(name.right + GAP, 0);
    expect(card.top).toBeCloseTo(name.top, 0);
  });

  /** A name that wraps, in a monospace block `width` characters wide, and its two line boxes. */
  function wrappedName(text: string, width: number) {
    document.body.innerHTML = `<p style="font-family: monospace; width: ${width}ch; margin: 80px 0 0 300px">${text}</p>`;
    const name = nameIn(document.body, 'Narendra Modi');
    const lines = [...name.getClientRects()].filter((r) => r.width > 0);
    expect(lines).toHaveLength(2);
    return { name, first: lines[0]!, second: lines[1]! };
  }
  const middle = (r: DOMRect) => ({ x: r.left + 3, y: (r.top + r.bottom) / 2 });

  it('against the hovered line of a name whose two lines do not overlap', async () => {
    // "Talks: Narendra" ends the first line; "Modi" starts the second, left of where "Narendra" began.
    const { name, first, second } = wrappedName('Talks: Narendra Modi, who went on.', 15);
    expect(first.left).toBeGreaterThan(second.right);
    const onFirst = await place(name, newCard(), middle(first));
    expect(onFirst.card.top).toBeCloseTo(first.bottom + GAP, 0);
    expect(onFirst.card.left).toBeCloseTo(first.left, 0);
    expect(overlaps(onFirst.card, second)).toBe(false);
    attached!.detach();
    const onSecond = await place(name, newCard(), middle(second));
    expect(onSecond.card.top).toBeCloseTo(second.bottom + GAP, 0);
    expect(onSecond.card.left).toBeCloseTo(second.left, 0);
  });

  it('below the last line of a name whose lines overlap, whichever line is hovered: never over the name', async () => {
    const { name, first, second } = wrappedName('Met Narendra Modi, who went on.', 14);
    expect(first.left).toBeLessThan(second.right + 1);
    for (const line of [first, second]) {
      attached?.detach();
      const { card } = await place(name, newCard(), middle(line));
      expect(card.top).toBeCloseTo(second.bottom + GAP, 0);
      expect(card.left).toBeCloseTo(second.left, 0);
      expect(overlaps(card, first) || overlaps(card, second)).toBe(false);
    }
  });

  it('limits a tall card to the room there is, and hands that room to the card inside', async () => {
    document.body.innerHTML = '<p style="margin: 300px 0 0 100px">Xi Jinping</p>';
    const card = newCard(320, 900);
    const { card: box } = await place(nameIn(document.body, 'Xi Jinping'), card);
    const room = parseInt(card.style.maxHeight, 10);
    expect(room).toBeGreaterThanOrEqual(120);
    expect(room).toBeLessThan(HEIGHT);
    expect(card.style.getPropertyValue('--sl-room')).toBe(card.style.maxHeight);
    expect(box.height).toBeCloseTo(room, 0);
    expect(onScreen(box)).toBe(true);
  });

  it('shows the card only once it is placed, and tells when it is visible', async () => {
    document.body.innerHTML = '<p style="margin: 100px">Xi Jinping</p>';
    const card = newCard();
    const range = nameIn(document.body, 'Xi Jinping');
    attached = attachCard(anchorOf(range), card, { x: 105, y: 110 }, () => {});
    const shown = new Promise<string>((resolve) => attached!.show(() => resolve(card.style.left)));
    // Not placed yet: still hidden.
    expect(card.style.visibility).toBe('hidden');
    const leftWhenShown = await shown;
    expect(card.style.visibility).toBe('visible');
    expect(leftWhenShown).toBe(`${Math.round(range.getBoundingClientRect().left)}px`);
  });

  it('lets go (onDetached) when the name has scrolled out of view, without placing the card', async () => {
    document.body.innerHTML = '<p style="margin: 0">Xi Jinping</p><div style="height: 3000px"></div>';
    const range = nameIn(document.body, 'Xi Jinping');
    window.scrollTo(0, 1500);
    const card = newCard();
    let placed = false;
    const detached = new Promise<void>((resolve) => {
      attached = attachCard(anchorOf(range), card, { x: 10, y: 10 }, resolve);
    });
    attached!.whenPlaced(() => (placed = true));
    await detached;
    expect(placed).toBe(false);
    window.scrollTo(0, 0);
  });
});
