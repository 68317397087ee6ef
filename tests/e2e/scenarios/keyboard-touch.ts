/**
 * Every reader reaches the cards (issue 14): the keyboard commands for the
 * next and previous name (across frames), Tab into the card and round it,
 * its controls by keyboard alone with a visible focus ring, Escape; the
 * popup's "This page"; what the live region says and how often; taps and
 * long presses by finger (Chromium: a touch-enabled context and the DevTools
 * protocol's touch events; Firefox: WebDriver BiDi touch pointers); a 360 px
 * wide touch screen; and WCAG 1.4.13 (dismissible, hoverable, persistent)
 * with the mouse.
 *
 * What is not exercised: the browsers' own shortcut handling. Headless
 * Chromium (CDP key events are never offered to the browser's shortcuts) and
 * Firefox (BiDi key actions are synthesized in the content process) do not
 * turn Alt+Shift+Period into the extension's command; the tests call, from
 * the extension's background, the very function commands.onCommand calls
 * (src/background/index.ts), with the tab under test. That the manifest
 * declares the keys, and that the browser registered them, is checked
 * through commands.getAll().
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { roleLine } from '../../../src/common/ui/format';
import { t } from '../../../src/common/ui/strings';
import { dataset } from '../../../src/data/entities';
import type { BrowserSession, TestPage } from '../driver/types';
import { sleep, waitFor, waitForCard, waitForHighlights, type BrowserUnderTest, type Server } from '../support/harness';
import { openCard, pointOnHighlight, pointOnWord } from '../support/page-probes';
import { announcements, cardLayout, countAnnouncements, focusInCard, pointInCard, readerState, type FocusInfo, type ReaderState } from '../support/a11y-probes';
import { clickOn, openPopup, showView, tabIdOf } from './popup';
import { DEMO_MENTIONS } from './expected-demo-mentions';

const byId = new Map(dataset.entities.map((e) => [e.id, e]));
const announced = (id: string) => t('announce_card', byId.get(id)!.name, roleLine(byId.get(id)!));

/** What the browser's shortcut for `command` runs, in tab `tabId` (see the file comment). */
export async function runCommand(session: BrowserSession, tabId: number, command: string): Promise<void> {
  await session.evaluateInExtension(
    async (id: number, name: string) => {
      type Run = (command: string, tab: { id: number }) => Promise<void>;
      const g = globalThis as unknown as { summitLensRunCommand?: Run; browser?: { runtime: { getBackgroundPage(): Promise<{ summitLensRunCommand?: Run }> } } };
      // Chromium: this is the service worker itself. Firefox: an extension tab, next to the background page.
      const run = g.summitLensRunCommand ?? (await g.browser!.runtime.getBackgroundPage()).summitLensRunCommand;
      if (!run) throw new Error('The background has no command handler.');
      await run(name, { id });
    },
    tabId,
    command,
  );
}

/** The shortcuts the browser registered for the extension's commands. */
function shortcuts(session: BrowserSession): Promise<Record<string, string>> {
  return session.evaluateInExtension(async () => {
    interface Api {
      commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
    }
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return Object.fromEntries((await (g.browser ?? g.chrome).commands.getAll()).map((c) => [c.name ?? '', c.shortcut ?? '']));
  });
}

/** No card, no focus, no selection, at the top of the page: each check starts from there. */
async function reset(page: TestPage): Promise<void> {
  if ((await page.evaluate(readerState)).card) await page.press('Escape');
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    getSelection()?.removeAllRanges();
    scrollTo(0, 0);
  });
}

async function waitForReader(page: TestPage, done: (s: ReaderState) => boolean, what: string): Promise<ReaderState> {
  return waitFor(() => page.evaluate(readerState), done, { timeout: 5000, what });
}

