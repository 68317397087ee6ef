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
 *
 * Compiling is done in two steps: compileDictionary() reads the aliases
 * (tokenizing, folding, checking) into a plain, serialisable
 * CompiledDictionary, and a Matcher is built from that. The content script
 * ships the dictionary compiled at build time (src/data/dictionary.ts) with
 * its trie laid out (withTrie), so a page neither reads an alias nor builds
 * the trie unless the reader spots only some kinds.
 */
import { charAt, isCandidateChar, isMarkChar, isUnspacedChar, isWordChar } from './char-classes';
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

/**
 * The dictionary read and checked, in a form that JSON keeps: what a
 * Matcher is built from. Entries keep their order (it decides deliberate
 * ambiguities: the first alias under a key wins).
 */
export interface CompiledDictionary {
  /** Entity ids; entries name their entity by its index here. */
  ids: string[];
  /** Each entity's kind (compileDictionary's kindOf), when given: lets a Matcher spot only some kinds. */
  kinds: string[] | null;
  /**
   * Every entry's trie keys: entries joined by '|'; an entry's keys joined
   * by '~', or by nothing where the next key begins with the space that
   * marks a gap before it ("Vladimir Putin" is "Vladimir" and " Putin").
   */
  keys: string;
  /** Entry → entity, as runs of consecutive entries: [entity index, or -1 for "not a name", run length, ...]. */
  runs: number[];
  /** Entries that are demonyms. */
  demonyms: number[];
  /** Entries that count only with context: [entry, the entity indexes that give it (null: any entity)]. */
  needsContext: [number, number[] | null][];
  /** Entries that are short all-caps acronyms ("US"). */
  acronyms: number[];
  /** Entries whose capitals spell a Roman numeral ("Xi" → "XI"). */
  romanCaps: number[];
  /** "Not a name" entries that begin with lower-case words: [entry, index of the first key of the name after them]. */
  blockers: [number, number][];
  /**
   * The trie for every kind, laid out ahead (withTrie): a matcher of the full
   * dictionary adopts it instead of building it from `keys`, so a page's
   * cold script does not run the build's loops. Absent: built on first use.
   */
  trie?: TrieLayout;
}

/**
 * A Matcher's trie, in a form JSON keeps. Lookup tables are plain records
 * without a prototype, so the shipped JSON is used as it is parsed.
 */
export interface TrieLayout {
  /** The first key of each alias → its node (node 0 is the root). */
  root: Record<string, number>;
  /** Each further key → the [parent, child] pairs it joins (a few each). */
  edges: Record<string, number[]>;
  /** Per node: the entry of the alias that ends there, or -1. */
  nodeEntry: number[];
  /** Per node: 1 when it has children. */
  hasKids: number[];
  /** Per entry: its flag bits (demonym, acronym, ...). */
  flags: number[];
  /** The non-zero words of Matcher.firstPairs: [word index, bits, ...]. */
  firstPairs: number[];
  /** Entry → the folded lower-case words after which it is no name ("ocean"). */
  blockedAfter: [number, string[]][];
}

/** Characters that join keys in CompiledDictionary.keys; no key may contain them. */
const ENTRY_SEPARATOR = '|';
const KEY_SEPARATOR = '~';
const ENTRY_SEPARATOR_CODE = 0x7c;
const KEY_SEPARATOR_CODE = 0x7e;
const SPACE_CODE = 0x20;

/** Entry flags, one byte per entry. */
const DEMONYM = 1;
const NEEDS_CONTEXT = 2;
const ACRONYM = 4;
const MULTI_WORD = 8;
const ROMAN_CAPS = 16;

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
// (The exact check and the other classes: char-classes.ts.)
const CANDIDATE_RE = /[A-Z\u0080-\uffff]/g;
/** The same, without the global flag (a test that keeps no position): text without it holds no name. */
const MAY_HOLD_NAME_RE = new RegExp(CANDIDATE_RE.source);
const SPACE_RE = /\s/;
// Anything beyond printable ASCII (rare control characters just take the slow path).
const NON_ASCII_RE = /[^ -~\t\n\r]/;

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
  return withoutMarks(word.normalize('NFD'))
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFC');
}

