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
 */

export interface MatcherEntry {
  text: string;
  /** Null for a "not a name" entry that only blocks shorter matches. */
  entityId: string | null;
  demonym?: boolean;
  /** Counts on a page only when the page names other entities too (see Dataset.needsContext). */
  needsContext?: boolean;
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
 * Where a match can begin: a capitalised word not preceded by another word
 * character, or any character of an unspaced script. Every alias must begin
 * with a capital or an unspaced character (the dataset check enforces it),
 * so lower-case words are skipped by the regex engine at native speed.
 */
const START_RE = new RegExp(
  String.raw`(?<!${WORD_CHAR})[\p{Lu}\p{Lt}]${WORD_CHAR}*|[${UNSPACED}]`,
  'gv',
);
const WORD_RUN_RE = new RegExp(`${WORD_CHAR}+`, 'yv');
const UNSPACED_RE = new RegExp(`[${UNSPACED}]`, 'v');
const WORD_START_RE = new RegExp(WORD_CHAR, 'v');
const SPACE_RE = /\s/;
// Anything beyond printable ASCII (rare control characters just take the slow path).
const NON_ASCII_RE = /[^ -~\t\n\r]/;
const MARKS_RE = /\p{M}/gu;

/** Folds diacritics ("Erdoğan" → "Erdogan") but keeps case. */
export function foldDiacritics(word: string): string {
  if (!NON_ASCII_RE.test(word)) return word;
  // ı and ł have no decomposition; map them by hand.
  return word
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFC');
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
  const asciiWord =
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (asciiWord || (code > 0x7f && !UNSPACED_RE.test(surrogateAware(text, pos)) && WORD_START_RE.test(surrogateAware(text, pos)))) {
    WORD_RUN_RE.lastIndex = pos;
    const m = WORD_RUN_RE.exec(text);
    const end = m ? pos + m[0].length : pos + 1;
    return { key: foldDiacritics(text.slice(pos, end)), end, isWord: true };
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

function upperKeys(keys: string[]): string[] {
  return keys.map((k) => k.toUpperCase());
}

const ACRONYM_RE = /^(?:\p{Lu}\.?){2,4}$/u;
const CAPS_WORD_BEFORE_RE = /(?:^|[^\p{L}\p{N}])\p{Lu}{2,}[ \t\u00a0]+$/u;
const CAPS_WORD_AFTER_RE = /^[ \t\u00a0]+\p{Lu}{2,}(?:$|[^\p{L}\p{N}])/u;
const LOCALE_PREFIX_RE = /(?:^|[^\p{L}])\p{Ll}{2}[-_]$/u;

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

  constructor(readonly entries: readonly MatcherEntry[]) {
    this.acronyms = entries.map((e) => ACRONYM_RE.test(e.text));
    entries.forEach((e, i) => {
      const keys = aliasKeys(e.text);
      if (keys.length === 0) throw new Error(`Empty alias for ${e.entityId ?? 'a not-name entry'}`);
      const first = keys[0]!;
      if (first[0] !== first[0]!.toUpperCase()) {
        throw new Error(`Alias "${e.text}" starts with a lower-case letter: it could never match`);
      }
      this.insert(keys, i);
      this.insert(upperKeys(keys), i);
    });
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
    const re = START_RE;
    re.lastIndex = 0;
    const tokenStarts: number[] = [];
    let found: RegExpExecArray | null;
    while ((found = re.exec(text)) !== null) {
      const start = found.index;
      const firstChild = this.root.next?.get(foldDiacritics(found[0]));
      // A capitalised word that begins no alias (the common case).
      if (!firstChild) continue;
      tokenStarts.length = 0;
      const [best, firstEnd] = this.walk(text, firstChild, start + found[0].length, tokenStarts);
      let end = firstEnd;
      if (best < 0) continue;
      const entityId = this.entries[best]!.entityId;
      // A title alias can cut a longer name short ("President Xi" | "Xi Jinping"):
      // a match of the same entity that starts inside this one extends it.
      for (let i = 0; entityId !== null && i < tokenStarts.length && tokenStarts[i]! < end; i++) {
        const q = tokenStarts[i]!;
        const child = this.root.next?.get(readToken(text, q).key);
        if (!child) continue;
        const [other, otherEnd] = this.walk(text, child, readToken(text, q).end, null);
        if (other >= 0 && otherEnd > end && this.entries[other]!.entityId === entityId) end = otherEnd;
      }
      const entry = this.entries[best]!;
      if (entityId !== null && !(this.acronyms[best] && acronymLooksLikeWord(text, start, end))) {
        onMatch({
          start,
          end,
          entityId,
          entry: best,
          demonym: entry.demonym === true,
          needsContext: entry.needsContext === true,
        });
      }
      re.lastIndex = end;
    }
  }

  /**
   * Follows the trie from `node` (already matched up to `pos`) for as long as
   * the text allows; returns the last alias passed and where it ends.
   * Records where each further word token starts in `tokenStarts`.
   */
  private walk(text: string, node: TrieNode, pos: number, tokenStarts: number[] | null): [number, number] {
    let best = node.entry;
    let bestEnd = pos;
    while (node.next !== null && pos < text.length) {
      let p = pos;
      let space = false;
      while (p < text.length && SPACE_RE.test(text[p]!)) {
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
    return [best, bestEnd];
  }

  find(text: string): Match[] {
    const out: Match[] = [];
    this.scan(text, (m) => out.push(m));
    return out;
  }
}

export function compileMatcher(entries: readonly MatcherEntry[]): Matcher {
  return new Matcher(entries);
}
