/**
 * Routes the card's strings (strings.ts) and the popup's (popup-strings.ts)
 * to browser.i18n, i.e. to _locales/<browser language>/messages.json, with
 * English as the fallback for anything missing.
 */
import { getMessage } from '../common/browser-i18n';
import { setTranslator } from '../common/ui/strings';
import { pt, setPopupTranslator } from './popup-strings';

export function installBrowserI18n(): void {
  setTranslator(getMessage);
  setPopupTranslator(getMessage);
  document.documentElement.lang = pt('popup_lang');
  document.title = pt('app_name');
}
