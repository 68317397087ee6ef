/**
 * The name matcher: finds every alias of every entity in a string.
 *
 * Compiled once into a trie over *tokens* rather than characters or a regex
 * alternation, so its cost per character does not grow with the number of
 * aliases: a candidate start costs one hash lookup whatever the dictionary
 * size. Pure TypeScript, no DOM.
 *
 * Rules (each has unit and property tests):
 * - Only whole words match (Unicode-aware: "Erdoğan", "Путин"); scripts
 *   written without spaces (Chinese, Japanese) match inside running text.
 * - The longest alias wins at a position ("Vladimir Putin" over "Putin").
 * - Any run of whitespace (no-break space, line breaks) separates words.
 * - Case: an alias matches as written or in ALL CAPS, never in lower case
 *   ("roast turkey" is not Turkey). Diacritics are folded, so "Erdogan"
 *   and "Erdoğan" are the same key.
 * - Entries with a null entity ("Xi'an") consume text but report nothing,
 *   which keeps a shorter alias inside them ("Xi") from matching.
 * - Short acronyms ("US", "SCO") are words in ALL-CAPS text ("FOLLOW US") and
 *   parts of locale codes ("en-US"): they do not match beside another
 *   all-caps word, nor after a two-letter language code and a hyphen.
 * - A name whose capitals spell a Roman numeral ("Xi" → "XI") matches in
 *   capitals only where no word comes before it: "Louis XI", "CHAPTER XI",
 *   "Super Bowl XI" and "the starting XI" are numbers.
 * - A "not a name" entry may begin with lower-case words ("océan Indien"):
 *   the name after them does not count there ("l'océan Indien").
 * - In scripts written without spaces a name must be a whole word as the
 *   browser segments the text (cjk-words.ts): 中国 does not match in 其中国有企业.
 */
import { isUnspacedCode, isWholeUnspacedWord } from './cjk-words';

export interface MatcherEntry {
  text: string;
  /** Null for a "not a name" entry that only blocks shorter matches. */
  entityId: string | null;
  demonym?: boolean;
  /** Counts on a page only when the page names other entities too (see Dataset.needsContext). */
  needsContext?: boolean;
  /** With needsContext: only these entities give the context (omitted: any other entity does). */
  context?: readonly string[];
}

export interface Match {
  /** UTF-16 offsets into the searched string; `end` is exclusive. */
  start: number;
  end: number;
  entityId: string;
  /** Index of the entry (alias) that matched. */
  entry: number;
  demonym: boolean;
  needsContext: boolean;
  /** The entities whose mention gives a needsContext match its context; null for any entity. */
  context: readonly string[] | null;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Index into entries of the alias that ends here, or -1. */
  entry: number;
}

// Scripts written without spaces between words: each character is a token.
const UNSPACED = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;
// A word is a run of letters, marks and digits of the spaced scripts.
const WORD_CHAR = String.raw`[[\p{L}\p{M}\p{N}]--[${UNSPACED}]]`;
/**
 * Where a match can begin: a capital letter, or any character of an unspaced
 * script. Every alias begins with one (the dataset check enforces it), so
 * lower-case text is skipped by the regex engine at native speed. A plain
 * character class (no look-behind, no set operations) keeps that scan fast;
 * the word-boundary check is done by hand on the few hits.
 */
// Two tiers: a plain class without the `u` flag (ASCII capitals, or any
// character beyond ASCII) that irregexp scans very fast, then an exact check
// of the rare non-ASCII hits (curly quotes, accented capitals, CJK).
const CANDIDATE_RE = /[A-Z\u0080-\uffff]/g;
const CANDIDATE_CHAR_RE = new RegExp(String.raw`[\p{Lu}\p{Lt}${UNSPACED}]`, 'u');
const WORD_CHAR_RE = new RegExp(WORD_CHAR, 'v');
const WORD_RUN_RE = new RegExp(`${WORD_CHAR}+`, 'yv');
const UNSPACED_RE = new RegExp(`[${UNSPACED}]`, 'v');
const WORD_START_RE = new RegExp(WORD_CHAR, 'v');
const SPACE_RE = /\s/;
// Anything beyond printable ASCII (rare control characters just take the slow path).
const NON_ASCII_RE = /[^ -~\t\n\r]/;
const MARKS_RE = /\p{M}/gu;

