/**
 * One small interface over the two libraries that drive real browsers:
 * playwright-core for Chromium, puppeteer-core (WebDriver BiDi) for Firefox.
 * End-to-end scenarios are written once against it and run in both.
 */

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  /** Absolute path of the unpacked extension (dist/). */
  extensionDir: string;
  /** Viewport of new pages. Default 1280 x 800. */
  viewport?: { width: number; height: number };
  /**
   * Chromium only: a touch-enabled context (touch events on, navigator.maxTouchPoints > 0,
   * a coarse pointer), as on a phone or a tablet; TestPage.tap and longPress work either way.
   * Firefox ignores it: its BiDi touch pointers need no setting.
   */
  touch?: boolean;
  /** Emulated `prefers-color-scheme`. Default 'light'. */
  colorScheme?: 'light' | 'dark';
  /** Extra Firefox prefs written to the fresh profile's user.js (they win over the driver's). */
  firefoxPrefs?: Record<string, string | number | boolean>;
  /**
   * "host:port" of an HTTP proxy that EVERY request of the browser goes
   * through, loopback ones included (tests/e2e/support/recording-proxy.ts
   * records them). Without it, every host but 127.0.0.1/localhost fails at
   * once (saved pages reference many remote resources; tests must not depend
   * on them or wait for them).
   */
  proxy?: string;
  /**
   * Launch the same browser WITHOUT the extension (a baseline: the page as its
   * reader has it). extensionDir is then ignored, extensionBaseUrl is '' and
   * evaluateInExtension rejects.
   */
  withoutExtension?: boolean;
  /**
   * Default true. false opens a real window (needs a display); then, unless
   * `viewport` is given, the window's own size is used instead of 1280 x 800.
   */
  headless?: boolean;
}

export interface BrowserSession {
  readonly name: BrowserName;
  /** "chrome-extension://<id>/" or "moz-extension://<uuid>/" (with trailing slash); '' without the extension. */
  readonly extensionBaseUrl: string;
  /** Browser version, e.g. "156.0.8078.108" or "153.8.0". */
  readonly version: string;
  /**
   * Settles (never rejects) once the browser is gone: after close(), or when
   * the user closes its window, or when it crashes.
   */
  readonly closed: Promise<void>;
  newPage(): Promise<TestPage>;
  /**
   * Runs a self-contained function (like TestPage.evaluate) in a context of
   * the extension that has its APIs (`chrome.*`; `browser.*` in Firefox):
   * for tabs/badge/storage checks.
   * - Chromium: the extension's service worker itself.
   * - Firefox: BiDi cannot reach the background page, so a background tab
   *   showing `<extensionBaseUrl>manifest.json` (extension origin, full APIs,
   *   runs none of the extension's code); `browser.runtime.getBackgroundPage()`
   *   reaches the background page from there. That tab is reused and stays
   *   open, so `tabs.query({})` lists it (it is never the active tab).
   */
  evaluateInExtension<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  close(): Promise<void>;
}

/** A message the page's console showed: from the page itself or from a content script in it. */
export interface ConsoleEntry {
  /** 'exception' is an uncaught error or unhandled rejection; 'console' a console.* call or a browser message. */
  kind: 'console' | 'exception';
  /** 'error' | 'warning' | 'info' | 'log' | 'debug' (Firefox's 'warn' is reported as 'warning'). */
  level: string;
  text: string;
  /** The script it came from, when the browser says (a page URL or an extension URL); '' otherwise. */
  source: string;
}

export interface TestPage {
  goto(url: string): Promise<void>;
  /**
   * Everything the console of this tab has shown since the page was opened,
   * in every frame and every world (page scripts and content scripts alike),
   * oldest first.
   */
  consoleEntries(): Promise<ConsoleEntry[]>;
  /**
   * Runs a self-contained function in the page's main world and returns its
   * JSON-serialisable result (promises are awaited). The function must not
   * close over anything: it is sent as source text. Arguments must be
   * JSON-like (undefined, NaN and Date survive too). Page CSP does not apply.
   * A throw in the page rejects with an Error carrying its message.
   */
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** Moves the pointer to viewport coordinates (CSS pixels). */
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** A touch tap (one finger down and up) at viewport coordinates. */
  tap(x: number, y: number): Promise<void>;
  /** One finger down at viewport coordinates, held for `ms`, then lifted. */
  longPress(x: number, y: number, ms: number): Promise<void>;
  /**
   * Presses one key, by its KeyboardEvent.key value ("Escape", "Tab", "a"),
   * optionally with modifiers: "Shift+Tab", "Control+a".
   */
  press(key: string): Promise<void>;
  /** Types text into the focused element, one key press per character. */
  type(text: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** PNG of the viewport. */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** One request seen inside the browser (network-recorder.ts). */
export interface RequestRecord {
  url: string;
  method: string;
  /**
   * Who asked, as far as the browser tells: "service-worker <url>" for a
   * worker, else "page <url of the document or frame>" (a tab, the popup tab,
   * or a content script: content scripts share their page's network
   * context); "page ?" when the document is unknown.
   */
  source: string;
}

export interface RequestRecorder {
  /** Stops recording and returns every request seen since it started, in order. */
  stop(): Promise<RequestRecord[]>;
}
