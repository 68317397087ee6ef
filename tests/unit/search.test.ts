import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/dataset-types';
import { createSearch, fold, MAX_QUERY_LENGTH, normalizeKey, tokenize, type MatchedBy } from '../../src/core/search';
import { dataset } from '../../src/data/entities';

const search = createSearch(dataset);
const ids = (q: string) => search(q).map((r) => r.id);

/** [query, expected top result, how it matched]. */
const TOP: [string, string, MatchedBy][] = [
  // exact display names
  ['Xi Jinping', 'xi-jinping', 'name'],
  ['vladimir putin', 'vladimir-putin', 'name'],
  ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan', 'name'],
  ['China', 'china', 'name'],
  ['shanghai cooperation organization', 'sco', 'name'],
  ['Samarkand', 'samarkand', 'name'],
  ['  central   asia ', 'central-asia', 'name'],
  // a word of the name
  ['jinping', 'xi-jinping', 'name'],
  // aliases, every language
  ['putin', 'vladimir-putin', 'alias'],
  ['Mr. Putin', 'vladimir-putin', 'alias'],
  ['Poutine', 'vladimir-putin', 'alias'],
  ['Wladimir Putin', 'vladimir-putin', 'alias'],
  ['Путин', 'vladimir-putin', 'alias'],
  ['Путина', 'vladimir-putin', 'alias'],
  ['путину', 'vladimir-putin', 'alias'],
  ['普京', 'vladimir-putin', 'alias'],
  ['习近平', 'xi-jinping', 'alias'],
  ['Си Цзиньпин', 'xi-jinping', 'alias'],
  ['Türkei', 'turkey', 'alias'],
  ['Turquía', 'turkey', 'alias'],
  ['États-Unis', 'united-states', 'alias'],
  ['Estados Unidos', 'united-states', 'alias'],
  ['США', 'united-states', 'alias'],
  ['OCS', 'sco', 'alias'],
  ['ШОС', 'sco', 'alias'],
  ['一带一路', 'new-silk-roads', 'alias'],
  ['Samarcande', 'samarkand', 'alias'],
  // capitals and seats standing for governments, and the spellings added with them
  ['Moscow', 'moscow', 'name'],
  ['Moscou', 'moscow', 'alias'],
  ['Pékin', 'beijing', 'alias'],
  ['Kremlin', 'kremlin', 'name'],
  ['克里姆林宫', 'kremlin', 'alias'],
  ['Maison-Blanche', 'white-house', 'alias'],
  ['Nur-Sultan', 'astana', 'alias'],
  ['Kirgistan', 'kyrgyzstan', 'alias'],
  ['Kirghizstan', 'kyrgyzstan', 'alias'],
  ['Raeisi', 'ebrahim-raisi', 'alias'],
  ['Российская Федерация', 'russia', 'alias'],
  ['Соединёнными Штатами', 'united-states', 'alias'],
  ['Chinese', 'china', 'alias'],
  // diacritics, both ways
  ['Erdogan', 'recep-tayyip-erdogan', 'alias'],
  ['erdogan', 'recep-tayyip-erdogan', 'alias'],
  ['Erdoğan', 'recep-tayyip-erdogan', 'alias'],
  ['ERDOĞAN', 'recep-tayyip-erdogan', 'alias'],
  ['raissi', 'ebrahim-raisi', 'alias'],
  ['Raïssi', 'ebrahim-raisi', 'alias'],
  ['Etats Unis', 'united-states', 'alias'],
  ['turkei', 'turkey', 'alias'],
  ['ouzbekistan', 'uzbekistan', 'alias'],
  ['Kazajistan', 'kazakhstan', 'alias'],
  // folded, this is the display name itself
  ['Uzbekistán', 'uzbekistan', 'name'],
  // beginnings of words
  ['kaz', 'kazakhstan', 'prefix'],
  ['uzb', 'uzbekistan', 'prefix'],
  ['vlad', 'vladimir-putin', 'prefix'],
  ['Erdo', 'recep-tayyip-erdogan', 'prefix'],
  ['习', 'xi-jinping', 'prefix'],
  ['Пути', 'vladimir-putin', 'prefix'],
  ['shanghai coop', 'sco', 'prefix'],
  // typos
  ['erdogn', 'recep-tayyip-erdogan', 'fuzzy'],
  ['kazakstan', 'kazakhstan', 'fuzzy'],
  ['Puttin', 'vladimir-putin', 'fuzzy'],
  ['samarkant', 'samarkand', 'fuzzy'],
  ['tadjikistn', 'tajikistan', 'fuzzy'],
  // the text of facts and relations
  ['sanctions', 'russia', 'fact'],
  ['hydrocarbons', 'india', 'fact'],
  ['nuclear', 'ebrahim-raisi', 'fact'],
];

describe('createSearch: the top result', () => {
  it.each(TOP)('%j → %s (%s)', (query, id, matchedBy) => {
    const [top] = search(query);
    expect(top?.id).toBe(id);
    expect(top?.matchedBy).toBe(matchedBy);
  });
});

