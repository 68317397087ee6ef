import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasEntries } from '../../src/core/alias-entries';
import { compileDictionary, compileMatcher, Matcher, type Match } from '../../src/core/matcher';
import { SPOT_KINDS, type SpotKind } from '../../src/core/settings';
import { dataset } from '../../src/data/entities';
import { loadDictionary } from '../../src/data/dictionary';
import cases from '../pages/reading-cases.json';

// The content script builds its matcher from the dictionary compiled at build
// time (src/data/dictionary.ts, shipped as JSON): it must find exactly what
// a matcher compiled from the aliases finds, for every choice of kinds.

const article = readFileSync(new URL('../../src/data/summit-article.txt', import.meta.url), 'utf8');
const readingCases = [...cases.falseHits, ...cases.namesNewsUses].map((c: { text: string }) => c.text);
const aliasTexts = dataset.entities.flatMap((e) => e.aliases.map((a) => a.text));
const texts = [
  article,
  ...readingCases,
  ...aliasTexts,
  aliasTexts.join(' '),
  aliasTexts.map((t) => t.toUpperCase()).join(' · '),
  dataset.notNames.map((n) => n.text).join(', '),
];

/** What a match says about the page (the entry index counts in its own dictionary only). */
const seen = (m: Match) => [m.start, m.end, m.entityId, m.demonym, m.needsContext, m.context];
const findAll = (m: Matcher) => texts.map((t) => m.find(t).map(seen));

describe('the dictionary compiled at build time', () => {
  const shipped = JSON.parse(JSON.stringify(loadDictionary())) as ReturnType<typeof loadDictionary>;

  it('finds what the aliases compiled on the spot find, after a trip through JSON', () => {
    const expected = findAll(compileMatcher(aliasEntries(dataset)));
    expect(expected.flat().length).toBeGreaterThan(1000);
    expect(findAll(new Matcher(shipped))).toEqual(expected);
  });

  it('spots only the kinds asked for, exactly as a dictionary of those kinds alone', () => {
    for (let mask = 0; mask < 1 << SPOT_KINDS.length; mask++) {
      const kinds = new Set<SpotKind>(SPOT_KINDS.filter((_, i) => mask & (1 << i)));
      const expected = findAll(compileMatcher(aliasEntries(dataset, kinds)));
      expect(findAll(new Matcher(shipped, kinds)), [...kinds].join(',') || 'no kind').toEqual(expected);
    }
  });

  it('ships the trie a page would otherwise build, so the page adopts it as it is', () => {
    const { trie, ...plain } = shipped;
    expect(trie).toBeDefined();
    expect(trie).toEqual(JSON.parse(JSON.stringify(new Matcher(plain).layout())));
  });

  it("finds no name in words an object's prototype holds", () => {
    const words = 'constructor __proto__ toString hasOwnProperty valueOf Constructor TOSTRING';
    // Lookups are table[key]: parsed JSON has Object.prototype, which the matcher must take away.
    const { root, edges } = new Matcher(shipped).layout();
    expect([Object.getPrototypeOf(root), Object.getPrototypeOf(edges)]).toEqual([null, null]);
    expect(new Matcher(shipped).find(words)).toEqual([]);
    expect(new Matcher(shipped).find(`Xi Jinping ${words} Xi Jinping`).map((m) => m.entityId)).toEqual([
      'xi-jinping',
      'xi-jinping',
    ]);
  });

  it('refuses an alias holding a character its encoding of keys uses', () => {
    expect(() => compileDictionary([{ text: 'A|B', entityId: 'x' }])).toThrow(/compiled dictionary/);
    expect(() => compileDictionary([{ text: 'A~B', entityId: 'x' }])).toThrow(/compiled dictionary/);
  });
});
