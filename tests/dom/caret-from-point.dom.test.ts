/**
 * The parts of caret-from-point.ts that need no layout: which of the two
 * browser APIs is asked (the document is a parameter: here, documents that
 * have one or the other), live ranges for stale static ones, and the test of
 * a point against a range's line boxes. Real hit-testing is in
 * tests/browser/caret-from-point.browser.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { caretFromPoint, liveRange, rangeContainsPoint } from '../../src/content/caret-from-point';
import { clearPage } from '../fixtures/load-page';

afterEach(() => clearPage());

describe('caretFromPoint', () => {
  it('asks caretPositionFromPoint, passing the shadow roots only when there are some', () => {
    const text = document.createTextNode('Xi Jinping');
    const calls: unknown[][] = [];
    const doc = {
      caretPositionFromPoint: (...args: unknown[]) => {
        calls.push(args);
        return { offsetNode: text, offset: 3 };
      },
      caretRangeFromPoint: () => {
        throw new Error('the older API is not asked when the standard one exists');
      },
    } as unknown as Document;
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    expect(caretFromPoint(doc, 10, 20, [])).toEqual({ node: text, offset: 3 });
    expect(caretFromPoint(doc, 11, 21, [root])).toEqual({ node: text, offset: 3 });
    expect(calls).toEqual([
      [10, 20, undefined],
      [11, 21, { shadowRoots: [root] }],
    ]);
  });

  it("falls back on WebKit's caretRangeFromPoint, and gives null where there is neither or nothing under the point", () => {
    const text = document.createTextNode('Narendra Modi');
    const range = document.createRange();
    range.setStart(text, 9);
    const webkit = { caretRangeFromPoint: (x: number) => (x > 0 ? range : null) } as unknown as Document;
    expect(caretFromPoint(webkit, 5, 5, [])).toEqual({ node: text, offset: 9 });
    expect(caretFromPoint(webkit, -5, 5, [])).toBeNull();
    expect(caretFromPoint({} as Document, 5, 5, [])).toBeNull();
    const none = { caretPositionFromPoint: () => null } as unknown as Document;
    expect(caretFromPoint(none, 5, 5, [])).toBeNull();
  });
});

describe('liveRange', () => {
  it('makes a live range of a static one, and none when the text has become too short for it', () => {
    const p = document.body.appendChild(document.createElement('p'));
    const text = p.appendChild(document.createTextNode('Met Xi Jinping'));
    const stat = new StaticRange({ startContainer: text, startOffset: 4, endContainer: text, endOffset: 14 });
    expect(liveRange(document, stat)?.toString()).toBe('Xi Jinping');
    text.data = 'Met Xi';
    expect(liveRange(document, stat)).toBeNull();
  });
});

describe('rangeContainsPoint', () => {
  // A name that wraps: two line boxes.
  const lines = [
    { left: 300, right: 380, top: 100, bottom: 120 },
    { left: 10, right: 60, top: 120, bottom: 140 },
  ];
  const range = { getClientRects: () => lines } as unknown as Range;

  it('is true inside either line box, within a pixel of slack', () => {
    expect(rangeContainsPoint(range, 340, 110)).toBe(true);
    expect(rangeContainsPoint(range, 30, 130)).toBe(true);
    expect(rangeContainsPoint(range, 299, 110)).toBe(true);
    expect(rangeContainsPoint(range, 61, 141)).toBe(true);
  });

  it('is false in the blank space between the line boxes and beyond the slack', () => {
    expect(rangeContainsPoint(range, 200, 110)).toBe(false);
    expect(rangeContainsPoint(range, 200, 130)).toBe(false);
    expect(rangeContainsPoint(range, 298, 110)).toBe(false);
    expect(rangeContainsPoint(range, 65, 130, 4)).toBe(false);
    expect(rangeContainsPoint(range, 64, 130, 4)).toBe(true);
  });
});