// Words recur on a page ("Путин", "Erdoğan"), and normalising is the costly
// part of reading a non-ASCII word: remember recent answers.
const FOLD_CACHE_LIMIT = 4096;
const foldCache = new Map<string, string>();

/** Folds diacritics ("Erdoğan" → "Erdogan") but keeps case. */
export function foldDiacritics(word: string): string {
  if (!NON_ASCII_RE.test(word)) return word;
  let folded = foldCache.get(word);
  if (folded === undefined) {
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    folded = foldNonAscii(word);
    foldCache.set(word, folded);
  }
  return folded;
}

function foldNonAscii(word: string): string {
  // ı and ł have no decomposition; map them by hand.
  return word
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFC');
}

/** An ASCII letter or digit: the bulk of news text, told apart without a regex. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** True when the character before `pos` is a letter, mark or digit of a spaced script. */
function isWordCharBefore(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos - 1);
  if (code < 0x80) return isAsciiWordCode(code);
  // A low surrogate: look at the whole astral character.
  const ch = code >= 0xdc00 && code <= 0xdfff && pos >= 2 ? text.slice(pos - 2, pos) : text[pos - 1]!;
  return WORD_CHAR_RE.test(ch);
}

/** Whitespace at `pos`; the common ASCII cases without a regex or a one-character string. */
function isSpaceAt(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0x80) return false;
  return SPACE_RE.test(text[pos]!);
}

/** Curly apostrophes and hyphen look-alikes are the same punctuation. */
function normalizePunct(ch: string): string {
  switch (ch) {
    case '\u2019':
    case '\u2018':
    case '\u02bc':
      return "'";
    case '\u2010':
    case '\u2011':
      return '-';
    default:
      return ch;
  }
}

interface Token {
  key: string;
  end: number;
  isWord: boolean;
}

/** Reads the token starting at `pos` (which is not whitespace). */
function readToken(text: string, pos: number): Token {
  const ch = text[pos]!;
  const code = ch.charCodeAt(0);
  // Fast path for ASCII letters and digits, the bulk of news text.
  if (isAsciiWordCode(code) || (code > 0x7f && !UNSPACED_RE.test(surrogateAware(text, pos)) && WORD_START_RE.test(surrogateAware(text, pos)))) {
    // ASCII letters and digits by hand; the regex only where the word goes beyond ASCII.
    let end = pos;
    for (let c = code; end < text.length; c = text.charCodeAt(++end)) {
      // isAsciiWordCode() written out: this loop runs for every character of every word read.
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
    }
    const ascii = end > pos && !(end < text.length && text.charCodeAt(end) > 0x7f);
    if (!ascii) {
      WORD_RUN_RE.lastIndex = end;
      const m = WORD_RUN_RE.exec(text);
      if (m) end += m[0].length;
    }
    if (end === pos) end = pos + surrogateAware(text, pos).length;
    const word = text.slice(pos, end);
    return { key: ascii ? word : foldDiacritics(word), end, isWord: true };
  }
  if (code > 0x7f && UNSPACED_RE.test(surrogateAware(text, pos))) {
    const c = surrogateAware(text, pos);
    return { key: c, end: pos + c.length, isWord: true };
  }
  return { key: normalizePunct(ch), end: pos + 1, isWord: false };
}

/** The whole code point at `pos` (Han extension characters are astral). */
function surrogateAware(text: string, pos: number): string {
  const code = text.charCodeAt(pos);
  if (code >= 0xd800 && code <= 0xdbff && pos + 1 < text.length) return text.slice(pos, pos + 2);
  return text[pos]!;
}