/** `text` without its combining marks. */
function withoutMarks(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const ch = charAt(text, i);
    if (isMarkChar(ch)) {
      out += text.slice(from, i);
      from = i + ch.length;
    }
    i += ch.length;
  }
  return from === 0 ? text : out + text.slice(from);
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
  return isWordChar(ch);
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
  if (isAsciiWordCode(code) || (code > 0x7f && isWordChar(charAt(text, pos)))) {
    // ASCII letters and digits by hand first, the rest of a word that goes beyond ASCII after.
    let end = pos;
    for (let c = code; end < text.length; c = text.charCodeAt(++end)) {
      // isAsciiWordCode() written out: this loop runs for every character of every word read.
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
    }
    const ascii = end > pos && !(end < text.length && text.charCodeAt(end) > 0x7f);
    if (!ascii) {
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c < 0x80) {
          if (!isAsciiWordCode(c)) break;
          end++;
          continue;
        }
        const next = charAt(text, end);
        if (!isWordChar(next)) break;
        end += next.length;
      }
    }
    if (end === pos) end = pos + charAt(text, pos).length;
    const word = text.slice(pos, end);
    return { key: ascii ? word : foldDiacritics(word), end, isWord: true };
  }
  if (code > 0x7f && isUnspacedChar(charAt(text, pos))) {
    const c = charAt(text, pos);
    return { key: c, end: pos + c.length, isWord: true };
  }
  return { key: normalizePunct(ch), end: pos + 1, isWord: false };
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

function upperKeys(keys: string[]): string[] {
  return keys.map((k) => k.toUpperCase());
}

// Expressions with Unicode classes are made on first use: making one parses
// its classes, which a page should not pay for unless it needs them (see char-classes.ts).
const ROMAN_NUMERAL_RE = /^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
let acronymWordRes: [RegExp, RegExp, RegExp] | null = null;
/** "FOLLOW US", "US GUN LAWS" and "en-US", read with Unicode classes. */
function unicodeAcronymWordRes(): [RegExp, RegExp, RegExp] {
  acronymWordRes ??= [
    new RegExp(String.raw`(?:^|[^\p{L}\p{N}])\p{Lu}{2,}[ \t\u00a0]+$`, 'u'),
    new RegExp(String.raw`^[ \t\u00a0]+\p{Lu}{2,}(?:$|[^\p{L}\p{N}])`, 'u'),
    new RegExp(String.raw`(?:^|[^\p{L}])\p{Ll}{2}[-_]$`, 'u'),
  ];
  return acronymWordRes;
}
// The same three for text that is all ASCII (most pages around "US"): small
// expressions, where the Unicode classes above compile to large ones (see char-classes.ts).
const ASCII_ONLY_RE = /^[\0-\x7f]*$/;
const ASCII_CAPS_WORD_BEFORE_RE = /(?:^|[^A-Za-z0-9])[A-Z]{2,}[ \t]+$/;
const ASCII_CAPS_WORD_AFTER_RE = /^[ \t]+[A-Z]{2,}(?:$|[^A-Za-z0-9])/;
const ASCII_LOCALE_PREFIX_RE = /(?:^|[^A-Za-z])[a-z]{2}[-_]$/;

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
  if (ASCII_ONLY_RE.test(before) && ASCII_ONLY_RE.test(after)) {
    return ASCII_CAPS_WORD_BEFORE_RE.test(before) || ASCII_CAPS_WORD_AFTER_RE.test(after) || ASCII_LOCALE_PREFIX_RE.test(before);
  }
  const [capsBefore, capsAfter, localePrefix] = unicodeAcronymWordRes();
  return capsBefore.test(before) || capsAfter.test(after) || localePrefix.test(before);
}

