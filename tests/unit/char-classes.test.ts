import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXPRESSIONS, quickCandidateCode, quickMarkCode, quickUnspacedCode, quickWordCode } from '../../src/core/char-classes';
import { compileMatcher } from '../../src/core/matcher';

// The matcher answers its character classes by code-point ranges where it
// can (char-classes.ts); the Unicode expressions stay the definition.
const classes = [
  ['letter, mark or digit of a spaced script', quickWordCode, EXPRESSIONS.word()],
  ['character of an unspaced script', quickUnspacedCode, EXPRESSIONS.unspaced()],
  ['capital or unspaced character', quickCandidateCode, EXPRESSIONS.candidate()],
  ['combining mark', quickMarkCode, EXPRESSIONS.mark()],
] as const;

describe('character classes by code-point ranges', () => {
  for (const [what, quick, re] of classes) {
    it(`agrees with the expression on every code point of the Basic Multilingual Plane: ${what}`, () => {
      const wrong: string[] = [];
      let answered = 0;
      for (let c = 0; c <= 0xffff; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const q = quick(c);
        if (q < 0) continue;
        answered++;
        if ((q === 1) !== re.test(String.fromCharCode(c))) wrong.push(`U+${c.toString(16).padStart(4, '0')}`);
      }
      expect(wrong.slice(0, 20)).toEqual([]);
      // The ranges must cover the scripts of the news the extension reads, or pages compile the expressions again.
      expect(answered).toBeGreaterThan(30_000);
      for (const text of 'aZ9 ’“”—éÉßЖжΩω中国ひカ한'.split('')) expect(quick(text.charCodeAt(0)), text).toBeGreaterThanOrEqual(0);
    });
  }
});

describe('all-caps acronyms among ASCII and other text', () => {
  const m = compileMatcher([
    { text: 'US', entityId: 'us' },
    { text: 'SCO', entityId: 'sco' },
  ]);
  it('reads ASCII surroundings exactly as the Unicode rules do', () => {
    const piece = fc.constantFrom('US', 'SCO', ' ', '  ', '\t', 'GUN', 'LAWS', 'en-', 'fr_', 'a', 'the', '.', ',', '"', '-', '9', 'Él', 'ÉTATS', 'ИЗ', '\u00a0', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        const ascii = text.replace(/[^\0-\x7f]/g, '');
        // Both paths of the check give the same matches as the text with its non-ASCII parts read by the Unicode rules.
        for (const t of [text, ascii]) {
          const got = m.find(t).map((x) => [x.start, x.end]);
          const expected = unicodeAcronyms(t);
          expect(got, JSON.stringify(t)).toEqual(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

/** The acronym rule with the Unicode expressions only (matcher.ts before its ASCII fast path). */
function unicodeAcronyms(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const hit of text.matchAll(/(?<![\p{L}\p{M}\p{N}])(?:US|SCO)(?![\p{L}\p{M}\p{N}])/gu)) {
    const start = hit.index!;
    const end = start + hit[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 24);
    const word =
      /(?:^|[^\p{L}\p{N}])\p{Lu}{2,}[ \t\u00a0]+$/u.test(before) ||
      /^[ \t\u00a0]+\p{Lu}{2,}(?:$|[^\p{L}\p{N}])/u.test(after) ||
      /(?:^|[^\p{L}])\p{Ll}{2}[-_]$/u.test(before);
    if (!word) out.push([start, end]);
  }
  return out;
}
