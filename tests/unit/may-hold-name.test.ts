import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher, mayHoldName } from '../../src/core/matcher';
import { dataset } from '../../src/data/entities';
import { loadDictionary } from '../../src/data/dictionary';
import { loadFirstWords } from '../../src/data/first-words';
import cases from '../pages/reading-cases.json';

// The content script loads its reader only for text that mayHoldName lets
// through: every text the matcher finds a name in must pass, and plain text
// without names should not.

const matcher = new Matcher(loadDictionary());
const firstWords = loadFirstWords();
const article = readFileSync(new URL('../../src/data/summit-article.txt', import.meta.url), 'utf8');
const aliasTexts = dataset.entities.flatMap((e) => e.aliases.map((a) => a.text));
const readingCases = [...cases.falseHits, ...cases.namesNewsUses].map((c: { text: string }) => c.text);

/** Each line, each sentence and each window of a few words of `text`: small pieces, so that one name cannot carry a whole text. */
function pieces(text: string): string[] {
  const words = text.split(/(?<=\s)/);
  const windows = words.map((_, i) => words.slice(i, i + 3).join(''));
  return [...text.split('\n'), ...text.split(/(?<=[.!?])\s/), ...windows];
}

const everyPiece = [article, ...readingCases, ...aliasTexts, ...aliasTexts.map((t) => t.toUpperCase())].flatMap(pieces);

describe('mayHoldName', () => {
  it('lets through every piece of text the matcher finds a name in', () => {
    const withNames = everyPiece.filter((t) => matcher.find(t).length > 0);
    expect(withNames.length).toBeGreaterThan(2000);
    expect(withNames.filter((t) => !mayHoldName(t, firstWords))).toEqual([]);
  });

  it('lets through any mix of names, words, scripts and punctuation that the matcher finds a name in', () => {
    const names = aliasTexts.filter((_, i) => i % 3 === 0);
    const part = fc.oneof(
      fc.constantFrom(...names, ...names.map((n) => n.toUpperCase())),
      fc.stringMatching(/^[A-Za-z]{1,8}$/),
      fc.constantFrom(' ', '\u00a0', '\n', ', ', "'", '’s ', '-', '—', '«', '»', '“', '(', ')', 'é', 'İ', 'ß', '中', 'の', 'Мир', '0', 'Mc', 'en-'),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }).map((a) => a.join('')), (text) => {
        if (matcher.find(text).length > 0) expect(mayHoldName(text, firstWords)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('turns away text without names, capitals and all', () => {
    const plain = [
      'The recipe: roast the turkey for three hours, then rest it. Serve with gravy.',
      'Weather: Sunny spells in the afternoon, with a high of 21 degrees.',
      'THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG',
      'Café au lait, crème brûlée — Zürich’s “best” bakery.',
      '',
    ];
    for (const text of plain) expect(mayHoldName(text, firstWords), text).toBe(false);
  });

  it('holds the words in lower case, for names as written and in capitals', () => {
    expect(firstWords.has('putin')).toBe(true);
    expect(mayHoldName('PUTIN SPEAKS', firstWords)).toBe(true);
    expect(mayHoldName('McPutinson', firstWords)).toBe(false);
    const words = matcher.firstWords();
    expect(words.length).toBeGreaterThan(300);
    expect(words.every((w) => w === w.toLowerCase())).toBe(true);
  });
});