/** The flags and keys of each entry, read from the aliases: the work compileDictionary does once, at build time. */
export function compileDictionary(entries: readonly MatcherEntry[], kindOf?: (entityId: string) => string): CompiledDictionary {
  const acronym = /^(?:\p{Lu}\.?){2,4}$/u;
  const startsLower = /^\p{Ll}/u;
  const upper = /\p{Lu}/u;
  const ids: string[] = [];
  const index = new Map<string, number>();
  const idOf = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      index.set(id, i);
    }
    return i;
  };
  const dict: CompiledDictionary = { ids, kinds: null, keys: '', runs: [], demonyms: [], needsContext: [], acronyms: [], romanCaps: [], blockers: [] };
  const encoded: string[] = [];
  entries.forEach((e, i) => {
    const keys = aliasKeys(e.text);
    if (keys.length === 0) throw new Error(`Empty alias for ${e.entityId ?? 'a not-name entry'}`);
    for (const k of keys) {
      if (k.includes(ENTRY_SEPARATOR) || k.includes(KEY_SEPARATOR)) throw new Error(`Alias "${e.text}" holds "${ENTRY_SEPARATOR}" or "${KEY_SEPARATOR}", which the compiled dictionary uses`);
    }
    encoded.push(keys.map((k, j) => (j === 0 || k.startsWith(' ') ? k : KEY_SEPARATOR + k)).join(''));
    const entity = e.entityId === null ? -1 : idOf(e.entityId);
    const runs = dict.runs;
    if (runs.length > 0 && runs[runs.length - 2] === entity) runs[runs.length - 1]!++;
    else runs.push(entity, 1);
    if (e.demonym) dict.demonyms.push(i);
    if (e.needsContext) dict.needsContext.push([i, e.context ? e.context.map(idOf) : null]);
    // Acronyms are short: most aliases skip the Unicode-property expression.
    if (e.text.length <= 8 && acronym.test(e.text)) dict.acronyms.push(i);
    const first = keys[0]!;
    if (keys.length === 1 && first !== first.toUpperCase() && ROMAN_NUMERAL_RE.test(first.toUpperCase())) dict.romanCaps.push(i);
    if (e.entityId === null && startsLower.test(first)) {
      const split = keys.findIndex((k) => !startsLower.test(k.trimStart()) && upper.test(k));
      if (split <= 0) throw new Error(`Not-a-name entry "${e.text}" needs lower-case words, then a name`);
      dict.blockers.push([i, split]);
    } else if (first[0] !== first[0]!.toUpperCase()) {
      throw new Error(`Alias "${e.text}" starts with a lower-case letter: it could never match`);
    }
  });
  dict.keys = encoded.join(ENTRY_SEPARATOR);
  if (kindOf) dict.kinds = ids.map(kindOf);
  return dict;
}

/** An ASCII code in lower case. */
const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * The first two characters of a set of words, when both are ASCII, as bits
 * (c0 * 128 + c1; c1 = 0 for a one-letter word). Most capitals in news text
 * begin words that no alias begins with ("The", "He", "In"): this turns
 * them away before a token is cut out of the text.
 */
class FirstPairs {
  readonly bits = new Uint32Array((128 * 128) / 32);

  /** `lower`: the words are in lower case, and text is looked up in lower case too. */
  constructor(private readonly lower: boolean) {}

  add(word: string): void {
    const c0 = word.charCodeAt(0);
    const c1 = word.length > 1 ? word.charCodeAt(1) : 0;
    if (c0 >= 0x80 || c1 >= 0x80) return;
    const i = c0 * 128 + (isAsciiWordCode(c1) ? c1 : 0);
    this.bits[i >> 5]! |= 1 << (i & 31);
  }

  /**
   * False when the ASCII word at `start` of `text` (its first character
   * `c0`) begins none of the words; true when it may, or when the text
   * there is not plain ASCII (folding decides later).
   */
  mayBegin(text: string, start: number, c0: number): boolean {
    if (c0 >= 0x80) return true;
    let c1 = start + 1 < text.length ? text.charCodeAt(start + 1) : 0;
    if (c1 >= 0x80) return true;
    if (!isAsciiWordCode(c1)) c1 = 0;
    const i = this.lower ? lowerAscii(c0) * 128 + lowerAscii(c1) : c0 * 128 + c1;
    return (this.bits[i >> 5]! & (1 << (i & 31))) !== 0;
  }
}

/**
 * The first step of a scan: from `re.lastIndex` (`re` is CANDIDATE_RE or a
 * copy), where the next word starts that may begin one of `pairs`' words: a
 * candidate character that is not inside a word. -1 when there is none.
 * `re.lastIndex` is left just past that character.
 */
