/**
 * Recording the requests a browser makes, from inside it, per context. What
 * each browser shows and leaves out is said below; a recording proxy
 * (tests/e2e/support/recording-proxy.ts) covers the rest.
 */
import type { Request } from 'playwright-core';
import { ChromiumSession } from './chromium.js';
import type { FirefoxSession } from './firefox.js';
import type { BrowserSession, RequestRecord, RequestRecorder } from './types.js';

export type { RequestRecord, RequestRecorder } from './types.js';

export function recordRequests(session: BrowserSession): Promise<RequestRecorder> {
  return session instanceof ChromiumSession ? recordChromiumRequests(session) : recordFirefoxRequests(session as FirefoxSession);
}

/**
 * Chromium: Playwright's context-level "request" event covers tabs (the popup
 * opened as a tab), frames, content scripts and service workers, the
 * extension's included (unless PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK is
 * set). Not here: the browser process's own requests and a service worker's
 * first run at launch (the proxy sees both), nor fetches the extension's CSP
 * stops before they are sent (they never reach the network).
 */
async function recordChromiumRequests({ playwrightContext: context }: ChromiumSession): Promise<RequestRecorder> {
  if (process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK) {
    throw new Error('PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK is set: service-worker requests would go unrecorded.');
  }
  const records: RequestRecord[] = [];
  const sourceOf = (request: Request): string => {
    const worker = request.serviceWorker();
    if (worker) return `service-worker ${worker.url()}`;
    try {
      return `page ${request.frame().url()}`;
    } catch {
      return 'page ?'; // a request whose frame is already gone
    }
  };
  const onRequest = (request: Request): void => {
    records.push({ url: request.url(), method: request.method(), source: sourceOf(request) });
  };
  context.on('request', onRequest);
  return {
    stop: async () => (context.off('request', onRequest), records),
  };
}

interface TreeNode {
  context: string;
  url: string;
  children?: TreeNode[] | null;
}

/**
 * Firefox: WebDriver BiDi's network.beforeRequestSent, for tabs (the popup
 * opened as a moz-extension tab included), their frames and content scripts.
 * BiDi has no browsing context for the extension's background page, so its
 * requests are NOT here: the recording proxy sees those. puppeteer, launched
 * without network events, follows a navigation's request once it sees one
 * and its goto() waits for that request's end: so how requests end is
 * subscribed to as well, and stop() must not come while a goto() is pending.
 */
async function recordFirefoxRequests({ bidi }: FirefoxSession): Promise<RequestRecorder> {
  // The URL each browsing context shows, to say which document asked.
  const urls = new Map<string, string>();
  const records: RequestRecord[] = [];
  const listened = ['network.beforeRequestSent', 'browsingContext.contextCreated', 'browsingContext.navigationStarted'];
  const offs = listened.map((event) =>
    bidi.on(event, (params) => {
      const context = typeof params.context === 'string' ? params.context : null;
      const request = params.request as { url?: string; method?: string } | undefined;
      if (!request) {
        if (context && typeof params.url === 'string') urls.set(context, params.url);
        return;
      }
      records.push({ url: request.url ?? '?', method: request.method ?? '?', source: `page ${(context && urls.get(context)) ?? '?'}` });
      // A top-level navigation: from now on the context shows that URL.
      if (context && params.navigation && request.url) urls.set(context, request.url);
    }),
  );
  const walk = (nodes: TreeNode[]): void =>
    nodes.forEach((n) => {
      if (!urls.has(n.context)) urls.set(n.context, n.url);
      walk(n.children ?? []);
    });
  walk((await bidi.send<{ contexts: TreeNode[] }>('browsingContext.getTree', {})).contexts);
  const events = [...listened, 'network.responseCompleted', 'network.fetchError'];
  const { subscription } = await bidi.send<{ subscription: string }>('session.subscribe', { events });
  return {
    async stop() {
      offs.forEach((off) => off());
      await bidi.send('session.unsubscribe', { subscriptions: [subscription] }).catch(() => {});
      return records;
    },
  };
}
