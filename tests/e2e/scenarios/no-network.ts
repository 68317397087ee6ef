/**
 * The extension sends no network request at all, from any of its contexts,
 * while it is used: a news page with names, cards on hover (their code is
 * loaded lazily), the popup (search, a card, a setting changed), the
 * context-menu lookup.
 *
 * Two records, because neither alone sees everything:
 * - Inside the browser (driver/network-recorder.ts), per context: every tab
 *   (the demo page and its content script, the popup tab) in both browsers,
 *   and the extension's service worker in Chromium.
 * - A recording proxy (support/recording-proxy.ts) that the browser sends
 *   EVERY request through, loopback included: it also sees Firefox's
 *   background page (BiDi cannot reach it) and the browser's own traffic, but
 *   cannot tell who asked.
 * The same browser without the extension (a baseline, behind a proxy of its
 * own) visits the same page: the extension's browser must ask the local
 * server for exactly what the baseline asks, and reach no other host but
 * those the baseline browser reaches by itself (see browserInternalHosts).
 *
 * An attempt the browser stops before it becomes a request (the extension
 * pages' CSP, connect-src 'none', stops any fetch of the popup or the
 * background) is in neither record: the first test checks that CSP.
 *
 * Extension-scheme URLs (chrome-extension://, moz-extension://: the popup's
 * files, the lazily imported card-ui.js) are served by the browser from the
 * installed package and never touch the network; they are allowed only when
 * they name a file of that package (dist/).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserName, TestPage } from '../driver/types';
import { recordRequests, type RequestRecord } from '../driver/network-recorder';
import { isLoopbackHost, startRecordingProxy, type ProxiedRequest, type RecordingProxy } from '../support/recording-proxy';
import { BrowserUnderTest, closeCard, distDir, sleep, waitFor, waitForCard, waitForHighlights, type Server } from '../support/harness';
import { openCard, pointOnHighlight } from '../support/page-probes';
import { sendToTab } from '../support/extension-probes';
import { clickOn, openPopup, selectWord, showView, tabIdOf } from './popup';

const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:']);
// Schemes the browser answers itself, from memory: never a request on the network.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** How many names to hover on the demo page (each opens a card). */
const HOVERS = 3;

/** Why a URL seen inside the browser is not allowed, or null when it is. */
function offence(url: string, allowedLoopbackUrls: Set<string>): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return null;
  if (EXTENSION_SCHEMES.has(parsed.protocol)) {
    // The host differs from extensionBaseUrl for card-ui.js (use_dynamic_url): the file is what matters.
    const file = path.join(distDir, decodeURIComponent(parsed.pathname));
    return file.startsWith(distDir + path.sep) && existsSync(file) ? null : 'an extension URL outside the package';
  }
  if (!isLoopbackHost(parsed.hostname.replace(/^\[|\]$/g, ''))) return 'a remote host';
  return allowedLoopbackUrls.has(stripHash(url)) ? null : 'a local URL the page without the extension does not ask for';
}

function stripHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/**
 * Hosts the baseline browser (no extension) reached by itself: its own
 * updates, sign-in, telemetry. Chromium 156 connects to update.googleapis.com
 * and accounts.google.com at start even with --disable-background-networking
 * and --disable-component-update. A request from the extension's browser to
 * one of these hosts is charged to the browser; to any other host, it fails
 * the test. The rule is by exact host, learnt from the baseline in the same
 * run (no list kept here), and applies only to the proxy's record, which
 * cannot name the requesting context; the in-browser record is not filtered.
 */
function browserInternalHosts(baseline: ProxiedRequest[]): Set<string> {
  return new Set(baseline.filter((r) => !isLoopbackHost(r.host)).map((r) => r.host));
}

/** The demo page as its reader uses it: names highlighted, a few hovered, each card opened and closed. */
async function readDemo(page: TestPage, url: string): Promise<number> {
  await page.goto(url);
  const highlights = await waitForHighlights(page);
  for (let i = 0; i < Math.min(HOVERS, highlights); i++) {
    const point = await page.evaluate(pointOnHighlight, i * 7);
    if (!point) continue;
    await page.mouseMove(1, 1);
    await page.mouseMove(point.x, point.y);
    await waitForCard(page);
    await closeCard(page);
  }
  return highlights;
}

function styleIn(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
    return reg.has('summit-lens-background') ? 'background' : reg.has('summit-lens-underline') ? 'underline' : 'none';
  });
}

function describeRecords(records: { method: string; url: string; source?: string }[]): string {
  return records.map((r) => `  ${r.method} ${r.url}${r.source ? `  (${r.source})` : ''}`).join('\n') || '  (none)';
}

