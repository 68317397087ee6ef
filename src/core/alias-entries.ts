import type { Dataset, Entity } from './dataset-types';
import type { MatcherEntry } from './matcher';
import { spotKindOf, type SpotKind } from './settings';

/**
 * The part of the dataset the matcher needs. The content script ships the
 * dictionary compiled from it at build time (src/data/dictionary.ts), not
 * the facts, which load with the card.
 */
export interface AliasSource {
  entities: (Pick<Entity, 'id' | 'kind'> & { aliases: Pick<Entity['aliases'][number], 'text' | 'demonym'>[] })[];
  ambiguousAliases: Pick<Dataset['ambiguousAliases'][number], 'text' | 'entities'>[];
  notNames: Pick<Dataset['notNames'][number], 'text'>[];
  needsContext: Pick<Dataset['needsContext'][number], 'text' | 'context'>[];
}

/**
 * Turns the dataset into matcher entries. Deliberately shared aliases go to
 * the first entity listed for them; "not a name" texts block shorter matches.
 * `kinds` limits which kinds of entity are spotted (a reader's setting).
 */
export function aliasEntries(dataset: AliasSource, kinds?: ReadonlySet<SpotKind>): MatcherEntry[] {
  const preferred = new Map<string, string>();
  for (const a of dataset.ambiguousAliases) preferred.set(a.text, a.entities[0]!);
  const needsContext = new Map(dataset.needsContext.map((n) => [n.text, n.context]));
  const entries: MatcherEntry[] = [];
  for (const entity of dataset.entities) {
    if (kinds && !kinds.has(spotKindOf(entity.kind))) continue;
    for (const alias of entity.aliases) {
      const owner = preferred.get(alias.text);
      if (owner !== undefined && owner !== entity.id) continue;
      const context = needsContext.get(alias.text);
      entries.push({
        text: alias.text,
        entityId: entity.id,
        demonym: alias.demonym === true,
        needsContext: needsContext.has(alias.text),
        ...(context ? { context } : {}),
      });
    }
  }
  for (const n of dataset.notNames) entries.push({ text: n.text, entityId: null });
  return entries;
}
