/**
 * Firefox (stock Firefox / Firefox ESR) through a small hand-written
 * WebDriver BiDi client. No geckodriver: Firefox's own remote agent speaks
 * BiDi on a WebSocket when started with --remote-debugging-port.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
// A static import, so that bundling this file (scripts/lib/import-ts.mjs) keeps it working.
import { ensureBrowsers } from '../../../scripts/lib/find-browsers.mjs';
import { firefoxProxyPrefs } from './proxy-settings.js';
import type { BrowserSession, ConsoleEntry, LaunchOptions, TestPage } from './types.js';

/** A node of browsingContext.getTree. */
interface ContextInfo {
  context: string;
  url?: string;
  children?: ContextInfo[] | null;
}

const STARTUP_TIMEOUT_MS = 30_000;
const COMMAND_TIMEOUT_MS = 30_000;
const NAVIGATION_TIMEOUT_MS = 30_000;
const SHUTDOWN_TIMEOUT_MS = 10_000;
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

// ---------------------------------------------------------------------------
// Locating the executable (shared logic lives in scripts/lib/find-browsers.mjs)

async function defaultExecutable(): Promise<string> {
  const found = await ensureBrowsers(['firefox'], { install: false });
  if (!found.firefox) throw new Error('Firefox not found (set FIREFOX_PATH).');
  return found.firefox;
}

// ---------------------------------------------------------------------------
// Profile

type PrefValue = string | number | boolean;

/** Prefs that keep a test Firefox quiet, fast and off the network. */
function basePrefs(): Record<string, PrefValue> {
  return {
    // First run, welcome pages, default-browser nagging, session restore.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'startup.homepage_welcome_url': 'about:blank',
    'startup.homepage_welcome_url.additional': '',
    'browser.aboutwelcome.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.newtab.preload': false,
    'browser.sessionstore.resume_from_crash': false,
    'browser.tabs.warnOnClose': false,
    'browser.tabs.closeWindowWithLastTab': false,
    'browser.warnOnQuit': false,
    'toolkit.startup.max_resumed_crashes': -1,
    'browser.uitour.enabled': false,
    'browser.discovery.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    // Updates (application, add-ons, system add-ons, search engines).
    'app.update.disabledForTesting': true,
    'app.update.auto': false,
    'app.update.checkInstallTime': false,
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.systemAddon.update.url': '',
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'browser.search.update': false,
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    // Telemetry, studies, health report, crash reports.
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': 'data:,',
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'toolkit.telemetry.shutdownPingSender.enabled': false,
    'toolkit.telemetry.newProfilePing.enabled': false,
    'toolkit.telemetry.firstShutdownPing.enabled': false,
    'browser.ping-centre.telemetry': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.tabs.crashReporting.sendReport': false,
    'breakpad.reportURL': '',
    // Background network traffic.
    'services.settings.server': 'data:,#remote-settings-disabled',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.predictor.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.topsites.contile.enabled': false,
    'browser.urlbar.quicksuggest.enabled': false,
    'browser.urlbar.suggest.searches': false,
    'geo.provider.network.url': '',
    'media.gmp-manager.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-widevinecdm.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'identity.fxaccounts.enabled': false,
    'dom.push.connection.enabled': false,
    // Temporary add-ons: installed from any scope, granted their host permissions.
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 5,
    'extensions.originControls.grantByDefault': true,
    'xpinstall.signatures.required': false,
    // Headless Firefox has no pointing device: (hover: hover) and (pointer: fine)
    // would not match. Report a mouse (fine | hover), as Playwright makes
    // headless Chromium do, so both browsers take the same code paths.
    'ui.primaryPointerCapabilities': 6,
    'ui.allPointerCapabilities': 6,
    // Unattended use.
    'dom.disable_beforeunload': true,
    'devtools.jsonview.enabled': true,
  };
}

/** Sends every non-loopback request to a closed local port, so it fails at once. */
function offlinePrefs(): Record<string, PrefValue> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': 'localhost, 127.0.0.1, [::1]',
    'network.proxy.allow_hijacking_localhost': false,
  };
}

function colorSchemePrefs(scheme: 'light' | 'dark'): Record<string, PrefValue> {
  const dark = scheme === 'dark';
  return {
    // 0 = dark, 1 = light, 2 = follow the system, 3 = follow the browser theme.
    'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
    'ui.systemUsesDarkTheme': dark ? 1 : 0,
  };
}