export function noNetworkScenarios(name: BrowserName, server: () => Server): void {
  let proxy: RecordingProxy;
  let baselineProxy: RecordingProxy;
  let withExtension: BrowserUnderTest;
  let baseline: BrowserUnderTest;

  beforeAll(async () => {
    [proxy, baselineProxy] = await Promise.all([
      startRecordingProxy({ serve: [server().url] }),
      startRecordingProxy({ serve: [server().url] }),
    ]);
    withExtension = new BrowserUnderTest(name, { proxy: proxy.address });
    baseline = new BrowserUnderTest(name, { withoutExtension: true, proxy: baselineProxy.address });
    await Promise.all([withExtension.launch(), baseline.launch()]);
  });

  afterAll(async () => {
    await Promise.all([withExtension?.close(), baseline?.close()]);
    await Promise.all([proxy?.close(), baselineProxy?.close()]);
  });

  it("lets the extension's own pages and background connect nowhere (their CSP)", () => {
    const manifest = JSON.parse(readFileSync(path.join(distDir, 'manifest.json'), 'utf8')) as {
      content_security_policy?: { extension_pages?: string };
    };
    const directives = new Map(
      (manifest.content_security_policy?.extension_pages ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    // Images: the package and data: URLs only.
    expect(directives.get('img-src')?.every((v) => v === "'self'" || v === 'data:')).toBe(true);
  });

  it('sends no request from the page, its content script, the popup or the background while in use', async () => {
    const demoUrl = `${server().url}/demo/?no-network`;

    // The page as it is without the extension: what it asks of the local server.
    const plain = await baseline.session.newPage();
    await plain.goto(demoUrl);
    await sleep(1000); // late requests (the favicon) have their chance, as they do below
    await plain.close();

    const session = withExtension.session;
    const recorder = await recordRequests(session);
    let inBrowser: RequestRecord[];
    try {
      const demo = await session.newPage();
      const highlights = await readDemo(demo, demoUrl);
      expect(highlights).toBeGreaterThan(0);
      const tabId = await tabIdOf(session, demoUrl);

      // The popup: a search, a result's card, then a setting the page follows.
      const popup = await openPopup(session, tabId);
      await clickOn(popup, 'input[type=search]');
      await popup.type('putin');
      await waitFor(
        () => popup.evaluate(() => document.querySelectorAll('#search-results [data-entity]').length),
        (n) => n > 0,
        { timeout: 3000, what: 'search results' },
      );
      await popup.press('Enter');
      await waitFor(() => popup.evaluate(() => document.querySelector('#card [data-entity]') !== null), (ok) => ok, {
        timeout: 3000,
        what: 'the card in the popup',
      });
      await popup.press('Escape');
      await showView(popup, 'settings');
      await clickOn(popup, '.segmented__item:has(input[value="background"])');
      await waitFor(() => styleIn(demo), (s) => s === 'background', { timeout: 5000, what: 'the page to follow the setting' });
      await clickOn(popup, '.segmented__item:has(input[value="underline"])');
      await waitFor(() => styleIn(demo), (s) => s === 'underline', { timeout: 5000, what: 'the page to follow the setting back' });
      await popup.close();

      // The context-menu lookup, from the message the menu's handler sends.
      await demo.mouseMove(1, 1);
      expect(await demo.evaluate(selectWord, 'Samarkand')).not.toBeNull();
      // What the background's context-menu handler sends to the frame of the selection.
      expect(await sendToTab(session, tabId, { type: 'summit-lens/lookup-selection', text: 'Samarkand' })).toBe(true);
      await waitForCard(demo, 'samarkand');
      await closeCard(demo);
      expect(await demo.evaluate(openCard)).toBeNull();

      await sleep(1000); // anything sent late (a beacon, a timer) is still caught
      await demo.close();
    } finally {
      inBrowser = await recorder.stop();
    }

    const baselineRecords = baselineProxy.records();
    const pageUrls = new Set(baselineRecords.filter((r) => r.forwarded).map((r) => stripHash(r.url)));
    expect(pageUrls.has(demoUrl), `the baseline's proxy saw the page itself:\n${describeRecords(baselineRecords)}`).toBe(true);

    // The recorders do record: the page's own load is in each.
    expect(inBrowser.some((r) => stripHash(r.url) === demoUrl), `in-browser record:\n${describeRecords(inBrowser)}`).toBe(true);
    const proxied = proxy.records();
    expect(proxied.some((r) => r.forwarded && stripHash(r.url) === demoUrl), `proxy record:\n${describeRecords(proxied)}`).toBe(true);

    // 1. Inside the browser, per context: nothing filtered.
    const bad = inBrowser
      .map((r) => ({ ...r, why: offence(r.url, pageUrls) }))
      .filter((r) => r.why !== null)
      .map((r) => `  ${r.method} ${r.url}  (${r.source}): ${r.why}`);
    expect(bad, `requests seen inside the browser:\n${bad.join('\n')}`).toEqual([]);

    // 2. At the proxy, from any context: the local pages' requests exactly as without the extension,
    //    and no other host than those the browser reaches by itself.
    const internal = browserInternalHosts(baselineRecords);
    const localUrls = new Set(proxied.filter((r) => r.forwarded).map((r) => stripHash(r.url)));
    expect([...localUrls].sort()).toEqual([...pageUrls].sort());
    const remote = proxied.filter((r) => !r.forwarded && !internal.has(r.host));
    expect(remote, `requests to other hosts, seen by the proxy:\n${describeRecords(remote)}`).toEqual([]);
  });
}
