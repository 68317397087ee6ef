/**
 * Search over the dataset for the popup's search box, built once per dataset;
 * each query then runs a handful of MiniSearch look-ups over the entities'
 * small documents, cheap enough for every keystroke.
 *
 * Ranking, strongest first — a result keeps the strongest way it matched:
 *   1. name   the query is the entity's display name ("Xi Jinping");
 *   2. alias  the query is one of its aliases, in any language ("Путина");
 *   3. name   every word of the query is a word of the name ("jinping");
 *   4. alias  every word of the query is a word of its aliases;
 *   5. prefix every word begins a word of the name or an alias ("kaz");
 *   6. fuzzy  within one or two typos of such words ("erdogn", "kazakstan");
 *   7. fact   found in our own text about it: facts, relations, role, summary ("grain").
 * Case and diacritics never matter ("erdogan" = "Erdoğan"); a query written
 * with the diacritics scores a little higher on the alias spelt that way.
 */
import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';
import type { Dataset, Entity } from './dataset-types';

export type MatchedBy = 'name' | 'alias' | 'prefix' | 'fuzzy' | 'fact';

export interface Result {
  id: string;
  /** Higher is better; results come sorted by it. Tier-dominated: any name match outscores any alias match, etc. */
  score: number;
  matchedBy: MatchedBy;
  /** For alias matches: the alias as the dataset writes it (e.g. "Poutine"), when it is not the name. */
  alias?: string;
}

export interface Search {
  (query: string): Result[];
}

/** Queries longer than this are cut (a pasted paragraph must not stall the popup). */
export const MAX_QUERY_LENGTH = 80;

const MARKS_RE = /\p{M}/gu;
const TOKEN_RE = /[\p{L}\p{N}\p{M}]+/gu;
/** Letters without a canonical decomposition into base + mark. */
const SPECIAL: Record<string, string> = { ı: 'i', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ħ: 'h' };
const SPECIAL_RE = /[ıłßæœøđħ]/g;

/** Lower-cases in NFC, keeping diacritics ("Erdoğan" → "erdoğan"). */
export function lower(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Lower-cases and removes diacritics ("Erdoğan" → "erdogan", "Raïssi" → "raissi", "ё" → "е"). */
export function fold(text: string): string {
  return lower(text)
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFC');
}

/** Words: runs of letters, digits and marks. A run of Han characters is one word ("习近平"). */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(TOKEN_RE) ?? [];
}

/** The comparable form of a whole string: folded words joined by single spaces ("Mr. Putin" → "mr putin"). */
export function normalizeKey(text: string): string {
  return tokenize(text).map(fold).join(' ');
}

interface Doc {
  id: string;
  /** Display name, lower-cased with diacritics. */
  name: string;
  /** Every alias, lower-cased with diacritics. */
  aliases: string;
  /** Name and aliases again, diacritics folded. */
  folded: string;
  /** Our own text about it: facts, relations, role, summary (folded). */
  text: string;
}

type Field = keyof Omit<Doc, 'id'>;
const RAW_FIELDS: ReadonlySet<string> = new Set<Field>(['name', 'aliases']);
const NAME_FIELDS: Field[] = ['name', 'aliases', 'folded'];
const TEXT_FIELDS: Field[] = ['text'];

/** Edit distance allowed for a typo in a word of this length (none for short words: too many false friends). */
function typoBudget(term: string): number {
  const n = [...term].length;
  return n < 4 ? 0 : n < 8 ? 1 : 2;
}

/** Within the fact tier, leaders' scores are multiplied by this. */
const FACT_LEADER_BOOST = 1.5;

