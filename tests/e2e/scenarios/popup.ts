/**
 * The toolbar popup, and what the background does for it: search, "On this
 * page" with its jump, the site switch and highlight style, the toolbar badge,
 * the context-menu lookup and the keyboard command; and screenshots of the
 * popup in light and dark.
 *
 * Headless browsers have no toolbar button to click, so the popup page is
 * opened as a tab of its own, `popup.html?tab=<id>`, naming the tab under
 * test (src/popup/page-link.ts reads that parameter; without it the popup
 * would take itself for "the active tab").
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSearch } from '../../../src/core/search';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import { dataset } from '../../../src/data/entities';
import type { BrowserSession, TestPage } from '../driver/types';
import { artifactPath, waitFor, waitForCard, waitForHighlights, type BrowserUnderTest, type Server } from '../support/harness';
import { highlightCount, openCard } from '../support/page-probes';
import { allTabIds, sendToTab } from '../support/extension-probes';
import { DEMO_MENTIONS } from './expected-demo-mentions';

const coreSearch = createSearch(dataset);
const nameOf = new Map(dataset.entities.map((e) => [e.id, e.name]));

// ---------------------------------------------------------------------------
// From a context with the extension's APIs (its service worker in Chromium,
// an extension tab in Firefox): see BrowserSession.evaluateInExtension.

interface PageSummary {
  url: string;
  counts: [string, number][];
}

/**
 * The id of the tab whose content script reports `url` as its page. Every tab
 * is asked, since Chromium hides tab URLs (and titles) from an extension
 * without the "tabs" permission; the content script knows its own location.
 */
export async function tabIdOf(session: BrowserSession, url: string): Promise<number> {
  const id = await waitFor(
    async () => {
      for (const tab of await allTabIds(session)) {
        const summary = (await sendToTab(session, tab, { type: 'summit-lens/get-page-summary' }).catch(() => null)) as { url?: string } | null;
        if (summary?.url === url) return tab;
      }
      return -1;
    },
    (n) => n >= 0,
    { timeout: 10_000, interval: 200, what: `the content script of ${url} to answer` },
  );
  return id;
}

async function pageSummary(session: BrowserSession, tabId: number): Promise<PageSummary> {
  return (await sendToTab(session, tabId, { type: 'summit-lens/get-page-summary' })) as PageSummary;
}

function badgeText(session: BrowserSession, tabId: number): Promise<string> {
  return session.evaluateInExtension((id: number) => {
    interface Api {
      action: { getBadgeText(d: object): Promise<string> };
    }
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).action.getBadgeText({ tabId: id });
  }, tabId);
}

/** Writes `settings` where the extension keeps them (storage.sync, key "settings"). */
async function writeSettings(session: BrowserSession, settings: Settings): Promise<void> {
  await session.evaluateInExtension(async (s: object) => {
    interface Api {
      storage: { sync: { set(items: object): Promise<void> } };
    }
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    await (g.browser ?? g.chrome).storage.sync.set({ settings: s });
  }, settings as unknown as object);
}

/**
 * Whether a context-menu item with this id exists. Neither browser can list
 * an extension's menu items (no getter in chrome.contextMenus, nor in
 * Firefox's browser.menus), but `update(id, {})` changes nothing and fails
 * exactly when there is no such item.
 */
function menuItemExists(session: BrowserSession, id: string): Promise<boolean> {
  return session.evaluateInExtension(async (menuId: string) => {
    interface Api {
      contextMenus: { update(id: string, p: object): Promise<void> };
    }
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    try {
      await (g.browser ?? g.chrome).contextMenus.update(menuId, {});
      return true;
    } catch {
      return false;
    }
  }, id);
}

interface CommandInfo {
  name?: string;
  description?: string;
  shortcut?: string;
}

function commands(session: BrowserSession): Promise<CommandInfo[]> {
  return session.evaluateInExtension(async () => {
    interface Api {
      commands: { getAll(): Promise<CommandInfo[]> };
    }
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const all = await (g.browser ?? g.chrome).commands.getAll();
    return all.map((c) => ({ name: c.name, description: c.description, shortcut: c.shortcut }));
  });
}

// ---------------------------------------------------------------------------
// In the popup page (self-contained: sent as source text).

interface SearchState {
  /** The search box is there (the app has rendered). */
  ready: boolean;
  value: string;
  results: string[];
  active: string | null;
  empty: boolean;
  status: string;
  card: { entity: string | null; heading: string | null } | null;
  focus: string;
}

