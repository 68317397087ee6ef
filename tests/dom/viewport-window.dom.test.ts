/**
 * The viewport window's bookkeeping (src/content/viewport-window.ts): when it
 * turns on and which elements it observes. What the observer then reports
 * needs layout: see tests/browser/viewport-window.browser.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MentionIndex } from '../../src/content/mention-index';
import { ViewportWindow } from '../../src/content/viewport-window';
import { clearPage } from '../fixtures/load-page';
import { recordingHighlighter } from '../fixtures/scanner';

afterEach(() => clearPage());

function blockWithName(index: MentionIndex, owner: Node, text: Text): void {
  const range = new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: text.length });
  index.add({ entityId: 'xi-jinping', range, owner, demonym: false }, [text]);
}

function page(blocks: number) {
  const index = new MentionIndex();
  const ps = Array.from({ length: blocks }, () => {
    const p = document.createElement('p');
    const text = p.appendChild(document.createTextNode('Xi Jinping'));
    document.body.append(p);
    return { p, text };
  });
  return { index, ps };
}

describe('ViewportWindow', () => {
  it('accepts every block and observes nothing up to the threshold', () => {
    const { index, ps } = page(3);
    const win = new ViewportWindow(index, recordingHighlighter().asHighlighter, 3);
    for (const { p, text } of ps) blockWithName(index, p, text);
    win.update();
    expect(ps.every(({ p }) => win.accepts(p))).toBe(true);
    expect(win.watchedCount).toBe(0);
  });

  it('past the threshold, observes each block once; a new block waits for the observer to call it near', () => {
    const { index, ps } = page(4);
    const win = new ViewportWindow(index, recordingHighlighter().asHighlighter, 3);
    for (const { p, text } of ps) blockWithName(index, p, text);
    win.update();
    expect(win.watchedCount).toBe(4);
    // What was registered before counts as near until the observer says otherwise.
    expect(win.accepts(ps[0]!.p)).toBe(true);
    expect(win.watchedCount).toBe(4);
    const late = document.createElement('p');
    document.body.append(late);
    expect(win.accepts(late)).toBe(false);
    expect(win.watchedCount).toBe(5);
  });

  it('observes a shadow host once for the host and its shadow root, and lets go when both are forgotten', () => {
    const { index, ps } = page(2);
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const win = new ViewportWindow(index, recordingHighlighter().asHighlighter, 1);
    for (const { p, text } of ps) blockWithName(index, p, text);
    win.update();
    expect(win.watchedCount).toBe(2);
    win.accepts(host);
    win.accepts(root);
    expect(win.watchedCount).toBe(3);
    win.forget(root);
    expect(win.watchedCount).toBe(3);
    win.forget(host);
    expect(win.watchedCount).toBe(2);
    win.forget(ps[0]!.p);
    expect(win.watchedCount).toBe(1);
    // Forgetting twice changes nothing.
    win.forget(ps[0]!.p);
    expect(win.watchedCount).toBe(1);
    win.reset();
    expect(win.watchedCount).toBe(0);
    expect(win.accepts(ps[0]!.p)).toBe(true);
  });
});
