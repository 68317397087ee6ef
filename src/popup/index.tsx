/**
 * The toolbar popup: what this page mentions, and every entity of the summit
 * with its card.
 */
import { render } from 'preact';
import { App } from './App';
import { mountCardStyles } from '../common/ui/card-styles';
import { popupStyles } from './popup-styles';

const sheet = new CSSStyleSheet();
sheet.replaceSync(popupStyles);
mountCardStyles(document);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
render(<App />, document.getElementById('app')!);
