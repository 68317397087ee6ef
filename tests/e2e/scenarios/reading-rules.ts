/**
 * Pages written for each reading rule: split names, possessives, diacritics,
 * ALL CAPS, lower-case traps, late text, a web component, form fields and an
 * editor, names at the viewport's edges (the hostile stylesheet is in hostile-pages.ts).
 */
import { expect, it } from 'vitest';
import type { TestPage } from '../driver/types';
import { closeCard, sleep, waitFor, waitForCard, waitForHighlights, type BrowserUnderTest, type Server } from '../support/harness';
import { highlightedTexts, openCard, pointOnHighlight, type CardInfo } from '../support/page-probes';

const RULES_EXPECTED = [
  'Vladimir Putin', 'Xi Jinping', 'Narendra Modi',
  'Putin', 'Xi', 'Russia',
  'Erdoğan', 'Erdogan', 'Türkiye', 'Путина', 'Си Цзиньпина', '习近平', '撒马尔罕',
  // Across ruby annotations: found with the pinyin left out; the range runs
  // from 普 to 京, so it holds the annotation between them.
  '普(pǔ)京',
  'PUTIN', 'XI JINPING', 'SAMARKAND',
  'Taiwan',
  'Pakistan',
  'Ebrahim Raisi',
  'Iran',
  // An inline element shown later; its hidden sibling stays unread.
  'Uzbekistan',
  // Revealed when the page opens its <details> (the hidden menu stays unread).
  'Armenia',
];

/** Hovers the highlight whose text is `text` (the n-th such) and returns the card. */
async function hoverHighlight(page: TestPage, text: string, entity: string): Promise<{ card: CardInfo; name: { x: number; y: number } }> {
  const texts = await page.evaluate(highlightedTexts);
  const i = texts.indexOf(text);
  expect(i, `highlight "${text}"`).toBeGreaterThanOrEqual(0);
  const point = await page.evaluate(pointOnHighlight, i);
  await page.mouseMove(1, 1);
  await page.mouseMove(point!.x, point!.y);
  const card = await waitForCard(page, entity);
  return { card, name: point! };
}

function inside(card: CardInfo): boolean {
  const { rect, viewport } = card;
  return rect.left >= 0 && rect.top >= 0 && rect.right <= viewport.width && rect.bottom <= viewport.height;
}

export function readingRulesScenarios(browser: () => BrowserUnderTest, server: () => Server): void {
  let page: TestPage;

  it('finds split, possessive, accented, capitalised, late, revealed and shadow-DOM names; nothing in traps, fields or hidden text', async () => {
    page = await browser().session.newPage();
    await page.goto(`${server().url}/test-pages/reading-rules.html`);
    // The page adds a paragraph two seconds after load.
    await sleep(2300);
    await waitForHighlights(page);
    expect(await page.evaluate(highlightedTexts)).toEqual(RULES_EXPECTED);
  });

  it('covers a same-origin frame with its own highlights and card', async () => {
    const frameTexts = () => {
      const doc = (document.getElementById('frame') as HTMLIFrameElement).contentDocument!;
      const reg = (doc.defaultView as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } }).CSS.highlights;
      return [...(reg.get('summit-lens-underline') ?? [])].map((r) => {
        const x = doc.createRange();
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        return x.toString();
      });
    };
    expect(await waitFor(() => page.evaluate(frameTexts), (t) => t.length > 0, { what: 'highlights in the frame' })).toEqual(['Ilham Aliyev']);
    // Hover it: the frame's own content script opens the card inside the frame.
    const at = await page.evaluate(() => {
      const frame = document.getElementById('frame') as HTMLIFrameElement;
      frame.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      const doc = frame.contentDocument!;
      const p = doc.getElementById('in-frame')!;
      const text = p.firstChild!;
      const r = doc.createRange();
      r.setStart(text, p.textContent!.indexOf('Ilham'));
      r.setEnd(text, p.textContent!.indexOf('Ilham') + 5);
      const box = r.getBoundingClientRect();
      const f = frame.getBoundingClientRect();
      return { x: f.left + frame.clientLeft + box.left + 3, y: f.top + frame.clientTop + box.top + box.height / 2 };
    });
    await page.mouseMove(1, 1);
    await page.mouseMove(at.x, at.y);
    const entity = await waitFor(
      () =>
        page.evaluate(() => {
          const doc = (document.getElementById('frame') as HTMLIFrameElement).contentDocument!;
          return doc.querySelector('summit-lens-ui')?.shadowRoot?.querySelector('[data-entity]')?.getAttribute('data-entity') ?? null;
        }),
      (e) => e !== null,
      { what: 'the card inside the frame' },
    );
    expect(entity).toBe('ilham-aliyev');
    await page.press('Escape');
  });

  it('opens one card for a name split across elements', async () => {
    await hoverHighlight(page, 'Vladimir Putin', 'vladimir-putin');
    await closeCard(page);
    await hoverHighlight(page, 'Xi Jinping', 'xi-jinping');
    await closeCard(page);
  });

  it('opens cards for names inside a web component and added after load', async () => {
    await hoverHighlight(page, 'Ebrahim Raisi', 'ebrahim-raisi');
    await closeCard(page);
    await hoverHighlight(page, 'Pakistan', 'pakistan');
    await closeCard(page);
  });

  it('keeps the card on screen and off the name at the right and bottom edges', async () => {
    for (const [text, entity] of [['Taiwan', 'taiwan'], ['Iran', 'iran']] as const) {
      const { card, name } = await hoverHighlight(page, text, entity);
      expect(inside(card), `${text}: ${JSON.stringify(card.rect)}`).toBe(true);
      const covers = name.x >= card.rect.left && name.x <= card.rect.right && name.y >= card.rect.top && name.y <= card.rect.bottom;
      expect(covers, `${text}: the card covers the name`).toBe(false);
      await closeCard(page);
    }
  });

  it('closes on Escape and when the pointer leaves, stays open while the pointer is on the card', async () => {
    const { card } = await hoverHighlight(page, 'Russia', 'russia');
    // Into the card: it stays.
    await page.mouseMove((card.rect.left + card.rect.right) / 2, (card.rect.top + card.rect.bottom) / 2);
    await sleep(700);
    expect((await page.evaluate(openCard))?.entity).toBe('russia');
    // Away from both: it closes.
    await page.mouseMove(5, 5);
    await sleep(700);
    expect(await page.evaluate(openCard)).toBeNull();
    await page.close();
  });
}
