/**
 * Recording the requests a browser makes from inside it (per context), in
 * either browser. What each can and cannot see is written at the top of
 * chromium-network.ts and firefox-network.ts; a recording proxy
 * (tests/e2e/support/recording-proxy.ts) covers the rest.
 */
import { recordChromiumRequests } from './chromium-network.js';
import { recordFirefoxRequests } from './firefox-network.js';
import type { BrowserSession, RequestRecorder } from './types.js';

export type { RequestRecord, RequestRecorder } from './types.js';

export function recordRequests(session: BrowserSession): Promise<RequestRecorder> {
  return session.name === 'chromium' ? recordChromiumRequests(session) : recordFirefoxRequests(session);
}
