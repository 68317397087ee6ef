/**
 * The words of the card and the popup: dates, labels, counts. No DOM, no
 * Intl (its output varies with the browser's locale and ICU data), so the
 * card reads the same everywhere and these run in Node tests.
 */
import { parseIsoDate, weekdayOf } from '../../core/dates';
import type { LinkKind } from '../../core/dataset-queries';
import type { Entity, EntityKind, Source } from '../../core/dataset-types';
import { t, type StringKey } from './strings';

/** "2022-09-16" → "16 September 2022". Unparseable input is returned unchanged. */
export function formatLongDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  return `${d.day} ${t(`month_${d.month}` as StringKey)} ${d.year}`;
}

/** "2022-09-15" → "Thu 15 Sep". Unparseable input is returned unchanged. */
export function formatShortDay(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  return `${t(`weekday_short_${weekdayOf(d)}` as StringKey)} ${d.day} ${t(`month_short_${d.month}` as StringKey)}`;
}

const KIND_KEYS: Record<EntityKind, StringKey> = {
  leader: 'kind_leader',
  country: 'kind_country',
  organization: 'kind_organization',
  project: 'kind_project',
  place: 'kind_place',
};

/** "Leader", "Country", "Organization", "Project", "Place". */
export function kindLabel(kind: EntityKind): string {
  return t(KIND_KEYS[kind]);
}

/** The line under the card heading: the role as of its date ("Chinese President"), else the kind. */
export function roleLine(entity: Pick<Entity, 'kind' | 'role'>): string {
  const role = entity.role?.text.trim();
  return role ? role : kindLabel(entity.kind);
}

/**
 * The site named by the article's reference line: "Reference: www.challenges.fr"
 * → "www.challenges.fr"; a URL gives its host. '' when nothing site-like is there.
 */
export function sourceSite(reference: string): string {
  let text = reference.trim().replace(/^(reference|source)\s*:\s*/i, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      return new URL(text).host;
    } catch {
      return '';
    }
  }
  text = text.replace(/[/?#].*$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(text) ? text.toLowerCase() : '';
}

/** "Source: AFP, 16 September 2022 (www.challenges.fr)". */
export function formatSourceLine(source: Pick<Source, 'publisher' | 'date' | 'reference'>): string {
  const site = sourceSite(source.reference ?? '');
  const date = formatLongDate(source.date);
  return site ? t('source_line', source.publisher, date, site) : t('source_line_no_site', source.publisher, date);
}

/**
 * Where a statement comes from, in a few words: the article's publisher and
 * date ("AFP, 16 September 2022"), a reference's publisher, title and date.
 */
export function formatSourceCredit(source: Pick<Source, 'kind' | 'publisher' | 'title' | 'date'>): string {
  const date = formatLongDate(source.date);
  return source.kind === 'article' ? t('credit_article', source.publisher, date) : t('credit_reference', source.publisher, source.title, date);
}

/** "Not mentioned on this page" / "1 mention on this page" / "3 mentions on this page". */
export function formatMentionCount(count: number): string {
  if (count <= 0) return t('mentions_none');
  if (count === 1) return t('mentions_one');
  return t('mentions_other', count);
}

/** 0-based index → "2 of 3"; '' when no mention is current (index -1) or out of range. */
export function formatMentionPosition(index: number, count: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= count) return '';
  return t('mention_position', index + 1, count);
}

const LINK_KEYS: Record<LinkKind, StringKey> = {
  'leader-of': 'link_leader_of',
  'led-by': 'link_led_by',
  capital: 'link_capital',
  'capital-of': 'link_capital_of',
  'seat-of': 'link_seat_of',
  'member-of': 'link_member_of',
  'observer-in': 'link_observer_in',
  'dialogue-partner-of': 'link_dialogue_partner_of',
  'outside-of': 'link_outside_of',
  members: 'link_members',
  observers: 'link_observers',
  'dialogue-partners': 'link_dialogue_partners',
  'located-in': 'link_located_in',
};

/** "Leader of", "Led by", "Capital", "Member of", "Members", "Located in" … */
export function linkLabel(link: LinkKind): string {
  return t(LINK_KEYS[link]);
}
