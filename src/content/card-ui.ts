/**
 * The hover card's code and data, loaded by the content script only when the
 * reader is about to need a card (see lazy-cards.ts): Preact, Floating UI, the
 * card component and styles, the dataset's facts, and the keyboard's way
 * through the names (name-navigator.ts: a key press that goes to a name opens
 * a card anyway) stay out of the script that runs on every page.
 */
import { setTranslator, t, type Translator } from '../common/ui/strings';
import { dataset } from '../data/entities';
import { CardController } from './card-controller';
import { CardHost } from './card-host';
import type { Highlighter } from './highlighter';
import type { MentionIndex } from './mention-index';
import { NameNavigator } from './name-navigator';

/** What the page's content script knows that the navigator needs. */
export interface PageContext {
  /** The page's open shadow roots (the scanner's). */
  shadowRoots: () => ShadowRoot[];
  /** False while the page is paused or switched off. */
  active: () => boolean;
}

export function createCards(
  doc: Document,
  index: MentionIndex,
  highlighter: Highlighter,
  translate: Translator,
  page: PageContext,
): { cards: CardController; host: CardHost; navigator: NameNavigator; t: typeof t } {
  setTranslator(translate);
  const host = new CardHost(doc);
  const cards: CardController = new CardController(doc, dataset, host, index, highlighter, {
    onJump: (mention, byKeyboard) => navigator.follow(mention, byKeyboard),
  });
  const navigator: NameNavigator = new NameNavigator({
    win: window,
    index,
    cards,
    highlighter,
    shadowRoots: page.shadowRoots,
    active: page.active,
  });
  // The UI's strings live here, not in the content script that runs on every page.
  return { cards, host, navigator, t };
}