const Tier = { Fact: 1, Fuzzy: 2, Prefix: 3, AliasWord: 4, NameWord: 5, AliasExact: 6, NameExact: 7 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

interface EntityKeys {
  name: string;
  nameWords: ReadonlySet<string>;
  /** Normalized alias → the aliases as written ("erdogan" → ["Erdoğan", "Erdogan"]). */
  aliases: ReadonlyMap<string, string[]>;
}

function docOf(e: Entity): Doc {
  const aliasTexts = e.aliases.map((a) => a.text);
  const texts = [e.role?.text ?? '', e.summary, ...e.facts.map((f) => f.text), ...e.relations.map((r) => r.text), ...(e.sinceThen ?? []).map((l) => l.text)];
  return {
    id: e.id,
    name: e.name,
    aliases: aliasTexts.join(' \n '),
    folded: [e.name, ...aliasTexts].join(' \n '),
    text: texts.join(' \n '),
  };
}

function keysOf(e: Entity): EntityKeys {
  const aliases = new Map<string, string[]>();
  for (const a of e.aliases) {
    const key = normalizeKey(a.text);
    if (!key) continue;
    const list = aliases.get(key);
    if (list) list.push(a.text);
    else aliases.set(key, [a.text]);
  }
  return { name: normalizeKey(e.name), nameWords: new Set(tokenize(e.name).map(fold)), aliases };
}

/** Squashes a MiniSearch score (≥ 0) into [0, 1) so that it only orders results within a tier. */
function within(score: number): number {
  return score > 0 ? score / (score + 1) : 0;
}

/**
 * Builds the index once; the returned function answers a query. Results are
 * sorted best first (ties: dataset order), one per entity.
 */
export function createSearch(dataset: Pick<Dataset, 'entities'>): Search {
  const order = new Map(dataset.entities.map((e, i) => [e.id, i]));
  const leaders = new Set(dataset.entities.filter((e) => e.kind === 'leader').map((e) => e.id));
  const keys = new Map(dataset.entities.map((e) => [e.id, keysOf(e)]));

  const index = new MiniSearch<Doc>({
    idField: 'id',
    fields: ['name', 'aliases', 'folded', 'text'],
    storeFields: [],
    tokenize: (text) => tokenize(text),
    processTerm: (term, field) => (field && RAW_FIELDS.has(field) ? lower(term) : fold(term)),
    searchOptions: {
      // Query words arrive already lower-cased or folded (see `variants`).
      tokenize: (text) => tokenize(text),
      processTerm: (term) => term,
    },
  });
  index.addAll(dataset.entities.map(docOf));

  /** Each query word, as written (lower-cased) OR folded: either spelling may be indexed. */
  function wordQueries(words: string[], options: SearchOptions): Query {
    return {
      ...options,
      combineWith: 'AND',
      queries: words.map((w) => {
        const l = lower(w);
        const f = fold(w);
        return { combineWith: 'OR', queries: l === f ? [f] : [l, f] };
      }),
    };
  }

  function run(words: string[], options: SearchOptions): SearchResult[] {
    return index.search(wordQueries(words, options));
  }

  return function search(query: string): Result[] {
    const words = tokenize(query.slice(0, MAX_QUERY_LENGTH));
    if (words.length === 0) return [];
    const folded = words.map(fold);
    const whole = folded.join(' ');
    const typed = words.map(lower).join(' ');

    const best = new Map<string, { tier: Tier; score: number; alias?: string }>();
    const offer = (id: string, tier: Tier, score: number, alias?: string) => {
      const prev = best.get(id);
      if (prev && prev.tier >= tier) return;
      best.set(id, alias === undefined ? { tier, score } : { tier, score, alias });
    };

    // 1-4: whole words of the name or aliases.
    for (const r of run(words, { fields: NAME_FIELDS, boost: { name: 1.3, aliases: 1.2, folded: 1 } })) {
      const id = String(r.id);
      const k = keys.get(id);
      if (!k) continue;
      const alias = k.aliases.get(whole)?.find((a) => tokenize(a).map(lower).join(' ') === typed) ?? k.aliases.get(whole)?.[0];
      if (k.name === whole) offer(id, Tier.NameExact, r.score);
      else if (alias !== undefined) offer(id, Tier.AliasExact, r.score, alias);
      else if (folded.every((w) => k.nameWords.has(w))) offer(id, Tier.NameWord, r.score);
      else offer(id, Tier.AliasWord, r.score);
    }
    // 5: beginnings of words.
    for (const r of run(words, { fields: NAME_FIELDS, prefix: true })) offer(String(r.id), Tier.Prefix, r.score);
    // 6: typos (prefix too, so that a typo in a half-typed word still finds it).
    if (folded.some((w) => typoBudget(w) > 0)) {
      for (const r of run(words, { fields: NAME_FIELDS, prefix: true, fuzzy: (term) => typoBudget(term), weights: { fuzzy: 0.6, prefix: 0.8 } })) {
        offer(String(r.id), Tier.Fuzzy, r.score);
      }
    }
    // 7: our own text about the entity.
    for (const r of run(words, {
      fields: TEXT_FIELDS,
      // Half-typed words find text only from 4 letters: "put" would find half the dataset.
      prefix: (term) => [...term].length >= 4,
      fuzzy: (term) => ([...term].length >= 6 ? 1 : 0),
      weights: { fuzzy: 0.3, prefix: 0.6 },
      // The report is about who met whom: when a word occurs in the text of a
      // leader and of their country alike ("grain"), the leader comes first.
      boostDocument: (id) => (leaders.has(String(id)) ? FACT_LEADER_BOOST : 1),
    })) {
      offer(String(r.id), Tier.Fact, r.score);
    }

    const results: Result[] = [];
    for (const [id, b] of best) {
      const matchedBy: MatchedBy =
        b.tier === Tier.NameExact || b.tier === Tier.NameWord
          ? 'name'
          : b.tier === Tier.AliasExact || b.tier === Tier.AliasWord
            ? 'alias'
            : b.tier === Tier.Prefix
              ? 'prefix'
              : b.tier === Tier.Fuzzy
                ? 'fuzzy'
                : 'fact';
      const result: Result = { id, score: b.tier + within(b.score), matchedBy };
      if (b.alias !== undefined) result.alias = b.alias;
      results.push(result);
    }
    results.sort((a, b) => b.score - a.score || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    return results;
  };
}