/** Splits an alias into trie keys: a leading space marks a whitespace gap before the token. */
export function aliasKeys(alias: string): string[] {
  const keys: string[] = [];
  let pos = 0;
  let space = false;
  while (pos < alias.length) {
    if (SPACE_RE.test(alias[pos]!)) {
      space = true;
      pos++;
      continue;
    }
    const tok = readToken(alias, pos);
    keys.push((space && keys.length > 0 ? ' ' : '') + tok.key);
    space = false;
    pos = tok.end;
  }
  return keys;
}

// Aliases are read once per page, before the first name can be painted, and
// the Unicode-set expressions readToken() relies on are slow to compile on
// first use (Firefox: 5 ms for the dictionary's 212 non-ASCII aliases, on
// every page). The dictionary's aliases use a few scripts only: this reads
// them with plain character ranges, and answers null for anything else,
// which aliasKeys() then reads. A unit test checks both agree on every alias.

/** Letters of the spaced scripts the aliases use: Latin with its accents, Greek, Cyrillic. */
function isPlainLetter(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x386 && c <= 0x3ce && c !== 0x387 && c !== 0x38b && c !== 0x38d && c !== 0x3a2) ||
    (c >= 0x400 && c <= 0x45f)
  );
}

/** Han, Hiragana and Katakana in their main blocks: one token a character. */
function isPlainUnspaced(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa);
}

/**
 * Punctuation beyond ASCII that normalizePunct() maps. Not U+02BC, which it
 * maps too: that one is a letter, so readToken() reads it inside words.
 */
const QUICK_PUNCT = [0x2019, 0x2018, 0x2010, 0x2011];

/** foldDiacritics() for a word of plain letters; null when a mark outside the common block turns up. */
function quickFold(word: string): string | null {
  let out = '';
  for (const ch of word.normalize('NFD')) {
    const c = ch.charCodeAt(0);
    if (c >= 0x300 && c <= 0x36f) continue;
    if (c >= 0x80 && !isPlainLetter(c) && c !== 0x131 && c !== 0x141 && c !== 0x142) return null;
    out += c === 0x131 ? 'i' : c === 0x142 ? 'l' : c === 0x141 ? 'L' : ch;
  }
  return out.normalize('NFC');
}

/** aliasKeys() without regular expressions, or null where it cannot be sure. */
export function quickAliasKeys(alias: string): string[] | null {
  const keys: string[] = [];
  let pos = 0;
  let space = false;
  while (pos < alias.length) {
    const c = alias.charCodeAt(pos);
    let key: string;
    let end = pos + 1;
    if (c === 32) {
      space = true;
      pos++;
      continue;
    }
    if (isAsciiWordCode(c) || isPlainLetter(c)) {
      let plain = c < 0x80;
      for (; end < alias.length; end++) {
        const d = alias.charCodeAt(end);
        if (isAsciiWordCode(d)) continue;
        if (isPlainLetter(d) || (d >= 0x300 && d <= 0x36f)) plain = false;
        else if (d >= 0x80 && !isPlainUnspaced(d) && !QUICK_PUNCT.includes(d)) return null;
        else break;
      }
      const word = alias.slice(pos, end);
      const folded = plain ? word : quickFold(word);
      if (folded === null) return null;
      key = folded;
    } else if (isPlainUnspaced(c)) {
      key = alias[pos]!;
    } else if (c < 0x80 || QUICK_PUNCT.includes(c)) {
      if (c < 0x20 || c === 0x7f) return null;
      key = normalizePunct(alias[pos]!);
    } else {
      return null;
    }
    keys.push((space && keys.length > 0 ? ' ' : '') + key);
    space = false;
    pos = end;
  }
  return keys;
}

function upperKeys(keys: string[]): string[] {
  return keys.map((k) => k.toUpperCase());
}

