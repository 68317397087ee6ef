/**
 * Questions the benchmark puts to the extension's content script, from a
 * context with extension APIs (BrowserSession.evaluateInExtension). Chromium
 * hides tab URLs from an extension without the "tabs" permission, so a tab is
 * found by asking each one's content script which page it shows. Asking
 * wakes a content script that does not listen yet (a page without names:
 * src/common/content-wake.ts), so the benchmark asks nothing while it
 * measures what a page costs (browser-bench.ts).
 */
import type { BrowserSession } from '../../tests/e2e/driver/types';
import { allTabIds, sendWaking } from '../../tests/e2e/support/extension-probes';
import { WAKE_KEY } from '../../src/common/content-wake';
import type { ScannerSizes, ScanStats } from '../../src/content/page-scanner';

export type { ScannerSizes };
import type { HoverStats } from '../../src/content/hover-controller';

/** The content script's answer to { type: 'summit-lens/get-stats' }. */
export interface ContentStats extends ScanStats {
  scriptStartAt: number;
  /** performance.now() when the dictionary was compiled, and when the settings had arrived (absent from an older build). */
  dictionaryReadyAt?: number;
  settingsReadyAt?: number;
  /** The content script's walk for names before it loaded the reader (absent from an older build). */
  gateWorkMs?: number;
  gateSlices?: number;
  /** When that walk last read all there was without finding anything (-1: never). */
  gateIdleAt?: number;
  /** The reader was started by a question (the benchmark's), not by a name. */
  woken?: boolean;
  mentions: number;
  /** What the scanner holds now (absent from an older build). */
  sizes?: ScannerSizes;
  hover: HoverStats;
}

/** The id of the tab whose top frame's content script reports `url`, or -1. */
async function tabShowing(session: BrowserSession, url: string): Promise<number> {
  for (const id of await allTabIds(session)) {
    const summary = (await statsOrSummary(session, id, 'summit-lens/get-page-summary')) as { url?: string } | null;
    if (summary?.url === url) return id;
  }
  return -1;
}

/** The answer of the tab's top frame (woken if it does not listen yet), or null when nothing there answers. */
function statsOrSummary(session: BrowserSession, tabId: number, type: string): Promise<unknown> {
  return session.evaluateInExtension(sendWaking, tabId, { type }, WAKE_KEY).catch(() => null);
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
    if (this.tabId < 0) this.tabId = await tabShowing(this.session, url);
    if (this.tabId < 0) return null;
    const stats = await statsOrSummary(this.session, this.tabId, 'summit-lens/get-stats');
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
