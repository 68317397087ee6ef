/**
 * Firefox (stock Firefox / Firefox ESR) through puppeteer-core over WebDriver
 * BiDi, no geckodriver: puppeteer starts Firefox with a fresh profile,
 * installs dist/ as a temporary add-on (webExtension.install), and does the
 * navigation, evaluation, input, touch, screenshots and console capture.
 *
 * Ours, because no library offers it:
 * - the moz-extension:// UUID, pinned through the profile pref
 *   extensions.webextensions.uuids, so the extension's pages have a known URL;
 * - evaluateInExtension: BiDi has no browsing context for the background
 *   page, so an extension-origin tab stands in for it;
 * - the prefs that keep the browser off the network or behind the recording
 *   proxy, fix the colour scheme and report a mouse;
 * - `bidi`, raw BiDi commands for what puppeteer has no call for (a pointer
 *   inside a cross-origin frame, chrome-scope scripts for the benchmark,
 *   the request recorder);
 * - three workarounds, each where it applies: extension pages load through
 *   BiDi's own navigate (puppeteer's goto never settles there), a page whose
 *   ad frames fail still counts as loaded, and Firefox's site isolation is
 *   restored after puppeteer's launcher turns it off.
 */

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// A static import, so that bundling this file (scripts/lib/import-ts.mjs) keeps it working.
import { ensureBrowsers } from '../../../scripts/lib/find-browsers.mjs';
import { LibraryPage, sleep, spreadingArgs, stackSource } from './library-page.js';
import type { BrowserSession, LaunchOptions, TestPage } from './types.js';

const TIMEOUT_MS = 30_000;
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

type PrefValue = string | number | boolean;

/** Every request through the HTTP proxy host:port, but for the hosts in noProxiesOn. */
function proxyPrefs(proxy: string, noProxiesOn: string): Record<string, PrefValue> {
  const colon = proxy.lastIndexOf(':');
  const [host, port] = [proxy.slice(0, colon), Number(proxy.slice(colon + 1))];
  return {
    'network.proxy.type': 1, // manual
    'network.proxy.http': host,
    'network.proxy.http_port': port,
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': noProxiesOn,
    // Without it Firefox never proxies localhost / 127.0.0.1, whatever no_proxies_on says.
    'network.proxy.allow_hijacking_localhost': noProxiesOn === '',
  };
}

function prefsFor(opts: LaunchOptions, geckoId: string | null, uuid: string): Record<string, PrefValue> {
  const dark = opts.colorScheme === 'dark';
  return {
    // Without a proxy of the test's, port 9 (closed): every host but the loopback one fails at once.
    ...(opts.proxy ? proxyPrefs(opts.proxy, '') : proxyPrefs('127.0.0.1:9', 'localhost, 127.0.0.1, [::1]')),
    // 0 = dark, 1 = light (prefers-color-scheme is fixed per profile in Firefox).
    'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
    'ui.systemUsesDarkTheme': dark ? 1 : 0,
    // Headless Firefox has no pointing device: (hover: hover) and (pointer: fine)
    // would not match. Report a mouse (fine | hover), as Playwright makes
    // headless Chromium do, so both browsers take the same code paths.
    'ui.primaryPointerCapabilities': 6,
    'ui.allPointerCapabilities': 6,
    ...(geckoId ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) } : {}),
    ...opts.firefoxPrefs,
  };
}

