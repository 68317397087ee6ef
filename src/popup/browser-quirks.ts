/**
 * Where Chrome and Firefox differ in ways the popup must know about.
 * Kept here so the rest of the popup reads as if there were one browser.
 */
import browser from 'webextension-polyfill';

/** Firefox alone has runtime.getBrowserInfo. */
export function isFirefox(): boolean {
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
}

/**
 * Chrome runs content scripts on file:// pages only when the reader turns on
 * "Allow access to file URLs". Firefox has no such switch (its
 * isAllowedFileSchemeAccess always answers false), so there the answer is yes.
 */
export async function fileUrlsAllowed(): Promise<boolean> {
  if (isFirefox()) return true;
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return true;
  }
}
