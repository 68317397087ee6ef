/**
 * One entry point for the end-to-end tests: launch either browser, and the
 * list of browsers this run covers.
 */

import { launchChromium } from './chromium.js';
import { launchFirefox } from './firefox.js';
import type { BrowserName, BrowserSession, LaunchOptions } from './types.js';

export type { BrowserName, BrowserSession, LaunchOptions, TestPage } from './types.js';

const ALL_BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export function launchBrowser(name: BrowserName, opts: LaunchOptions): Promise<BrowserSession> {
  switch (name) {
    case 'chromium':
      return launchChromium(opts);
    case 'firefox':
      return launchFirefox(opts);
    default:
      return Promise.reject(new Error(`Unknown browser "${String(name)}".`));
  }
}

/**
 * The browsers to test: $SUMMIT_BROWSERS as a comma-separated list
 * ("chromium", "firefox", "chromium,firefox"); both when unset or empty.
 */
export function browsersUnderTest(): BrowserName[] {
  const raw = process.env.SUMMIT_BROWSERS?.trim();
  if (!raw) return [...ALL_BROWSERS];
  const names: BrowserName[] = [];
  for (const part of raw.split(',')) {
    const name = part.trim().toLowerCase();
    if (!name) continue;
    if (!(ALL_BROWSERS as readonly string[]).includes(name)) {
      throw new Error(`SUMMIT_BROWSERS: unknown browser "${part.trim()}" (expected ${ALL_BROWSERS.join(', ')}).`);
    }
    if (!names.includes(name as BrowserName)) names.push(name as BrowserName);
  }
  if (names.length === 0) throw new Error(`SUMMIT_BROWSERS="${raw}" names no browser.`);
  return names;
}
