import { afterEach, describe, expect, it } from 'vitest';
import { mayHoldName } from '../../src/core/matcher';
import { loadFirstWords } from '../../src/data/first-words';
import { whenNameMayAppear } from '../../src/content/name-gate';

// The content script loads its reader once the page's text may hold a name:
// at once when it does, later when a name arrives, never for text it does not read.
const firstWords = loadFirstWords();
const asked: string[] = [];
const mayHold = (text: string) => {
  asked.push(text);
  return mayHoldName(text, firstWords);
};

afterEach(() => {
  document.body.replaceChildren();
  asked.length = 0;
});

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  // Observer callbacks and promise reactions are microtasks; a walk that yields resumes within a few tasks.
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  return done;
};

describe('whenNameMayAppear', () => {
  it('settles at once for a page that may name someone, reading no further than that', async () => {
    document.body.innerHTML = '<p>Nothing here.</p><p>President <em>Pu</em>tin spoke.</p><p>Later text.</p>';
    expect(await settled(whenNameMayAppear(document, mayHold))).toBe(true);
    expect(asked).toEqual(['Nothing here.', 'President Putin spoke.']);
  });

  it('waits on a page without names, and settles when a name is added', async () => {
    document.body.innerHTML = '<p>Roast the turkey for three hours.</p><div id="feed"></div>';
    const gate = whenNameMayAppear(document, mayHold);
    expect(await settled(gate)).toBe(false);
    const p = document.createElement('p');
    p.textContent = 'Xi Jinping arrived.';
    document.getElementById('feed')!.append(p);
    expect(await settled(gate)).toBe(true);
  });

  it('reads the whole run again when its text changes, joined across inline elements', async () => {
    document.body.innerHTML = '<p>Said <b id="who">nobody</b> today.</p>';
    const gate = whenNameMayAppear(document, mayHold);
    expect(await settled(gate)).toBe(false);
    (document.getElementById('who')!.firstChild as Text).data = 'Modi';
    expect(await settled(gate)).toBe(true);
    expect(asked.at(-1)).toBe('Said Modi today.');
  });

  it('reads open shadow roots, and what is added to them later', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Weather: sunny.</p>';
    const gate = whenNameMayAppear(document, mayHold);
    expect(await settled(gate)).toBe(false);
    expect(asked).toContain('Weather: sunny.');
    root.append(Object.assign(document.createElement('p'), { textContent: 'Erdogan' }));
    expect(await settled(gate)).toBe(true);
  });

  it('reads a block once it is no longer hidden', async () => {
    document.body.innerHTML = '<div id="more" hidden><p>Vladimir Putin</p></div>';
    const gate = whenNameMayAppear(document, mayHold);
    expect(await settled(gate)).toBe(false);
    document.getElementById('more')!.removeAttribute('hidden');
    expect(await settled(gate)).toBe(true);
  });

  it('never reads scripts, styles or form fields, nor names added to them', async () => {
    document.body.innerHTML = '<script>var who = "Putin";</script><textarea>Putin</textarea><style>.Putin{}</style>';
    const gate = whenNameMayAppear(document, mayHold);
    expect(await settled(gate)).toBe(false);
    document.querySelector('script')!.append('Modi');
    document.querySelector('textarea')!.append(Object.assign(document.createElement('b'), { textContent: 'Modi' }));
    expect(await settled(gate)).toBe(false);
    expect(asked.join(' ')).not.toMatch(/Putin|Modi/);
  });
});
