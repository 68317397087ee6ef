/**
 * Questions put to the extension itself (from a context with extension APIs),
 * about the tab showing `url`: the same messages the popup and benchmark use.
 */
import type { BrowserSession } from '../driver/types';
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
}

/** Sends `message` to the top frame of tab `tabId` and returns the answer. */
export function sendToTab(session: BrowserSession, tabId: number, message: object): Promise<unknown> {
  return session.evaluateInExtension(
    (id: number, msg: object) => {
      interface Api {
        tabs: { sendMessage(id: number, m: unknown, o?: object): Promise<unknown> };
      }
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      return (g.browser ?? g.chrome).tabs.sendMessage(id, msg, { frameId: 0 });
    },
    tabId,
    message,
  );
}

/** Sends `message` to the top frame of the tab showing `url` and returns the answer. */
export function askTab(session: BrowserSession, url: string, message: object): Promise<unknown> {
  return session.evaluateInExtension(
    async (tabUrl: string, msg: object) => {
      interface TabsApi {
        tabs: {
          query(q: object): Promise<{ id?: number; url?: string }[]>;
          sendMessage(id: number, m: unknown, o?: object): Promise<unknown>;
        };
      }
      const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      const api = g.browser ?? g.chrome;
      // Chromium hides tab URLs from an extension without the "tabs" permission
      // (which Summit Lens does not ask for): then the tab under test is the active one.
      const tabs = await api.tabs.query({});
      const tab =
        tabs.find((t) => t.url === tabUrl) ??
        (tabs.some((t) => t.url !== undefined) ? undefined : (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]);
      if (tab?.id === undefined) throw new Error(`No tab shows ${tabUrl}`);
      return api.tabs.sendMessage(tab.id, msg, { frameId: 0 });
    },
    url,
    message,
  );
}

export async function contentStats(session: BrowserSession, url: string): Promise<ContentStats> {
  return (await askTab(session, url, { type: 'summit-lens/get-stats' })) as ContentStats;
}