const ACRONYM_RE = /^(?:\p{Lu}\.?){2,4}$/u;
const ROMAN_NUMERAL_RE = /^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const STARTS_LOWER_RE = /^\p{Ll}/u;
const CAPS_WORD_BEFORE_RE = /(?:^|[^\p{L}\p{N}])\p{Lu}{2,}[ \t\u00a0]+$/u;
const CAPS_WORD_AFTER_RE = /^[ \t\u00a0]+\p{Lu}{2,}(?:$|[^\p{L}\p{N}])/u;
const LOCALE_PREFIX_RE = /(?:^|[^\p{L}])\p{Ll}{2}[-_]$/u;

/** True when a word (letters or digits, whatever the spaces between) comes right before `pos`. */
function wordBefore(text: string, pos: number): boolean {
  let p = pos;
  while (p > 0 && isSpaceAt(text, p - 1)) p--;
  return p > 0 && isWordCharBefore(text, p);
}

/** Folded, lower-cased text before `pos`, whitespace runs as one space and none at the end: for comparing words. */
function foldedTextBefore(text: string, pos: number, length: number): string {
  const raw = text.slice(Math.max(0, pos - length), pos);
  let out = '';
  for (const ch of foldDiacritics(raw)) out += SPACE_RE.test(ch) ? ' ' : normalizePunct(ch);
  return out.replace(/ +/g, ' ').trimEnd().toLowerCase();
}

/** True when an acronym match is more likely a word of capitalised text or a locale code. */
function acronymLooksLikeWord(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  return CAPS_WORD_BEFORE_RE.test(before) || CAPS_WORD_AFTER_RE.test(after) || LOCALE_PREFIX_RE.test(before);
}

export class Matcher {
  private readonly root: TrieNode = { next: null, entry: -1 };

  /** acronyms[i]: entry i is a short all-caps acronym. */
  private readonly acronyms: boolean[];

  /** multiWord[i]: entry i has more than one word, so a longer name may overlap its end. */
  private readonly multiWord: boolean[];

  /** romanCaps[i]: entry i in capitals is a Roman numeral ("XI"). */
  private readonly romanCaps: boolean[];

  /**
   * Entry index → the lower-case words ("ocean"), folded, after which it is
   * not a name: from "not a name" entries that begin in lower case.
   */
  private readonly blockedAfter = new Map<number, string[]>();

  /**
   * The first two characters of every first token, when both are ASCII
   * (index c0 * 128 + c1; c1 = 0 for a one-letter token). Most capitals in
   * news text start words no alias starts with ("The", "He", "In"): this
   * table turns them away before a token is cut out of the text.
   */
  private readonly firstPairs = new Uint8Array(128 * 128);

  constructor(readonly entries: readonly MatcherEntry[]) {
    // Acronyms are short: most aliases skip the Unicode-property expression.
    this.acronyms = entries.map((e) => e.text.length <= 8 && ACRONYM_RE.test(e.text));
    this.multiWord = [];
    this.romanCaps = [];
    const lowerStarts: { keys: string[]; text: string }[] = [];
    entries.forEach((e, i) => {
      const keys = quickAliasKeys(e.text) ?? aliasKeys(e.text);
      this.multiWord.push(keys.length > 1);
      if (keys.length === 0) throw new Error(`Empty alias for ${e.entityId ?? 'a not-name entry'}`);
      const first = keys[0]!;
      this.romanCaps.push(keys.length === 1 && first !== first.toUpperCase() && ROMAN_NUMERAL_RE.test(first.toUpperCase()));
      if (e.entityId === null && STARTS_LOWER_RE.test(first)) {
        lowerStarts.push({ keys, text: e.text });
        return;
      }
      if (first[0] !== first[0]!.toUpperCase()) {
        throw new Error(`Alias "${e.text}" starts with a lower-case letter: it could never match`);
      }
      this.insert(keys, i);
      this.insert(upperKeys(keys), i);
    });
    for (const { keys, text } of lowerStarts) this.blockAfterWords(keys, text);
    for (const key of this.root.next?.keys() ?? []) {
      const c0 = key.charCodeAt(0);
      const c1 = key.length > 1 ? key.charCodeAt(1) : 0;
      if (c0 < 0x80 && c1 < 0x80) this.firstPairs[c0 * 128 + c1] = 1;
    }
  }

