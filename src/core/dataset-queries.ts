/**
 * Questions the card and the popup ask of the dataset: how an entity's
 * relations group, where a country stood in an organization, how entities
 * link to each other, where a statement comes from. Ids only; labels are the UI's.
 */
import type { Dataset, Entity, MembershipStatus, Relation, Source } from './dataset-types';

export interface RelationGroups {
  /** Meetings the article reports as held. */
  metWith: Relation[];
  /** Meetings it announces ("will meet") without reporting them as held. */
  announced: Relation[];
  noMeeting: Relation[];
  related: Relation[];
}

/** Meetings by day (undated ones last), then in the dataset's order. */
function byDay(relations: readonly Relation[]): Relation[] {
  return relations
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const da = a.r.date;
      const db = b.r.date;
      if (da === db) return a.i - b.i;
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      return da < db ? -1 : 1;
    })
    .map(({ r }) => r);
}

/** Splits relations by type. Meetings, held or announced, are ordered by day; the rest keep the dataset's order. */
export function groupRelations(relations: readonly Relation[]): RelationGroups {
  return {
    metWith: byDay(relations.filter((r) => r.type === 'met-with')),
    announced: byDay(relations.filter((r) => r.type === 'meeting-announced')),
    noMeeting: relations.filter((r) => r.type === 'no-meeting-announced'),
    related: relations.filter((r) => r.type === 'related-to'),
  };
}

/** The countries that stood in an organization, by standing ("none" left out), in dataset order. */
export type Standing = Record<Exclude<MembershipStatus, 'none'>, string[]>;

/** Organization id → its members, observers and dialogue partners, from the countries' memberships. */
export function buildStandingIndex(entities: readonly Pick<Entity, 'id' | 'memberships'>[]): Map<string, Standing> {
  const index = new Map<string, Standing>();
  for (const e of entities) {
    for (const m of e.memberships ?? []) {
      if (m.status === 'none') continue;
      let standing = index.get(m.org);
      if (!standing) index.set(m.org, (standing = { member: [], observer: [], 'dialogue-partner': [] }));
      if (!standing[m.status].includes(e.id)) standing[m.status].push(e.id);
    }
  }
  return index;
}

export type LinkKind =
  | 'leader-of'
  | 'led-by'
  | 'capital'
  | 'capital-of'
  | 'seat-of'
  | 'member-of'
  | 'observer-in'
  | 'dialogue-partner-of'
  | 'outside-of'
  | 'members'
  | 'observers'
  | 'dialogue-partners'
  | 'located-in';

export interface LinkGroup {
  link: LinkKind;
  ids: string[];
}

const STATUS_LINK: Record<MembershipStatus, LinkKind> = {
  member: 'member-of',
  observer: 'observer-in',
  'dialogue-partner': 'dialogue-partner-of',
  none: 'outside-of',
};

/**
 * The structural links of an entity, in display order. All are as of the
 * report's date. Empty groups are left out; ids are not checked against the
 * dataset here. `standing`: an organization's, from buildStandingIndex().
 */
export function structuralLinks(
  entity: Pick<Entity, 'kind' | 'country' | 'leader' | 'capital' | 'capitalOf' | 'seatOf' | 'memberships' | 'locatedIn'>,
  standing?: Standing,
): LinkGroup[] {
  const groups: LinkGroup[] = [];
  const add = (link: LinkKind, ids: readonly (string | undefined)[]) => {
    const present = ids.filter((id): id is string => id !== undefined);
    if (present.length > 0) groups.push({ link, ids: present });
  };
  if (entity.kind === 'leader') add('leader-of', [entity.country]);
  add('led-by', [entity.leader]);
  add('capital', [entity.capital]);
  add('capital-of', [entity.capitalOf]);
  add('seat-of', [entity.seatOf]);
  for (const m of entity.memberships ?? []) add(STATUS_LINK[m.status], [m.org]);
  if (standing) {
    add('members', standing.member);
    add('observers', standing.observer);
    add('dialogue-partners', standing['dialogue-partner']);
  }
  // A capital or a seat is in the country it stands for: the link above says so.
  if (entity.capitalOf === undefined && entity.seatOf === undefined) add('located-in', [entity.locatedIn]);
  return groups;
}

/** What a card needs besides its entity, built once from the whole dataset. */
export interface CardData {
  lookup: (id: string) => Entity | undefined;
  source: (id: string) => Source | undefined;
  /** The report the summit's picture is drawn from. */
  report: Source;
  standing: (orgId: string) => Standing | undefined;
}

export function cardData(dataset: Pick<Dataset, 'entities' | 'sources' | 'report'>): CardData {
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const standing = buildStandingIndex(dataset.entities);
  const report = sources.get(dataset.report);
  if (!report) throw new Error(`The report "${dataset.report}" is not among the sources`);
  return {
    lookup: (id) => entities.get(id),
    source: (id) => sources.get(id),
    report,
    standing: (id) => standing.get(id),
  };
}