function nextWordStart(text: string, re: RegExp, pairs: FirstPairs): number {
  // test() rather than exec(): no match array to allocate per capital letter.
  while (re.test(text)) {
    const start = re.lastIndex - 1;
    const code = text.charCodeAt(start);
    if (code >= 0x80) {
      if (code >= 0xdc00 && code <= 0xdfff) continue; // the second half of an astral character
      if (!isCandidateChar(charAt(text, start))) continue;
    }
    // Inside a word ("McDonald", "iPhone"): not the start of a name.
    if (start > 0 && isWordCharBefore(text, start)) continue;
    if (pairs.mayBegin(text, start, code)) return start;
  }
  return -1;
}

export class Matcher {
  /**
   * The trie, as numbered nodes (0 is the root): the first key of each alias
   * in one table; each further key in another, with the [parent, child] pairs
   * it joins (a few each). Two tables and two arrays instead of a Map per node
   * keep what a page holds small (this lives as long as the page), no lookup
   * builds a string, and JSON can carry it (TrieLayout).
   */
  private rootNext: Record<string, number> = Object.create(null) as Record<string, number>;
  private edges: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  /** nodeEntry[node]: the entry of the alias that ends there, or -1. */
  private nodeEntry: number[] = [-1];
  /** Whether a node has children (1) or not (0). */
  private hasKids: number[] = [0];

  /** Entry → index into `ids`, -1 for "not a name". */
  private entryEntity = new Int16Array(0);
  private flags = new Uint8Array(0);
  private readonly ids: readonly string[];
  /** Until the first text that could hold a name: the trie is laid out then. */
  private pending: { dict: CompiledDictionary; kinds: ReadonlySet<string> | undefined } | null;
  /** The context entities of needsContext entries (absent: any entity). */
  private contexts = new Map<number, readonly string[]>();

  /**
   * Entry index → the lower-case words ("ocean"), folded, after which it is
   * not a name: from "not a name" entries that begin in lower case.
   */
  private blockedAfter = new Map<number, string[]>();

  /** The first two characters of every first key (as written and in capitals). */
  private firstPairs = new FirstPairs(false);

  /**
   * `kinds`: spot only entities of these kinds (needs a dictionary compiled
   * with kinds); "not a name" entries always stay. The trie is laid out on
   * the first text that could hold a name: a frame or page without any
   * capital or non-ASCII letter (an empty frame, an ad) never pays for it.
   */
  constructor(dict: CompiledDictionary, kinds?: ReadonlySet<string>) {
    this.ids = dict.ids;
    this.pending = null;
    if (dict.trie && !kinds) this.adopt(dict, dict.trie);
    else this.pending = { dict, kinds };
  }

  /** Takes a trie laid out ahead (withTrie) as it is: no loop over keys or nodes. */
  private adopt(dict: CompiledDictionary, trie: TrieLayout): void {
    this.entryEntity = entryEntities(dict);
    this.flags = Uint8Array.from(trie.flags);
    this.contexts = entryContexts(dict);
    this.rootNext = withoutPrototype(trie.root);
    this.edges = withoutPrototype(trie.edges);
    this.nodeEntry = trie.nodeEntry;
    this.hasKids = trie.hasKids;
    for (let i = 0; i < trie.firstPairs.length; i += 2) this.firstPairs.bits[trie.firstPairs[i]!] = trie.firstPairs[i + 1]!;
    this.blockedAfter = new Map(trie.blockedAfter);
  }

  /** The trie in a form JSON keeps (laid out now if it was not yet): what withTrie ships. */
  layout(): TrieLayout {
    this.layOut();
    const firstPairs: number[] = [];
    this.firstPairs.bits.forEach((bits, i) => bits !== 0 && firstPairs.push(i, bits));
    return {
      root: this.rootNext,
      edges: this.edges,
      nodeEntry: this.nodeEntry,
      hasKids: this.hasKids,
      flags: [...this.flags],
      firstPairs,
      blockedAfter: [...this.blockedAfter],
    };
  }

