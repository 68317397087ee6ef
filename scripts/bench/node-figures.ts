/**
 * Figures measured in Node, without a browser: the matcher's throughput, the
 * popup search's time per keystroke, and the bundle sizes.
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileMatcher, type MatcherEntry } from '../../src/core/matcher';
import { createSearch } from '../../src/core/search';
import type { Dataset } from '../../src/core/dataset-types';
import { median, quantile, seededRandom } from './stats';
import { MB, syntheticPage } from './synthetic-page';

export interface MatcherFigures {
  textMb: number;
  matches: number;
  realAliases: number;
  mbPerSecReal: number | null;
  mbPerSecWith10k: number | null;
  matchesWith10k: number;
  compileMsReal: number | null;
  compileMsWith10k: number | null;
  samplesReal: number[];
  samplesWith10k: number[];
}

/** 10,000 made-up aliases: some begin with words that news text is full of, so they cost lookups. */
export function syntheticAliases(count: number, seed = 99): MatcherEntry[] {
  const rand = seededRandom(seed);
  const syllables = ['ka', 'lo', 'mir', 'van', 'tes', 'ru', 'dro', 'bel', 'xan', 'to', 'vik', 'sa', 'gor', 'len', 'ul', 'pa', 'zed', 'ny', 'qua', 'ost'];
  const word = (n: number) => {
    let w = '';
    for (let i = 0; i < n; i++) w += syllables[Math.floor(rand() * syllables.length)]!;
    return w[0]!.toUpperCase() + w.slice(1);
  };
  // Capitalised words the synthetic text uses (sentence starts, places) and titles.
  const common = ['President', 'Prime Minister', 'Mr', 'Minister', 'General', 'The', 'Officials', 'Moscow', 'Beijing', 'Monday', 'Europe', 'Washington'];
  const out: MatcherEntry[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    const r = rand();
    const text =
      r < 0.3 ? `${common[Math.floor(rand() * common.length)]!} ${word(2 + Math.floor(rand() * 2))}` : r < 0.8 ? `${word(2)} ${word(3)}` : word(3);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ text, entityId: `synthetic-${out.length}` });
  }
  return out;
}

function timeScan(matcher: ReturnType<typeof compileMatcher>, blocks: readonly string[]): { ms: number; matches: number } {
  let matches = 0;
  const t0 = performance.now();
  for (const b of blocks) matcher.scan(b, () => matches++);
  return { ms: performance.now() - t0, matches };
}

/** Throughput over plain text (the synthetic page's blocks), best of warm runs reported as median. */
export function matcherThroughput(entries: readonly MatcherEntry[], aliases: readonly string[], opts: { textMb: number; runs: number }): MatcherFigures {
  const page = syntheticPage({ textChars: opts.textMb * MB, aliases });
  const blocks = page.blocks;
  const bytes = blocks.reduce((n, b) => n + Buffer.byteLength(b, 'utf8'), 0);
  const mb = bytes / MB;

  let c0 = performance.now();
  const real = compileMatcher(entries);
  const compileMsReal = performance.now() - c0;
  const extra = syntheticAliases(10_000);
  c0 = performance.now();
  const big = compileMatcher([...entries, ...extra]);
  const compileMsWith10k = performance.now() - c0;

  // One warm-up pass each (JIT), then the timed runs, alternating.
  timeScan(real, blocks);
  timeScan(big, blocks);
  const samplesReal: number[] = [];
  const samplesWith10k: number[] = [];
  let matches = 0;
  let matchesWith10k = 0;
  for (let i = 0; i < opts.runs; i++) {
    const a = timeScan(real, blocks);
    const b = timeScan(big, blocks);
    matches = a.matches;
    matchesWith10k = b.matches;
    samplesReal.push(mb / (a.ms / 1000));
    samplesWith10k.push(mb / (b.ms / 1000));
  }
  return {
    textMb: mb,
    matches,
    realAliases: entries.length,
    mbPerSecReal: median(samplesReal),
    mbPerSecWith10k: median(samplesWith10k),
    matchesWith10k,
    compileMsReal,
    compileMsWith10k,
    samplesReal,
    samplesWith10k,
  };
}

export const SEARCH_QUERIES = [
  'Xi Jinping',
  'Putin',
  'Poutine',
  'Erdogan',
  'Erdoğan',
  'Modi',
  'Raisi',
  'Aliyev',
  'kazakhstan',
  'kazakstan',
  'Samarkand',
  'Shanghai Cooperation',
  'grain exports',
  'United States',
  'Путин',
  '习近平',
];

export interface SearchFigures {
  queries: number;
  keystrokes: number;
  buildMs: number;
  medianMs: number | null;
  p95Ms: number | null;
  maxMs: number | null;
  /** The slowest keystroke (its median over runs) and the prefix typed. */
  slowest: { prefix: string; ms: number } | null;
}

/** The popup's search over every prefix of each query; per keystroke the median of `runs` repetitions. */
export function searchPerKeystroke(dataset: Pick<Dataset, 'entities'>, queries: readonly string[], runs: number): SearchFigures {
  const t0 = performance.now();
  const search = createSearch(dataset);
  const buildMs = performance.now() - t0;
  const prefixes: string[] = [];
  for (const q of queries) {
    const chars = [...q];
    for (let i = 1; i <= chars.length; i++) prefixes.push(chars.slice(0, i).join(''));
  }
  // Warm-up: one pass over every prefix.
  for (const p of prefixes) search(p);
  const perKey = prefixes.map((p) => {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const s = performance.now();
      search(p);
      times.push(performance.now() - s);
    }
    return { prefix: p, ms: median(times)! };
  });
  const ms = perKey.map((k) => k.ms);
  const slowest = perKey.reduce<{ prefix: string; ms: number } | null>((a, b) => (a === null || b.ms > a.ms ? b : a), null);
  return {
    queries: queries.length,
    keystrokes: prefixes.length,
    buildMs,
    medianMs: median(ms),
    p95Ms: quantile(ms, 0.95),
    maxMs: slowest?.ms ?? null,
    slowest,
  };
}

export interface BundleFigures {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Largest inputs in the bundle (from an esbuild metafile of the same build), bytes in the output. */
  top: { input: string; bytes: number }[];
}

/** Sizes of a built bundle, and which inputs make it up (esbuild's metafile of a same-options build). */
export async function bundleFigures(repoRoot: string, file: string, entry: string): Promise<BundleFigures> {
  const code = await readFile(path.join(repoRoot, 'dist', file));
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  let top: { input: string; bytes: number }[];
  try {
    const result = await build({
      absWorkingDir: repoRoot,
      entryPoints: [entry],
      bundle: true,
      format: 'iife',
      target: ['chrome120', 'firefox142'],
      minify: true,
      legalComments: 'none',
      // Mirrors scripts/build.mjs (only for the breakdown; the sizes are dist/'s own).
      charset: 'utf8',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      define: { 'process.env.NODE_ENV': '"production"' },
      write: false,
      metafile: true,
      outfile: path.join(repoRoot, 'node_modules/.cache/bench-bundle.js'),
      logLevel: 'silent',
    });
    const output = Object.values(result.metafile.outputs)[0];
    const byGroup = new Map<string, number>();
    for (const [input, info] of Object.entries(output?.inputs ?? {})) {
      // Group node_modules by package, src by file.
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const key = m ? `${m[1]} (npm)` : input;
      byGroup.set(key, (byGroup.get(key) ?? 0) + info.bytesInOutput);
    }
    top = [...byGroup].map(([input, bytes]) => ({ input, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, 8);
  } catch {
    top = [];
  }
  return { file, bytes: code.length, gzipBytes, top };
}