function searchState(): SearchState {
  const input = document.querySelector<HTMLInputElement>('input[type=search]');
  const list = document.getElementById('search-results');
  const card = document.querySelector('#card [data-entity]');
  const active = input?.getAttribute('aria-activedescendant');
  const focused = document.activeElement;
  return {
    ready: input !== null,
    value: input?.value ?? '',
    results: list && !list.hidden ? [...list.querySelectorAll('[data-entity]')].map((e) => e.getAttribute('data-entity') ?? '') : [],
    active: active ? (document.getElementById(active)?.getAttribute('data-entity') ?? null) : null,
    empty: document.querySelector('.view--search .empty') !== null,
    status: document.querySelector('.view--search [role=status]')?.textContent ?? '',
    card: card ? { entity: card.getAttribute('data-entity'), heading: card.querySelector('h1, h2, h3')?.textContent?.trim() ?? null } : null,
    focus: focused === input ? 'search' : (focused?.closest('[data-entity]')?.getAttribute('data-entity') ?? focused?.localName ?? ''),
  };
}

/** The centre of the first element matching `selector`, scrolled into view; null when there is none or it is hidden. */
export function centreOf(selector: string): { x: number; y: number } | null {
  const el = document.querySelector(selector);
  if (!el || !(el as HTMLElement).checkVisibility?.()) return null;
  el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

interface PageRows {
  status: string;
  rows: [string, number][];
  badge: string | null;
}

export function thisPageRows(): PageRows {
  const view = document.querySelector('.view--this-page');
  return {
    status: view?.querySelector('[aria-busy]') ? 'loading' : view?.querySelector('.rows') ? 'ok' : (view?.textContent ?? '').slice(0, 80),
    rows: [...(view?.querySelectorAll<HTMLElement>('.rows [data-id]') ?? [])].map((li) => [li.dataset.id ?? '', Number(li.querySelector('.count')?.textContent)]),
    badge: document.querySelector('[data-view="this-page"] .nav__badge')?.textContent ?? null,
  };
}

interface SettingsState {
  site: { checked: boolean; disabled: boolean; label: string } | null;
  style: string | null;
}

function settingsState(): SettingsState {
  const site = document.querySelector<HTMLInputElement>('#set-site');
  return {
    site: site
      ? { checked: site.checked, disabled: site.disabled, label: document.querySelector('label[for="set-site"] .setting__label')?.textContent ?? '' }
      : null,
    style: document.querySelector<HTMLInputElement>('input[name="highlight-style"]:checked')?.value ?? null,
  };
}

// ---------------------------------------------------------------------------
// In the demo page.

interface Registries {
  underline: number;
  background: number;
  flash: string[];
  scrollY: number;
}

function registries(): Registries {
  const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const text = (r: AbstractRange) => {
    const x = document.createRange();
    x.setStart(r.startContainer, r.startOffset);
    x.setEnd(r.endContainer, r.endOffset);
    return x.toString();
  };
  return {
    underline: reg.get('summit-lens-underline')?.size ?? -1,
    background: reg.get('summit-lens-background')?.size ?? -1,
    flash: [...(reg.get('summit-lens-flash') ?? [])].map(text),
    scrollY: Math.round(scrollY),
  };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Selects the first visible occurrence of `word` (as a reader would before right-clicking) and returns its box. */
export function selectWord(word: string): Box | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(word);
    if (at < 0) continue;
    const r = document.createRange();
    r.setStart(n, at);
    r.setEnd(n, at + word.length);
    r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const b = [...r.getClientRects()].find((x) => x.width > 0 && x.height > 0);
    if (!b) continue;
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  }
  return null;
}

interface NoticeInfo {
  text: string;
  role: string | null;
  visible: boolean;
}

function openNotice(): NoticeInfo | null {
  const notice = document.querySelector('summit-lens-ui')?.shadowRoot?.querySelector<HTMLElement>('.notice');
  if (!notice) return null;
  const visible = notice.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && notice.getBoundingClientRect().width > 0;
  return { text: notice.textContent ?? '', role: notice.getAttribute('role'), visible };
}

// ---------------------------------------------------------------------------

export async function clickOn(page: TestPage, selector: string): Promise<void> {
  const at = await waitFor(() => page.evaluate(centreOf, selector), (p) => p !== null, { timeout: 5000, what: `${selector} to show` });
  await page.click(at!.x, at!.y);
}