  private layOut(): void {
    if (!this.pending) return;
    const { dict, kinds } = this.pending;
    this.pending = null;
    this.build(dict, kinds);
  }

  private build(dict: CompiledDictionary, kinds: ReadonlySet<string> | undefined): void {
    this.entryEntity = entryEntities(dict);
    const flags = new Uint8Array(this.entryEntity.length);
    this.flags = flags;
    for (const i of dict.demonyms) flags[i]! |= DEMONYM;
    for (const i of dict.acronyms) flags[i]! |= ACRONYM;
    for (const i of dict.romanCaps) flags[i]! |= ROMAN_CAPS;
    for (const [i] of dict.needsContext) flags[i]! |= NEEDS_CONTEXT;
    this.contexts = entryContexts(dict);
    const blockers = new Map(dict.blockers);
    const blockerKeys: [string[], number][] = [];
    // One pass cuts entries, keys and the spaces that begin keys at once.
    const src = dict.keys;
    let entry = 0;
    let keys: string[] = [];
    let start = 0;
    for (let p = 0; p <= src.length; p++) {
      const c = p < src.length ? src.charCodeAt(p) : ENTRY_SEPARATOR_CODE;
      if (c !== ENTRY_SEPARATOR_CODE && c !== KEY_SEPARATOR_CODE && c !== SPACE_CODE) continue;
      keys.push(src.slice(start, p));
      // A space belongs to the key it comes before.
      start = c === SPACE_CODE ? p : p + 1;
      if (c !== ENTRY_SEPARATOR_CODE) continue;
      const split = blockers.get(entry);
      if (split !== undefined) {
        blockerKeys.push([keys, split]);
      } else if (this.isSpotted(entry, dict, kinds)) {
        if (keys.length > 1) flags[entry]! |= MULTI_WORD;
        this.insert(keys, entry);
        this.insert(upperKeys(keys), entry);
      }
      keys = [];
      entry++;
    }
    for (const [k, split] of blockerKeys) this.blockAfterWords(k, split);
    for (const key of Object.keys(this.rootNext)) this.firstPairs.add(key);
  }

  /** Whether the reader spots entry `i`: "not a name" entries always count. */
  private isSpotted(i: number, dict: CompiledDictionary, kinds?: ReadonlySet<string>): boolean {
    const e = this.entryEntity[i]!;
    return e < 0 || !kinds || kinds.has(dict.kinds?.[e] ?? '');
  }

