/**
 * The demo article: every name highlighted and nothing else, the page's DOM
 * untouched, and hovering each name opens its card.
 */
import { expect, it } from 'vitest';
import type { TestPage } from '../driver/types';
import { artifactPath, closeCard, waitForCard, waitForHighlights, type BrowserUnderTest, type Server } from '../support/harness';
import { extraRootChildren, highlightedTexts, openCard, pointOnHighlight, pointOnWord, serializeDom } from '../support/page-probes';
import { DEMO_MENTIONS, DEMO_NON_NAMES } from './expected-demo-mentions';

export function demoArticleScenarios(
  browser: () => BrowserUnderTest,
  baseline: () => BrowserUnderTest,
  server: () => Server,
): void {
  let page: TestPage;

  it('highlights every leader and country name of the article, and nothing else', async () => {
    page = await browser().session.newPage();
    await page.goto(`${server().url}/demo/`);
    await waitForHighlights(page);
    const texts = await page.evaluate(highlightedTexts);
    expect(texts).toEqual(DEMO_MENTIONS.map(([text]) => text));
  });

  it('leaves the page DOM exactly as it is without the extension', async () => {
    const plain = await baseline().session.newPage();
    await plain.goto(`${server().url}/demo/`);
    const without = await plain.evaluate(serializeDom);
    await plain.close();
    expect(await page.evaluate(serializeDom)).toBe(without);
  });

  it('opens the right card on every name, and says where the name stands among its entity\'s', async () => {
    const failures: string[] = [];
    const total = new Map<string, number>();
    for (const [, id] of DEMO_MENTIONS) total.set(id, (total.get(id) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (let i = 0; i < DEMO_MENTIONS.length; i++) {
      const [text, entity] = DEMO_MENTIONS[i]!;
      // The list is in document order: this is the entity's n-th mention.
      seen.set(entity, (seen.get(entity) ?? 0) + 1);
      const position = `${seen.get(entity)} of ${total.get(entity)}`;
      const point = await page.evaluate(pointOnHighlight, i);
      expect(point?.text).toBe(text);
      // Scrolling centres each name, so two names can land on the same spot:
      // step aside first so that the pointer really moves onto the name.
      await page.mouseMove(1, 1);
      await page.mouseMove(point!.x, point!.y);
      try {
        const card = await waitForCard(page, entity);
        expect(card.role).toBe('dialog');
        expect(card.heading).toBeTruthy();
        expect(card.label).toBe(card.heading);
        expect(card.position).toBe(position);
      } catch (err) {
        failures.push(`#${i} ${text} → ${entity}: ${(err as Error).message}`);
      }
      await closeCard(page);
    }
    expect(failures).toEqual([]);
  });

  it('adds exactly one node to the page, the host of its UI', async () => {
    const point = await page.evaluate(pointOnHighlight, 0);
    await page.mouseMove(point!.x, point!.y);
    const card = await waitForCard(page);
    expect(card.hostCount).toBe(1);
    expect(await page.evaluate(extraRootChildren)).toEqual(['summit-lens-ui']);
    await page.screenshot(artifactPath(`${browser().name}-demo-card.png`));
    await closeCard(page);
  });

  it('opens no card on ordinary words', async () => {
    for (const word of DEMO_NON_NAMES) {
      const point = await page.evaluate(pointOnWord, word);
      expect(point, word).not.toBeNull();
      await page.mouseMove(point!.x, point!.y);
      await new Promise((r) => setTimeout(r, 600));
      expect(await page.evaluate(openCard), word).toBeNull();
    }
    await page.close();
  });
}
