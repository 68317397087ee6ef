/**
 * The card for a keyboard, screen-reader or touch reader, in Chromium's
 * layout and focus (the card's code as card-ui.ts builds it, no extension):
 * what the live region says and when, Tab into the card and round it with a
 * ring on every stop, Escape back to where focus was with the name
 * selected, and a 360 px wide screen with 24 px targets. End to end, in both
 * browsers: tests/e2e/scenarios/keyboard-touch.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createCards } from '../../src/content/card-ui';
import { Highlighter } from '../../src/content/highlighter';
import { PageScanner } from '../../src/content/page-scanner';
import { roleLine } from '../../src/common/ui/format';
import { t } from '../../src/common/ui/strings';
import { dataset } from '../../src/data/entities';
import { clearPage } from '../fixtures/load-page';
import { fullMatcher } from '../fixtures/scanner';

let scanner: PageScanner;
let highlighter: Highlighter;
let ui: ReturnType<typeof createCards>;
let onKey: (e: KeyboardEvent) => void;

const until = async (done: () => boolean, what: string, ms = 5000) => {
  const end = performance.now() + ms;
  while (!done()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

const root = () => ui.host.shadowRoot!;
const announced = (id: string) => {
  const e = dataset.entities.find((x) => x.id === id)!;
  return t('announce_card', e.name, roleLine(e));
};
const live = () => root().querySelector('.live')!;
const cardShown = () => {
  const card = root()?.querySelector<HTMLElement>('.card');
  return card !== null && card !== undefined && card.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
};

beforeEach(async () => {
  await page.viewport(1000, 700);
  document.body.innerHTML =
    '<button id="before">A control of the page</button><p id="p" style="font: 18px/1.5 serif">Vladimir Putin met Xi Jinping in Samarkand, then Narendra Modi.</p>';
  highlighter = new Highlighter('underline');
  scanner = new PageScanner(document, fullMatcher, highlighter, () => false);
  await scanner.start();
  ui = createCards(document, scanner.index, highlighter, () => undefined, { shadowRoots: () => [], active: () => true });
  onKey = (e) => ui.navigator.onKeyDown(e);
  window.addEventListener('keydown', onKey, true);
});

afterEach(() => {
  window.removeEventListener('keydown', onKey, true);
  ui.cards.close();
  ui.host.dispose();
  scanner.stop();
  highlighter.clear();
  getSelection()?.removeAllRanges();
  clearPage();
});

describe('the live region', () => {
  it('says the name and first line once per card, after the region has settled, never for a card prepared out of sight', async () => {
    const said: string[] = [];
    const [putin, xi] = [scanner.index.mentionsOf('vladimir-putin')[0]!, scanner.index.mentionsOf('xi-jinping')[0]!];
    ui.navigator.goTo(putin);
    // Made with the host, in this very task: a screen reader must know the region before it changes.
    expect(live().getAttribute('role')).toBe('status');
    expect(live().textContent).toBe('');
    new MutationObserver(() => live().textContent && said.push(live().textContent!)).observe(live(), { childList: true, characterData: true, subtree: true });
    await until(() => said.length > 0, 'the announcement');
    expect(said).toEqual([announced('vladimir-putin')]);
    // Out of sight while the pointer dwells: nothing said.
    ui.cards.close();
    ui.cards.prepare(xi);
    await new Promise((r) => setTimeout(r, 400));
    expect(said).toHaveLength(1);
    ui.cards.open(xi);
    await until(() => said.length > 1, 'the second announcement');
    await new Promise((r) => setTimeout(r, 300));
    expect(said.slice(1)).toEqual([announced('xi-jinping')]);
  });
});

describe('the keyboard in the card', () => {
  it('Tab enters the card and goes round it, every stop shown and ringed; Escape returns focus and selects the name', async () => {
    (document.getElementById('before') as HTMLButtonElement).focus();
    const putin = scanner.index.mentionsOf('vladimir-putin')[0]!;
    ui.navigator.goTo(putin);
    await until(cardShown, 'the card');
    expect(String(getSelection())).toBe('Vladimir Putin');
    expect(document.activeElement?.id, 'the card opens without taking focus').toBe('before');

    await userEvent.keyboard('{Tab}');
    expect(root().activeElement?.classList.contains('card')).toBe(true);
    const stops: Element[] = [];
    for (let i = 0; i < 80; i++) {
      await userEvent.keyboard('{Tab}');
      const el = root().activeElement!;
      if (stops[0] === el) break;
      stops.push(el);
      const card = root().querySelector('.card')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      expect(el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions), `${el.className} shown`).toBe(true);
      expect(r.top >= card.top - 1 && r.bottom <= card.bottom + 1, `${el.className} inside the card`).toBe(true);
      const style = getComputedStyle(el);
      expect(style.outlineStyle, `${el.className} ringed`).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    }
    expect(stops.length).toBeGreaterThan(5);
    expect(stops.some((el) => el.classList.contains('close'))).toBe(true);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(root().activeElement).toBe(stops[stops.length - 1]);

    getSelection()?.removeAllRanges();
    await userEvent.keyboard('{Escape}');
    expect(cardShown()).toBe(false);
    expect(document.activeElement?.id, 'focus back where it was').toBe('before');
    expect(String(getSelection())).toBe('Vladimir Putin');
  });
});

describe('a narrow touch screen', () => {
  it('fits 360 px without sideways scrolling, its targets at least 24 × 24 px', async () => {
    await page.viewport(360, 640);
    const putin = scanner.index.mentionsOf('vladimir-putin')[0]!;
    ui.cards.open(putin, undefined, 'touch');
    await until(cardShown, 'the card');
    // Measured once it has stopped growing in (its opening animation scales it).
    await Promise.all(root().querySelector('.card')!.getAnimations().map((a) => a.finished));
    const card = root().querySelector('.card')!.getBoundingClientRect();
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(360);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(360);
    const small = [...root().querySelectorAll<HTMLElement>('button')]
      .filter((b) => b.checkVisibility())
      .map((b) => [b.title || b.textContent, b.getBoundingClientRect()] as const)
      .filter(([, r]) => r.width < 24 || r.height < 24)
      .map(([name, r]) => `${name} ${r.width}×${r.height}`);
    expect(small).toEqual([]);
  });
});
