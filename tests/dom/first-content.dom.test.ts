import { afterEach, describe, expect, it } from 'vitest';
import { hasNothingToRead, somethingToRead } from '../../src/content/first-content';

// An empty subframe (an ad slot, a consent frame) sets nothing up until it
// has something to read.
afterEach(() => {
  document.body.replaceChildren();
});

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  // MutationObserver callbacks and promise reactions are microtasks: a macrotask later, both ran.
  await new Promise((r) => setTimeout(r, 0));
  return done;
};

describe('a frame with nothing to read', () => {
  it('is an empty body, or one of white space, images and empty boxes', () => {
    expect(hasNothingToRead(document)).toBe(true);
    document.body.innerHTML = '\n  <div><img alt=""><span> </span></div>\n';
    expect(hasNothingToRead(document)).toBe(true);
  });

  it('is not one with any text, however deep, or with a shadow root that could hold some', () => {
    document.body.innerHTML = '<div><p><em>Xi</em></p></div>';
    expect(hasNothingToRead(document)).toBe(false);
    document.body.replaceChildren();
    document.body.append(document.createElement('div'));
    document.body.firstElementChild!.attachShadow({ mode: 'open' });
    expect(hasNothingToRead(document)).toBe(false);
  });

  it('is not one of more elements than it is worth looking through', () => {
    document.body.innerHTML = '<i></i>'.repeat(500);
    expect(hasNothingToRead(document)).toBe(false);
  });

  it('waits until text arrives, not for nodes without any', async () => {
    const waiting = somethingToRead(document);
    document.body.append(document.createElement('div'));
    expect(await settled(waiting)).toBe(false);
    document.body.firstElementChild!.append('President Tokayev');
    expect(await settled(waiting)).toBe(true);
  });

  it('does not wait when there is something to read already', async () => {
    document.body.textContent = 'Samarkand';
    expect(await settled(somethingToRead(document))).toBe(true);
  });
});
