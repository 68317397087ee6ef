/**
 * A page with thousands of names: every mention is found (the extension's
 * own count), but only those near the viewport stay registered as highlight
 * ranges, and scrolling brings the rest in.
 */
import { expect, it } from 'vitest';
import { waitFor, waitForHighlights, type BrowserUnderTest, type Server } from '../support/harness';
import { contentStats } from '../support/extension-probes';
import { highlightCount } from '../support/page-probes';

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

export function bigPageScenarios(browser: () => BrowserUnderTest, server: () => Server): void {
  it('finds every name but registers only those near the viewport, and follows the scroll', async () => {
    const url = `${server().url}/test-pages/many-names.html`;
    const page = await browser().session.newPage();
    await page.goto(url);
    await waitForHighlights(page, { timeout: 30_000 });
    const stats = await contentStats(browser().session, url);
    expect(stats.mentions).toBe(6000);
    const registered = await page.evaluate(highlightCount);
    expect(registered).toBeGreaterThan(0);
    expect(registered).toBeLessThan(2000);
    expect(await page.evaluate(rangesInParagraph, 'p0')).toBe(3);
    expect(await page.evaluate(rangesInParagraph, 'p1999')).toBe(0);
    await page.evaluate(() => document.getElementById('p1999')!.scrollIntoView({ block: 'end', behavior: 'instant' as ScrollBehavior }));
    await waitFor(() => page.evaluate(rangesInParagraph, 'p1999'), (n) => n === 3, { what: 'the last paragraph registered after scrolling' });
    await waitFor(() => page.evaluate(rangesInParagraph, 'p0'), (n) => n === 0, { what: 'the first paragraph unregistered after scrolling' });
    await page.close();
  });
}
