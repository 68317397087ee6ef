/**
 * Names that belong to someone or something else (Louis XI, the dish
 * poutine, 其中国有企业, Heydar Aliyev …) open no card; capitals and seats
 * that stand for governments ("Moscow said", "the Kremlin") open theirs.
 * The phrases are tests/pages/reading-cases.json, which the unit tests read too.
 */
import { expect, it } from 'vitest';
import type { TestPage } from '../driver/types';
import { closeCard, waitFor, waitForCard, waitForHighlights, type BrowserUnderTest, type Server } from '../support/harness';
import { highlightedTexts, pointOnHighlight } from '../support/page-probes';
import cases from '../../pages/reading-cases.json';

type Names = [string, string][];

/** The highlighted texts inside each [data-case] paragraph, by its number. */
function highlightsByCase(): Record<string, string[]> {
  const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const out: Record<string, string[]> = {};
  const all: Range[] = [];
  for (const name of ['summit-lens-underline', 'summit-lens-background']) {
    for (const r of reg.get(name) ?? []) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      all.push(live);
    }
  }
  all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  for (const r of all) {
    const at = r.startContainer.parentElement?.closest('[data-case]')?.getAttribute('data-case') ?? 'outside';
    (out[at] ??= []).push(r.toString());
  }
  return out;
}

async function openCases(page: TestPage, server: Server, set: 'falseHits' | 'namesNewsUses'): Promise<Record<string, string[]>> {
  await page.goto(`${server.url}/test-pages/reading-cases.html?set=${set}`);
  await waitFor(() => page.evaluate(() => document.body.dataset.ready === 'true'), (ready) => ready, { what: 'the cases to be shown' });
  await waitForHighlights(page);
  return page.evaluate(highlightsByCase);
}

/** What each case must show, by case number, leaving out the cases that show nothing. */
function expected(list: { names: unknown }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  list.forEach((c, i) => {
    const names = c.names as Names;
    if (names.length > 0) out[String(i)] = names.map(([text]) => text);
  });
  return out;
}

/** Hovers every highlight of the page in turn and returns the entity of each card. */
async function cardsOfEveryHighlight(page: TestPage): Promise<string[]> {
  const count = (await page.evaluate(highlightedTexts)).length;
  const entities: string[] = [];
  for (let i = 0; i < count; i++) {
    const point = await page.evaluate(pointOnHighlight, i);
    expect(point, `highlight #${i}`).not.toBeNull();
    await page.mouseMove(1, 1);
    await page.mouseMove(point!.x, point!.y);
    entities.push((await waitForCard(page)).entity ?? '?');
    await closeCard(page);
  }
  return entities;
}

export function readingCaseScenarios(browser: () => BrowserUnderTest, server: () => Server): void {
  /** The list's page shows what each phrase must, and every highlight opens the card of the entity written for it. */
  const checkList = async (set: 'falseHits' | 'namesNewsUses') => {
    const page = await browser().session.newPage();
    expect(await openCases(page, server(), set)).toEqual(expected(cases[set]));
    const want = cases[set].flatMap((c) => (c.names as Names).map(([, id]) => id));
    expect(await cardsOfEveryHighlight(page)).toEqual(want);
    await page.close();
  };

  // Where a phrase does hold one of ours (XI JINPING, 莫迪 …), it is the right one.
  it('opens no card on names that belong to someone or something else (Louis XI, Heydar Aliyev, 其中国有企业 …)', () => checkList('falseHits'));

  it('opens the right card on capitals and seats that stand for governments, in six languages', () => checkList('namesNewsUses'));

  it('leaves the dish "Poutine" and the channel "OCS" alone, and reads both as names on a page about the summit', async () => {
    const page = await browser().session.newPage();
    for (const [file, names] of [
      // A food page naming something else of ours ("Chinese") is still not about Putin.
      ['poutine-dish.html', ['Chinese']],
      ['ocs-tv.html', ['Chine']],
      ['poutine-fr.html', ['Poutine', 'OCS', 'Poutine', 'OCS', 'Vladimir Poutine', 'Xi Jinping', 'Samarcande', 'Kremlin']],
    ] as const) {
      await page.goto(`${server().url}/test-pages/${file}`);
      await waitForHighlights(page);
      expect(await page.evaluate(highlightedTexts), file).toEqual(names);
    }
    await page.close();
  });
}
