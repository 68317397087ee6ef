/**
 * The Chrome DevTools Protocol for a page opened through the Chromium driver:
 * for measurements the driver's interface does not offer (Performance
 * metrics, heap, profiles). Chromium only.
 */
import type { Page } from 'playwright-core';
import { ChromiumSession } from './chromium.js';
import type { BrowserSession, TestPage } from './types.js';

export interface CdpSession {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** Subscribes to a CDP event; returns a function that unsubscribes. */
  on(event: string, listener: (params: Record<string, unknown>) => void): () => void;
  detach(): Promise<void>;
}

/** Opens a new page like session.newPage() and attaches a CDP session to it. */
export async function newPageWithCdp(session: BrowserSession): Promise<{ page: TestPage; cdp: CdpSession }> {
  if (!(session instanceof ChromiumSession)) throw new Error(`CDP needs a Chromium session (got ${session.name}).`);
  const page = await session.newPage();
  // Playwright types CDP methods and events by name; these callers name them by strings.
  const cdp = (await session.playwrightContext.newCDPSession((page as unknown as { page: Page }).page)) as unknown as {
    send(method: string, params?: Record<string, unknown>): Promise<never>;
    on(event: string, listener: (params: Record<string, unknown>) => void): void;
    off(event: string, listener: (params: Record<string, unknown>) => void): void;
    detach(): Promise<void>;
  };
  return {
    page,
    cdp: {
      send: (method, params) => cdp.send(method, params),
      on: (event, listener) => (cdp.on(event, listener), () => cdp.off(event, listener)),
      detach: () => cdp.detach().catch(() => {}),
    },
  };
}

/** Performance.getMetrics as a name → value map (Performance.enable must have been sent). */
export async function performanceMetrics(cdp: CdpSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send<{ metrics: { name: string; value: number }[] }>('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** One node of Chromium's accessibility tree (the DevTools protocol's Accessibility.AXNode, the fields used here). */
export interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  description?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
  childIds?: string[];
}

/**
 * Chromium only: the page's accessibility tree, as the browser hands it to
 * screen readers (roles, names, states; shadow trees included), not a
 * library's own reckoning of it.
 */
export async function accessibilityTree(cdp: CdpSession): Promise<AXNode[]> {
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send<{ nodes: AXNode[] }>('Accessibility.getFullAXTree');
  return nodes;
}