function prefLine(name: string, value: PrefValue): string {
  let literal: string;
  if (typeof value === 'string') literal = JSON.stringify(value);
  else if (typeof value === 'boolean') literal = String(value);
  else if (Number.isInteger(value)) literal = String(value);
  else throw new Error(`Firefox pref ${name}: ${value} is not an integer (use a string).`);
  return `user_pref(${JSON.stringify(name)}, ${literal});`;
}

function readGeckoId(extensionDir: string): string {
  const manifestPath = path.join(extensionDir, 'manifest.json');
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${manifestPath}: ${(error as Error).message}`, { cause: error });
  }
  const id = (manifest as { browser_specific_settings?: { gecko?: { id?: unknown } } })
    ?.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string' || id === '') {
    throw new Error(
      `${manifestPath} has no browser_specific_settings.gecko.id; Firefox would invent a random ` +
        'id and the moz-extension:// UUID could not be pinned.',
    );
  }
  return id;
}

// ---------------------------------------------------------------------------
// Cleaning up after ourselves, also when the test process dies

interface LiveBrowser {
  child: ChildProcess;
  profileDir: string;
}
const liveBrowsers = new Set<LiveBrowser>();
let exitHookInstalled = false;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the whole process group (content processes too)
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const live of liveBrowsers) {
      killGroup(live.child, 'SIGKILL');
      try {
        rmSync(live.profileDir, { recursive: true, force: true });
      } catch {
        /* best effort */
      }
    }
  });
}

/**
 * A detached shell that outlives us only to kill Firefox and delete its
 * profile when this process disappears without cleaning up (e.g. SIGKILL).
 */
function startWatchdog(firefoxPid: number, profileDir: string): ChildProcess | null {
  const script =
    'while kill -0 "$1" 2>/dev/null; do sleep 1; done; ' +
    'kill -KILL -- "-$2" 2>/dev/null; kill -KILL "$2" 2>/dev/null; sleep 1; rm -rf -- "$3"';
  try {
    const dog = spawn('/bin/sh', ['-c', script, 'summit-firefox-watchdog', String(process.pid), String(firefoxPid), profileDir], {
      detached: true,
      stdio: 'ignore',
    });
    dog.on('error', () => {});
    dog.unref();
    return dog;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// WebDriver BiDi over a WebSocket

interface Pending {
  method: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

class BiDiConnection {
  readonly #ws: WebSocket;
  readonly #pending = new Map<number, Pending>();
  readonly #diagnostics: () => string;
  readonly #eventListeners = new Set<(method: string, params: Record<string, unknown>) => void>();
  #nextId = 1;
  #closed: Error | null = null;

  constructor(ws: WebSocket, diagnostics: () => string) {
    this.#ws = ws;
    this.#diagnostics = diagnostics;
    ws.on('message', (data) => this.#onMessage(String(data)));
    ws.on('close', () => this.#failAll('the WebDriver BiDi connection closed'));
    ws.on('error', (error) => this.#failAll(`WebDriver BiDi socket error: ${error.message}`));
  }

  static connect(url: string, diagnostics: () => string, timeoutMs: number): Promise<BiDiConnection> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 512 * 1024 * 1024 });
      const timer = setTimeout(() => {
        ws.terminate();
        reject(new Error(`Could not connect to ${url} within ${timeoutMs} ms.${diagnostics()}`));
      }, timeoutMs);
      ws.once('open', () => {
        clearTimeout(timer);
        resolve(new BiDiConnection(ws, diagnostics));
      });
      ws.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`Could not connect to ${url}: ${error.message}${diagnostics()}`));
      });
    });
  }

  send<T = Record<string, unknown>>(
    method: string,
    params: Record<string, unknown> = {},
    timeoutMs = COMMAND_TIMEOUT_MS,
  ): Promise<T> {
    if (this.#closed) return Promise.reject(new Error(`BiDi ${method}: ${this.#closed.message}`));
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`BiDi command ${method} timed out after ${timeoutMs} ms.${this.#diagnostics()}`));
      }, timeoutMs);
      this.#pending.set(id, { method, resolve: resolve as (v: unknown) => void, reject, timer });
      this.#ws.send(JSON.stringify({ id, method, params }), (error) => {
        if (!error) return;
        clearTimeout(timer);
        this.#pending.delete(id);
        reject(new Error(`BiDi ${method}: could not send: ${error.message}`));
      });
    });
  }

  /**
   * Calls `listener` with every event the session sends (after a
   * session.subscribe to it); returns a function that removes the listener.
   */
  onEvent(listener: (method: string, params: Record<string, unknown>) => void): () => void {
    this.#eventListeners.add(listener);
    return () => this.#eventListeners.delete(listener);
  }

  close(): void {
    this.#failAll('the connection was closed by the driver');
    try {
      this.#ws.close();
    } catch {
      /* ignore */
    }
  }

  #onMessage(text: string): void {
    let message: {
      id?: number;
      type?: string;
      method?: string;
      params?: Record<string, unknown>;
      result?: unknown;
      error?: string;
      message?: string;
    };
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof message.id !== 'number') {
      if (message.type === 'event' && typeof message.method === 'string') {
        for (const listener of this.#eventListeners) listener(message.method, message.params ?? {});
      }
      return;
    }
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.type === 'error') {
      pending.reject(new Error(`BiDi ${pending.method} failed: ${message.error}: ${message.message}`));
    } else {
      pending.resolve(message.result);
    }
  }

  #failAll(reason: string): void {
    if (!this.#closed) this.#closed = new Error(reason);
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      this.#pending.delete(id);
      pending.reject(new Error(`BiDi ${pending.method}: ${reason}.${this.#diagnostics()}`));
    }
  }
}

