/**
 * A page with thousands of names: every mention is found (the extension's
 * own count), but only those near the viewport stay registered as highlight
 * ranges, and scrolling brings the rest in.
 */
import { expect, it } from 'vitest';
import { waitFor, waitForHighlights, type BrowserUnderTest, type Server } from '../support/harness';
import { contentStats } from '../support/extension-probes';
import { highlightCount } from '../support/page-probes';
import type { TestPage } from '../driver/types';

/** Registered ranges that start inside the paragraph with this id. */
function rangesInParagraph(id: string): number {
  const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const h = reg.get('summit-lens-underline');
  const p = document.getElementById(id);
  if (!h || !p) return -1;
  let n = 0;
  for (const r of h) if (p.contains(r.startContainer)) n++;
  return n;
}

/** Scrolls to the page's last paragraph and waits until its names are registered. */
async function scrollToLastParagraph(page: TestPage): Promise<void> {
  await page.evaluate(() => document.getElementById('p1999')!.scrollIntoView({ block: 'end', behavior: 'instant' as ScrollBehavior }));
  await waitFor(() => page.evaluate(rangesInParagraph, 'p1999'), (n) => n === 3, { what: 'the last paragraph registered after scrolling' });
}

export function bigPageScenarios(browser: () => BrowserUnderTest, server: () => Server): void {
  /** Opens the page of 6,000 names and waits until it is highlighted. */
  const openManyNames = async () => {
    const url = `${server().url}/test-pages/many-names.html`;
    const page = await browser().session.newPage();
    await page.goto(url);
    await waitForHighlights(page, { timeout: 30_000 });
    return { url, page, stats: await contentStats(browser().session, url) };
  };

  it('finds every name but registers only those near the viewport, and follows the scroll', async () => {
    const { page, stats } = await openManyNames();
    expect(stats.mentions).toBe(6000);
    const registered = await page.evaluate(highlightCount);
    expect(registered).toBeGreaterThan(0);
    expect(registered).toBeLessThan(2000);
    expect(await page.evaluate(rangesInParagraph, 'p0')).toBe(3);
    expect(await page.evaluate(rangesInParagraph, 'p1999')).toBe(0);
    await scrollToLastParagraph(page);
    await waitFor(() => page.evaluate(rangesInParagraph, 'p0'), (n) => n === 0, { what: 'the first paragraph unregistered after scrolling' });
    await page.close();
  });

  it('lets go of the blocks a page removes, and keeps watching those it keeps', async () => {
    const { url, page, stats: before } = await openManyNames();
    expect(before.mentions).toBe(6000);
    // Every block with names is watched once the page has more than the threshold.
    expect(before.sizes.watched).toBe(2000);
    // A feed drops its first half; one kept paragraph changes its text (rescanned, still on the page).
    await page.evaluate(() => {
      for (let i = 0; i < 1000; i++) document.getElementById(`p${i}`)!.remove();
      document.getElementById('p1500')!.append(' Vladimir Putin');
    });
    const after = await waitFor(
      () => contentStats(browser().session, url),
      (s) => s.mentions === 3001,
      { what: 'the removed half forgotten' },
    );
    expect(after.sizes.owners).toBe(1000);
    expect(after.sizes.watched).toBe(1000);
    // The kept blocks still follow the scroll.
    await scrollToLastParagraph(page);
    await page.close();
  });
}