describe('createSearch: sets and orders', () => {
  it('"grain" finds the leaders whose meeting was about Ukrainian grain exports first', () => {
    const results = ids('grain');
    expect(results.slice(0, 2).sort()).toEqual(['recep-tayyip-erdogan', 'vladimir-putin']);
    expect(results).toEqual(expect.arrayContaining(['turkey', 'ukraine']));
    expect(search('grain').every((r) => r.matchedBy === 'fact')).toBe(true);
  });

  it('"border" finds Modi, Xi, India and China, Kyrgyzstan and Tajikistan, and nothing else', () => {
    expect(ids('border').sort()).toEqual(['china', 'india', 'kyrgyzstan', 'narendra-modi', 'tajikistan', 'xi-jinping']);
  });

  it('"counterweight" finds the two chairs of the summit', () => {
    expect(ids('counterweight').slice(0, 2).sort()).toEqual(['vladimir-putin', 'xi-jinping']);
  });

  it('"sanctions" finds Russia and India', () => {
    expect(ids('sanctions').slice(0, 2).sort()).toEqual(['india', 'russia']);
  });

  it('a whole word of an alias in another script', () => {
    expect(ids('Владимир')[0]).toBe('vladimir-putin');
  });

  it('"president" finds the five presidents through their aliases, before any text match', () => {
    const results = search('president');
    const aliasHits = results.filter((r) => r.matchedBy === 'alias').map((r) => r.id);
    expect(aliasHits.sort()).toEqual(['ebrahim-raisi', 'ilham-aliyev', 'recep-tayyip-erdogan', 'vladimir-putin', 'xi-jinping']);
    expect(results.slice(0, 5).every((r) => r.matchedBy === 'alias')).toBe(true);
  });

  it('every word of a query must match', () => {
    expect(ids('vladimir xi')).not.toContain('vladimir-putin');
    expect(ids('putin zzzz')).toEqual([]);
  });

  it('one result per entity, sorted by score', () => {
    for (const q of ['putin', 'president', 'asia', 'grain', 'kaz', 'us', 'xi']) {
      const results = search(q);
      expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
      for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
    }
  });

  it('names the alias that matched, as the dataset writes it', () => {
    expect(search('poutine')[0]?.alias).toBe('Poutine');
    expect(search('Erdogan')[0]?.alias).toBe('Erdogan');
    expect(search('Erdoğan')[0]?.alias).toBe('Erdoğan');
    expect(search('etats-unis')[0]?.alias).toBe('Etats-Unis');
    expect(search('Xi Jinping')[0]?.alias).toBeUndefined();
  });

  it('empty and wordless queries find nothing', () => {
    for (const q of ['', ' ', '   \t\n', '...', '—', '?!', '"']) expect(search(q)).toEqual([]);
  });

  it('short words are not matched fuzzily ("xo" is not "xi")', () => {
    expect(ids('xo')).toEqual([]);
  });

  it('nonsense finds nothing', () => {
    expect(search('qwertzuiop')).toEqual([]);
  });

  it('a pasted paragraph is cut, not choked on', () => {
    // Cut to its first MAX_QUERY_LENGTH characters: the cost of a search
    // does not grow with what is pasted (timed by the benchmark, not here).
    const long = 'Putin '.repeat(500);
    const results = search(long);
    expect(results).toEqual(search(long.slice(0, MAX_QUERY_LENGTH)));
    expect(results[0]?.id).toBe('vladimir-putin');
    expect(MAX_QUERY_LENGTH).toBeGreaterThanOrEqual(40);
  });
});

describe('createSearch: ranking tiers', () => {
  // One made-up dataset where each entity can only match "lumen" one way.
  const entity = (id: string, name: string, aliases: string[], fact = 'Nothing to see.') => ({
    id,
    kind: 'place' as const,
    name,
    aliases: aliases.map((text) => ({ text, lang: 'en' as const })),
    summary: 'A place.',
    facts: [{ text: fact, source: 'afp-2022-09-16', quote: fact }],
    relations: [],
  });
  const tiers: Pick<Dataset, 'entities'> = {
    entities: [
      // Listed worst first, so that dataset order cannot explain the ranking.
      entity('by-fact', 'Ardent', ['Ardent'], 'Lumen is mentioned here.'),
      entity('by-fuzzy', 'Lumex', ['Lumex']),
      entity('by-prefix', 'Lumenhall', ['Lumenhall']),
      entity('by-alias', 'Borrowdale', ['Borrowdale', 'Lumen']),
      entity('by-name', 'Lumen', ['Lumen']),
    ],
  };

  it('exact name > alias > prefix > fuzzy > fact text', () => {
    const results = createSearch(tiers)('lumen');
    expect(results.map((r) => r.id)).toEqual(['by-name', 'by-alias', 'by-prefix', 'by-fuzzy', 'by-fact']);
    expect(results.map((r) => r.matchedBy)).toEqual(['name', 'alias', 'prefix', 'fuzzy', 'fact']);
  });

  it('in the real dataset too: the exact alias first, then beginnings, then the text', () => {
    const results = search('us');
    expect(results[0]).toMatchObject({ id: 'united-states', matchedBy: 'alias' });
    const order: MatchedBy[] = ['name', 'alias', 'prefix', 'fuzzy', 'fact'];
    const ranks = results.map((r) => order.indexOf(r.matchedBy));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('the name beats another entity\'s alias', () => {
    const s = createSearch({ entities: [entity('other', 'Other', ['Lumen']), entity('lumen', 'Lumen', [])] });
    expect(s('Lumen').map((r) => r.matchedBy)).toEqual(['name', 'alias']);
    expect(s('Lumen')[0]?.id).toBe('lumen');
  });
});

describe('text helpers', () => {
  it('folds case and diacritics', () => {
    expect(fold('Erdoğan')).toBe('erdogan');
    expect(fold('Raïssi')).toBe('raissi');
    expect(fold('ÉTATS')).toBe('etats');
    expect(fold('Seidenstraße')).toBe('seidenstrasse');
    expect(fold('Ёлка')).toBe('елка');
  });
  it('tokenizes on punctuation, keeping Han runs whole', () => {
    expect(tokenize('Mr. Putin’s')).toEqual(['Mr', 'Putin', 's']);
    expect(tokenize('习近平 and Путин')).toEqual(['习近平', 'and', 'Путин']);
    expect(normalizeKey(' États-Unis ')).toBe('etats unis');
  });
});
