/**
 * Brings one mention into view and flashes it: used by the card's
 * previous/next buttons and by the popup's "On this page" list.
 */
import type { Highlighter } from './highlighter';
import type { Mention } from './mention-index';

const FLASH_MS = 1200;

export function jumpToMention(mention: Mention, highlighter: Highlighter): void {
  const el = mention.range.startContainer.parentElement;
  // Instant: a smooth scroll would leave an attached card pointing at nothing meanwhile.
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  highlighter.flashRange(mention.range, FLASH_MS);
}

/** The mention after `current` in `list` (wrapping), or the first/last when `current` is not in it. */
export function stepMention(list: readonly Mention[], current: Mention | null, step: 1 | -1): Mention | undefined {
  if (list.length === 0) return undefined;
  const at = current ? list.indexOf(current) : -1;
  if (at < 0) return step === 1 ? list[0] : list[list.length - 1];
  return list[(at + step + list.length) % list.length];
}