// ---------------------------------------------------------------------------
// Values in and out of script.callFunction

type LocalValue = Record<string, unknown>;

function toLocalValue(value: unknown, seen = new Set<object>()): LocalValue {
  switch (typeof value) {
    case 'undefined':
      return { type: 'undefined' };
    case 'string':
      return { type: 'string', value };
    case 'boolean':
      return { type: 'boolean', value };
    case 'bigint':
      return { type: 'bigint', value: value.toString() };
    case 'number':
      if (Number.isNaN(value)) return { type: 'number', value: 'NaN' };
      if (Object.is(value, -0)) return { type: 'number', value: '-0' };
      if (value === Infinity) return { type: 'number', value: 'Infinity' };
      if (value === -Infinity) return { type: 'number', value: '-Infinity' };
      return { type: 'number', value };
    case 'object': {
      if (value === null) return { type: 'null' };
      if (seen.has(value)) throw new TypeError('evaluate(): arguments must not be cyclic.');
      seen.add(value);
      try {
        if (Array.isArray(value)) return { type: 'array', value: value.map((v) => toLocalValue(v, seen)) };
        if (value instanceof Date) return { type: 'date', value: value.toISOString() };
        if (value instanceof RegExp) return { type: 'regexp', value: { pattern: value.source, flags: value.flags } };
        if (value instanceof Map) {
          return {
            type: 'map',
            value: [...value].map(([k, v]) => [typeof k === 'string' ? k : toLocalValue(k, seen), toLocalValue(v, seen)]),
          };
        }
        if (value instanceof Set) return { type: 'set', value: [...value].map((v) => toLocalValue(v, seen)) };
        return {
          type: 'object',
          value: Object.entries(value).map(([k, v]) => [k, toLocalValue(v, seen)]),
        };
      } finally {
        seen.delete(value);
      }
    }
    default:
      throw new TypeError(`evaluate(): cannot pass a ${typeof value} to the page.`);
  }
}

interface RemoteValue {
  type: string;
  value?: unknown;
  internalId?: string;
}

/** RemoteValue → plain JS. DOM nodes, functions, windows etc. become undefined. */
function fromRemoteValue(remote: RemoteValue, byId = new Map<string, unknown>()): unknown {
  if (remote.internalId && remote.value === undefined && byId.has(remote.internalId)) {
    return byId.get(remote.internalId);
  }
  const remember = <T>(v: T): T => {
    if (remote.internalId) byId.set(remote.internalId, v);
    return v;
  };
  switch (remote.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return remote.value;
    case 'number':
      switch (remote.value) {
        case 'NaN':
          return NaN;
        case '-0':
          return -0;
        case 'Infinity':
          return Infinity;
        case '-Infinity':
          return -Infinity;
        default:
          return remote.value;
      }
    case 'bigint':
      return BigInt(remote.value as string);
    case 'date':
      return new Date(remote.value as string);
    case 'regexp': {
      const { pattern, flags } = remote.value as { pattern: string; flags?: string };
      return new RegExp(pattern, flags);
    }
    case 'array':
    case 'set': {
      const out = remember([] as unknown[]);
      for (const item of (remote.value as RemoteValue[] | undefined) ?? []) out.push(fromRemoteValue(item, byId));
      return out;
    }
    case 'object':
    case 'map': {
      const out = remember({} as Record<string, unknown>);
      for (const [key, item] of (remote.value as [string | RemoteValue, RemoteValue][] | undefined) ?? []) {
        const name = typeof key === 'string' ? key : String(fromRemoteValue(key, byId));
        out[name] = fromRemoteValue(item, byId);
      }
      return out;
    }
    default:
      return undefined;
  }
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text?: string };
}

