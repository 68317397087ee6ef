/**
 * Shared state of an end-to-end run: one local server for every page, one
 * browser launch per browser for many checks, and helpers that wait for the
 * extension to settle instead of sleeping for a guessed time.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, type BrowserName, type BrowserSession, type LaunchOptions, type TestPage } from '../driver/launch';
import { highlightCount, openCard, type CardInfo } from './page-probes';
import { startServer } from '../../../scripts/lib/static-server.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const distDir = path.join(repoRoot, 'dist');
export const artifactsDir = path.join(repoRoot, 'artifacts');

export interface Server {
  url: string;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<Server> {
  return (await startServer({ port: 0 })) as Server;
}

/** One browser session for a describe block: launched once, closed once. */
export class BrowserUnderTest {
  session!: BrowserSession;
  constructor(
    readonly name: BrowserName,
    private readonly options: Partial<LaunchOptions> = {},
  ) {}

  async launch(): Promise<void> {
    this.session = await launchBrowser(this.name, { extensionDir: distDir, ...this.options });
  }

  async close(): Promise<void> {
    await this.session?.close();
  }
}

export function artifactPath(file: string): string {
  mkdirSync(artifactsDir, { recursive: true });
  return path.join(artifactsDir, file);
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** Polls `probe` until `done` holds for its result; returns the last result. */
export async function waitFor<T>(
  probe: () => Promise<T>,
  done: (v: T) => boolean,
  { timeout = 10_000, interval = 50, what = 'condition' } = {},
): Promise<T> {
  const until = Date.now() + timeout;
  let last = await probe();
  while (!done(last)) {
    if (Date.now() > until) throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last: ${JSON.stringify(last)}`);
    await sleep(interval);
    last = await probe();
  }
  return last;
}

/**
 * Waits until the extension has finished highlighting: the registry exists
 * and its size has not changed for `quietMs`. Returns the final count.
 */
export async function waitForHighlights(page: TestPage, { quietMs = 400, timeout = 20_000, allowNone = false } = {}): Promise<number> {
  const until = Date.now() + timeout;
  let last = -2;
  let stableSince = Date.now();
  for (;;) {
    const n = await page.evaluate(highlightCount);
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if ((n >= 0 || allowNone) && Date.now() - stableSince >= quietMs) {
      return n;
    }
    if (Date.now() > until) throw new Error(`Highlights did not settle within ${timeout} ms (last count ${n})`);
    await sleep(50);
  }
}

/** Waits for a card (for `entity`, if given) to be open and visible. */
export async function waitForCard(page: TestPage, entity?: string, timeout = 3000): Promise<CardInfo> {
  const card = await waitFor(
    () => page.evaluate(openCard),
    (c) => c !== null && (entity === undefined || c.entity === entity),
    { timeout, what: `the card for ${entity ?? 'any entity'}` },
  );
  return card!;
}

/** Closes any open card and waits until it is gone. */
export async function closeCard(page: TestPage): Promise<void> {
  await page.press('Escape');
  await waitFor(() => page.evaluate(openCard), (c) => c === null, { timeout: 2000, what: 'the card to close' });
}
