/**
 * Chromium through playwright-core, with the unpacked extension loaded into
 * a fresh persistent profile.
 */

import { createHash } from 'node:crypto';
import { realpathSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
// A static import, so that bundling this file (scripts/lib/import-ts.mjs) keeps it working.
import { ensureBrowsers } from '../../../scripts/lib/find-browsers.mjs';
import { chromiumProxyArgs } from './proxy-settings.js';
import type { BrowserSession, ConsoleEntry, LaunchOptions, TestPage } from './types.js';

const LAUNCH_TIMEOUT_MS = 30_000;
const ACTION_TIMEOUT_MS = 30_000;
const SERVICE_WORKER_TIMEOUT_MS = 10_000;
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

async function defaultExecutable(): Promise<string> {
  const found = await ensureBrowsers(['chromium'], { install: false });
  if (!found.chromium) throw new Error('Chromium not found (set CHROME_PATH).');
  return found.chromium;
}

/** The id Chromium gives an unpacked extension: from the SHA-256 of its absolute path. */
export function unpackedExtensionId(extensionDir: string): string {
  const hex = createHash('sha256').update(realpathSync(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/** A JS literal for a JSON-like value (also undefined, NaN, ±Infinity, -0, Date, bigint). */
function toSource(value: unknown, seen = new Set<object>()): string {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'bigint':
      return `${value}n`;
    case 'number':
      if (Object.is(value, -0)) return '-0';
      return Number.isFinite(value) || Number.isNaN(value) ? String(value) : value > 0 ? 'Infinity' : '-Infinity';
    case 'object': {
      if (value === null) return 'null';
      if (seen.has(value)) throw new TypeError('evaluate(): arguments must not be cyclic.');
      seen.add(value);
      try {
        if (Array.isArray(value)) return `[${value.map((v) => toSource(v, seen)).join(', ')}]`;
        if (value instanceof Date) return `new Date(${value.getTime()})`;
        if (value instanceof RegExp) return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
        if (value instanceof Map) {
          return `new Map([${[...value].map(([k, v]) => `[${toSource(k, seen)}, ${toSource(v, seen)}]`).join(', ')}])`;
        }
        if (value instanceof Set) return `new Set([${[...value].map((v) => toSource(v, seen)).join(', ')}])`;
        return `({${Object.entries(value)
          .map(([k, v]) => `${JSON.stringify(k)}: ${toSource(v, seen)}`)
          .join(', ')}})`;
      } finally {
        seen.delete(value);
      }
    }
    default:
      throw new TypeError(`evaluate(): cannot pass a ${typeof value} to the page.`);
  }
}

/**
 * An expression calling `fn` with `args`. Evaluated as an expression (not
 * through eval in the page), so the page's or extension's CSP does not apply.
 */
function callExpression(fn: (...args: never[]) => unknown, args: unknown[]): string {
  if (typeof fn !== 'function') throw new TypeError('evaluate() takes a function.');
  const argList = args.map((arg) => toSource(arg)).join(', ');
  // `__name` is what esbuild's keepNames inserts into transpiled functions.
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${argList}); })()`;
}

async function evaluateIn(target: Page | Worker, fn: (...args: never[]) => unknown, args: unknown[]): Promise<unknown> {
  const expression = callExpression(fn, args);
  try {
    // Page and Worker evaluate() differ in their options; a string works for both.
    return await (target as Worker).evaluate<unknown>(expression);
  } catch (error) {
    const message = (error as Error).message.replace(/^(page|worker)\.evaluate: /, '');
    throw new Error(`Evaluation failed: ${message}`, { cause: error });
  }
}

/** The URL of the innermost frame of a V8 stack ("    at f (chrome-extension://…/content.js:1:2)"). */
function stackSource(stack: string | undefined): string {
  return stack?.match(/\b((?:https?|chrome-extension|file):\/\/[^\s)]+?)(?::\d+){0,2}\)?$/m)?.[1] ?? '';
}

class ChromiumPage implements TestPage {
  readonly #page: Page;
  readonly #console: ConsoleEntry[] = [];

  constructor(page: Page) {
    this.#page = page;
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    page.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
    // Playwright reports content scripts' isolated worlds and every frame here too.
    page.on('console', (m) => this.#console.push({ kind: 'console', level: m.type(), text: m.text(), source: m.location().url }));
    page.on('pageerror', (e) =>
      this.#console.push({ kind: 'exception', level: 'error', text: `${e.name}: ${e.message}`, source: stackSource(e.stack) }),
    );
  }

  async consoleEntries(): Promise<ConsoleEntry[]> {
    return [...this.#console];
  }

  async goto(url: string): Promise<void> {
    try {
      await this.#page.goto(url, { waitUntil: 'load' });
    } catch (error) {
      // After a failed navigation, Chromium's error page may commit late and
      // interrupt the next navigation; try once more and accept the page if
      // it ends up where we asked.
      if (!/is interrupted by another navigation/.test((error as Error).message)) throw error;
      await this.#page.goto(url, { waitUntil: 'load' }).catch(() => {});
      await this.#page.waitForLoadState('load');
      if (this.#page.url() !== new URL(url).href) throw error;
    }
  }

  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    return evaluateIn(this.#page, fn as (...args: never[]) => unknown, args) as Promise<R>;
  }

  async mouseMove(x: number, y: number): Promise<void> {
    await this.#page.mouse.move(x, y);
  }

  async click(x: number, y: number): Promise<void> {
    await this.#page.mouse.click(x, y);
  }

  async press(key: string): Promise<void> {
    await this.#page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    await this.#page.keyboard.type(text);
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.#page.setViewportSize({ width, height });
  }

  async screenshot(file: string): Promise<void> {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await this.#page.screenshot({ path: file, type: 'png', animations: 'allow', caret: 'initial' });
  }

  async close(): Promise<void> {
    await this.#page.close();
  }
}

// Profiles left behind if the process exits without close().
const liveProfiles = new Set<string>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Playwright kills the browser itself when this process exits.
  process.once('exit', () => {
    for (const dir of liveProfiles) {
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        /* best effort */
      }
    }
  });
}

class ChromiumSession implements BrowserSession {
  readonly name = 'chromium' as const;
  readonly extensionBaseUrl: string;
  readonly version: string;
  readonly closed: Promise<void>;
  readonly #context: BrowserContext;
  readonly #profileDir: string;
  #closing: Promise<void> | null = null;

  constructor(context: BrowserContext, extensionId: string | null, version: string, profileDir: string) {
    this.#context = context;
    this.extensionBaseUrl = extensionId ? `chrome-extension://${extensionId}/` : '';
    this.version = version;
    this.#profileDir = profileDir;
    this.closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  }

  /** The underlying Playwright context, for the rare check the interface lacks. */
  get playwrightContext(): BrowserContext {
    return this.#context;
  }

  async newPage(): Promise<TestPage> {
    return new ChromiumPage(await this.#context.newPage());
  }

  async evaluateInExtension<R, A extends unknown[]>(
    fn: (...args: A) => R | Promise<R>,
    ...args: A
  ): Promise<R> {
    return (await evaluateIn(await this.#serviceWorker(), fn as (...args: never[]) => unknown, args)) as R;
  }

  async #serviceWorker(): Promise<Worker> {
    if (!this.extensionBaseUrl) throw new Error('evaluateInExtension(): this browser runs without the extension.');
    const isOurs = (w: Worker): boolean => w.url().startsWith(this.extensionBaseUrl);
    const running = this.#context.serviceWorkers().find(isOurs);
    if (running) return running;
    try {
      return await this.#context.waitForEvent('serviceworker', {
        predicate: isOurs,
        timeout: SERVICE_WORKER_TIMEOUT_MS,
      });
    } catch {
      throw new Error(
        `The extension's service worker (${this.extensionBaseUrl}) is not running and did not start ` +
          `within ${SERVICE_WORKER_TIMEOUT_MS} ms.`,
      );
    }
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      try {
        await this.#context.close();
      } finally {
        await rm(this.#profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
        liveProfiles.delete(this.#profileDir);
      }
    })();
    return this.#closing;
  }
}

