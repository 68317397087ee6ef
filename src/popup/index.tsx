/**
 * The toolbar popup's entry point: strings from browser.i18n, the card's and
 * the popup's style sheets, then the app.
 */
import { render } from 'preact';
import { mountCardStyles } from '../common/ui/card-styles';
import themeCss from '../common/ui/theme.css';
import { App } from './App';
import { FlagSprite } from './FlagSprite';
import { installBrowserI18n } from './i18n';
import popupCss from './popup.css';

installBrowserI18n();
const sheet = new CSSStyleSheet();
sheet.replaceSync(themeCss + popupCss);
mountCardStyles(document);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
// The sprite sits beside the app, so that the app's renders never diff it.
render(
  <>
    <FlagSprite />
    <App />
  </>,
  document.getElementById('app')!,
);
