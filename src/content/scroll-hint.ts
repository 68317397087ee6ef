/**
 * Whether the page may be scrolled, known without asking for its scroll
 * position. Asking (`scrollY`) makes Chromium bring the page's layout up to
 * date inside our task (Chromium 156), and at document_idle it is seldom
 * up to date: most pages would pay for a layout early just to learn that
 * they are at the top. early.js notes the first scroll event at
 * document_start (a restored or anchored position, or the reader) through a
 * global of the content scripts' own world, as in early-events.ts.
 */
const KEY = 'summitLensScrolled';

type Scope = { [KEY]?: boolean };

/** Runs in early.js at document_start. */
export function watchScrolling(win: Window): void {
  const scope = globalThis as Scope;
  if (scope[KEY] !== undefined) return;
  scope[KEY] = false;
  win.addEventListener(
    'scroll',
    () => {
      scope[KEY] = true;
    },
    { capture: true, passive: true, once: true },
  );
}

/** False only when the page cannot have moved from its top: then there is no need to ask where it is. */
export function mayBeScrolled(win: Window): boolean {
  const seen = (globalThis as Scope)[KEY];
  // No early.js (content.js injected once the reader grants access), or a scroll seen.
  if (seen !== false) return true;
  // A position restored on reload or history navigation, or an anchor, may not have fired its event yet.
  if (win.location.hash !== '') return true;
  const nav = win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav !== undefined && nav.type !== 'navigate';
}