/** Clears the search box with Escape (never on an empty box: that closes the popup). */
async function clearSearch(popup: TestPage): Promise<void> {
  if ((await popup.evaluate(searchState)).value === '') return;
  await popup.press('Escape');
  await waitFor(() => popup.evaluate(searchState), (s) => s.value === '', { timeout: 2000, what: 'the search box to clear' });
}

/** Types `query` into the (emptied) search box and returns the settled state. */
export async function searchFor(popup: TestPage, query: string): Promise<SearchState> {
  await clearSearch(popup);
  await popup.type(query);
  return waitFor(
    () => popup.evaluate(searchState),
    (s) => s.value === query && (s.results.length > 0 || s.empty),
    { timeout: 3000, what: `the results for "${query}"` },
  );
}

export async function openPopup(session: BrowserSession, tabId: number): Promise<TestPage> {
  const page = await session.newPage();
  await page.setViewport(360, 560);
  await page.goto(`${session.extensionBaseUrl}popup.html?tab=${tabId}`);
  await waitFor(() => page.evaluate(searchState), (s) => s.ready, { timeout: 5000, what: 'the popup to render' });
  return page;
}

export async function showView(popup: TestPage, view: string): Promise<void> {
  await clickOn(popup, `[data-view="${view}"]`);
  await waitFor(
    () => popup.evaluate((v: string) => document.querySelector(`[data-view="${v}"]`)?.getAttribute('aria-selected') === 'true' && !document.getElementById(v)?.hidden, view),
    (ok) => ok,
    { timeout: 2000, what: `the ${view} view` },
  );
}

/** Mentions per entity, counted from the hand-written list of the demo's names. */
function expectedDemoCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [, id] of DEMO_MENTIONS) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

const SEARCH_TABLE: [query: string, top: string][] = [
  ['putin', 'vladimir-putin'],
  ['Путин', 'vladimir-putin'],
  ['习近平', 'xi-jinping'],
  ['Poutine', 'vladimir-putin'],
  ['erdogan', 'recep-tayyip-erdogan'],
  ['Erdoğan', 'recep-tayyip-erdogan'],
  ['erdogn', 'recep-tayyip-erdogan'],
  ['kaz', 'kazakhstan'],
];