/** Presses Tab until `pick` matches the focused element; at most `max` times. */
async function tabTo(page: TestPage, pick: (f: FocusInfo) => boolean, what: string, max = 60): Promise<FocusInfo> {
  for (let i = 0; i < max; i++) {
    await page.press('Tab');
    const f = await page.evaluate(focusInCard);
    if (f && pick(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** What each frame of odd-frames.html shows: its selection and its card. */
interface FrameView {
  selection: string;
  card: string | null;
}

function framesView(): Promise<Record<string, FrameView>> {
  type Answer = { selection: string; card: { entity: string } | null };
  const w = window as unknown as { probeFrame(id: string): Promise<Answer> };
  const read = (doc: Document): FrameView => {
    const card = doc.querySelector('summit-lens-ui')?.shadowRoot?.querySelector('[data-entity]');
    return { selection: String(doc.getSelection()), card: card && card.getBoundingClientRect().width > 0 ? card.getAttribute('data-entity') : null };
  };
  const same = (id: string) => read((document.getElementById(id) as HTMLIFrameElement).contentDocument!);
  return w.probeFrame('cross').then((cross) => ({
    top: read(document),
    blank: same('blank'),
    same: same('same'),
    cross: { selection: cross.selection, card: cross.card?.entity ?? null },
  }));
}

export function keyboardTouchScenarios(
  browser: () => BrowserUnderTest,
  dark: () => BrowserUnderTest,
  /** With the extension, and without it, for touch: in Chromium, touch-enabled contexts. */
  touchscreen: () => { with: BrowserUnderTest; without: BrowserUnderTest },
  server: () => Server,
): void {
  let page: TestPage;
  let tab: number;
  const session = () => browser().session;
  const demoUrl = () => `${server().url}/demo/?keys`;

  beforeAll(async () => {
    page = await session().newPage();
    await page.goto(demoUrl());
    await waitForHighlights(page);
    tab = await tabIdOf(session(), demoUrl());
  });
  afterAll(async () => {
    await page?.close();
  });

  it('registers the default keys for the next and the previous name', async () => {
    const keys = await shortcuts(session());
    expect(keys['next-name']).toBe('Alt+Shift+Period');
    expect(keys['previous-name']).toBe('Alt+Shift+Comma');
    expect(keys['toggle-highlighting']).toBe('Alt+Shift+U');
  });

  it('goes to the next and previous name: selected, its card open without focus, announced once; wraps at both ends', async () => {
    const [first, second] = DEMO_MENTIONS;
    const last = DEMO_MENTIONS[DEMO_MENTIONS.length - 1]!;
    await runCommand(session(), tab, 'next-name');
    let s = await waitForReader(page, (x) => x.card?.entity === first![1] && x.selection === first![0], `the first name, ${first![0]}`);
    expect(s.focusInCard).toBe(false);
    expect(s.pageFocus).toBe('body');
    await waitForReader(page, (x) => x.live === announced(first![1]), 'the announcement');

    // Said once: not again while the pointer moves over the name and the card.
    await page.evaluate(countAnnouncements);
    const at = await page.evaluate(pointOnHighlight, 0);
    for (const dx of [0, 2, 4, 2, 0]) await page.mouseMove(at!.x + dx, at!.y);
    await sleep(500);
    expect(await page.evaluate(announcements)).toEqual([]);
    // The card stays: the pointer resting elsewhere does not close what the keyboard opened.
    await page.mouseMove(5, 5);
    await sleep(700);
    expect((await page.evaluate(readerState)).card?.entity).toBe(first![1]);

    await runCommand(session(), tab, 'next-name');
    s = await waitForReader(page, (x) => x.card?.entity === second![1] && x.selection === second![0], `the second name, ${second![0]}`);
    expect(s.focusInCard).toBe(false);
    await waitFor(() => page.evaluate(announcements), (a) => a.length === 1, { what: 'one announcement' });
    expect(await page.evaluate(announcements)).toEqual([announced(second![1])]);
    await runCommand(session(), tab, 'previous-name');
    await waitForReader(page, (x) => x.card?.entity === first![1] && x.selection === first![0], 'back to the first name');
    await runCommand(session(), tab, 'previous-name');
    await waitForReader(page, (x) => x.card?.entity === last[1] && x.selection === last[0], `round to the last name, ${last[0]}`);
    await runCommand(session(), tab, 'next-name');
    await waitForReader(page, (x) => x.card?.entity === first![1] && x.selection === first![0], 'round to the first name again');
  });

  it('Tab moves into the card; every control is reached, shown and ringed, and works by keyboard; Escape gives focus back and selects the name', async () => {
    // The first "Putin": a card with related names, quotes and mentions. The
    // reader puts the caret at the start of the page: the next name is the first.
    await reset(page);
    await page.evaluate(() => getSelection()?.collapse(document.body, 0));
    await runCommand(session(), tab, 'next-name');
    await waitForReader(page, (x) => x.card?.entity === 'vladimir-putin' && x.selection === 'Putin', 'the card for Putin');
    await page.press('Tab');
    expect(await page.evaluate(focusInCard)).toMatchObject({ name: 'dialog', shown: true });

    // Round the card: every control once, then back to the first.
    const seen: FocusInfo[] = [];
    for (let i = 0; i < 80; i++) {
      await page.press('Tab');
      const f = (await page.evaluate(focusInCard))!;
      expect(f, 'focus left the card').not.toBeNull();
      if (seen.length > 0 && f.name === seen[0]!.name && f.kind === seen[0]!.kind) break;
      seen.push(f);
    }
    const names = seen.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['Close card', 'Previous mention', 'Next mention', t('quote_show'), 'Xi Jinping']));
    for (const f of seen) {
      expect(f.shown, `${f.name} is shown`).toBe(true);
      expect(f.outline.style, `${f.name} has a focus ring`).not.toBe('none');
      expect(f.outline.width, `${f.name}'s ring width`).toBeGreaterThanOrEqual(2);
      expect(f.outline.contrast, `${f.name}'s ring contrast`).toBeGreaterThanOrEqual(3);
    }
    // Shift+Tab from the first control goes round to the last.
    await page.press('Shift+Tab');
    expect((await page.evaluate(focusInCard))?.name).toBe(names[names.length - 1]);

    // The quote: Enter shows it, and again hides it.
    await tabTo(page, (f) => f.name === t('quote_show'), 'a Quote button');
    await page.press('Enter');
    const expanded = () => {
      const root = [...document.documentElement.children].find((e) => e.shadowRoot?.querySelector('.card'))?.shadowRoot;
      const button = root?.activeElement;
      const quote = button && root?.getElementById(button.getAttribute('aria-controls') ?? '');
      return { expanded: button?.getAttribute('aria-expanded'), shown: quote ? (quote as HTMLElement).checkVisibility() : false };
    };
    expect(await page.evaluate(expanded)).toEqual({ expanded: 'true', shown: true });
    await page.press('Enter');
    expect(await page.evaluate(expanded)).toEqual({ expanded: 'false', shown: false });

    // Next mention: the card, the selection and the announcement follow.
    const putins = DEMO_MENTIONS.filter(([, id]) => id === 'vladimir-putin');
    await page.evaluate(countAnnouncements);
    await tabTo(page, (f) => f.name === 'Next mention', 'Next mention');
    await page.press('Enter');
    await waitForReader(page, (x) => x.card?.position === `2 of ${putins.length}` && x.selection === putins[1]![0], 'the second mention of Putin');
    expect((await page.evaluate(focusInCard))?.name).toBe('Next mention');
    await waitFor(() => page.evaluate(announcements), (a) => a.length === 1, { what: 'the jump announced' });
    expect((await page.evaluate(announcements))[0]).toBe(t('announce_position', 'Vladimir Putin', `2 of ${putins.length}`));

    // A related name switches the card; Back comes back; focus stays in the card.
    await tabTo(page, (f) => f.name === 'Xi Jinping', 'the Xi Jinping button');
    await page.press('Enter');
    await waitForReader(page, (x) => x.card?.entity === 'xi-jinping' && x.focusInCard, 'the card for Xi Jinping, focus in it');
    await tabTo(page, (f) => f.name === t('card_back'), 'Back');
    await page.press('Enter');
    await waitForReader(page, (x) => x.card?.entity === 'vladimir-putin' && x.focusInCard, 'back to Putin');

    // Escape: closed, focus back on the page, the name selected.
    await page.press('Escape');
    const after = await waitForReader(page, (x) => x.card === null, 'the card to close');
    expect(after.focusInCard).toBe(false);
    expect(after.selection).toBe(putins[1]![0]);
    // The next name goes on from there.
    await runCommand(session(), tab, 'next-name');
    const i = DEMO_MENTIONS.indexOf(putins[1]!);
    await waitForReader(page, (x) => x.selection === DEMO_MENTIONS[i + 1]![0] && x.card?.entity === DEMO_MENTIONS[i + 1]![1], 'the name after it');
    await page.press('Escape');
  });

  it('shows the focus ring in the dark theme too', async () => {
    const s = dark().session;
    const darkPage = await s.newPage();
    try {
      await darkPage.goto(demoUrl());
      await waitForHighlights(darkPage);
      await runCommand(s, await tabIdOf(s, demoUrl()), 'next-name');
      await waitForReader(darkPage, (x) => x.card?.entity === 'vladimir-putin', 'the card');
      expect(await darkPage.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await darkPage.press('Tab');
      for (let i = 0; i < 8; i++) {
        await darkPage.press('Tab');
        const f = (await darkPage.evaluate(focusInCard))!;
        expect(f.outline.style, f.name).not.toBe('none');
        expect(f.outline.contrast, `${f.name}'s ring contrast`).toBeGreaterThanOrEqual(3);
      }
    } finally {
      await darkPage.close();
    }
  });

  it('the popup\'s "This page" goes to a name the same way', async () => {
    await reset(page);
    const popup = await openPopup(session(), tab);
    try {
      await showView(popup, 'this-page');
      await clickOn(popup, '.rows [data-id="uzbekistan"] .row__main');
      const first = DEMO_MENTIONS.find(([, id]) => id === 'uzbekistan')!;
      const s = await waitForReader(page, (x) => x.card?.entity === 'uzbekistan' && x.selection === first[0], 'Uzbekistan, selected, its card open');
      expect(s.focusInCard).toBe(false);
    } finally {
      await popup.close();
    }
    await page.press('Escape');
  });

  it('goes through the names of every frame in reading order, one card at a time, and back', async () => {
    const url = `${server().url}/test-pages/odd-frames.html`;
    const frames = await session().newPage();
    try {
      await frames.goto(url);
      await waitForHighlights(frames);
      const frameTab = await tabIdOf(session(), url);
      // Each frame's own highlights first (the about:blank one is written on load).
      await waitFor(() => frames.evaluate(framesView), (v) => v.top !== undefined, { what: 'the frames to answer' });
      const expected: [frame: string, name: string][] = [
        ['top', 'Narendra Modi'],
        ['blank', 'Vladimir Putin'],
        ['blank', 'Xi Jinping'],
        ['same', 'Ilham Aliyev'],
        ['same', 'Ebrahim Raisi'],
        ['cross', 'Ilham Aliyev'],
        ['cross', 'Ebrahim Raisi'],
        ['top', 'Narendra Modi'],
      ];
      const check = async (frame: string, name: string, step: string) => {
        const view = await waitFor(() => frames.evaluate(framesView), (v) => v[frame]!.selection === name && v[frame]!.card !== null, {
          what: `${step}: ${name} in the ${frame} frame`,
          timeout: 5000,
        });
        const open = Object.entries(view).filter(([, v]) => v.card !== null).map(([k]) => k);
        expect(open, `${step}: only the ${frame} frame shows a card`).toEqual([frame]);
      };
      for (const [i, [frame, name]] of expected.entries()) {
        await runCommand(session(), frameTab, 'next-name');
        await check(frame, name, `next #${i + 1}`);
      }
      for (const [i, [frame, name]] of [...expected].reverse().slice(1).entries()) {
        await runCommand(session(), frameTab, 'previous-name');
        await check(frame, name, `previous #${i + 1}`);
      }
    } finally {
      await frames.close();
    }
  });

  it('WCAG 1.4.13: a hover card is dismissible with Escape without moving the pointer, and stays closed', async () => {
    await reset(page);
    const at = await page.evaluate(pointOnHighlight, 0);
    await page.mouseMove(1, 1);
    await page.mouseMove(at!.x, at!.y);
    await waitForCard(page);
    await page.press('Escape');
    await waitFor(() => page.evaluate(openCard), (c) => c === null, { timeout: 2000, what: 'the card to close' });
    await sleep(800);
    expect(await page.evaluate(openCard)).toBeNull();
  });

  it('WCAG 1.4.13: the pointer can move onto the card and rest there, and the card persists until the pointer leaves both', async () => {
    await reset(page);
    const at = await page.evaluate(pointOnHighlight, 0);
    await page.mouseMove(1, 1);
    await page.mouseMove(at!.x, at!.y);
    const card = await waitForCard(page);
    // Its announcement (made as it shows, said a moment later) first; then none, whatever the pointer does.
    await waitForReader(page, (x) => x.live === announced(card.entity!), 'the announcement');
    await page.evaluate(countAnnouncements);
    // Resting on the name: it stays.
    await sleep(1500);
    expect(await page.evaluate(openCard)).not.toBeNull();
    // Onto the card, in small steps across the gap, and resting there.
    const target = { x: (card.rect.left + card.rect.right) / 2, y: card.rect.top + 30 };
    for (let i = 1; i <= 6; i++) await page.mouseMove(at!.x + ((target.x - at!.x) * i) / 6, at!.y + ((target.y - at!.y) * i) / 6);
    await sleep(1500);
    expect(await page.evaluate(openCard)).not.toBeNull();
    expect(await page.evaluate(announcements), 'no second announcement').toEqual([]);
    // Leaving both: it goes.
    await page.mouseMove(card.rect.right + 40 < card.viewport.width ? card.rect.right + 40 : 2, card.viewport.height - 2);
    await waitFor(() => page.evaluate(openCard), (c) => c === null, { timeout: 2000, what: 'the card to close after the pointer left' });
  });

  it('touch: a tap on a name opens its card; a tap elsewhere or on the close button closes it', async () => {
    const touch = await touchscreen().with.session.newPage();
    try {
      await touch.goto(`${server().url}/test-pages/touch-links.html`);
      await waitForHighlights(touch);
      if (touchscreen().with.name === 'chromium') expect(await touch.evaluate(() => navigator.maxTouchPoints)).toBeGreaterThan(0);
      const name = (await touch.evaluate(pointOnWord, 'Vladimir Putin'))!;
      await touch.tap(name.x, name.y);
      let s = await waitForReader(touch, (x) => x.card?.entity === 'vladimir-putin', 'the card after a tap');
      await waitForReader(touch, (x) => x.live === announced('vladimir-putin'), 'the announcement');
      // Elsewhere: blank space at the end of the paragraph's line.
      const blank = await touch.evaluate(() => {
        const r = document.getElementById('plain')!.getBoundingClientRect();
        return { x: r.right - 4, y: r.top + r.height / 2 };
      });
      await touch.tap(blank.x, blank.y);
      await waitForReader(touch, (x) => x.card === null, 'the card to close after a tap elsewhere');
      await touch.tap(name.x, name.y);
      await waitForReader(touch, (x) => x.card !== null, 'the card again');
      const close = (await touch.evaluate(pointInCard, '.close'))!;
      await touch.tap(close.x, close.y);
      s = await waitForReader(touch, (x) => x.card === null, 'the card to close from its close button');
      expect(s.card).toBeNull();
    } finally {
      await touch.close();
    }
  });

  it('touch: inside a link a tap and a long press do what they do without Summit Lens, and open no card', async () => {
    /** The page after a long press, then after a tap, on the name inside the link. */
    const outcome = async (s: BrowserSession) => {
      const touch = await s.newPage();
      try {
        await touch.goto(`${server().url}/test-pages/touch-links.html`);
        if (s.extensionBaseUrl) await waitForHighlights(touch);
        const linked = (await touch.evaluate(pointOnWord, 'Xi Jinping'))!;
        const read = () => touch.evaluate(() => ({ hash: location.hash, seen: (window as unknown as { seen: string[] }).seen.splice(0) }));
        await touch.longPress(linked.x, linked.y, 800);
        await sleep(600);
        const held = { ...(await read()), card: (await touch.evaluate(readerState)).card };
        await touch.evaluate(() => history.replaceState(null, '', location.pathname));
        const again = (await touch.evaluate(pointOnWord, 'Xi Jinping'))!;
        await touch.tap(again.x, again.y);
        await sleep(600);
        const tapped = { ...(await read()), card: (await touch.evaluate(readerState)).card };
        return { held, tapped };
      } finally {
        await touch.close();
      }
    };
    const withLens = await outcome(touchscreen().with.session);
    const without = await outcome(touchscreen().without.session);
    expect(withLens.held.card).toBeNull();
    expect(withLens.tapped.card).toBeNull();
    expect(withLens.tapped.hash, 'the tap followed the link').toBe('#far');
    expect({ held: { ...withLens.held, card: null }, tapped: { ...withLens.tapped, card: null } }).toEqual(without);
  });

  it('touch: the card fits a 360 px wide screen without sideways scrolling, and its targets are 24 × 24 px or more', async () => {
    const narrow = await touchscreen().with.session.newPage();
    try {
      await narrow.setViewport(360, 640);
      await narrow.goto(demoUrl());
      await waitForHighlights(narrow);
      for (const i of [0, 5]) {
        const at = (await narrow.evaluate(pointOnHighlight, i))!;
        await narrow.tap(at.x, at.y);
        await waitFor(() => narrow.evaluate(openCard), (c) => c?.entity === DEMO_MENTIONS[i]![1], { timeout: 3000, what: `the card for ${at.text}` });
        await sleep(300);
        const layout = (await narrow.evaluate(cardLayout))!;
        expect(layout.viewport).toBe(360);
        expect(layout.overflowX, 'sideways scrolling').toBe(0);
        expect(layout.card.left).toBeGreaterThanOrEqual(0);
        expect(layout.card.right).toBeLessThanOrEqual(360);
        expect(layout.targets).toBeGreaterThan(3);
        expect(layout.small).toEqual([]);
        const close = (await narrow.evaluate(pointInCard, '.close'))!;
        await narrow.tap(close.x, close.y);
        await waitFor(() => narrow.evaluate(openCard), (c) => c === null, { timeout: 2000, what: 'the card to close' });
      }
    } finally {
      await narrow.close();
    }
  });
}
