/**
 * Every request Chromium makes on behalf of a page (tabs, the popup opened
 * as a tab, frames, content scripts) or of a service worker, the extension's
 * included: Playwright's context-level "request" event covers both in
 * playwright-core 1.65 (service-worker requests carry request.serviceWorker();
 * PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK would turn that off).
 * Requests of the browser process itself (updates, sign-in) are not here,
 * nor those made before recording starts (a service worker's first run at
 * launch), nor fetches the extension's CSP stops before they are sent: the
 * recording proxy sees the first two; the third never reaches the network.
 */
import type { BrowserContext, Request } from 'playwright-core';
import type { BrowserSession, RequestRecord, RequestRecorder } from './types.js';

function contextOf(session: BrowserSession): BrowserContext {
  const context = (session as unknown as { playwrightContext?: BrowserContext }).playwrightContext;
  if (session.name !== 'chromium' || !context) {
    throw new Error(`Request recording needs a Chromium session from tests/e2e/driver/chromium.ts (got ${session.name}).`);
  }
  return context;
}

function sourceOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service-worker ${worker.url()}`;
  try {
    return `page ${request.frame().url()}`;
  } catch {
    return 'page ?'; // a request whose frame is already gone
  }
}

export async function recordChromiumRequests(session: BrowserSession): Promise<RequestRecorder> {
  const context = contextOf(session);
  if (process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK) {
    throw new Error('PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK is set: service-worker requests would go unrecorded.');
  }
  const records: RequestRecord[] = [];
  const onRequest = (request: Request): void => {
    records.push({ url: request.url(), method: request.method(), source: sourceOf(request) });
  };
  context.on('request', onRequest);
  return {
    async stop() {
      context.off('request', onRequest);
      return records;
    },
  };
}
