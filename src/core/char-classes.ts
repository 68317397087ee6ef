/**
 * The character classes the matcher reads text with, answered for the
 * common scripts by code-point ranges and for the rest by a Unicode
 * regular expression, which stays the definition.
 *
 * Why not the regular expressions alone: a class such as "a letter, mark or
 * digit outside Han, Hiragana and Katakana" compiles to a large automaton,
 * and the browser compiles it on the page, for every page, at its first use
 * (a curly apostrophe after a name is enough): several of them took longer
 * than reading a whole article and stayed in the page's memory as machine
 * code. Answered by ranges, most pages never compile one. A unit test checks
 * every code point of the Basic Multilingual Plane against the expressions.
 *
 * Ranges are limited to characters assigned long ago, so that the answer
 * cannot depend on the Unicode version of the browser's engine.
 */

/** Scripts written without spaces between words: each character is a token. */
export const UNSPACED = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;
/** A word is a run of letters, marks and digits of the spaced scripts. */
export const WORD_CHAR = String.raw`[[\p{L}\p{M}\p{N}]--[${UNSPACED}]]`;

/** The expressions that define each class: made on first use, as making one parses its Unicode classes. */
export const EXPRESSIONS = {
  word: () => new RegExp(WORD_CHAR, 'v'),
  unspaced: () => new RegExp(`[${UNSPACED}]`, 'v'),
  /** Where a name can begin: a capital letter, or any character of an unspaced script. */
  candidate: () => new RegExp(String.raw`[\p{Lu}\p{Lt}${UNSPACED}]`, 'u'),
  mark: () => /\p{M}/u,
};
const made: Partial<Record<keyof typeof EXPRESSIONS, RegExp>> = {};
const expression = (name: keyof typeof EXPRESSIONS): RegExp => (made[name] ??= EXPRESSIONS[name]());

/** 1 yes, 0 no, -1 not known here (ask the expression). */
type Quick = 1 | 0 | -1;

const isHanMain = (c: number) => (c >= 0x4e00 && c <= 0x9fef) || (c >= 0x3400 && c <= 0x4db5);
const isKana = (c: number) => (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa);
const isHangulSyllable = (c: number) => c >= 0xac00 && c <= 0xd7a3;

/** Letters and digits of Latin-1's upper half (ª, µ, º, superscripts and fractions count). */
function latin1Word(c: number): Quick {
  if (c >= 0xc0) return c === 0xd7 || c === 0xf7 ? 0 : 1;
  return c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba || (c >= 0xbc && c <= 0xbe) ? 1 : 0;
}

/** WORD_CHAR for one UTF-16 code unit below the surrogates. */
export function quickWordCode(c: number): Quick {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c < 0x100) return latin1Word(c);
  // Latin Extended-A and B, IPA; combining diacritics; Greek capitals and small letters; Cyrillic.
  if (c <= 0x2af || (c >= 0x300 && c <= 0x36f)) return 1;
  if ((c >= 0x391 && c <= 0x3a1) || (c >= 0x3a3 && c <= 0x3a9) || (c >= 0x3b1 && c <= 0x3c9)) return 1;
  if (c >= 0x400 && c <= 0x52f) return c === 0x482 ? 0 : 1;
  if (c >= 0x2000 && c <= 0x206f) return 0;
  if (isHanMain(c) || isKana(c)) return 0;
  if (isHangulSyllable(c)) return 1;
  return -1;
}

/** UNSPACED for one UTF-16 code unit below the surrogates. */
export function quickUnspacedCode(c: number): Quick {
  if (c < 0x2e80) return 0;
  if (isHanMain(c) || isKana(c)) return 1;
  if (isHangulSyllable(c)) return 0;
  return -1;
}

/** CANDIDATE_CHAR (a capital, or an unspaced character) for one UTF-16 code unit below the surrogates. */
export function quickCandidateCode(c: number): Quick {
  if (c < 0x80) return c >= 65 && c <= 90 ? 1 : 0;
  if (c < 0x100) return c >= 0xc0 && c <= 0xde && c !== 0xd7 ? 1 : 0;
  if (c <= 0x24f || (c >= 0x400 && c <= 0x52f)) {
    // Capitals and title-case letters of Latin and Cyrillic are those that have a lower case.
    const ch = String.fromCharCode(c);
    return ch.toLowerCase() !== ch ? 1 : 0;
  }
  if (c >= 0x391 && c <= 0x3a9) return c === 0x3a2 ? -1 : 1;
  if (c >= 0x3b1 && c <= 0x3c9) return 0;
  if (c >= 0x2000 && c <= 0x206f) return 0;
  if (isHanMain(c) || isKana(c)) return 1;
  if (isHangulSyllable(c)) return 0;
  return -1;
}

/** A combining mark, for one UTF-16 code unit below the surrogates. */
export function quickMarkCode(c: number): Quick {
  if (c < 0x300) return 0;
  if (c <= 0x36f) return 1;
  if (c <= 0x482) return c >= 0x370 ? 0 : -1;
  if (c <= 0x489) return 1;
  if (c <= 0x52f) return 0;
  if ((c >= 0x1ab0 && c <= 0x1abe) || (c >= 0x20d0 && c <= 0x20f0) || (c >= 0xfe20 && c <= 0xfe2f)) return 1;
  if ((c >= 0x2000 && c <= 0x206f) || isHanMain(c) || isKana(c) || isHangulSyllable(c)) return 0;
  return -1;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** The whole code point at `pos` (Han extension characters are astral). */
export function charAt(text: string, pos: number): string {
  const code = text.charCodeAt(pos);
  if (code >= 0xd800 && code <= 0xdbff && pos + 1 < text.length) return text.slice(pos, pos + 2);
  return text[pos]!;
}

function ask(quick: (c: number) => Quick, name: keyof typeof EXPRESSIONS, ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && !isSurrogate(c)) {
    const q = quick(c);
    if (q >= 0) return q === 1;
  }
  return expression(name).test(ch);
}

/** WORD_CHAR for one character (a code point: one or two code units). */
export const isWordChar = (ch: string): boolean => ask(quickWordCode, 'word', ch);
export const isUnspacedChar = (ch: string): boolean => ask(quickUnspacedCode, 'unspaced', ch);
export const isCandidateChar = (ch: string): boolean => ask(quickCandidateCode, 'candidate', ch);
export const isMarkChar = (ch: string): boolean => ask(quickMarkCode, 'mark', ch);
