/**
 * Synthetic news pages for the benchmark, generated deterministically (same
 * options, same bytes): paragraphs of ordinary words with inline elements,
 * names from the dataset's aliases at news density.
 *
 * Density (per 1,000,000 characters of text, "1 MB"): about 9,000 names and
 * 19,800 text nodes (≈ 50 characters per text node). A name never straddles
 * two text nodes and is never next to another name or a capitalised word, so
 * the extension and the mark.js baseline see the same matches.
 */
import { seededRandom } from './stats';

export const MB = 1_000_000;
export const NAMES_PER_MB = 9_000;
export const TEXT_NODES_PER_MB = 19_800;

export interface SyntheticOptions {
  /** Characters of text (text nodes under <body>) to generate. */
  textChars: number;
  /** Aliases to use as names; Latin-script ones are drawn ten times as often. */
  aliases: readonly string[];
  seed?: number;
  title?: string;
  /**
   * Mark this many inline <span> elements, spread over the page, with
   * data-live (their text is what the changing page rewrites).
   */
  liveSpans?: number;
  /** Raw HTML appended at the end of <body> (the changing page's script). */
  bodyEnd?: string;
  /** Names per MB of text (default NAMES_PER_MB); 0 makes a page without any name. */
  namesPerMb?: number;
}

export interface SyntheticPage {
  html: string;
  /** Characters of text under <body> (what a TreeWalker over it reads). */
  textChars: number;
  textNodes: number;
  /** Names written into the page. */
  names: number;
  /** The text of each block (paragraph, heading, list item), for the Node matcher figures. */
  blocks: string[];
}

// Ordinary lower-case words of news prose.
const WORDS = (
  'the of and to in a is that for on was with he it as at by from his said has have be are were ' +
  'an this which not but they had its after who also their been more will would about than over ' +
  'talks summit leaders meeting minister government officials country region trade security war ' +
  'energy prices grain exports agreement sanctions economy military border cooperation state ' +
  'president week year month day statement visit bilateral relations support policy foreign ' +
  'deal between during under against while since before because among toward across around ' +
  'new first last two three several many some most other such own same few each both ' +
  'called told added asked noted warned urged welcomed rejected announced signed discussed ' +
  'expected reported according sources analysts experts observers diplomats delegation ' +
  'pressure influence alliance partners growth market investment infrastructure pipeline gas ' +
  'oil wheat fertilizer shipments ports corridor railway highway project projects plans ' +
  'conflict crisis tensions dispute ceasefire negotiations vote resolution council session ' +
  'press conference interview speech remarks comments message letter call phone video ' +
  'however meanwhile still already only even just yet again almost nearly about roughly'
).split(/\s+/);

// Capitalised words that begin no alias (sentence starts, days, outlets).
const CAPITALISED = (
  'The In On At For After Before During While Officials Analysts Reuters Monday Tuesday ' +
  'Wednesday Thursday Friday Saturday Sunday Europe Brussels Geneva London Paris Berlin Tokyo ' +
  'Madrid Rome Delhi Cairo Nairobi Lisbon Vienna Warsaw Prague Oslo Ottawa Canberra ' +
  'Later Earlier Meanwhile Still Some Many Both Neither Asked According Speaking'
).split(/\s+/);

const INLINE = [
  ['a href="#ref"', 'a'],
  ['em', 'em'],
  ['strong', 'strong'],
  ['span class="c"', 'span'],
  ['b', 'b'],
  ['i', 'i'],
] as const;

const HEADING_EVERY = 8;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function isLatin(alias: string): boolean {
  return /^[\p{Script=Latin}\p{N}\p{P}\s]+$/u.test(alias);
}

/** Names to draw from: Latin-script aliases weighted 10, others 1. */
function weightedNames(aliases: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of aliases) {
    const n = isLatin(a) ? 10 : 1;
    for (let i = 0; i < n; i++) out.push(a);
  }
  if (out.length === 0) throw new Error('syntheticPage: no aliases given');
  return out;
}

/** Writes prose token by token, keeping names at the target density. */
class Prose {
  chars = 0;
  names = 0;
  private sentenceLeft = 0;
  private prevWasName = false;
  private readonly pick: <T>(xs: readonly T[]) => T;

  constructor(
    private readonly rand: () => number,
    private readonly nameList: readonly string[],
    private readonly namesPerMb = NAMES_PER_MB,
  ) {
    this.pick = <T>(xs: readonly T[]): T => xs[Math.floor(this.rand() * xs.length)]!;
  }

