/**
 * Pure helpers for the entity card: dates, labels, grouping. No DOM, no
 * Intl (its output varies with the browser's locale and ICU data), so the
 * card reads the same everywhere and these run in Node tests.
 */
import type { Entity, EntityKind, Relation, SourceInfo } from '../../core/dataset-types';
import { t, type StringKey } from './strings';

export interface IsoDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a calendar date "YYYY-MM-DD"; null for anything else (including 2022-02-30). */
export function parseIsoDate(iso: string): IsoDate | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** 0 = Sunday .. 6 = Saturday, proleptic Gregorian calendar, independent of time zone. */
export function weekdayOf({ year, month, day }: IsoDate): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCDay();
}

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
  place: 'kind_place',
};

/** "Leader", "Country", "Organization", "Place". */
export function kindLabel(kind: EntityKind): string {
  return t(KIND_KEYS[kind]);
}

/** The line under the card heading: the role the article gives, else the kind. */
export function roleLine(entity: Pick<Entity, 'kind' | 'role'>): string {
  const role = entity.role?.trim();
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
export function formatSourceLine(source: Pick<SourceInfo, 'outlet' | 'date' | 'reference'>): string {
  const site = sourceSite(source.reference);
  const date = formatLongDate(source.date);
  return site ? t('source_line', source.outlet, date, site) : t('source_line_no_site', source.outlet, date);
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

export interface RelationGroups {
  metWith: Relation[];
  noMeeting: Relation[];
  related: Relation[];
}

/**
 * Splits relations by type. Meetings are ordered by day (undated ones last),
 * the rest keep the dataset's order.
 */
export function groupRelations(relations: readonly Relation[]): RelationGroups {
  const metWith = relations
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.type === 'met-with')
    .sort((a, b) => {
      const da = a.r.date;
      const db = b.r.date;
      if (da === db) return a.i - b.i;
      // Undated meetings go last.
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      return da < db ? -1 : 1;
    })
    .map(({ r }) => r);
  return {
    metWith,
    noMeeting: relations.filter((r) => r.type === 'no-meeting-announced'),
    related: relations.filter((r) => r.type === 'related-to'),
  };
}

/**
 * Organization id → ids of the entities whose `memberOf` names it, in
 * dataset order. The card only has `lookup`, so whoever holds the whole
 * dataset builds this once and passes `members={index.get(entity.id)}`.
 */
export function buildMembersIndex(entities: readonly Pick<Entity, 'id' | 'memberOf'>[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const e of entities) {
    for (const org of e.memberOf ?? []) {
      const list = index.get(org);
      if (list) {
        if (!list.includes(e.id)) list.push(e.id);
      } else {
        index.set(org, [e.id]);
      }
    }
  }
  return index;
}

export interface LinkGroup {
  /** Key of the label ("Leader of", "Led by", ...). */
  label: StringKey;
  ids: string[];
}

/**
 * The structural links of an entity, as label → related ids, in display
 * order: Leader of, Led by, Member of, Members, Located in. Empty groups are
 * left out; ids are not checked against the dataset here.
 */
export function structuralLinks(
  entity: Pick<Entity, 'kind' | 'country' | 'leader' | 'memberOf' | 'locatedIn'>,
  members?: readonly string[],
): LinkGroup[] {
  const groups: LinkGroup[] = [];
  if (entity.kind === 'leader' && entity.country) groups.push({ label: 'link_leader_of', ids: [entity.country] });
  if (entity.leader) groups.push({ label: 'link_led_by', ids: [entity.leader] });
  if (entity.memberOf?.length) groups.push({ label: 'link_member_of', ids: [...entity.memberOf] });
  if (members?.length) groups.push({ label: 'link_members', ids: [...members] });
  if (entity.locatedIn) groups.push({ label: 'link_located_in', ids: [entity.locatedIn] });
  return groups;
}