  /** The child of `node` under `key`, or -1. */
  private child(node: number, key: string): number {
    if (node === 0) return this.rootNext[key] ?? -1;
    const pairs = this.edges[key];
    if (pairs !== undefined) {
      for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === node) return pairs[i + 1]!;
    }
    return -1;
  }

  /** "océan Indien": the alias "Indien" is no name after the word "océan". */
  private blockAfterWords(keys: string[], split: number): void {
    let node = 0;
    keys.slice(split).forEach((k, j) => (node = node < 0 ? -1 : this.child(node, j === 0 ? k.trimStart() : k)));
    // Not in this dictionary (the reader does not spot that kind): nothing to keep from counting.
    // The dataset check makes sure the full dictionary has it.
    const entry = node < 0 ? -1 : this.nodeEntry[node]!;
    if (entry < 0) return;
    const words = keys
      .slice(0, split)
      .map((k, j) => (j === 0 ? k.trimStart() : k))
      .join('')
      .toLowerCase();
    const list = this.blockedAfter.get(entry) ?? [];
    list.push(words);
    this.blockedAfter.set(entry, list);
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
    let node = 0;
    for (const key of keys) {
      let child = this.child(node, key);
      if (child < 0) {
        child = this.nodeEntry.length;
        this.nodeEntry.push(-1);
        this.hasKids.push(0);
        if (node === 0) {
          this.rootNext[key] = child;
        } else {
          const pairs = this.edges[key];
          if (pairs) pairs.push(node, child);
          else this.edges[key] = [node, child];
        }
        this.hasKids[node] = 1;
      }
      node = child;
    }
    // The first alias inserted under a key wins, so that the caller's order
    // decides deliberate ambiguities; the ALL-CAPS copy never overrides.
    if (this.nodeEntry[node] === -1) this.nodeEntry[node] = entry;
  }

  /** The keys that begin an alias (as written and in capitals) in lower case: what mayHoldName looks words up in. */
  firstWords(): string[] {
    this.layOut();
    // A key in capitals lower-cased is not always the key lower-cased ("ß" → "SS" → "ss"): both are kept.
    const words = new Set<string>();
    for (const key of Object.keys(this.rootNext)) words.add(key.toLowerCase()).add(key.toUpperCase().toLowerCase());
    return [...words];
  }

  /** Calls `onMatch` for each match, left to right, without overlaps. */
  scan(text: string, onMatch: (m: Match) => void): void {
    if (this.pending) {
      if (!MAY_HOLD_NAME_RE.test(text)) return;
      this.layOut();
    }
    const re = CANDIDATE_RE;
    re.lastIndex = 0;
    const tokenStarts: number[] = [];
    for (let start: number; (start = nextWordStart(text, re, this.firstPairs)) >= 0; ) {
      const code = text.charCodeAt(start);
      const first = readToken(text, start);
      if (!first.isWord) continue;
      re.lastIndex = first.end;
      const firstChild = this.child(0, first.key);
      if (firstChild < 0) continue;
      tokenStarts.length = 0;
      const best = this.walk(text, firstChild, first.end, tokenStarts);
      let end = this.walkEnd;
      if (best < 0) continue;
      const entity = this.entryEntity[best]!;
      // A title alias can cut a longer name short ("President Xi" | "Xi Jinping"):
      // a match of the same entity that starts inside this one extends it.
      for (let i = 0; entity >= 0 && (this.flags[best]! & MULTI_WORD) !== 0 && i < tokenStarts.length && tokenStarts[i]! < end; i++) {
        const q = readToken(text, tokenStarts[i]!);
        const child = this.child(0, q.key);
        if (child < 0) continue;
        const other = this.walk(text, child, q.end, null);
        if (other >= 0 && this.walkEnd > end && this.entryEntity[other] === entity) end = this.walkEnd;
      }
      let found = best;
      if (entity >= 0 && (isUnspacedCode(code) || isUnspacedCode(text.charCodeAt(end - 1)))) {
        found = this.wholeUnspacedWord(text, start, end, best, firstChild, first.end);
        if (found < 0) continue;
        end = this.walkEnd;
      }
      const foundEntity = this.entryEntity[found]!;
      if (foundEntity >= 0 && this.isName(text, start, end, found)) {
        const flags = this.flags[found]!;
        onMatch({
          start,
          end,
          entityId: this.ids[foundEntity]!,
          entry: found,
          demonym: (flags & DEMONYM) !== 0,
          needsContext: (flags & NEEDS_CONTEXT) !== 0,
          context: (flags & NEEDS_CONTEXT) !== 0 ? (this.contexts.get(found) ?? null) : null,
        });
      }
      re.lastIndex = end;
    }
  }

  /** The checks that look around a match: acronyms among capitals, numerals, words before it. */
  private isName(text: string, start: number, end: number, entry: number): boolean {
    const flags = this.flags[entry]!;
    if ((flags & ACRONYM) !== 0 && acronymLooksLikeWord(text, start, end)) return false;
    if ((flags & ROMAN_CAPS) !== 0 && wordBefore(text, start) && text.slice(start, end) === text.slice(start, end).toUpperCase()) {
      return false;
    }
    return !this.isBlockedAfter(text, start, entry);
  }

  /**
   * In unspaced text: the longest alias from `start` that is a whole word
   * there ([start, end) was the longest alias of all), or -1. Where it ends
   * is left in `walkEnd`.
   */
  private wholeUnspacedWord(text: string, start: number, end: number, best: number, firstChild: number, firstEnd: number): number {
    this.walkEnd = end;
    if (isWholeUnspacedWord(text, start, end)) return best;
    // Shorter aliases along the same path ("中华人民共和国" → "中华"), longest first.
    const ends: [number, number][] = [];
    let node = firstChild;
    let pos = firstEnd;
    if (this.nodeEntry[node]! >= 0) ends.push([this.nodeEntry[node]!, pos]);
    while (this.hasKids[node] && pos < end) {
      const tok = readToken(text, pos);
      node = this.child(node, tok.key);
      if (node < 0) break;
      pos = tok.end;
      if (this.nodeEntry[node]! >= 0 && pos < end) ends.push([this.nodeEntry[node]!, pos]);
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
  private walk(text: string, node: number, pos: number, tokenStarts: number[] | null): number {
    let best = this.nodeEntry[node]!;
    let bestEnd = pos;
    while (this.hasKids[node] && pos < text.length) {
      let p = pos;
      let space = false;
      while (p < text.length && isSpaceAt(text, p)) {
        space = true;
        p++;
      }
      if (p >= text.length) break;
      const tok = readToken(text, p);
      const child = this.child(node, space ? ' ' + tok.key : tok.key);
      if (child < 0) break;
      if (tokenStarts !== null && tok.isWord) tokenStarts.push(p);
      node = child;
      pos = tok.end;
      const entry = this.nodeEntry[node]!;
      if (entry >= 0) {
        best = entry;
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

/** CANDIDATE_RE's own copy for mayHoldName, whose position a scan under way must keep. */
const FIRST_WORD_RE = new RegExp(CANDIDATE_RE.source, 'g');

/** The words that begin an alias (Matcher.firstWords, lower case), as mayHoldName looks words up in them. */
export class FirstWords {
  readonly #words: ReadonlySet<string>;
  /** Their first two characters, looked up in lower case. */
  readonly pairs = new FirstPairs(true);

  constructor(words: Iterable<string>) {
    this.#words = new Set(words);
    for (const w of this.#words) this.pairs.add(w);
  }

  has(word: string): boolean {
    return this.#words.has(word);
  }
}

/**
 * Whether `text` may hold a name: the first step of Matcher.scan alone, the
 * same candidates and tokens, each word looked up in lower case in
 * `firstWords`. Every text a matcher of those aliases finds a name in
 * passes; most text without one does not. The content script asks this of
 * a page before it loads the matcher at all.
 */
export function mayHoldName(text: string, firstWords: FirstWords): boolean {
  if (!MAY_HOLD_NAME_RE.test(text)) return false;
  const re = FIRST_WORD_RE;
  re.lastIndex = 0;
  for (let start: number; (start = nextWordStart(text, re, firstWords.pairs)) >= 0; ) {
    const first = readToken(text, start);
    if (!first.isWord) continue;
    re.lastIndex = first.end;
    if (firstWords.has(first.key.toLowerCase())) return true;
  }
  return false;
}

/** Entry → index into the dictionary's ids (-1 for "not a name"), from its runs. */
function entryEntities(dict: CompiledDictionary): Int16Array<ArrayBuffer> {
  const n = dict.runs.reduce((sum, x, i) => (i % 2 === 1 ? sum + x : sum), 0);
  const out = new Int16Array(n);
  for (let r = 0, i = 0; r < dict.runs.length; r += 2) out.fill(dict.runs[r]!, i, (i += dict.runs[r + 1]!));
  return out;
}

/** The context entities of needsContext entries that name them. */
function entryContexts(dict: CompiledDictionary): Map<number, readonly string[]> {
  const out = new Map<number, readonly string[]>();
  for (const [i, context] of dict.needsContext) if (context) out.set(i, context.map((c) => dict.ids[c]!));
  return out;
}

/** `record` as a lookup table: a page's word "constructor" must not find Object.prototype's. */
function withoutPrototype<T>(record: Record<string, T>): Record<string, T> {
  return Object.getPrototypeOf(record) === null ? record : (Object.setPrototypeOf(record, null) as Record<string, T>);
}

/** `dict` with its full trie laid out now, for the build to ship (see CompiledDictionary.trie). */
export function withTrie(dict: CompiledDictionary): CompiledDictionary {
  const { trie: _, ...plain } = dict;
  return { ...plain, trie: new Matcher(plain).layout() };
}

/** A matcher for `entries`, compiled now (the content script's dictionary is compiled at build time instead). */
export function compileMatcher(entries: readonly MatcherEntry[]): Matcher {
  return new Matcher(compileDictionary(entries));
}
