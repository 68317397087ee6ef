/**
 * browser.i18n as a translator for the string tables: _locales/<browser
 * language>/messages.json, English (the tables' own text) for anything missing.
 */
import browser from 'webextension-polyfill';

export function getMessage(key: string, subs: string[]): string | undefined {
  try {
    // Chrome returns '' for an unknown key, Firefox '' plus a console error.
    return browser.i18n.getMessage(key, subs.length > 0 ? subs : undefined) || undefined;
  } catch {
    return undefined;
  }
}
