/**
 * What the extension put into a page's console. A content script's messages
 * and uncaught errors show in the page's console, so anything there that came
 * from our code (by its "[Summit Lens]" prefix or by its extension script URL)
 * is something a reader of that console would see.
 */
import type { ConsoleEntry, TestPage } from '../driver/types';

export function isFromExtension(entry: ConsoleEntry): boolean {
  return /Summit Lens/.test(entry.text) || /^(chrome|moz)-extension:/.test(entry.source);
}

/** Entries of `page`'s console that came from the extension; a healthy run has none. */
export async function extensionConsoleEntries(page: TestPage): Promise<ConsoleEntry[]> {
  return (await page.consoleEntries()).filter(isFromExtension);
}

/** Uncaught errors in the page, whoever threw them. */
export async function uncaughtErrors(page: TestPage): Promise<ConsoleEntry[]> {
  return (await page.consoleEntries()).filter((e) => e.kind === 'exception');
}
