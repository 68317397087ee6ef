/**
 * Every user-visible string of the entity card, in English, behind a tiny
 * `t(key, ...substitutions)` indirection.
 *
 * The keys and the `$1`, `$2` placeholders follow the rules of
 * `browser.i18n.getMessage(name, substitutions)` (names are ASCII letters,
 * digits and underscores), so that the popup can later plug browser i18n in
 * with `setTranslator((key, subs) => browser.i18n.getMessage(key, subs))`
 * and a `_locales/en/messages.json` generated from `EN`.
 */

export const EN = {
  /** BCP 47 tag of these strings and of the dataset's text, set as the card's `lang`. */
  card_lang: 'en',
  card_back: 'Back',
  card_close: 'Close',
  card_close_label: 'Close card',

  kind_leader: 'Leader',
  kind_country: 'Country',
  kind_organization: 'Organization',
  kind_place: 'Place',

  section_summit: 'At the summit',
  section_background: 'Background',
  /** $1: long date of the report. */
  reported_on: 'as reported on $1',
  /** $1: long date. */
  as_of: 'as of $1',

  quote_show: 'Quote',
  quote_hide: 'Hide quote',

  group_met_with: 'Met with',
  group_no_meeting: 'No meeting announced',
  group_related: 'Related',
  link_leader_of: 'Leader of',
  link_led_by: 'Led by',
  link_member_of: 'Member of',
  link_members: 'Members',
  link_located_in: 'Located in',

  mentions_none: 'Not mentioned on this page',
  mentions_one: '1 mention on this page',
  /** $1: number of mentions (2 or more). */
  mentions_other: '$1 mentions on this page',
  /** $1: 1-based position, $2: count. */
  mention_position: '$1 of $2',
  mentions_group: 'Mentions on this page',
  mention_prev: 'Previous mention',
  mention_next: 'Next mention',

  /** $1: outlet, $2: long date, $3: site. */
  source_line: 'Source: $1, $2 ($3)',
  /** $1: outlet, $2: long date (when the reference names no site). */
  source_line_no_site: 'Source: $1, $2',

  month_1: 'January',
  month_2: 'February',
  month_3: 'March',
  month_4: 'April',
  month_5: 'May',
  month_6: 'June',
  month_7: 'July',
  month_8: 'August',
  month_9: 'September',
  month_10: 'October',
  month_11: 'November',
  month_12: 'December',

  month_short_1: 'Jan',
  month_short_2: 'Feb',
  month_short_3: 'Mar',
  month_short_4: 'Apr',
  month_short_5: 'May',
  month_short_6: 'Jun',
  month_short_7: 'Jul',
  month_short_8: 'Aug',
  month_short_9: 'Sep',
  month_short_10: 'Oct',
  month_short_11: 'Nov',
  month_short_12: 'Dec',

  weekday_short_0: 'Sun',
  weekday_short_1: 'Mon',
  weekday_short_2: 'Tue',
  weekday_short_3: 'Wed',
  weekday_short_4: 'Thu',
  weekday_short_5: 'Fri',
  weekday_short_6: 'Sat',
  // Outside the card: the context menu, the keyboard command, the lookup notice.
  menu_lookup: 'Look up “%s” in Summit Lens',
  command_toggle: 'Turn highlighting on or off on this page',
  lookup_no_match: 'No summit name in “$1”',
} as const;

export type StringKey = keyof typeof EN;

/** Returns the translated, already-substituted string, or '' / undefined to fall back to English. */
export type Translator = (key: StringKey, substitutions: string[]) => string | undefined;

let translator: Translator | null = null;

/** Plugs in another source of strings (e.g. browser.i18n.getMessage); null restores English. */
export function setTranslator(fn: Translator | null): void {
  translator = fn;
}

/** Replaces `$1`..`$9` with the substitutions; `$$` is a literal dollar sign. */
export function substitute(template: string, subs: readonly string[]): string {
  return template.replace(/\$(\$|[1-9])/g, (whole, what: string) => {
    if (what === '$') return '$';
    const value = subs[Number(what) - 1];
    return value ?? whole;
  });
}

export function t(key: StringKey, ...subs: (string | number)[]): string {
  const strs = subs.map(String);
  const translated = translator?.(key, strs);
  if (translated) return translated;
  return substitute(EN[key], strs);
}
