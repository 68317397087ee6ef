/**
 * The highlighter (src/content/highlighter.ts) against Chromium's real
 * highlight registry: one name per style, ranges in and out, a page that
 * clears the registry, and the short flash after a jump.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Highlighter, HIGHLIGHT_NAMES, highlightApiAvailable } from '../../src/content/highlighter';
import { clearPage } from '../fixtures/load-page';

let highlighter: Highlighter | null = null;
afterEach(() => {
  highlighter?.clear();
  highlighter = null;
  clearPage();
});

function twoRanges(): [StaticRange, StaticRange] {
  document.body.innerHTML = '<p>Xi Jinping met Vladimir Putin</p>';
  const text = document.querySelector('p')!.firstChild!;
  return [
    new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: 10 }),
    new StaticRange({ startContainer: text, startOffset: 15, endContainer: text, endOffset: 29 }),
  ];
}

const registered = (name: string) => [...(CSS.highlights.get(name) ?? [])];

describe('Highlighter', () => {
  it('is available in Chromium', () => {
    expect(highlightApiAvailable()).toBe(true);
  });

  it('registers its ranges under the name of its style, and moves them when the style changes', () => {
    const [xi, putin] = twoRanges();
    highlighter = new Highlighter('underline');
    highlighter.add([xi, putin]);
    expect(registered(HIGHLIGHT_NAMES.underline)).toEqual([xi, putin]);
    expect(CSS.highlights.has(HIGHLIGHT_NAMES.background)).toBe(false);
    highlighter.setStyle('background');
    expect(registered(HIGHLIGHT_NAMES.background)).toEqual([xi, putin]);
    expect(CSS.highlights.has(HIGHLIGHT_NAMES.underline)).toBe(false);
    highlighter.setStyle('none');
    expect(CSS.highlights.has(HIGHLIGHT_NAMES.background)).toBe(false);
    // Still kept: back on, the same ranges show.
    expect(highlighter.registeredCount).toBe(2);
    highlighter.remove([xi]);
    highlighter.setStyle('underline');
    expect(registered(HIGHLIGHT_NAMES.underline)).toEqual([putin]);
  });

  it('leaves the registry alone until it has a range to show', () => {
    const [xi] = twoRanges();
    highlighter = new Highlighter('underline');
    highlighter.setStyle('background');
    highlighter.reclaim();
    highlighter.add([]);
    expect(CSS.highlights.size).toBe(0);
    highlighter.add([xi]);
    expect(registered(HIGHLIGHT_NAMES.background)).toEqual([xi]);
    expect(CSS.highlights.has(HIGHLIGHT_NAMES.flash)).toBe(true);
  });

  it('leaves the registry again when its last range goes, and comes back with the next', () => {
    const [xi, putin] = twoRanges();
    highlighter = new Highlighter('underline');
    highlighter.add([xi, putin]);
    highlighter.remove([xi]);
    expect(registered(HIGHLIGHT_NAMES.underline)).toEqual([putin]);
    highlighter.remove([putin]);
    expect(CSS.highlights.size).toBe(0);
    highlighter.reclaim();
    expect(CSS.highlights.size).toBe(0);
    highlighter.add([xi]);
    expect(registered(HIGHLIGHT_NAMES.underline)).toEqual([xi]);
    highlighter.clear();
    expect(CSS.highlights.size).toBe(0);
  });

  it('held, keeps what is added off screen, calls back once at the first range, and paints on release', () => {
    const [xi, putin] = twoRanges();
    let calls = 0;
    highlighter = new Highlighter('underline', { onFirstRange: () => calls++ });
    highlighter.add([]);
    expect(calls).toBe(0);
    highlighter.add([xi]);
    highlighter.add([putin]);
    highlighter.reclaim();
    expect(calls).toBe(1);
    expect(highlighter.registeredCount).toBe(2);
    expect(CSS.highlights.size).toBe(0);
    highlighter.release('background');
    expect(registered(HIGHLIGHT_NAMES.background)).toEqual([xi, putin]);
    expect(CSS.highlights.has(HIGHLIGHT_NAMES.underline)).toBe(false);
  });

  it('released with nothing held, leaves the registry alone', () => {
    highlighter = new Highlighter('underline', { onFirstRange: () => {} });
    highlighter.release('underline');
    expect(CSS.highlights.size).toBe(0);
  });

  it('puts its highlights back after the page clears the registry', () => {
    const [xi] = twoRanges();
    highlighter = new Highlighter('underline');
    highlighter.add([xi]);
    CSS.highlights.clear();
    highlighter.reclaim();
    expect(registered(HIGHLIGHT_NAMES.underline)).toEqual([xi]);
    expect(CSS.highlights.has(HIGHLIGHT_NAMES.flash)).toBe(true);
  });

  it('flashes one range for a moment, and clear() leaves nothing in the registry', async () => {
    const [xi, putin] = twoRanges();
    highlighter = new Highlighter('underline');
    highlighter.add([xi, putin]);
    highlighter.flashRange(putin, 50);
    expect(registered(HIGHLIGHT_NAMES.flash)).toEqual([putin]);
    await new Promise((r) => setTimeout(r, 120));
    expect(registered(HIGHLIGHT_NAMES.flash)).toEqual([]);
    highlighter.clear();
    highlighter = null;
    for (const name of Object.values(HIGHLIGHT_NAMES)) expect(CSS.highlights.has(name)).toBe(false);
  });
});
