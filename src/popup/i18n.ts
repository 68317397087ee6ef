/**
 * Routes every string of the popup and of the card in it (strings.ts) to
 * browser.i18n, i.e. to _locales/<browser language>/messages.json.
 */
import { getMessage } from '../common/browser-i18n';
import { setTranslator, t } from '../common/ui/strings';

export function installBrowserI18n(): void {
  setTranslator(getMessage);
  document.documentElement.lang = t('popup_lang');
  document.title = t('app_name');
}