function functionSource(fn: (...args: never[]) => unknown): string {
  const src = fn.toString();
  // `__name` is what esbuild's keepNames inserts into transpiled functions; the
  // page has no such helper, so supply a no-op one.
  return `function (...args) { const __name = (f) => f; return (${src}).apply(this, args); }`;
}

// ---------------------------------------------------------------------------
// Keys

/** KeyboardEvent.key values → WebDriver key codepoints. */
const SPECIAL_KEYS: Record<string, string> = {
  Unidentified: '\uE000',
  Cancel: '\uE001',
  Help: '\uE002',
  Backspace: '\uE003',
  Tab: '\uE004',
  Clear: '\uE005',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Pause: '\uE00B',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Insert: '\uE016',
  Delete: '\uE017',
  F1: '\uE031',
  F2: '\uE032',
  F3: '\uE033',
  F4: '\uE034',
  F5: '\uE035',
  F6: '\uE036',
  F7: '\uE037',
  F8: '\uE038',
  F9: '\uE039',
  F10: '\uE03A',
  F11: '\uE03B',
  F12: '\uE03C',
  Meta: '\uE03D',
};

function keyValue(key: string): string {
  const special = SPECIAL_KEYS[key];
  if (special) return special;
  if ([...key].length === 1) return key;
  throw new Error(`press(): unknown key "${key}". Use a KeyboardEvent.key value such as "Escape" or "a".`);
}

/** "Shift+Tab" → ["Shift", "Tab"]; "Control++" → ["Control", "+"]; "+" → ["+"]. */
export function splitKeyCombo(combo: string): string[] {
  const parts: string[] = [];
  let rest = combo;
  for (;;) {
    const plus = rest.indexOf('+', 1);
    if (plus < 0) {
      parts.push(rest);
      return parts;
    }
    parts.push(rest.slice(0, plus));
    rest = rest.slice(plus + 1);
  }
}

// ---------------------------------------------------------------------------
// Pages and the session

class FirefoxPage implements TestPage {
  readonly #session: FirefoxSession;
  readonly context: string;
  #closed = false;

  constructor(session: FirefoxSession, context: string) {
    this.#session = session;
    this.context = context;
  }