  /**
   * False when the ASCII word at `start` cannot begin any alias; true when it
   * may, or when the text there is not plain ASCII (folding decides later).
   */
  private mayStartAlias(text: string, start: number, c0: number): boolean {
    if (c0 >= 0x80) return true;
    let c1 = start + 1 < text.length ? text.charCodeAt(start + 1) : 0;
    if (c1 >= 0x80) return true;
    if (!isAsciiWordCode(c1)) c1 = 0;
    return this.firstPairs[c0 * 128 + c1] === 1;
  }

  /** "océan Indien": the alias "Indien" is no name after the word "océan". */
  private blockAfterWords(keys: string[], text: string): void {
    const split = keys.findIndex((k) => !STARTS_LOWER_RE.test(k.trimStart()) && /\p{Lu}/u.test(k));
    if (split <= 0) throw new Error(`Not-a-name entry "${text}" needs lower-case words, then a name`);
    let node: TrieNode | undefined = this.root;
    keys.slice(split).forEach((k, j) => (node = node?.next?.get(j === 0 ? k.trimStart() : k)));
    // Not in this dictionary (the reader does not spot that kind): nothing to keep from counting.
    // The dataset check makes sure the full dictionary has it.
    if (!node || node.entry < 0) return;
    const words = keys
      .slice(0, split)
      .map((k, j) => (j === 0 ? k.trimStart() : k))
      .join('')
      .toLowerCase();
    const list = this.blockedAfter.get(node.entry) ?? [];
    list.push(words);
    this.blockedAfter.set(node.entry, list);
  }

  /** True when entry `entry`, found at `start`, comes right after words that make it no name. */
  private isBlockedAfter(text: string, start: number, entry: number): boolean {
    const list = this.blockedAfter.get(entry);
    if (!list) return false;
    for (const words of list) {
      const before = foldedTextBefore(text, start, words.length + 8);
      if (!before.endsWith(words)) continue;
      const at = before.length - words.length;
      if (at === 0 || !isWordCharBefore(before, at)) return true;
    }
    return false;
  }

