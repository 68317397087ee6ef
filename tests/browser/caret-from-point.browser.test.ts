/**
 * Hit-testing in Chromium (src/content/caret-from-point.ts): the text
 * position under a point, inside shadow trees too, and whether a point is
 * really on a name, since the caret APIs answer with the nearest position
 * even over blank space.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { caretFromPoint, liveRange, rangeContainsPoint } from '../../src/content/caret-from-point';
import { clearPage } from '../fixtures/load-page';

beforeEach(async () => {
  await page.viewport(800, 600);
  document.body.style.margin = '0';
  document.body.style.font = '20px/1.5 monospace';
});
afterEach(() => clearPage());

/** The centre of character `offset` of a text node, in viewport coordinates. */
function centreOf(text: Text, offset: number): { x: number; y: number } {
  const r = document.createRange();
  r.setStart(text, offset);
  r.setEnd(text, offset + 1);
  const box = r.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

function rangeOf(text: Text, start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(text, start);
  r.setEnd(text, end);
  return r;
}

describe('caretFromPoint', () => {
  it('gives the text node and the offset under a point, across inline elements', () => {
    document.body.innerHTML = '<p>Vladimir <em>Putin</em> met Xi</p>';
    const putin = document.querySelector('em')!.firstChild as Text;
    // The left half of "t" (offset 3) puts the caret before it.
    const { x, y } = centreOf(putin, 3);
    expect(caretFromPoint(document, x - 3, y, [])).toEqual({ node: putin, offset: 3 });
    const met = document.querySelector('p')!.lastChild as Text;
    const at = centreOf(met, 5);
    expect(caretFromPoint(document, at.x - 3, at.y, [])).toEqual({ node: met, offset: 5 });
  });

  it('sees into an open shadow root only when given it', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    const text = root.appendChild(document.createElement('p')).appendChild(document.createTextNode('Ebrahim Raisi'));
    const { x, y } = centreOf(text, 8);
    expect(caretFromPoint(document, x - 3, y, [root])).toEqual({ node: text, offset: 8 });
    const outside = caretFromPoint(document, x - 3, y, []);
    expect(outside?.node).not.toBe(text);
  });
});

describe('a point on a name, or only near it', () => {
  it('the caret API answers over blank space at the end of a line; rangeContainsPoint says the point is not on the name', () => {
    document.body.innerHTML = '<p id="p">Met Xi</p>';
    const text = document.getElementById('p')!.firstChild as Text;
    const xi = rangeOf(text, 4, 6);
    const box = xi.getBoundingClientRect();
    const y = box.top + box.height / 2;
    // Far to the right of the line's end: nothing is there, yet a caret is.
    expect(caretFromPoint(document, box.right + 200, y, [])).toEqual({ node: text, offset: 6 });
    expect(rangeContainsPoint(xi, box.right + 200, y)).toBe(false);
    expect(rangeContainsPoint(xi, box.left + 2, y)).toBe(true);
    expect(rangeContainsPoint(xi, box.left - 8, y)).toBe(false);
  });

  it('a name that wraps has a line box on each line, and a point on either is on the name', () => {
    document.body.innerHTML = '<p id="p" style="width: 14ch">Met Narendra Modi, who went on.</p>';
    const text = document.getElementById('p')!.firstChild as Text;
    const start = text.data.indexOf('Narendra');
    const name = rangeOf(text, start, start + 'Narendra Modi'.length);
    const lines = [...name.getClientRects()].filter((r) => r.width > 0);
    expect(lines).toHaveLength(2);
    const [first, second] = lines as [DOMRect, DOMRect];
    expect(second.top).toBeGreaterThanOrEqual(first.bottom - 1);
    expect(rangeContainsPoint(name, first.left + 4, (first.top + first.bottom) / 2)).toBe(true);
    expect(rangeContainsPoint(name, second.left + 4, (second.top + second.bottom) / 2)).toBe(true);
    // Right of the second box, on its line: ", who", not the name.
    expect(rangeContainsPoint(name, second.right + 20, (second.top + second.bottom) / 2)).toBe(false);
    // The caret under the second line's box is inside the name's text.
    const caret = caretFromPoint(document, second.left + 4, (second.top + second.bottom) / 2, []);
    expect(caret?.node).toBe(text);
    expect(caret!.offset).toBeGreaterThanOrEqual(start);
    expect(caret!.offset).toBeLessThanOrEqual(start + 'Narendra Modi'.length);
  });

  it('a live range of a static one has the same line boxes', () => {
    document.body.innerHTML = '<p id="p">Xi <b>Jinping</b></p>';
    const p = document.getElementById('p')!;
    const stat = new StaticRange({ startContainer: p.firstChild!, startOffset: 0, endContainer: p.querySelector('b')!.firstChild!, endOffset: 7 });
    const live = liveRange(document, stat)!;
    expect(live.toString()).toBe('Xi Jinping');
    const whole = document.createRange();
    whole.selectNodeContents(p);
    expect(live.getBoundingClientRect().toJSON()).toEqual(whole.getBoundingClientRect().toJSON());
  });
});
