/**
 * Routes the card's strings (strings.ts) and the popup's (popup-strings.ts)
 * to browser.i18n, i.e. to _locales/<browser language>/messages.json, with
 * English as the fallback for anything missing.
 */
import browser from 'webextension-polyfill';
import { setTranslator } from '../common/ui/strings';
import { pt, setPopupTranslator } from './popup-strings';

function getMessage(key: string, subs: string[]): string | undefined {
  try {
    // Chrome returns '' for an unknown key, Firefox '' plus a console error.
    return browser.i18n.getMessage(key, subs.length > 0 ? subs : undefined) || undefined;
  } catch {
    return undefined;
  }
}

export function installBrowserI18n(): void {
  setTranslator(getMessage);
  setPopupTranslator(getMessage);
  document.documentElement.lang = pt('popup_lang');
  document.title = pt('app_name');
}
