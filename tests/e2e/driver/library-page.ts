/**
 * What TestPage does the same way over playwright-core's and puppeteer-core's
 * Page, whose mouse, keyboard and screenshot calls have the same shape.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ConsoleEntry, TestPage } from './types.js';

/** The part of a Page (Playwright's or Puppeteer's) used here. */
export interface CommonPage {
  mouse: { move(x: number, y: number): Promise<unknown>; click(x: number, y: number): Promise<unknown> };
  // Methods, not function-typed properties: puppeteer takes a union of key names, not any string.
  keyboard: { down(k: string): Promise<unknown>; up(k: string): Promise<unknown>; press(k: string): Promise<unknown>; type(t: string): Promise<unknown> };
  close(): Promise<unknown>;
}

/**
 * `fn` wrapped so that it takes its arguments as one array: both libraries
 * pass a single JSON-like value through their own serialisers (undefined,
 * NaN, Date, Map survive). Built from source text, as both libraries send the
 * function's source. `__name` is what esbuild's keepNames inserts into
 * transpiled functions; the page has no such helper. apply() rather than a
 * spread: a hostile page (scenarios/hostile-pages.ts) replaces the iterators.
 */
export function spreadingArgs(fn: (...args: never[]) => unknown): (args: unknown[]) => unknown {
  if (typeof fn !== 'function') throw new TypeError('evaluate() takes a function.');
  return new Function('args', `const __name = (f) => f; return (${fn.toString()}).apply(this, args);`) as (args: unknown[]) => unknown;
}

/** The URL of the innermost frame of a stack ("    at f (chrome-extension://…/content.js:1:2)" or "f@moz-extension://…"). */
export function stackSource(stack: string | undefined): string {
  return stack?.match(/\b((?:https?|(?:chrome|moz)-extension|file):\/\/[^\s)]+?)(?::\d+){0,2}\)?$/m)?.[1] ?? '';
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export abstract class LibraryPage<P extends CommonPage> implements TestPage {
  protected readonly console: ConsoleEntry[] = [];

  constructor(readonly page: P) {}

  abstract goto(url: string): Promise<void>;
  abstract evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  abstract setViewport(width: number, height: number): Promise<void>;
  /** One finger down at (x, y), held `ms`, then lifted. */
  protected abstract touch(x: number, y: number, ms: number): Promise<void>;
  protected abstract capture(file: string): Promise<void>;

  /** Called before input: a page must be in front to receive it. */
  protected async toFront(): Promise<void> {}

  async consoleEntries(): Promise<ConsoleEntry[]> {
    return [...this.console];
  }

  async mouseMove(x: number, y: number): Promise<void> {
    await this.toFront();
    await this.page.mouse.move(x, y);
  }

  async click(x: number, y: number): Promise<void> {
    await this.toFront();
    await this.page.mouse.click(x, y);
  }

  async tap(x: number, y: number): Promise<void> {
    await this.toFront();
    await this.touch(x, y, 0);
  }

  async longPress(x: number, y: number, ms: number): Promise<void> {
    await this.toFront();
    await this.touch(x, y, ms);
  }

  async press(combo: string): Promise<void> {
    await this.toFront();
    // "Shift+Tab" → Shift, Tab; "Control++" → Control, +; "+" → +.
    const keys = combo.split(/(?<=.)\+(?=.)/);
    const key = keys.pop()!;
    for (const modifier of keys) await this.page.keyboard.down(modifier);
    await this.page.keyboard.press(key);
    for (const modifier of keys.reverse()) await this.page.keyboard.up(modifier);
  }

  async type(text: string): Promise<void> {
    await this.toFront();
    await this.page.keyboard.type(text);
  }

  async screenshot(file: string): Promise<void> {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await this.capture(file);
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
