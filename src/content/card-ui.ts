/**
 * The hover card's code and data, loaded by the content script only when the
 * reader is about to need a card (see lazy-cards.ts): Preact, Floating UI, the
 * card component and styles, and the dataset's facts stay out of the script
 * that runs on every page.
 */
import { setTranslator, t, type Translator } from '../common/ui/strings';
import { dataset } from '../data/entities';
import { CardController, type CardEvents } from './card-controller';
import { CardHost } from './card-host';
import type { Highlighter } from './highlighter';
import type { MentionIndex } from './mention-index';

export function createCards(
  doc: Document,
  index: MentionIndex,
  highlighter: Highlighter,
  translate: Translator,
  events: CardEvents = {},
): { cards: CardController; host: CardHost; t: typeof t } {
  setTranslator(translate);
  const host = new CardHost(doc);
  // The UI's strings live here, not in the content script that runs on every page.
  return { cards: new CardController(doc, dataset, host, index, highlighter, events), host, t };
}
