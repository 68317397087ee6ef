/**
 * Questions the card and the popup ask of the dataset: how an entity's
 * relations group, who the members of an organization are, how entities
 * link to each other. Ids only; labels are the UI's.
 */
import type { Entity, Relation } from './dataset-types';

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

export type LinkKind = 'leader-of' | 'led-by' | 'member-of' | 'members' | 'located-in';

export interface LinkGroup {
  link: LinkKind;
  ids: string[];
}

/**
 * The structural links of an entity, in display order: leader of, led by,
 * member of, members, located in. Empty groups are left out; ids are not
 * checked against the dataset here.
 */
export function structuralLinks(
  entity: Pick<Entity, 'kind' | 'country' | 'leader' | 'memberOf' | 'locatedIn'>,
  members?: readonly string[],
): LinkGroup[] {
  const groups: LinkGroup[] = [];
  if (entity.kind === 'leader' && entity.country) groups.push({ link: 'leader-of', ids: [entity.country] });
  if (entity.leader) groups.push({ link: 'led-by', ids: [entity.leader] });
  if (entity.memberOf?.length) groups.push({ link: 'member-of', ids: [...entity.memberOf] });
  if (members?.length) groups.push({ link: 'members', ids: [...members] });
  if (entity.locatedIn) groups.push({ link: 'located-in', ids: [entity.locatedIn] });
  return groups;
}
