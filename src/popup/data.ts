/**
 * The dataset as the popup uses it: lookups, what the card needs, flags and
 * the search index, each built once when the popup opens.
 */
import { cardData as buildCardData } from '../core/dataset-queries';
import type { Entity, EntityKind, Flag } from '../core/dataset-types';
import { createSearch, type Result } from '../core/search';
import { dataset } from '../data/entities';

export { dataset };

export const byId: ReadonlyMap<string, Entity> = new Map(dataset.entities.map((e) => [e.id, e]));
export const lookup = (id: string): Entity | undefined => byId.get(id);
export const cardData = buildCardData(dataset);
let searchIndex: ((query: string) => Result[]) | null = null;
let last: { query: string; results: Result[] } | null = null;

/** The index, built on first need. */
function index(): (query: string) => Result[] {
  return (searchIndex ??= createSearch(dataset));
}

// Build it just after the popup's first paint (a frame, then a task), so that
// opening the popup does not wait for it and the first keystroke need not either.
if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(index, 0));

/** The search, remembering the last answer (a keystroke asks twice: for the list and for the active option). */
export function search(query: string): Result[] {
  if (query.trim() === '') return [];
  if (last?.query !== query) last = { query, results: index()(query) };
  return last.results;
}

export const KIND_ORDER: readonly EntityKind[] = ['leader', 'country', 'organization', 'project', 'place'];

/** Whose flag is shown next to an entity: its own, its country's (leaders) or the country it lies in (places). */
export function flagOwnerOf(e: Entity): Entity | undefined {
  if (e.flag) return e;
  const country = e.kind === 'leader' ? e.country : e.kind === 'place' ? e.locatedIn : undefined;
  const owner = country ? byId.get(country) : undefined;
  return owner?.flag ? owner : undefined;
}

/** The flag shown next to an entity (see flagOwnerOf). */
export function flagFor(e: Entity): Flag | undefined {
  return flagOwnerOf(e)?.flag;
}
