/**
 * The Chrome DevTools Protocol for a page opened through the Chromium driver:
 * for measurements the driver's interface does not offer (Performance
 * metrics, heap, profiles). Chromium only; the driver itself is unchanged.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { BrowserSession, TestPage } from './types.js';

export interface CdpSession {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** Subscribes to a CDP event; returns a function that unsubscribes. */
  on(event: string, listener: (params: Record<string, unknown>) => void): () => void;
  detach(): Promise<void>;
}

export interface CdpPage {
  page: TestPage;
  cdp: CdpSession;
}

/** The Playwright context behind a Chromium session (ChromiumSession.playwrightContext). */
function contextOf(session: BrowserSession): BrowserContext {
  const context = (session as unknown as { playwrightContext?: BrowserContext }).playwrightContext;
  if (session.name !== 'chromium' || !context) {
    throw new Error(`CDP needs a Chromium session from tests/e2e/driver/chromium.ts (got ${session.name}).`);
  }
  return context;
}

function wrap(cdp: CDPSession): CdpSession {
  return {
    send: <T>(method: string, params?: Record<string, unknown>) =>
      (cdp.send as (m: string, p?: Record<string, unknown>) => Promise<unknown>)(method, params) as Promise<T>,
    on(event, listener) {
      const l = listener as (p: unknown) => void;
      (cdp as unknown as { on(e: string, l: (p: unknown) => void): void }).on(event, l);
      return () => (cdp as unknown as { off(e: string, l: (p: unknown) => void): void }).off(event, l);
    },
    detach: () => cdp.detach().catch(() => {}),
  };
}

/** Opens a new page like session.newPage() and attaches a CDP session to it. */
export async function newPageWithCdp(session: BrowserSession): Promise<CdpPage> {
  const context = contextOf(session);
  const before = new Set<Page>(context.pages());
  const page = await session.newPage();
  const opened = context.pages().filter((p) => !before.has(p));
  if (opened.length !== 1) throw new Error(`newPageWithCdp: expected one new page, found ${opened.length}.`);
  const cdp = await context.newCDPSession(opened[0]!);
  return { page, cdp: wrap(cdp) };
}

/** Performance.getMetrics as a name → value map (Performance.enable must have been sent). */
export async function performanceMetrics(cdp: CdpSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send<{ metrics: { name: string; value: number }[] }>('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}
