/**
 * Questions put to the extension itself (from a context with extension APIs),
 * about the tab showing `url`: the same messages the popup and benchmark use.
 */
import type { BrowserSession } from '../driver/types';
import { WAKE_KEY } from '../../../src/common/content-wake';
import type { ScannerSizes } from '../../../src/content/page-scanner';

export interface ContentStats {
  mentions: number;
  errors: number;
  initialWorkMs: number;
  longestSliceMs: number;
  /** performance.now() when the initial scan finished; -1 before. */
  initialDoneAt: number;
  mutationFlushes: number;
  mutationRecords: number;
  /** What the scanner holds now. */
  sizes: ScannerSizes;
  /** Slices of the content script's walk for names before it loaded the reader. */
  gateSlices: number;
  /** The reader was started by a question, before any name was seen. */
  woken: boolean;
}

/**
 * Runs in the extension (self-contained): sends `msg` to the top frame of tab
 * `id`, waking its content script first when it does not listen yet (a page
 * without names listens only once woken: src/common/content-wake.ts, whose
 * WAKE_KEY is `key`).
 */
export async function sendWaking(id: number, msg: unknown, key: string): Promise<unknown> {
  interface Api {
    tabs: { sendMessage(id: number, m: unknown, o?: object): Promise<unknown> };
    scripting: { executeScript(i: object): Promise<{ result?: unknown }[]> };
  }
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  try {
    return await api.tabs.sendMessage(id, msg, { frameId: 0 });
  } catch (err) {
    const woke = await api.scripting
      .executeScript({
        target: { tabId: id, frameIds: [0] },
        func: async (k: string) => {
          const hook = (globalThis as Record<string, unknown>)[k];
          return typeof hook === 'function' && (await hook()) === true;
        },
        args: [key],
      })
      .then((r) => r[0]?.result === true)
      .catch(() => false);
    if (!woke) throw err;
    return api.tabs.sendMessage(id, msg, { frameId: 0 });
  }
}

/** Sends `message` to the top frame of tab `tabId` (waking its content script) and returns the answer. */
export function sendToTab(session: BrowserSession, tabId: number, message: object): Promise<unknown> {
  return session.evaluateInExtension(sendWaking, tabId, message, WAKE_KEY);
}

/** The ids of every tab. */
export function allTabIds(session: BrowserSession): Promise<number[]> {
  return session.evaluateInExtension(async () => {
    interface Api {
      tabs: { query(q: object): Promise<{ id?: number }[]> };
    }
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (await (g.browser ?? g.chrome).tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

/** Sends `message` to the top frame of the tab showing `url` and returns the answer. */
export async function askTab(session: BrowserSession, url: string, message: object): Promise<unknown> {
  const id = await session.evaluateInExtension(async (tabUrl: string) => {
    interface TabsApi {
      tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    }
    const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const api = g.browser ?? g.chrome;
    // Chromium hides tab URLs from an extension without the "tabs" permission
    // (which Summit Lens does not ask for): then the tab under test is the active one.
    const tabs = await api.tabs.query({});
    const tab =
      tabs.find((t) => t.url === tabUrl) ??
      (tabs.some((t) => t.url !== undefined) ? undefined : (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]);
    return tab?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`No tab shows ${url}`);
  return sendToTab(session, id, message);
}

export async function contentStats(session: BrowserSession, url: string): Promise<ContentStats> {
  return (await askTab(session, url, { type: 'summit-lens/get-stats' })) as ContentStats;
}
