/**
 * Pages that push the scanner hard: 100,000 text nodes, text rewritten on
 * every animation frame forever, and a long single-page-app session. Each
 * check is an invariant (what is highlighted, what the content script holds,
 * how often it rescans against how often the page changed), never a time:
 * the costs themselves are measured by `npm run bench`.
 */
import { expect, it } from 'vitest';
import type { TestPage } from '../driver/types';
import { sleep, waitFor, waitForCard, closeCard, type BrowserUnderTest, type Server } from '../support/harness';
import { contentStats, type ContentStats } from '../support/extension-probes';
import { extensionConsoleEntries, uncaughtErrors } from '../support/console-check';
import { pointOnHighlight } from '../support/page-probes';

/** The names the stress pages write (each is one alias of one entity). */
const NAMES = ['Xi Jinping', 'Vladimir Putin', 'Narendra Modi', 'Ebrahim Raisi', 'Ilham Aliyev', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Uzbekistan', 'Pakistan', 'Azerbaijan', 'Samarkand'];

// ---------------------------------------------------------------------------
// In the page (self-contained: sent as source text)

export interface RegistryCheck {
  /** Ranges in the registry. */
  registered: number;
  /** Ranges that are collapsed, point past their node's end or into a node no longer in the page. */
  broken: number;
  /** Ranges whose text is not one of `names` (the text under them changed since they were made). */
  stale: number;
  /** Occurrences of `names` in the text under `selector`. */
  expected: number;
  /** Of which a registered range covers exactly. */
  covered: number;
}

/**
 * Checks the highlight registry against the page's current text: every range
 * still sound and on a name, and every occurrence of a name under `selector`
 * (optionally only those in the viewport) covered by a range.
 */
export function checkRegistry(names: string[], selector: string, viewportOnly: boolean): RegistryCheck {
  const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const h = reg.get('summit-lens-underline') ?? reg.get('summit-lens-background');
  const ranges = h ? [...h] : [];
  const byStart = new Map<Node, AbstractRange[]>();
  let broken = 0;
  let stale = 0;
  for (const r of ranges) {
    const len = (r.startContainer as Text).length ?? 0;
    const endLen = (r.endContainer as Text).length ?? 0;
    if (r.collapsed || !r.startContainer.isConnected || !r.endContainer.isConnected || r.startOffset > len || r.endOffset > endLen) {
      broken++;
      continue;
    }
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    if (!names.includes(live.toString())) stale++;
    const list = byStart.get(r.startContainer);
    if (list) list.push(r);
    else byStart.set(r.startContainer, [r]);
  }
  let expected = 0;
  let covered = 0;
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (viewportOnly) {
        const box = n.parentElement!.getBoundingClientRect();
        if (box.bottom <= 0 || box.top >= innerHeight) continue;
      }
      for (const name of names) {
        for (let at = n.data.indexOf(name); at >= 0; at = n.data.indexOf(name, at + name.length)) {
          expected++;
          const hit = (byStart.get(n) ?? []).some((r) => r.startOffset === at && r.endContainer === n && r.endOffset === at + name.length);
          if (hit) covered++;
        }
      }
    }
  }
  return { registered: ranges.length, broken, stale, expected, covered };
}

function stressInfo(): { textNodes: number; names: number } {
  const s = (window as unknown as { __stress: { textNodes: number; names: number } }).__stress;
  return { textNodes: s.textNodes, names: s.names };
}

function tickerFrames(): number {
  return (window as unknown as { __stress: { state: { frames: number } } }).__stress.state.frames;
}

function pauseTicker(): number {
  return (window as unknown as { __stress: { pause(): number } }).__stress.pause();
}

/** A macrotask round trip: completes only if the page's event loop is free to run it. */
function timerRoundTrip(): Promise<boolean> {
  return new Promise((resolve) => setTimeout(() => resolve(true), 0));
}

function runSpa(n: number): Promise<{ story: number; mutations: number; visible: number }> {
  return (window as unknown as { __spa: { run(n: number): Promise<{ story: number; mutations: number; visible: number }> } }).__spa.run(n);
}

// ---------------------------------------------------------------------------

/** Stats of the content script in `page`'s tab (read at its current URL: an SPA changes it). */
async function statsOf(browser: BrowserUnderTest, page: TestPage): Promise<ContentStats> {
  const url = await page.evaluate(() => location.href);
  return contentStats(browser.session, url);
}

async function waitForInitialScan(browser: BrowserUnderTest, page: TestPage, timeout = 30_000): Promise<ContentStats> {
  return waitFor(
    () => statsOf(browser, page).catch(() => null),
    (s) => s !== null && s.initialDoneAt >= 0,
    { timeout, interval: 100, what: 'the initial scan to finish' },
  ) as Promise<ContentStats>;
}

/** Nothing from the extension in the page's console, no uncaught error, no error counted inside. */
async function expectClean(browser: BrowserUnderTest, page: TestPage): Promise<void> {
  expect(await extensionConsoleEntries(page)).toEqual([]);
  expect(await uncaughtErrors(page)).toEqual([]);
  expect((await statsOf(browser, page)).errors).toBe(0);
}

