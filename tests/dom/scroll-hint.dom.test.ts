import { afterEach, describe, expect, it } from 'vitest';
import { mayBeScrolled, watchScrolling } from '../../src/content/scroll-hint';

// The scanner asks where the page is scrolled to only when it may have moved:
// asking makes the browser lay the page out first.
afterEach(() => {
  delete (globalThis as { summitLensScrolled?: boolean }).summitLensScrolled;
  history.replaceState(null, '', location.pathname);
});

describe('scroll hint', () => {
  it('says a page may be scrolled when early.js did not watch it', () => {
    expect(mayBeScrolled(window)).toBe(true);
  });

  it('says a freshly loaded page is at its top until a scroll event comes', () => {
    watchScrolling(window);
    expect(mayBeScrolled(window)).toBe(false);
    window.dispatchEvent(new Event('scroll'));
    expect(mayBeScrolled(window)).toBe(true);
  });

  it('hears a scroll inside the page too (events that do not bubble reach the window in the capture phase)', () => {
    watchScrolling(window);
    const box = document.createElement('div');
    document.body.append(box);
    box.dispatchEvent(new Event('scroll'));
    expect(mayBeScrolled(window)).toBe(true);
    box.remove();
  });

  it('says a page with an anchor may be scrolled, the browser may not have said so yet', () => {
    watchScrolling(window);
    history.replaceState(null, '', '#section-3');
    expect(mayBeScrolled(window)).toBe(true);
  });
});
