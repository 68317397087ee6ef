/**
 * Real news pages saved by others (../shared/pages/): each loads with no
 * error from the extension, its DOM is exactly what it is without the
 * extension, and hovering a sample of the names found opens the right card.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { aliasEntries } from '../../../src/core/alias-entries';
import { compileMatcher } from '../../../src/core/matcher';
import { dataset } from '../../../src/data/entities';
import { sharedDir } from '../../../scripts/lib/static-server.mjs';
import { closeCard, waitFor, waitForCard, waitForHighlights, type BrowserUnderTest, type Server } from '../support/harness';
import { contentStats } from '../support/extension-probes';
import { highlightCount, pointOnHighlight, serializeDom } from '../support/page-probes';

const matcher = compileMatcher(aliasEntries(dataset));
/** Names hovered per page: spread evenly over the page's highlights. */
const HOVER_SAMPLE = 4;

export function savedPageFiles(): string[] {
  const dir = path.join(sharedDir(), 'pages');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

export function savedPagesScenarios(
  browser: () => BrowserUnderTest,
  baseline: () => BrowserUnderTest,
  server: () => Server,
): void {
  const files = savedPageFiles();

  it('has the saved pages to test', () => {
    // A missing fixture directory must fail, not quietly test nothing.
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s', async (file) => {
    const url = `${server().url}/pages/${file}`;
    const page = await browser().session.newPage();
    const plain = await baseline().session.newPage();
    try {
      await page.goto(url);
      await plain.goto(url);
      // Read through, names on screen (the reader starts once the page may name someone, and paints once the settings come).
      const stats = await waitFor(() => contentStats(browser().session, url), (s) => s.initialDoneAt >= 0, { timeout: 20_000, what: 'the page read through' });
      const count = await waitForHighlights(page, { allowNone: true });
      expect(stats.errors, 'errors inside the extension').toBe(0);
      // A page without names leaves the highlight registry alone (-1: nothing of ours registered).
      expect(stats.mentions).toBe(Math.max(count, 0));
      if (stats.mentions === 0) expect(count, 'highlights registered on a page without names').toBe(-1);

      // The page exactly as it is without the extension.
      const [withExt, without] = await Promise.all([page.evaluate(serializeDom), plain.evaluate(serializeDom)]);
      expect(withExt === without, 'serialized DOM differs from the run without the extension').toBe(true);

      // Hover a spread of the names found; each opens the card of the entity its text names.
      const n = await page.evaluate(highlightCount);
      const picks = [...new Set(Array.from({ length: Math.min(HOVER_SAMPLE, n) }, (_, k) => Math.floor((k * n) / Math.min(HOVER_SAMPLE, n))))];
      let hovered = 0;
      for (const i of picks) {
        const point = await page.evaluate(pointOnHighlight, i);
        if (!point || point.x < 0 || point.y < 0) continue; // hidden text: nothing to hover
        const expected = matcher.find(point.text)[0]?.entityId;
        expect(expected, `"${point.text}" is a name`).toBeDefined();
        await page.mouseMove(1, 1);
        await page.mouseMove(point.x, point.y);
        const card = await waitForCard(page, expected);
        expect(card.heading).toBeTruthy();
        await closeCard(page);
        hovered++;
      }
      if (n > 0) expect(hovered, 'no visible name could be hovered').toBeGreaterThan(0);
    } finally {
      await Promise.all([page.close(), plain.close()]);
    }
  });
}