export function stressPageScenarios(withExtension: () => BrowserUnderTest, server: () => Server): void {
  it('100,000 text nodes: every name found, the first viewport highlighted, a card opens, the page stays responsive', async () => {
    const browser = withExtension();
    const page = await browser.session.newPage();
    try {
      await page.goto(`${server().url}/test-pages/stress-100k-nodes.html`);
      const info = await page.evaluate(stressInfo);
      expect(info.textNodes).toBe(100_000);
      const stats = await waitForInitialScan(browser, page, 45_000);
      expect(stats.mentions).toBe(info.names);
      // Far past the windowing threshold: only blocks near the viewport are registered.
      expect(stats.sizes.registered).toBeGreaterThan(0);
      expect(stats.sizes.registered).toBeLessThan(5000);
      const first = await waitFor(
        () => page.evaluate(checkRegistry, NAMES, '#feed', true),
        (c) => c.expected > 0 && c.covered === c.expected,
        { timeout: 10_000, what: 'every name in the first viewport highlighted' },
      );
      expect(first.broken + first.stale).toBe(0);
      expect(await page.evaluate(timerRoundTrip)).toBe(true);
      const point = await page.evaluate(pointOnHighlight, 2);
      expect(point).not.toBeNull();
      await page.mouseMove(point!.x, point!.y);
      await waitForCard(page);
      await closeCard(page);
      await expectClean(browser, page);
    } finally {
      await page.close();
    }
  }, 90_000);

  it('text rewritten every frame: the article stays highlighted, rescans are coalesced, ranges stay bounded and catch up', async () => {
    const browser = withExtension();
    const page = await browser.session.newPage();
    try {
      await page.goto(`${server().url}/test-pages/stress-rewrite.html`);
      await waitForInitialScan(browser, page);
      // Let the page rewrite for a while (about a hundred frames).
      const frames0 = await page.evaluate(tickerFrames);
      await waitFor(() => page.evaluate(tickerFrames), (f) => f >= frames0 + 100, { timeout: 20_000, what: '100 frames of rewriting' });

      const s1 = await statsOf(browser, page);
      const f1 = await page.evaluate(tickerFrames);
      // Sample while the ticker runs: the still article is always fully
      // highlighted, and the registry never holds more than one rescan's worth
      // of ticker names (50 lines, 7 names in every 10: 35) beyond the article's.
      for (let i = 0; i < 8; i++) {
        const article = await page.evaluate(checkRegistry, NAMES, 'h1, #article', false);
        expect(article.covered, JSON.stringify(article)).toBe(article.expected);
        expect(article.expected).toBe(13);
        expect(article.registered, JSON.stringify(article)).toBeLessThanOrEqual(article.expected + 35);
        await sleep(150);
      }
      const s2 = await statsOf(browser, page);
      const f2 = await page.evaluate(tickerFrames);
      const flushes = s2.mutationFlushes - s1.mutationFlushes;
      const records = s2.mutationRecords - s1.mutationRecords;
      // Coalesced: at most one rescan per frame the page rewrote, each taking
      // in a whole frame's worth of changes (51 records a frame) or more.
      expect(flushes).toBeGreaterThan(0);
      expect(flushes, `${flushes} flushes in ${f2 - f1} frames`).toBeLessThanOrEqual(f2 - f1 + 1);
      expect(records / flushes, `${records} records in ${flushes} flushes`).toBeGreaterThanOrEqual(40);

      // Once the page stops, the registry matches its text exactly: nothing stale left behind.
      await page.evaluate(pauseTicker);
      const settled = await waitFor(
        () => page.evaluate(checkRegistry, NAMES, 'h1, #article, #ticker', false),
        (c) => c.broken === 0 && c.stale === 0 && c.covered === c.expected && c.registered === c.expected,
        { timeout: 5000, what: 'the registry to match the text once the ticker stops' },
      );
      expect(settled.expected).toBe(13 + 35);
      expect(await page.evaluate(timerRoundTrip)).toBe(true);
      await expectClean(browser, page);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('a single-page app after 200 navigations: only the current view is held, nothing grows with history', async () => {
    const browser = withExtension();
    const page = await browser.session.newPage();
    try {
      await page.goto(`${server().url}/test-pages/stress-spa.html`);
      await waitForInitialScan(browser, page);
      // One navigation first: the sizes of a view with its comments loaded.
      const one = await page.evaluate(runSpa, 1);
      const settle = (visible: number) =>
        waitFor(
          () => statsOf(browser, page),
          (s) => s.mentions === visible + 1 && s.sizes.registered === visible + 1 && s.sizes.pendingShadowRoots === 0,
          { timeout: 10_000, what: `the current view's ${visible} names (and the footer's) found and registered` },
        );
      // The footer's "Samarkand" is outside the router's view.
      const early = await settle(one.visible);
      const recordsBefore = early.mutationRecords;

      const end = await page.evaluate(runSpa, 199);
      expect(end.story).toBe(200);
      const late = await settle(end.visible);
      expect(late.mutationRecords - recordsBefore).toBeGreaterThanOrEqual(1000);
      // Nothing the scanner holds grows with the session's history.
      expect(late.sizes).toEqual(early.sizes);
      expect(late.sizes.held).toBe(0);
      const registry = await page.evaluate(checkRegistry, NAMES, 'body', false);
      expect(registry.broken).toBe(0);
      expect(registry.registered).toBe(end.visible + 1);
      await expectClean(browser, page);
    } finally {
      await page.close();
    }
  }, 90_000);
}