  private insert(keys: string[], entry: number): void {
    let node = this.root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = { next: null, entry: -1 };
        node.next.set(key, child);
      }
      node = child;
    }
    // The first alias inserted under a key wins, so that the caller's order
    // decides deliberate ambiguities; the ALL-CAPS copy never overrides.
    if (node.entry === -1) node.entry = entry;
  }

  /** Calls `onMatch` for each match, left to right, without overlaps. */
  scan(text: string, onMatch: (m: Match) => void): void {
    const re = CANDIDATE_RE;
    re.lastIndex = 0;
    const tokenStarts: number[] = [];
    // test() rather than exec(): no match array to allocate per capital letter.
    while (re.test(text)) {
      const start = re.lastIndex - 1;
      const code = text.charCodeAt(start);
      if (code >= 0x80) {
        if (code >= 0xdc00 && code <= 0xdfff) continue; // the second half of an astral character
        if (!CANDIDATE_CHAR_RE.test(surrogateAware(text, start))) continue;
      }
      // Inside a word ("McDonald", "iPhone"): not the start of a name.
      if (start > 0 && isWordCharBefore(text, start)) continue;
      if (!this.mayStartAlias(text, start, code)) continue;
      const first = readToken(text, start);
      if (!first.isWord) continue;
      re.lastIndex = first.end;
      const firstChild = this.root.next?.get(first.key);
      if (!firstChild) continue;
      tokenStarts.length = 0;
      const best = this.walk(text, firstChild, first.end, tokenStarts);
      let end = this.walkEnd;
      if (best < 0) continue;
      const entityId = this.entries[best]!.entityId;
      // A title alias can cut a longer name short ("President Xi" | "Xi Jinping"):
      // a match of the same entity that starts inside this one extends it.
      for (let i = 0; entityId !== null && this.multiWord[best] && i < tokenStarts.length && tokenStarts[i]! < end; i++) {
        const q = readToken(text, tokenStarts[i]!);
        const child = this.root.next?.get(q.key);
        if (!child) continue;
        const other = this.walk(text, child, q.end, null);
        if (other >= 0 && this.walkEnd > end && this.entries[other]!.entityId === entityId) end = this.walkEnd;
      }
      let found = best;
      if (entityId !== null && (isUnspacedCode(code) || isUnspacedCode(text.charCodeAt(end - 1)))) {
        found = this.wholeUnspacedWord(text, start, end, best, firstChild, first.end);
        if (found < 0) continue;
        end = this.walkEnd;
      }
      const entry = this.entries[found]!;
      if (entry.entityId !== null && this.isName(text, start, end, found)) {
        onMatch({
          start,
          end,
          entityId: entry.entityId,
          entry: found,
          demonym: entry.demonym === true,
          needsContext: entry.needsContext === true,
          context: entry.needsContext === true ? (entry.context ?? null) : null,
        });
      }
      re.lastIndex = end;
    }
  }

  /** The checks that look around a match: acronyms among capitals, numerals, words before it. */
  private isName(text: string, start: number, end: number, entry: number): boolean {
    if (this.acronyms[entry] && acronymLooksLikeWord(text, start, end)) return false;
    if (this.romanCaps[entry] && wordBefore(text, start) && text.slice(start, end) === text.slice(start, end).toUpperCase()) {
      return false;
    }
    return !this.isBlockedAfter(text, start, entry);
  }

  /**
   * In unspaced text: the longest alias from `start` that is a whole word
   * there ([start, end) was the longest alias of all), or -1. Where it ends
   * is left in `walkEnd`.
   */
  private wholeUnspacedWord(text: string, start: number, end: number, best: number, firstChild: TrieNode, firstEnd: number): number {
    this.walkEnd = end;
    if (isWholeUnspacedWord(text, start, end)) return best;
    // Shorter aliases along the same path ("中华人民共和国" → "中华"), longest first.
    const ends: [number, number][] = [];
    let node: TrieNode | undefined = firstChild;
    let pos = firstEnd;
    if (node.entry >= 0) ends.push([node.entry, pos]);
    while (node.next !== null && pos < end) {
      const tok = readToken(text, pos);
      node = node.next.get(tok.key);
      if (!node) break;
      pos = tok.end;
      if (node.entry >= 0 && pos < end) ends.push([node.entry, pos]);
    }
    for (let i = ends.length - 1; i >= 0; i--) {
      const [entry, e] = ends[i]!;
      if (e < end && isWholeUnspacedWord(text, start, e)) {
        this.walkEnd = e;
        return entry;
      }
    }
    return -1;
  }

  /**
   * Follows the trie from `node` (already matched up to `pos`) for as long as
   * the text allows; returns the last alias passed (and leaves where it ends
   * in `walkEnd`: no tuple to allocate per candidate).
   * Records where each further word token starts in `tokenStarts`.
   */
  private walk(text: string, node: TrieNode, pos: number, tokenStarts: number[] | null): number {
    let best = node.entry;
    let bestEnd = pos;
    while (node.next !== null && pos < text.length) {
      let p = pos;
      let space = false;
      while (p < text.length && isSpaceAt(text, p)) {
        space = true;
        p++;
      }
      if (p >= text.length) break;
      const tok = readToken(text, p);
      const child = node.next.get(space ? ' ' + tok.key : tok.key);
      if (!child) break;
      if (tokenStarts !== null && tok.isWord) tokenStarts.push(p);
      node = child;
      pos = tok.end;
      if (node.entry >= 0) {
        best = node.entry;
        bestEnd = pos;
      }
    }
    this.walkEnd = bestEnd;
    return best;
  }

  /** Where the alias the last walk() returned ends. */
  private walkEnd = 0;

  find(text: string): Match[] {
    const out: Match[] = [];
    this.scan(text, (m) => out.push(m));
    return out;
  }
}

export function compileMatcher(entries: readonly MatcherEntry[]): Matcher {
  return new Matcher(entries);
}