/** "156.0.8078.108" (a persistent context has no Browser object to ask). */
async function browserVersion(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    const { product } = await cdp.send('Browser.getVersion');
    return product.split('/').pop() ?? product;
  } catch {
    return 'unknown';
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export async function launchChromium(opts: LaunchOptions): Promise<BrowserSession> {
  const withExtension = !opts.withoutExtension;
  const extensionDir = withExtension ? realpathSync(path.resolve(opts.extensionDir)) : '';
  const executablePath = opts.executablePath ?? (await defaultExecutable());
  const headless = opts.headless ?? true;
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'summit-chromium-'));
  liveProfiles.add(profileDir);
  installExitHook();

  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--metrics-recording-only',
    '--password-store=basic',
    '--use-mock-keychain',
  ];
  if (withExtension) {
    // Without --disable-extensions-except, Playwright's --disable-extensions wins silently.
    args.unshift(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  if (!opts.allowNetwork) {
    // Every host but the loopback one fails to resolve, at once.
    args.push('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1');
  }
  // Behind a proxy the browser resolves no host but the proxy's: the rules above then change nothing.
  if (opts.proxy) args.push(...chromiumProxyArgs(opts.proxy));

  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless,
      args,
      // A headed window keeps its own size unless a viewport is asked for.
      viewport: opts.viewport ?? (headless ? DEFAULT_VIEWPORT : null),
      colorScheme: opts.colorScheme ?? 'light',
      timeout: LAUNCH_TIMEOUT_MS,
    });

    let extensionId: string | null = null;
    if (withExtension) {
      // The id from the service worker's URL; an extension without one (or
      // whose worker failed) still has the id derived from its path.
      extensionId = unpackedExtensionId(extensionDir);
      const isExtensionWorker = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
      const worker =
        context.serviceWorkers().find(isExtensionWorker) ??
        (await context
          .waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: SERVICE_WORKER_TIMEOUT_MS })
          .catch(() => undefined));
      if (worker) extensionId = new URL(worker.url()).host;
    }

    const version = await browserVersion(context);
    return new ChromiumSession(context, extensionId, version, profileDir);
  } catch (error) {
    await context?.close().catch(() => {});
    await rm(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    liveProfiles.delete(profileDir);
    throw error;
  }
}
