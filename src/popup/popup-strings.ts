/**
 * The popup's own strings, in English, behind `pt(key, ...substitutions)`.
 * Same rules as the card's table (src/common/ui/strings.ts): keys are
 * browser.i18n message names, `$1`..`$9` are substitutions. Both tables are
 * mirrored in _locales/<lang>/messages.json (tests/unit/locales.test.ts
 * keeps them in step); `installBrowserI18n()` (i18n.ts) routes both to
 * browser.i18n, and anything missing falls back to this English.
 */
import { substitute } from '../common/ui/strings';

export const POPUP_EN = {
  /** BCP 47 tag of the popup's language, set on <html lang>. */
  popup_lang: 'en',
  app_name: 'Summit Lens',
  /** $1: outlet, $2: short date of the report ("16 Sep 2022"). */
  app_subtitle: 'SCO summit, Samarkand · $1, $2',

  nav_label: 'Views',
  nav_search: 'Search',
  nav_this_page: 'This page',
  nav_summit: 'Summit',
  nav_settings: 'Settings',

  search_label: 'Search the summit report',
  search_placeholder: 'Name, in any language, or a word',
  search_results_label: 'Matches',
  search_clear: 'Clear search',
  search_empty_title: 'Find a name from the report',
  search_empty_body: 'Names work in English, French, German, Spanish, Russian and Chinese, with or without accents; words from the report work too.',
  search_try: 'Try',
  search_browse: 'Browse',
  /** $1: the query as typed. */
  search_none: 'Nothing matches “$1”.',
  search_none_hint: 'Check the spelling, or try a word the report uses, such as “sanctions”.',
  search_count_one: '1 match',
  /** $1: number of matches (2 or more). */
  search_count_other: '$1 matches',
  /** $1: the alias that matched, as the dataset writes it. */
  match_alias: 'as “$1”',
  match_fuzzy: 'similar spelling',
  match_fact: 'in the report',

  kinds_leader: 'Leaders',
  kinds_country: 'Countries',
  kinds_organization: 'Organizations',
  kinds_place: 'Places',

  page_title: 'On this page',
  page_loading: 'Reading this page…',
  page_restricted: 'Browsers do not let extensions read this kind of page.',
  page_not_ready: 'Summit Lens is not running on this page yet. Reload the page to find the names on it.',
  page_unreadable: 'Summit Lens cannot read this page. Browsers keep extensions out of their own pages; a web page opened before Summit Lens was installed needs reloading.',
  page_reload: 'Reload page',
  page_none: 'The page names no one from the summit report.',
  page_hint: 'Select a name to go to it on the page.',
  page_mentions_one: '1 mention',
  /** $1: number of mentions (2 or more). */
  page_mentions_other: '$1 mentions',
  /** $1: entity name. */
  page_go_to: 'Go to $1 on the page',
  /** $1: entity name. */
  page_about: 'About $1',
  page_off_everywhere: 'Spotting is turned off, so nothing is highlighted.',
  /** $1: hostname. */
  page_off_here: 'Spotting is turned off on $1.',
  page_no_access: 'Summit Lens is not allowed to read $1. Allow it to find the names on this page.',
  page_no_access_all: 'Summit Lens is not allowed to read websites. Allow it to find the names on the pages you read.',
  page_allow: 'Allow access',
  page_file_urls_off: 'To read files opened from this computer, open chrome://extensions, click Details under Summit Lens and turn on “Allow access to file URLs”.',
  page_turn_on: 'Turn on',

  summit_title: 'The summit at a glance',
  /** $1: outlet, $2: long date. */
  summit_intro: 'Who met whom in Samarkand, as $1 reported it on $2.',
  summit_graph_label: 'Diagram of the meetings between leaders',
  summit_legend_met: 'Met, on the day shown',
  summit_legend_no: 'No meeting announced',
  summit_no_meeting: 'no meeting announced',
  summit_meetings_title: 'Meetings',
  /** $1 and $2: two leaders' names. */
  summit_pair: '$1 and $2',
  summit_meetings_one: '1 meeting',
  /** $1: number of meetings (2 or more). */
  summit_meetings_other: '$1 meetings',
  summit_meetings_none: 'no meeting',
  /** $1: leader's name, $2: role, $3: their meetings ("2 meetings"). */
  summit_node_label: '$1, $2: $3',
  summit_hint: 'Select a leader to open their card.',

  settings_title: 'Settings',
  set_enabled: 'Spot names on pages',
  set_enabled_hint: 'Mark the summit’s names on web pages and show a card when you rest the pointer on one.',
  set_site: 'On this site',
  /** $1: hostname. */
  set_site_host: 'Spot names on $1',
  set_site_unavailable: 'Not available on this page.',
  set_style: 'Highlight',
  set_style_underline: 'Underline',
  set_style_background: 'Background',
  set_style_none: 'None',
  set_kinds: 'What to spot',
  set_delay: 'Hover delay',
  /** $1: milliseconds. */
  set_delay_value: '$1 ms',
  set_delay_hint: 'How long the pointer rests on a name before its card opens.',
  set_sync_note: 'Saved in your browser, and synced where you are signed in.',
  set_save_failed: 'Could not save the settings.',
  set_problems: 'Some stored settings could not be read as they were:',
  set_not_synced: 'Saved on this device only: your browser could not sync your settings. They apply here and are kept after a restart; your other devices keep their own.',
  set_not_synced_quota: 'The space your browser gives extensions for synced settings is full.',
  set_not_synced_rate: 'Too many changes in a short time; they will be synced the next time you open Summit Lens.',
  set_not_synced_unavailable: 'Sync is turned off or not available in this browser.',
} as const;

export type PopupKey = keyof typeof POPUP_EN;

/** Returns the translated, already-substituted string, or '' / undefined to fall back to English. */
export type PopupTranslator = (key: PopupKey, substitutions: string[]) => string | undefined;

let translator: PopupTranslator | null = null;

/** Plugs in browser.i18n (or a test double); null restores English. */
export function setPopupTranslator(fn: PopupTranslator | null): void {
  translator = fn;
}

/** A popup string, translated when a translator is set. */
export function pt(key: PopupKey, ...subs: (string | number)[]): string {
  const strs = subs.map(String);
  const translated = translator?.(key, strs);
  if (translated) return translated;
  return substitute(POPUP_EN[key], strs);
}

/** "1 match" / "3 matches" style plurals: English and French both have one/other. */
export function plural(one: PopupKey, other: PopupKey, n: number): string {
  return n === 1 ? pt(one) : pt(other, n);
}
