/**
 * Questions the benchmark puts to the extension's content script, from a
 * context with extension APIs (BrowserSession.evaluateInExtension). Chromium
 * hides tab URLs from an extension without the "tabs" permission, so a tab is
 * found by asking each one's content script which page it shows.
 */
import type { BrowserSession } from '../../tests/e2e/driver/types';
import type { ScannerSizes, ScanStats } from '../../src/content/page-scanner';

export type { ScannerSizes };
import type { HoverStats } from '../../src/content/hover-controller';

/** The content script's answer to { type: 'summit-lens/get-stats' }. */
export interface ContentStats extends ScanStats {
  scriptStartAt: number;
  /** performance.now() when the dictionary was compiled, and when the settings had arrived (absent from an older build). */
  dictionaryReadyAt?: number;
  settingsReadyAt?: number;
  mentions: number;
  /** What the scanner holds now (absent from an older build). */
  sizes?: ScannerSizes;
  hover: HoverStats;
}

interface TabsApi {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown, o?: object): Promise<unknown>;
  };
}

/** Runs in the extension: the id of the tab whose top frame's content script reports `url`, or -1. */
async function tabShowing(url: string): Promise<number> {
  const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
  const api = g.browser ?? g.chrome;
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined) continue;
    try {
      const summary = (await api.tabs.sendMessage(tab.id, { type: 'summit-lens/get-page-summary' }, { frameId: 0 })) as {
        url?: string;
      } | null;
      if (summary?.url === url) return tab.id;
    } catch {
      // No content script in that tab (yet).
    }
  }
  return -1;
}

/** Runs in the extension: the stats of the tab's top frame, or null when it does not answer. */
async function statsOf(tabId: number): Promise<unknown> {
  const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
  const api = g.browser ?? g.chrome;
  try {
    return await api.tabs.sendMessage(tabId, { type: 'summit-lens/get-stats' }, { frameId: 0 });
  } catch {
    return null;
  }
}

export function isContentStats(x: unknown): x is ContentStats {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  const nums = ['firstSliceEndAt', 'initialDoneAt', 'initialWorkMs', 'initialSlices', 'longestSliceMs', 'mutationFlushes', 'mutationWorkMs', 'longestFlushMs', 'scriptStartAt', 'mentions'];
  return nums.every((k) => typeof s[k] === 'number') && typeof s.hover === 'object' && s.hover !== null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Finds the content script of the tab showing `url` and returns its stats
 * once `ready` holds (polling every `intervalMs`), or throws after `timeoutMs`.
 */
export class StatsReader {
  private tabId = -1;

  constructor(private readonly session: BrowserSession) {}

  async read(url: string): Promise<ContentStats | null> {
    if (this.tabId < 0) this.tabId = await this.session.evaluateInExtension(tabShowing, url);
    if (this.tabId < 0) return null;
    const stats = await this.session.evaluateInExtension(statsOf, this.tabId);
    if (!isContentStats(stats)) {
      // The tab may have been replaced; look again next time.
      this.tabId = -1;
      return null;
    }
    return stats;
  }

  async waitFor(
    url: string,
    ready: (s: ContentStats) => boolean,
    { timeoutMs = 30_000, intervalMs = 50 } = {},
  ): Promise<ContentStats> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const last = await this.read(url);
      if (last && ready(last)) return last;
      if (Date.now() > until) {
        throw new Error(`The content script on ${url} was not ready within ${timeoutMs} ms (last stats: ${JSON.stringify(last)})`);
      }
      await sleep(intervalMs);
    }
  }
}