function readGeckoId(extensionDir: string): string {
  const manifestPath = path.join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: unknown } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id === 'string' && id) return id;
  throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id: Firefox would invent one, and the UUID could not be pinned.`);
}

/** Raw WebDriver BiDi over puppeteer's connection (BidiBrowser.connection, not in puppeteer's typings). */
export interface BiDi {
  send<T = Record<string, unknown>>(method: string, params?: object): Promise<T>;
  on(event: string, listener: (params: Record<string, unknown>) => void): () => void;
}

function bidiOf(browser: Browser): BiDi {
  type Listener = (params: Record<string, unknown>) => void;
  const connection = (browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: unknown }> } & Record<'on' | 'off', (e: string, l: Listener) => void> }).connection;
  return {
    send: async <T>(method: string, params: object = {}) => (await connection.send(method, params)).result as T,
    on: (event, listener) => (connection.on(event, listener), () => connection.off(event, listener)),
  };
}

const contextOf = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

class FirefoxPage extends LibraryPage<Page> {
  constructor(
    page: Page,
    private readonly session: FirefoxSession,
  ) {
    super(page);
    page.setDefaultTimeout(TIMEOUT_MS);
    page.setDefaultNavigationTimeout(TIMEOUT_MS);
    page.on('console', (m) =>
      this.console.push({
        kind: 'console',
        level: m.type() === 'warn' ? 'warning' : m.type(),
        text: m.text(),
        source: m.location().url ?? '',
      }),
    );
    page.on('pageerror', (e) => {
      const error = e as Error;
      this.console.push({ kind: 'exception', level: 'error', text: error.message, source: stackSource(error.stack) });
    });
  }

  /** The tab's BiDi browsing context id. */
  get context(): string {
    return contextOf(this.page);
  }

  protected override toFront(): Promise<void> {
    return this.session.toFront(this.page);
  }

  async goto(url: string): Promise<void> {
    await this.toFront();
    if (url.startsWith('moz-extension:')) return this.session.navigate(this.context, url);
    try {
      await this.page.goto(url, { waitUntil: 'load' });
    } catch (error) {
      // Firefox 153 fails browsingContext.navigate with e.g. "Address rejected"
      // when an IFRAME shows a network error page (the saved news pages embed
      // ad frames whose hosts are unreachable), although the page itself
      // loads. Only a top-level error page or another URL is a failure.
      if (!/\(browsingContext\.navigate\): unknown error/.test((error as Error).message)) throw error;
      const wanted = new URL(url);
      wanted.hash = '';
      const loaded = (href: string): boolean =>
        document.readyState === 'complete' && location.href.replace(/#.*/, '') === href && !document.documentURI.startsWith('about:');
      await this.page.waitForFunction(loaded, { polling: 50 }, wanted.href).catch(() => {
        throw new Error(`goto(${url}) failed: ${(error as Error).message}`, { cause: error });
      });
    }
  }

  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    return this.page.evaluate(spreadingArgs(fn as (...args: never[]) => unknown), args) as Promise<R>;
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewport({ width, height });
  }

  protected async touch(x: number, y: number, ms: number): Promise<void> {
    const finger = await this.page.touchscreen.touchStart(x, y);
    if (ms > 0) await sleep(ms);
    await finger.end();
  }

  protected async capture(file: string): Promise<void> {
    await this.page.screenshot({ path: file as `${string}.png` });
  }
}

export class FirefoxSession implements BrowserSession {
  readonly name = 'firefox' as const;
  readonly closed: Promise<void>;
  readonly bidi: BiDi;
  #front: Page | null = null;
  #extensionTab: Promise<Page> | null = null;

  constructor(
    readonly browser: Browser,
    readonly extensionBaseUrl: string,
    readonly version: string,
  ) {
    this.bidi = bidiOf(browser);
    this.closed = new Promise((resolve) => browser.once('disconnected', () => resolve()));
  }

  async newPage(): Promise<TestPage> {
    const page = await this.browser.newPage();
    this.#front = page;
    return new FirefoxPage(page, this);
  }

  /**
   * Navigates with BiDi's own wait for the load. Firefox 153 sends no
   * browsingContext.load event for a moz-extension:// document, so
   * puppeteer's goto never settles there (puppeteer issue 14314).
   */
  async navigate(context: string, url: string): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
  }

  /** Brings a tab to the front: input, focus, timers and rAF need it. */
  async toFront(page: Page): Promise<void> {
    if (this.#front === page) return;
    await page.bringToFront();
    this.#front = page;
  }

  /**
   * Runs in a background tab showing the extension's own manifest.json: a
   * document of the extension's origin with the full `browser.*` APIs that
   * runs none of the extension's code. The tab stays open and is reused.
   */
  async evaluateInExtension<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    if (!this.extensionBaseUrl) throw new Error('evaluateInExtension(): this browser runs without the extension.');
    this.#extensionTab ??= (async () => {
      const tab = await this.browser.newPage({ background: true });
      await this.navigate(contextOf(tab), `${this.extensionBaseUrl}manifest.json`);
      return tab;
    })();
    const tab = await this.#extensionTab.catch((error: unknown) => {
      this.#extensionTab = null;
      throw error;
    });
    return (await tab.evaluate(spreadingArgs(fn as (...args: never[]) => unknown), args)) as R;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

export async function launchFirefox(opts: LaunchOptions): Promise<BrowserSession> {
  const extensionDir = opts.withoutExtension ? null : path.resolve(opts.extensionDir);
  const uuid = randomUUID();
  const geckoId = extensionDir && readGeckoId(extensionDir);
  const executablePath = (await ensureBrowsers(['firefox'], { install: false })).firefox;
  if (!executablePath) throw new Error('Firefox not found (set FIREFOX_PATH).');
  const headless = opts.headless ?? true;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    // Lets WebDriver BiDi open moz-extension:// pages and run chrome-scope scripts.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefsFor(opts, geckoId, uuid),
    // A headed window keeps its own size unless a viewport is asked for.
    defaultViewport: opts.viewport ?? (headless ? DEFAULT_VIEWPORT : null),
    // The request recorder subscribes to network events only while it records.
    networkEnabled: false,
    protocolTimeout: TIMEOUT_MS,
    timeout: TIMEOUT_MS,
  });
  try {
    const session = new FirefoxSession(browser, extensionDir ? `moz-extension://${uuid}/` : '', (await browser.version()).split('/').pop()!);
    // puppeteer's launcher forces fission.webContentIsolationStrategy to 0, which puts
    // cross-origin frames into their parent's process (its workaround for mouse events,
    // Bugzilla 1773393). Readers run Firefox's default, site isolation: back to it
    // before any page loads, so frames are tested out of process as they really are.
    const { contexts } = await session.bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const expression = "Services.prefs.clearUserPref('fission.webContentIsolationStrategy')";
    await session.bidi.send('script.evaluate', { expression, target: { context: contexts[0]!.context }, awaitPromise: false });
    if (extensionDir) await browser.installExtension(extensionDir);
    return session;
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}
