/**
 * Chromium through playwright-core, with the unpacked extension loaded into
 * a fresh temporary profile. Playwright rather than puppeteer (which also
 * drives Chromium, console of content scripts included) because it does
 * three things here without code of ours: the colour scheme for every page
 * of the context, pages the extension opens included; a mouse for
 * (hover)/(pointer) in headless mode; and one context-wide request event
 * that covers the extension's service worker too.
 *
 * Ours: the extension's id, touch input (Playwright's touchscreen needs a
 * touch-emulating context, which would change what (hover) and (pointer)
 * report; DevTools' Input.dispatchTouchEvent does not), and the flags that
 * keep the browser off the network.
 */

import { realpathSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
// A static import, so that bundling this file (scripts/lib/import-ts.mjs) keeps it working.
import { ensureBrowsers } from '../../../scripts/lib/find-browsers.mjs';
import { LibraryPage, sleep, spreadingArgs, stackSource } from './library-page.js';
import type { BrowserSession, LaunchOptions, TestPage } from './types.js';

const TIMEOUT_MS = 30_000;
const SERVICE_WORKER_TIMEOUT_MS = 10_000;
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

async function evaluateIn(target: Page | Worker, fn: (...args: never[]) => unknown, args: unknown[]): Promise<unknown> {
  try {
    // Page and Worker evaluate() differ in their options only.
    return await (target as Worker).evaluate(spreadingArgs(fn), args);
  } catch (error) {
    const message = (error as Error).message.replace(/^(page|worker)\.evaluate: /, '');
    throw new Error(`Evaluation failed: ${message}`, { cause: error });
  }
}

class ChromiumPage extends LibraryPage<Page> {
  #cdp: Promise<CDPSession> | null = null;

  constructor(page: Page) {
    super(page);
    page.setDefaultTimeout(TIMEOUT_MS);
    page.setDefaultNavigationTimeout(TIMEOUT_MS);
    page.on('console', (m) => this.console.push({ kind: 'console', level: m.type(), text: m.text(), source: m.location().url }));
    page.on('pageerror', (e) =>
      this.console.push({ kind: 'exception', level: 'error', text: `${e.name}: ${e.message}`, source: stackSource(e.stack) }),
    );
  }

  async goto(url: string): Promise<void> {
    try {
      await this.page.goto(url, { waitUntil: 'load' });
    } catch (error) {
      // After a failed navigation, Chromium's error page may commit late and
      // interrupt the next navigation; try once more and accept the page if
      // it ends up where we asked.
      if (!/is interrupted by another navigation/.test((error as Error).message)) throw error;
      await this.page.goto(url, { waitUntil: 'load' }).catch(() => {});
      await this.page.waitForLoadState('load');
      if (this.page.url() !== new URL(url).href) throw error;
    }
  }

  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    return evaluateIn(this.page, fn as (...args: never[]) => unknown, args) as Promise<R>;
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
  }

  protected async touch(x: number, y: number, ms: number): Promise<void> {
    this.#cdp ??= this.page.context().newCDPSession(this.page);
    const cdp = await this.#cdp;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    if (ms > 0) await sleep(ms);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  protected async capture(file: string): Promise<void> {
    await this.page.screenshot({ path: file, type: 'png', animations: 'allow', caret: 'initial' });
  }
}

export class ChromiumSession implements BrowserSession {
  readonly name = 'chromium' as const;
  readonly extensionBaseUrl: string;
  readonly closed: Promise<void>;

  constructor(
    /** The underlying Playwright context, for the rare check the interface lacks. */
    readonly playwrightContext: BrowserContext,
    extensionId: string | null,
    readonly version: string,
  ) {
    this.extensionBaseUrl = extensionId ? `chrome-extension://${extensionId}/` : '';
    this.closed = new Promise<void>((resolve) => playwrightContext.once('close', () => resolve()));
  }

  async newPage(): Promise<TestPage> {
    return new ChromiumPage(await this.playwrightContext.newPage());
  }

  async evaluateInExtension<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    if (!this.extensionBaseUrl) throw new Error('evaluateInExtension(): this browser runs without the extension.');
    const isOurs = (w: Worker): boolean => w.url().startsWith(this.extensionBaseUrl);
    const worker =
      this.playwrightContext.serviceWorkers().find(isOurs) ??
      (await this.playwrightContext
        .waitForEvent('serviceworker', { predicate: isOurs, timeout: SERVICE_WORKER_TIMEOUT_MS })
        .catch(() => {
          throw new Error(`The extension's service worker (${this.extensionBaseUrl}) is not running and did not start.`);
        }));
    return (await evaluateIn(worker, fn as (...args: never[]) => unknown, args)) as R;
  }

  close(): Promise<void> {
    return this.playwrightContext.close();
  }
}

export async function launchChromium(opts: LaunchOptions): Promise<BrowserSession> {
  const extensionDir = opts.withoutExtension ? null : realpathSync(path.resolve(opts.extensionDir));
  const executablePath = (await ensureBrowsers(['chromium'], { install: false })).chromium;
  if (!executablePath) throw new Error('Chromium not found (set CHROME_PATH).');
  const headless = opts.headless ?? true;
  const args = ['--disable-gpu'];
  if (extensionDir) {
    // Without --disable-extensions-except, Playwright's --disable-extensions wins silently.
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  if (opts.proxy) {
    // "<-loopback>" removes the implicit bypass of localhost and 127.0.0.1.
    args.push(`--proxy-server=http://${opts.proxy}`, '--proxy-bypass-list=<-loopback>');
  } else {
    // Every host but the loopback one fails to resolve, at once.
    args.push('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1');
  }
  // '': a fresh profile in a temporary directory that Playwright deletes on close.
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless,
    args,
    // A headed window keeps its own size unless a viewport is asked for.
    viewport: opts.viewport ?? (headless ? DEFAULT_VIEWPORT : null),
    colorScheme: opts.colorScheme ?? 'light',
    hasTouch: opts.touch ?? false,
    timeout: TIMEOUT_MS,
  });
  try {
    // The id from the service worker's URL; waiting for it is also waiting for the extension to load.
    const isExtension = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
    const worker =
      extensionDir &&
      (context.serviceWorkers().find(isExtension) ??
        (await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: SERVICE_WORKER_TIMEOUT_MS }).catch(() => {
          throw new Error(`${extensionDir} did not load: no extension service worker started.`);
        })));
    // A persistent context has no Browser object to ask its version.
    const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
    const { product } = await cdp.send('Browser.getVersion');
    await cdp.detach();
    return new ChromiumSession(context, worker ? new URL(worker.url()).host : null, product.split('/').pop()!);
  } catch (error) {
    await context.close().catch(() => {});
    throw error;
  }
}