  get #bidi(): BiDiConnection {
    return this.#session.bidi;
  }

  async consoleEntries(): Promise<ConsoleEntry[]> {
    // Frames are browsing contexts of their own: collect the tab's whole tree.
    const { contexts } = await this.#bidi.send<{ contexts: ContextInfo[] }>('browsingContext.getTree', { root: this.context });
    const ours = new Set<string>();
    const visit = (c: ContextInfo): void => {
      ours.add(c.context);
      c.children?.forEach(visit);
    };
    contexts.forEach(visit);
    return this.#session.consoleLog.filter((e) => ours.has(e.context)).map((e) => e.entry);
  }

  async goto(url: string): Promise<void> {
    await this.#session.activate(this.context);
    const deadline = Date.now() + NAVIGATION_TIMEOUT_MS;
    try {
      await this.#bidi.send(
        'browsingContext.navigate',
        { context: this.context, url, wait: 'complete' },
        NAVIGATION_TIMEOUT_MS,
      );
    } catch (error) {
      // Firefox 153 fails `wait: 'complete'` with e.g. "Address rejected" when
      // an IFRAME shows a network error page (the saved news pages embed ad
      // frames whose hosts are unreachable), although the page itself loaded.
      // Only a top-level error page is a real failure.
      const message = (error as Error).message;
      if (!/BiDi browsingContext\.navigate failed: unknown error/.test(message)) {
        throw new Error(`goto(${url}) failed: ${message}`, { cause: error });
      }
      await this.#settleAfterFrameError(url, message, deadline);
    }
  }

  async #settleAfterFrameError(url: string, original: string, deadline: number): Promise<void> {
    const wanted = new URL(url);
    wanted.hash = '';
    for (;;) {
      let state: [string, string, string] | null = null;
      try {
        state = (await this.evaluate(() => [document.documentURI, document.readyState, location.href])) as [
          string,
          string,
          string,
        ];
      } catch {
        // between documents: try again
      }
      if (state) {
        const [documentUri, readyState, href] = state;
        if (/^about:(neterror|certerror|blocked|httpsonlyerror)/.test(documentUri) && !url.startsWith('about:')) {
          const code = /[?&]e=([^&]*)/.exec(documentUri)?.[1] ?? documentUri.slice(0, 60);
          throw new Error(`goto(${url}) failed: Firefox shows its error page "${code}" (${original})`);
        }
        const current = new URL(href);
        current.hash = '';
        if (current.href !== wanted.href) {
          throw new Error(`goto(${url}) failed: the tab shows ${href} (${original})`);
        }
        if (readyState === 'complete') return;
      }
      if (Date.now() > deadline) {
        throw new Error(`goto(${url}) failed: not loaded after ${NAVIGATION_TIMEOUT_MS} ms (${original})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    return this.#session.callFunction(this.context, fn as (...args: never[]) => unknown, args) as Promise<R>;
  }

  async mouseMove(x: number, y: number): Promise<void> {
    await this.#pointer([{ type: 'pointerMove', x, y, origin: 'viewport', duration: 0 }]);
  }

  async click(x: number, y: number): Promise<void> {
    await this.#pointer([
      { type: 'pointerMove', x, y, origin: 'viewport', duration: 0 },
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ]);
  }

  async press(key: string): Promise<void> {
    const values = splitKeyCombo(key).map(keyValue);
    const actions = [
      ...values.map((value) => ({ type: 'keyDown', value })),
      ...values.reverse().map((value) => ({ type: 'keyUp', value })),
    ];
    await this.#keys(actions);
  }

  async type(text: string): Promise<void> {
    const actions = [...text].flatMap((ch) => [
      { type: 'keyDown', value: ch },
      { type: 'keyUp', value: ch },
    ]);
    if (actions.length) await this.#keys(actions);
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.#bidi.send('browsingContext.setViewport', {
      context: this.context,
      viewport: { width, height },
    });
  }

  async screenshot(file: string): Promise<void> {
    const { data } = await this.#bidi.send<{ data: string }>('browsingContext.captureScreenshot', {
      context: this.context,
      origin: 'viewport',
    });
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, Buffer.from(data, 'base64'));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#session.forget(this);
    await this.#bidi.send('browsingContext.close', { context: this.context, promptUnload: false });
  }

  async #pointer(actions: Record<string, unknown>[]): Promise<void> {
    await this.#session.activate(this.context);
    await this.#bidi.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'pointer', id: 'summit-mouse', parameters: { pointerType: 'mouse' }, actions }],
    });
  }

  async #keys(actions: Record<string, unknown>[]): Promise<void> {
    await this.#session.activate(this.context);
    await this.#bidi.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'key', id: 'summit-keyboard', actions }],
    });
  }
}

class FirefoxSession implements BrowserSession {
  readonly name = 'firefox' as const;
  readonly extensionBaseUrl: string;
  readonly version: string;
  readonly closed: Promise<void>;
  readonly bidi: BiDiConnection;
  readonly #live: LiveBrowser;
  readonly #watchdog: ChildProcess | null;
  readonly #viewport: { width: number; height: number } | null;
  #activeContext: string | null = null;
  #extensionContext: Promise<string> | null = null;
  #closing: Promise<void> | null = null;

  constructor(init: {
    bidi: BiDiConnection;
    live: LiveBrowser;
    watchdog: ChildProcess | null;
    extensionBaseUrl: string;
    version: string;
    viewport: { width: number; height: number } | null;
  }) {
    this.bidi = init.bidi;
    this.#live = init.live;
    this.#watchdog = init.watchdog;
    this.extensionBaseUrl = init.extensionBaseUrl;
    this.version = init.version;
    this.#viewport = init.viewport;
    this.closed = waitForExit(init.live.child, Infinity).then(() => {});
  }

  /** Console entries of every tab and frame, with the browsing context each came from. */
  readonly consoleLog: { context: string; entry: ConsoleEntry }[] = [];

  /** Starts collecting console entries; called once, before any page opens. */
  async recordConsole(): Promise<void> {
    this.bidi.onEvent((method, params) => {
      if (method !== 'log.entryAdded') return;
      const p = params as {
        type?: string;
        level?: string;
        text?: string | null;
        source?: { context?: string };
        stackTrace?: { callFrames?: { url?: string }[] };
      };
      if (!p.source?.context) return;
      this.consoleLog.push({
        context: p.source.context,
        entry: {
          kind: p.type === 'javascript' ? 'exception' : 'console',
          level: p.level === 'warn' ? 'warning' : (p.level ?? 'log'),
          text: p.text ?? '',
          source: p.stackTrace?.callFrames?.[0]?.url ?? '',
        },
      });
    });
    await this.bidi.send('session.subscribe', { events: ['log.entryAdded'] });
  }

  async newPage(): Promise<TestPage> {
    const { context } = await this.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    this.#activeContext = context;
    const page = new FirefoxPage(this, context);
    if (this.#viewport) await page.setViewport(this.#viewport.width, this.#viewport.height);
    return page;
  }

  /**
   * Firefox's background page is not reachable through BiDi, so this runs in
   * a background tab showing the extension's own manifest.json: a document
   * of the extension's origin with the full `browser.*` / `chrome.*` APIs that
   * runs none of the extension's code. `browser.runtime.getBackgroundPage()`
   * reaches the background page's window from there. The tab stays open
   * (tabs.query sees it) and is reused.
   */
  async evaluateInExtension<R, A extends unknown[]>(
    fn: (...args: A) => R | Promise<R>,
    ...args: A
  ): Promise<R> {
    if (!this.extensionBaseUrl) throw new Error('evaluateInExtension(): this browser runs without the extension.');
    this.#extensionContext ??= (async () => {
      const { context } = await this.bidi.send<{ context: string }>('browsingContext.create', {
        type: 'tab',
        background: true,
      });
      await this.bidi.send(
        'browsingContext.navigate',
        { context, url: `${this.extensionBaseUrl}manifest.json`, wait: 'complete' },
        NAVIGATION_TIMEOUT_MS,
      );
      return context;
    })();
    let context: string;
    try {
      context = await this.#extensionContext;
    } catch (error) {
      this.#extensionContext = null;
      throw new Error(`Could not open an extension page: ${(error as Error).message}`, { cause: error });
    }
    return (await this.callFunction(context, fn as (...args: never[]) => unknown, args)) as R;
  }

  async callFunction(context: string, fn: (...args: never[]) => unknown, args: unknown[]): Promise<unknown> {
    if (typeof fn !== 'function') throw new TypeError('evaluate() takes a function.');
    const response = await this.bidi.send<EvaluateResult>('script.callFunction', {
      functionDeclaration: functionSource(fn),
      arguments: args.map((arg) => toLocalValue(arg)),
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 0, maxObjectDepth: null, includeShadowTree: 'none' },
      userActivation: true,
    });
    if (response.type === 'exception') {
      throw new Error(`Evaluation failed: ${response.exceptionDetails?.text ?? 'unknown exception'}`);
    }
    return fromRemoteValue(response.result ?? { type: 'undefined' });
  }

  /** Brings a tab to the front: input, focus, timers and rAF need it. */
  async activate(context: string): Promise<void> {
    if (this.#activeContext === context) return;
    await this.bidi.send('browsingContext.activate', { context });
    this.#activeContext = context;
  }

  forget(page: FirefoxPage): void {
    if (this.#activeContext === page.context) this.#activeContext = null;
  }

  close(): Promise<void> {
    this.#closing ??= this.#shutdown();
    return this.#closing;
  }

  async #shutdown(): Promise<void> {
    const { child, profileDir } = this.#live;
    try {
      await this.bidi.send('browser.close', {}, SHUTDOWN_TIMEOUT_MS);
    } catch {
      /* the process is killed below anyway */
    }
    this.bidi.close();
    if (!(await waitForExit(child, SHUTDOWN_TIMEOUT_MS))) {
      killGroup(child, 'SIGKILL');
      await waitForExit(child, 5_000);
    } else {
      killGroup(child, 'SIGKILL'); // stray content processes, if any
    }
    if (this.#watchdog?.pid !== undefined) {
      try {
        process.kill(this.#watchdog.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    await rm(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    liveBrowsers.delete(this.#live);
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = Number.isFinite(timeoutMs) ? setTimeout(() => resolve(false), timeoutMs) : undefined;
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

// ---------------------------------------------------------------------------

export async function launchFirefox(opts: LaunchOptions): Promise<BrowserSession> {
  const withExtension = !opts.withoutExtension;
  const extensionDir = path.resolve(opts.extensionDir);
  const geckoId = withExtension ? readGeckoId(extensionDir) : null;
  const executable = opts.executablePath ?? (await defaultExecutable());
  const uuid = randomUUID();
  const headless = opts.headless ?? true;
  // A headed window keeps its own size unless a viewport is asked for.
  const viewport = opts.viewport ?? (headless ? DEFAULT_VIEWPORT : null);

  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'summit-firefox-'));
  const prefs: Record<string, PrefValue> = {
    ...basePrefs(),
    ...(opts.proxy ? firefoxProxyPrefs(opts.proxy) : opts.allowNetwork ? {} : offlinePrefs()),
    ...colorSchemePrefs(opts.colorScheme ?? 'light'),
    ...(geckoId ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) } : {}),
    ...opts.firefoxPrefs,
  };
  await writeFile(
    path.join(profileDir, 'user.js'),
    Object.entries(prefs)
      .map(([name, value]) => prefLine(name, value))
      .join('\n') + '\n',
  );

  const output: string[] = [];
  const diagnostics = (): string =>
    output.length ? `\nLast Firefox output:\n  ${output.slice(-15).join('\n  ')}` : '';

  const child = spawn(
    executable,
    [
      ...(headless ? ['--headless'] : []),
      '--no-remote',
      '--profile',
      profileDir,
      '--remote-debugging-port=0',
      '--remote-allow-system-access',
      'about:blank',
    ],
    {
      detached: true, // own process group: one kill reaches the content processes
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...(headless ? { MOZ_HEADLESS: '1' } : {}),
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_CRASHREPORTER_SHUTDOWN: '1',
        MOZ_DISABLE_AUTO_SAFE_MODE: '1',
        MOZ_REMOTE_SETTINGS_DEVTOOLS: '0',
      },
    },
  );
  const live: LiveBrowser = { child, profileDir };
  liveBrowsers.add(live);
  installExitHook();
  const watchdog = child.pid !== undefined ? startWatchdog(child.pid, profileDir) : null;

  const abort = async (error: unknown): Promise<never> => {
    killGroup(child, 'SIGKILL');
    await waitForExit(child, 5_000);
    if (watchdog?.pid !== undefined) {
      try {
        process.kill(watchdog.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    await rm(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    liveBrowsers.delete(live);
    throw error;
  };

  try {
    const wsUrl = await new Promise<string>((resolve, reject) => {
      let pending = '';
      const onData = (chunk: Buffer): void => {
        pending += chunk.toString();
        let newline: number;
        while ((newline = pending.indexOf('\n')) >= 0) {
          const line = pending.slice(0, newline).trimEnd();
          pending = pending.slice(newline + 1);
          if (!line) continue;
          output.push(line);
          if (output.length > 200) output.shift();
          const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(line);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!.replace(/\/+$/, ''));
          }
        }
      };
      child.stderr!.on('data', onData);
      child.stdout!.on('data', onData);
      const timer = setTimeout(
        () => reject(new Error(`Firefox did not start WebDriver BiDi within ${STARTUP_TIMEOUT_MS} ms.${diagnostics()}`)),
        STARTUP_TIMEOUT_MS,
      );
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`Could not start ${executable}: ${error.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Firefox exited during startup (${signal ?? `code ${code}`}).${diagnostics()}`));
      });
    });

    const bidi = await BiDiConnection.connect(`${wsUrl}/session`, diagnostics, 10_000);
    const session = await bidi.send<{ capabilities: { browserVersion?: string } }>(
      'session.new',
      { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } },
      STARTUP_TIMEOUT_MS,
    );
    try {
      if (withExtension) {
        await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
      }
    } catch (error) {
      throw new Error(`Installing ${extensionDir} as a temporary add-on failed: ${(error as Error).message}`, {
        cause: error,
      });
    }

    const firefox = new FirefoxSession({
      bidi,
      live,
      watchdog,
      extensionBaseUrl: withExtension ? `moz-extension://${uuid}/` : '',
      version: session.capabilities.browserVersion ?? 'unknown',
      viewport,
    });
    await firefox.recordConsole();
    return firefox;
  } catch (error) {
    return abort(error);
  }
}
