/**
 * When storage.sync refuses the settings (here: its 100 KB quota is full),
 * the reader's choice is kept in storage.local, still applies on the page,
 * survives closing the popup and reloading the page, and the popup says it
 * is kept on this device only; once sync has room again, opening the popup
 * hands the settings back to sync.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/settings';
import { t } from '../../../src/common/ui/strings';
import type { BrowserSession, TestPage } from '../driver/types';
import { artifactPath, waitFor, waitForHighlights, type BrowserUnderTest, type Server } from '../support/harness';
import { clickOn, openPopup, showView, tabIdOf } from './popup';

const FILLER = 'summit-lens-test-filler-';

interface Stored {
  sync: unknown;
  local: unknown;
}

/** Area of the extension storage, by name, in a context with extension APIs (self-contained). */
type AreaName = 'sync' | 'local';

function storedSettings(session: BrowserSession): Promise<Stored> {
  return session.evaluateInExtension(async () => {
    interface Area {
      get(k: string): Promise<Record<string, unknown>>;
    }
    interface Api {
      storage: Record<AreaName, Area>;
    }
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    return { sync: (await api.storage.sync.get('settings')).settings, local: (await api.storage.local.get('settings')).settings };
  });
}

/**
 * Fills storage.sync until it refuses even a few bytes more, after removing
 * the settings (so that writing them needs room). Returns the error text.
 */
function fillSync(session: BrowserSession, prefix: string): Promise<string> {
  return session.evaluateInExtension(async (filler: string) => {
    interface Area {
      set(items: object): Promise<void>;
      remove(k: string | string[]): Promise<void>;
    }
    interface Api {
      storage: { sync: Area };
    }
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const sync = (g.browser ?? g.chrome).storage.sync;
    await sync.remove('settings');
    let refusal = '';
    let n = 0;
    for (const size of [7000, 1000, 100, 10]) {
      for (;;) {
        try {
          await sync.set({ [`${filler}${n}`]: 'x'.repeat(size) });
          n++;
        } catch (err) {
          refusal = String(err);
          break;
        }
      }
    }
    return refusal;
  }, prefix);
}

function clearFiller(session: BrowserSession, prefix: string): Promise<void> {
  return session.evaluateInExtension(async (filler: string) => {
    interface Area {
      get(k: null): Promise<Record<string, unknown>>;
      remove(k: string[]): Promise<void>;
    }
    interface Api {
      storage: { sync: Area };
    }
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const sync = (g.browser ?? g.chrome).storage.sync;
    await sync.remove(Object.keys(await sync.get(null)).filter((k) => k.startsWith(filler)));
  }, prefix);
}

function resetSettings(session: BrowserSession): Promise<void> {
  return session.evaluateInExtension(async (s: object) => {
    interface Area {
      set(items: object): Promise<void>;
      remove(k: string[]): Promise<void>;
    }
    interface Api {
      storage: { sync: Area; local: Area };
    }
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    await api.storage.local.remove(['settings', 'settingsSyncFailure']);
    await api.storage.sync.set({ settings: s });
  }, defaultSettings() as unknown as object);
}

/** The popup's "kept on this device only" notice, or null. */
function notSyncedNotice(): string | null {
  const notice = [...document.querySelectorAll('.notice[role=status]')].find((n) => n.closest('#settings'));
  return notice?.textContent ?? null;
}

/** The "synced where you are signed in" footnote, or null. */
function syncFootnote(): string | null {
  return document.querySelector('#settings .footnote')?.textContent ?? null;
}

function checkedStyle(): string | null {
  return document.querySelector<HTMLInputElement>('input[name="highlight-style"]:checked')?.value ?? null;
}

function styleOnPage(): string {
  const reg = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  return reg.has('summit-lens-background') ? 'background' : reg.has('summit-lens-underline') ? 'underline' : 'none';
}

export function settingsFallbackScenarios(browser: () => BrowserUnderTest, server: () => Server): void {
  const session = () => browser().session;
  const demoUrl = () => `${server().url}/demo/?settings-fallback`;
  let demo: TestPage;
  let tabId: number;

  beforeAll(async () => {
    demo = await session().newPage();
    await demo.goto(demoUrl());
    await waitForHighlights(demo);
    tabId = await tabIdOf(session(), demoUrl());
  });

  afterAll(async () => {
    // Whatever happened, leave storage as a fresh install has it.
    await clearFiller(session(), FILLER).catch(() => {});
    await resetSettings(session()).catch(() => {});
    await demo?.close().catch(() => {});
  });

  it('keeps a setting on this device when sync is full, says so, and syncs it once there is room', async () => {
    const refusal = await fillSync(session(), FILLER);
    expect(refusal, 'storage.sync refused a write once full').toMatch(/quota/i);

    // The reader changes the highlight style.
    let popup = await openPopup(session(), tabId);
    await showView(popup, 'settings');
    await clickOn(popup, '.segmented__item:has(input[value="background"])');
    const notice = await waitFor(() => popup.evaluate(notSyncedNotice), (n) => n !== null, { timeout: 5000, what: 'the not-synced notice' });
    expect(notice).toContain(t('set_not_synced'));
    expect(notice).toContain(t('set_not_synced_quota'));
    // It would contradict the notice.
    expect(await popup.evaluate(syncFootnote)).toBeNull();
    await popup.evaluate(() => document.querySelector('#settings .notice')?.scrollIntoView({ block: 'center' }));
    await popup.screenshot(artifactPath(`popup-settings-not-synced-${browser().name}.png`));
    await waitFor(() => demo.evaluate(styleOnPage), (s) => s === 'background', { timeout: 5000, what: 'the page to follow' });
    const stored = await storedSettings(session());
    expect(stored.sync).toBeUndefined();
    expect(stored.local).toMatchObject({ highlightStyle: 'background' });
    await popup.close();

    // Closed and opened again, the page reloaded: the choice holds, and the popup still says why.
    await demo.goto(demoUrl());
    await waitForHighlights(demo);
    expect(await demo.evaluate(styleOnPage)).toBe('background');
    popup = await openPopup(session(), tabId);
    await showView(popup, 'settings');
    expect(await popup.evaluate(checkedStyle)).toBe('background');
    await waitFor(() => popup.evaluate(notSyncedNotice), (n) => n !== null, { timeout: 5000, what: 'the notice after reopening' });
    await popup.close();

    // Room again: the popup hands the settings to sync when it opens.
    await clearFiller(session(), FILLER);
    popup = await openPopup(session(), tabId);
    await showView(popup, 'settings');
    await waitFor(() => storedSettings(session()), (s) => s.local === undefined, {
      timeout: 5000,
      what: 'the device copy to go to sync',
    });
    expect((await storedSettings(session())).sync).toMatchObject({ highlightStyle: 'background' });
    await waitFor(() => popup.evaluate(notSyncedNotice), (n) => n === null, { timeout: 5000, what: 'the notice to go' });
    expect(await popup.evaluate(syncFootnote)).toBe(t('set_sync_note'));
    expect(await demo.evaluate(styleOnPage)).toBe('background');
    await popup.close();
  });
}