export function popupScenarios(browser: () => BrowserUnderTest, server: () => Server, darkBrowser: () => BrowserUnderTest): void {
  let demo: TestPage;
  let popup: TestPage;
  let demoTab: number;
  let highlights: number;
  const demoUrl = () => `${server().url}/demo/?popup`;
  const session = () => browser().session;

  // One demo tab and one popup tab for every scenario but the screenshots.
  beforeAll(async () => {
    demo = await session().newPage();
    await demo.goto(demoUrl());
    highlights = await waitForHighlights(demo);
    demoTab = await tabIdOf(session(), demoUrl());
    popup = await openPopup(session(), demoTab);
  });

  afterAll(async () => {
    // Whatever failed, leave the settings as a fresh install has them.
    await writeSettings(session(), defaultSettings()).catch(() => {});
    await popup?.close().catch(() => {});
    await demo?.close().catch(() => {});
  });

  it('answers searches in any language and script, by typing into the popup', async () => {
    expect(highlights).toBe(DEMO_MENTIONS.length);
    await clickOn(popup, 'input[type=search]');

    const failures: string[] = [];
    for (const [query, top] of SEARCH_TABLE) {
      const s = await searchFor(popup, query);
      // The popup lists exactly what the search module ranks, in its order.
      const want = coreSearch(query).map((r) => r.id);
      if (s.results[0] !== top || JSON.stringify(s.results) !== JSON.stringify(want)) {
        failures.push(`"${query}": got ${JSON.stringify(s.results)}, want ${top} first of ${JSON.stringify(want)}`);
      }
      if (s.active !== top) failures.push(`"${query}": active option ${s.active}, want ${top}`);
    }
    expect(failures).toEqual([]);

    // A word of the article's text: the leaders whose meeting was about grain come first
    // (their facts about it are relations: the meeting of the two).
    const grain = await searchFor(popup, 'grain');
    const first = dataset.entities.find((e) => e.id === grain.results[0]);
    expect(first?.kind).toBe('leader');
    expect([...first!.facts, ...first!.relations].some((f) => /\bgrain\b/i.test(f.text))).toBe(true);
    expect(grain.results.slice(0, 2).sort()).toEqual(['recep-tayyip-erdogan', 'vladimir-putin']);

    const none = await searchFor(popup, 'qwertzuiop');
    expect(none.results).toEqual([]);
    expect(none.empty).toBe(true);
    expect(none.status).toContain('qwertzuiop');
  });

  it('opens a result with Down and Enter, and Escape goes back, then clears', async () => {
    const s = await searchFor(popup, 'president');
    expect(s.results.length).toBeGreaterThan(2);
    expect(s.active).toBe(s.results[0]);
    await popup.press('ArrowDown');
    await waitFor(() => popup.evaluate(searchState), (x) => x.active === s.results[1], { timeout: 2000, what: 'the second option to be active' });
    await popup.press('Enter');
    const opened = await waitFor(() => popup.evaluate(searchState), (x) => x.card !== null, { timeout: 2000, what: 'the card' });
    expect(opened.card).toEqual({ entity: s.results[1], heading: nameOf.get(s.results[1]!) });
    expect(await popup.evaluate(() => document.getElementById('search')?.hidden)).toBe(true);

    // Escape: back to the results, the caret in the box, the query kept.
    await popup.press('Escape');
    const back = await waitFor(() => popup.evaluate(searchState), (x) => x.card === null && x.focus === 'search', { timeout: 2000, what: 'the search view to come back' });
    expect(back.value).toBe('president');
    expect(back.results).toEqual(s.results);
    // Escape again: the query is cleared (a third would close the popup).
    await popup.press('Escape');
    const cleared = await waitFor(() => popup.evaluate(searchState), (x) => x.value === '', { timeout: 2000, what: 'the query to clear' });
    expect(cleared.results).toEqual([]);
    const introShown = () => {
      const intro = document.querySelector<HTMLElement>('.view--search .intro');
      return intro !== null && !intro.hidden && intro.getBoundingClientRect().height > 0;
    };
    expect(await popup.evaluate(introShown)).toBe(true);
    await popup.type('p');
    await waitFor(() => popup.evaluate(searchState), (x) => x.results.length > 0, { timeout: 2000, what: 'results for "p"' });
    expect(await popup.evaluate(introShown)).toBe(false);
  });

  it('Escape pressed as the card opens closes it, and the query survives', async () => {
    // No wait between the keys: Escape may arrive before the card's first
    // paint. It must still go to the card, not to the search box behind it,
    // whose default for Escape is the browser's "clear this search field".
    const s = await searchFor(popup, 'president');
    await popup.press('Enter');
    await popup.press('Escape');
    const back = await waitFor(() => popup.evaluate(searchState), (x) => x.card === null && x.focus === 'search', { timeout: 2000, what: 'the search view to come back' });
    expect(back.value).toBe('president');
    expect(back.results).toEqual(s.results);
    // And no card opens late.
    await new Promise((r) => setTimeout(r, 200));
    expect((await popup.evaluate(searchState)).card).toBeNull();
  });

  it('lists the names on the page with the counts the content script and the article give', async () => {
    await showView(popup, 'this-page');
    const shown = await waitFor(() => popup.evaluate(thisPageRows), (p) => p.status === 'ok', { timeout: 5000, what: 'the page summary' });
    const summary = await pageSummary(session(), demoTab);
    expect(summary.url).toBe(demoUrl());
    expect(shown.rows).toEqual(summary.counts);
    expect(shown.badge).toBe(String(summary.counts.length));
    // Independently: the hand-written list of the article's names.
    expect(new Map(shown.rows)).toEqual(expectedDemoCounts());
  });

  it('jumps to a name on the page: the page scrolls and flashes a mention of it', async () => {
    // The entity whose first mention comes last in the article: surely below the fold.
    const firstAt = new Map<string, number>();
    DEMO_MENTIONS.forEach(([, id], i) => firstAt.has(id) || firstAt.set(id, i));
    const target = [...firstAt].sort((a, b) => b[1] - a[1])[0]![0];
    const texts = new Set(DEMO_MENTIONS.filter(([, id]) => id === target).map(([t]) => t));

    await demo.evaluate(() => scrollTo(0, 0));
    const before = await demo.evaluate(registries);
    expect(before.scrollY).toBe(0);
    await clickOn(popup, `.rows [data-id="${target}"] .row__main`);
    const after = await waitFor(() => demo.evaluate(registries), (r) => r.flash.length > 0, { timeout: 3000, what: `the flash on ${target}` });
    expect(after.scrollY).toBeGreaterThan(0);
    expect(after.flash).toHaveLength(1);
    expect(texts.has(after.flash[0]!), `flashed "${after.flash[0]}", a mention of ${target}?`).toBe(true);
  });

  it('sets the toolbar badge to the number of distinct names on the page', async () => {
    const summary = await pageSummary(session(), demoTab);
    expect(summary.counts.length).toBe(expectedDemoCounts().size);
    await waitFor(() => badgeText(session(), demoTab), (t) => t === String(summary.counts.length), {
      timeout: 5000,
      what: `the badge to read ${summary.counts.length}`,
    });
  });

  it('shows no badge for a page without names, after a page with names in the same tab', async () => {
    const page = await session().newPage();
    try {
      const withNames = `${server().url}/demo/?badge`;
      await page.goto(withNames);
      const tab = await tabIdOf(session(), withNames);
      const named = await pageSummary(session(), tab);
      expect(named.counts.length).toBeGreaterThan(0);
      await waitFor(() => badgeText(session(), tab), (t) => t === String(named.counts.length), { timeout: 5000, what: 'the badge on the demo' });

      const without = `${server().url}/test-pages/no-names.html`;
      await page.goto(without);
      expect(await tabIdOf(session(), without)).toBe(tab);
      expect((await pageSummary(session(), tab)).counts).toEqual([]);
      // The content script sends nothing for a page without names: the browser cleared the badge on navigation.
      expect(await badgeText(session(), tab)).toBe('');
    } finally {
      await page.close();
    }
  });

  it('turns the site off and on from Settings, and switches the highlight style', async () => {
    await showView(popup, 'settings');
    const initial = await waitFor(() => popup.evaluate(settingsState), (s) => s.site !== null, { timeout: 3000, what: 'the settings' });
    expect(initial.site).toMatchObject({ checked: true, disabled: false });
    expect(initial.site!.label).toContain('127.0.0.1');
    expect(initial.style).toBe('underline');

    // Off for this site: no highlight left, and the badge empties.
    await clickOn(popup, '#set-site');
    await waitFor(() => popup.evaluate(settingsState), (s) => s.site?.checked === false, { timeout: 2000, what: 'the switch to turn off' });
    await waitFor(() => demo.evaluate(registries), (r) => r.underline <= 0 && r.background <= 0, { timeout: 5000, what: 'the highlights to go' });
    await waitFor(() => badgeText(session(), demoTab), (t) => t === '', { timeout: 5000, what: 'the badge to empty' });

    // On again: every highlight is back.
    await clickOn(popup, '#set-site');
    await waitFor(() => popup.evaluate(settingsState), (s) => s.site?.checked === true, { timeout: 2000, what: 'the switch to turn on' });
    await waitFor(() => demo.evaluate(highlightCount), (n) => n > 0, { timeout: 5000, what: 'the highlights to return' });
    expect(await waitForHighlights(demo)).toBe(highlights);

    // Background style: the same ranges, under the other name.
    await clickOn(popup, '.segmented__item:has(input[value="background"])');
    const bg = await waitFor(() => demo.evaluate(registries), (r) => r.background > 0, { timeout: 5000, what: 'the background registry' });
    expect(bg).toMatchObject({ background: highlights, underline: -1 });

    // Back to the defaults, written as storage: the page and the popup both follow.
    await writeSettings(session(), defaultSettings());
    const restored = await waitFor(() => demo.evaluate(registries), (r) => r.underline === highlights, { timeout: 5000, what: 'the underline registry' });
    expect(restored.background).toBe(-1);
    await waitFor(() => popup.evaluate(settingsState), (s) => s.style === 'underline', { timeout: 2000, what: 'the popup to follow' });
  });

  it('registers the "Look up" context menu and the keyboard command', async () => {
    // Control first: the probe does tell a missing item from an existing one.
    expect(await menuItemExists(session(), 'no-such-item')).toBe(false);
    expect(await menuItemExists(session(), 'summit-lens-lookup')).toBe(true);
    const command = (await commands(session())).find((c) => c.name === 'toggle-highlighting');
    expect(command?.description).toBeTruthy();
    expect(command?.shortcut).toBe('Alt+Shift+U');
  });

  it('shows the card for a selected name looked up from the context menu, a notice for other words', async () => {
    // Headless browsers cannot open or click native context menus: the test
    // starts at the message the background's contextMenus.onClicked handler
    // sends to the frame of the selection. The demo tab comes to the front,
    // as it would be when its reader right-clicks in it.
    await demo.mouseMove(1, 1);
    const sel = await demo.evaluate(selectWord, 'Samarkand');
    expect(sel).not.toBeNull();
    expect(await sendToTab(session(), demoTab, { type: 'summit-lens/lookup-selection', text: 'Samarkand' })).toBe(true);
    const card = await waitForCard(demo, 'samarkand');
    expect(card.heading).toBe(nameOf.get('samarkand'));
    // At the selection: just below or above it (a few pixels apart), overlapping it across.
    const below = card.rect.top >= sel!.bottom && card.rect.top - sel!.bottom <= 16;
    const above = card.rect.bottom <= sel!.top && sel!.top - card.rect.bottom <= 16;
    expect(below || above, `card ${JSON.stringify(card.rect)}, selection ${JSON.stringify(sel)}`).toBe(true);
    expect(card.rect.left < sel!.right && card.rect.right > sel!.left).toBe(true);
    await demo.press('Escape');
    await waitFor(() => demo.evaluate(openCard), (c) => c === null, { timeout: 2000, what: 'the card to close' });

    expect(await demo.evaluate(selectWord, 'Friday')).not.toBeNull();
    await sendToTab(session(), demoTab, { type: 'summit-lens/lookup-selection', text: 'Friday' });
    const notice = await waitFor(() => demo.evaluate(openNotice), (n) => n?.visible === true, { timeout: 3000, what: 'the notice' });
    expect(notice!.role).toBe('status');
    expect(notice!.text).toContain('Friday');
    expect(await demo.evaluate(openCard)).toBeNull();
    await demo.evaluate(() => window.getSelection()?.removeAllRanges());
  });

  it('pauses and resumes highlighting on the page with the keyboard command', async () => {
    // What the background's commands.onCommand handler sends to the active tab.
    expect(await sendToTab(session(), demoTab, { type: 'summit-lens/toggle-page' })).toBe(false);
    await waitFor(() => demo.evaluate(highlightCount), (n) => n <= 0, { timeout: 5000, what: 'the highlights to go' });
    expect(await sendToTab(session(), demoTab, { type: 'summit-lens/toggle-page' })).toBe(true);
    await waitFor(() => demo.evaluate(highlightCount), (n) => n > 0, { timeout: 5000, what: 'the highlights to return' });
    expect(await waitForHighlights(demo)).toBe(highlights);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`looks right in the ${theme} theme (screenshots)`, async () => {
      const b = theme === 'light' ? browser() : darkBrowser();
      const s = b.session;
      const shots: string[] = [];
      const shoot = async (page: TestPage, view: string) => {
        const file = artifactPath(`popup-${view}-${theme}-${b.name}.png`);
        // The pointer off every control (no hover style in the picture), and past any transition.
        await page.mouseMove(340, 30);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 250))));
        await page.screenshot(file);
        shots.push(file);
        // The README's pictures (docs/) are copied from here by hand: tests never write tracked files.
      };

      let page: TestPage | undefined;
      let target = demo;
      let targetTab = demoTab;
      try {
        if (theme === 'dark') {
          target = await s.newPage();
          await target.goto(demoUrl());
          await waitForHighlights(target);
          targetTab = await tabIdOf(s, demoUrl());
        }
        page = await openPopup(s, targetTab);
        const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
        expect(dark).toBe(theme === 'dark');

        await clickOn(page, 'input[type=search]');
        const results = await searchFor(page, 'pu');
        expect(results.results.length).toBeGreaterThan(0);
        await shoot(page, 'search');

        await page.press('Enter');
        await waitFor(() => page!.evaluate(searchState), (x) => x.card?.entity === results.results[0], { timeout: 2000, what: 'the card' });
        await shoot(page, 'card');
        await page.press('Escape');
        await waitFor(() => page!.evaluate(searchState), (x) => x.card === null, { timeout: 2000, what: 'the card to close' });

        await showView(page, 'this-page');
        await waitFor(() => page!.evaluate(thisPageRows), (p) => p.rows.length > 0, { timeout: 5000, what: 'the page summary' });
        await shoot(page, 'this-page');

        await showView(page, 'summit');
        await waitFor(() => page!.evaluate(() => document.querySelector('.view--summit svg') !== null), (ok) => ok, { timeout: 2000, what: 'the picture' });
        await shoot(page, 'summit');
      } finally {
        await page?.close();
        if (target !== demo) await target.close();
      }
      expect(shots).toHaveLength(4);
    });
  }
}
