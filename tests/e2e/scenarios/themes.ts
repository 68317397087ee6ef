/**
 * Light and dark: the card follows prefers-color-scheme, its text keeps a
 * contrast of at least 4.5:1 in both, and screenshots of each are saved as
 * test artefacts (artifacts/<browser>-card-<theme>.png) to look at.
 */
import { expect, it } from 'vitest';
import { artifactPath, sleep, waitForCard, waitForHighlights, type BrowserUnderTest, type Server } from '../support/harness';
import { highlightedTexts, pointOnHighlight } from '../support/page-probes';

interface Contrast {
  background: string;
  worst: number;
  worstText: string;
}

/** Runs in the page: the lowest text/background contrast among the card's visible text. */
function cardContrast(): Contrast | null {
  const host = document.querySelector('summit-lens-ui');
  const card = host?.shadowRoot?.querySelector<HTMLElement>('[data-entity]');
  if (!card) return null;
  const parse = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]: number[]): number => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  };
  const bgOf = (el: Element | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.length >= 3 && (c.length === 3 || c[3]! > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  let worst = Infinity;
  let worstText = '';
  const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement!;
    if (!n.textContent?.trim() || el.closest('svg') || !el.checkVisibility()) continue;
    const fg = parse(getComputedStyle(el).color).slice(0, 3);
    const [a, b] = [lum(fg), lum(bgOf(el))].sort((x, y) => y - x);
    const ratio = (a! + 0.05) / (b! + 0.05);
    if (ratio < worst) {
      worst = ratio;
      worstText = n.textContent.trim().slice(0, 40);
    }
  }
  return { background: getComputedStyle(card).backgroundColor, worst, worstText };
}

export function themeScenarios(light: () => BrowserUnderTest, dark: () => BrowserUnderTest, server: () => Server): void {
  const results: Record<string, Contrast> = {};
  for (const theme of ['light', 'dark'] as const) {
    it(`shows a readable card in the ${theme} theme`, async () => {
      const b = theme === 'light' ? light() : dark();
      const page = await b.session.newPage();
      await page.setViewport(900, 640);
      await page.goto(`${server().url}/demo/`);
      await waitForHighlights(page);
      const texts = await page.evaluate(highlightedTexts);
      const point = await page.evaluate(pointOnHighlight, texts.indexOf('Vladimir Putin') >= 0 ? texts.indexOf('Vladimir Putin') : 5);
      await page.mouseMove(point!.x, point!.y);
      await waitForCard(page);
      await sleep(400); // past the opening transition
      const contrast = await page.evaluate(cardContrast);
      expect(contrast).not.toBeNull();
      expect(contrast!.worst, `lowest contrast: "${contrast!.worstText}"`).toBeGreaterThanOrEqual(4.5);
      results[theme] = contrast!;
      await page.screenshot(artifactPath(`${b.name}-card-${theme}.png`));
      await page.close();
    });
  }

  it('follows the colour scheme', () => {
    expect(results.light?.background).toBeDefined();
    expect(results.dark?.background).not.toBe(results.light?.background);
  });
}
