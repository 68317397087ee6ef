/**
 * Every request Firefox reports through WebDriver BiDi's
 * network.beforeRequestSent: tabs (the popup opened as a moz-extension tab
 * included), their frames and content scripts. BiDi has no browsing context
 * for the extension's background page, so its requests are NOT here: the
 * recording proxy (tests/e2e/support/recording-proxy.ts) sees those.
 */
import type { BrowserSession, RequestRecord, RequestRecorder } from './types.js';

interface BiDi {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>;
  onEvent(listener: (method: string, params: Record<string, unknown>) => void): () => void;
}

interface TreeNode {
  context: string;
  url: string;
  children?: TreeNode[] | null;
}

function bidiOf(session: BrowserSession): BiDi {
  const bidi = (session as unknown as { bidi?: BiDi }).bidi;
  if (session.name !== 'firefox' || !bidi) {
    throw new Error(`Request recording needs a Firefox session from tests/e2e/driver/firefox.ts (got ${session.name}).`);
  }
  return bidi;
}

const EVENTS = ['network.beforeRequestSent', 'browsingContext.contextCreated', 'browsingContext.navigationStarted'];

export async function recordFirefoxRequests(session: BrowserSession): Promise<RequestRecorder> {
  const bidi = bidiOf(session);
  // The URL each browsing context shows, to say which document asked.
  const urls = new Map<string, string>();
  const records: RequestRecord[] = [];
  const off = bidi.onEvent((method, params) => {
    const context = typeof params.context === 'string' ? params.context : null;
    if (method === 'network.beforeRequestSent') {
      const request = params.request as { url?: string; method?: string } | undefined;
      records.push({
        url: request?.url ?? '?',
        method: request?.method ?? '?',
        source: `page ${(context && urls.get(context)) ?? '?'}`,
      });
      // A top-level navigation: from now on the context shows that URL.
      if (context && params.navigation && request?.url) urls.set(context, request.url);
    } else if (context && typeof params.url === 'string') {
      urls.set(context, params.url);
    }
  });
  const { contexts } = await bidi.send<{ contexts: TreeNode[] }>('browsingContext.getTree', {});
  const walk = (nodes: TreeNode[]): void =>
    nodes.forEach((n) => {
      if (!urls.has(n.context)) urls.set(n.context, n.url);
      walk(n.children ?? []);
    });
  walk(contexts);
  const { subscription } = await bidi.send<{ subscription?: string }>('session.subscribe', { events: EVENTS });
  return {
    async stop() {
      off();
      await bidi
        .send('session.unsubscribe', subscription ? { subscriptions: [subscription] } : { events: EVENTS })
        .catch(() => {});
      return records;
    },
  };
}