  /** The next token with its leading space (none at a paragraph start) and whether it is a name. */
  next(atStart: boolean): { text: string; isName: boolean } {
    const space = atStart ? '' : ' ';
    let word: string;
    let isName = false;
    const wantName = !this.prevWasName && this.names < (this.chars * this.namesPerMb) / MB;
    if (this.sentenceLeft === 0) {
      // A new sentence: the previous one ends with a full stop.
      this.sentenceLeft = 8 + Math.floor(this.rand() * 14);
      if (wantName && this.rand() < 0.3) {
        word = this.pick(this.nameList);
        isName = true;
      } else {
        word = this.pick(CAPITALISED);
      }
    } else if (wantName && this.rand() < 0.5) {
      word = this.pick(this.nameList);
      isName = true;
    } else if (!this.prevWasName && this.rand() < 0.04) {
      word = this.pick(CAPITALISED);
    } else {
      word = this.pick(WORDS);
    }
    this.sentenceLeft--;
    let text = space + word;
    if (this.sentenceLeft === 0) text += '.';
    else if (!isName && this.rand() < 0.06) text += ',';
    this.prevWasName = isName;
    if (isName) this.names++;
    this.chars += text.length;
    return { text, isName };
  }

  /** Ends the paragraph's last sentence. */
  endParagraph(): string {
    if (this.sentenceLeft === 0) return '';
    this.sentenceLeft = 0;
    this.prevWasName = false;
    this.chars += 1;
    return '.';
  }
}

/** Builds one synthetic page. Deterministic for the same options. */
export function syntheticPage(opts: SyntheticOptions): SyntheticPage {
  const rand = seededRandom(opts.seed ?? 20220916);
  const prose = new Prose(rand, weightedNames(opts.aliases), opts.namesPerMb);
  const out: string[] = [];
  const blocks: string[] = [];
  let textNodes = 0;
  let inlineSpans = 0;
  let liveLeft = opts.liveSpans ?? 0;
  // Spread live spans evenly: every k-th span, k from the expected number of spans.
  const expectedSpans = Math.max(1, Math.round((opts.textChars / MB) * TEXT_NODES_PER_MB * 0.5 / INLINE.length));
  const liveEvery = liveLeft > 0 ? Math.max(1, Math.floor(expectedSpans / (liveLeft * 1.25))) : Infinity;
  const charsPerNode = MB / TEXT_NODES_PER_MB;

  const title = opts.title ?? 'Synthetic news page';
  out.push(
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font:16px/1.5 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em}</style>',
    '</head><body><article>',
  );
  const h1 = title;
  out.push(`<h1>${escapeHtml(h1)}</h1>`);
  textNodes++;
  let total = h1.length;
  blocks.push(h1);

  let paragraph = 0;
  while (total < opts.textChars) {
    if (paragraph % HEADING_EVERY === 0) {
      // A heading: one text node of a few words.
      let text = '';
      for (let i = 0; i < 5; i++) text += prose.next(i === 0).text;
      text += prose.endParagraph();
      out.push(`<h2>${escapeHtml(text)}</h2>`);
      textNodes++;
      total += text.length;
      blocks.push(text);
    }
    paragraph++;
    // A paragraph: alternating plain text and inline elements, ≈ 12 text nodes.
    const segments = 9 + Math.floor(rand() * 7);
    const isItem = paragraph % 11 === 0;
    out.push(isItem ? '<ul><li>' : '<p>');
    let block = '';
    for (let s = 0; s < segments; s++) {
      // The last token overshoots the target by about 4 characters on average.
      const target = charsPerNode * (0.4 + rand() * 1.2) - 4.5;
      let seg = '';
      while (seg.length < target) {
        const tok = prose.next(block.length === 0 && seg.length === 0);
        seg += tok.text;
      }
      if (s === segments - 1) seg += prose.endParagraph();
      block += seg;
      textNodes++;
      if (s % 2 === 1) {
        const [open, close] = INLINE[Math.floor(rand() * INLINE.length)]!;
        let attrs = open;
        if (close === 'span') {
          inlineSpans++;
          if (liveLeft > 0 && inlineSpans % liveEvery === 0) {
            attrs += ' data-live';
            liveLeft--;
          }
        }
        out.push(`<${attrs}>${escapeHtml(seg)}</${close}>`);
      } else {
        out.push(escapeHtml(seg));
      }
    }
    out.push(isItem ? '</li></ul>' : '</p>');
    total += block.length;
    blocks.push(block);
  }
  out.push('</article>');
  if (opts.bodyEnd) out.push(opts.bodyEnd);
  out.push('</body></html>\n');
  if (liveLeft > 0) throw new Error(`syntheticPage: page too small for ${opts.liveSpans} live spans`);
  return { html: out.join(''), textChars: total, textNodes, names: prose.names, blocks };
}

/** Short stretches of prose with names at the same density (the changing page's new texts). */
export function phrases(count: number, aliases: readonly string[], seed = 7): string[] {
  const prose = new Prose(seededRandom(seed), weightedNames(aliases));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    while (s.length < 45) s += prose.next(false).text;
    out.push(s + ' ');
  }
  return out;
}
