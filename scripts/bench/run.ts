/**
 * `npm run bench`: everything but the command line (scripts/bench.mjs), so
 * that the end-to-end smoke test can run the same code.
 */
import { readdir } from 'node:fs/promises';
import { cpus, freemem, totalmem, release, type } from 'node:os';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserName } from '../../tests/e2e/driver/types';
import { aliasEntries } from '../../src/core/alias-entries';
import { HOVER_DELAY_DEFAULT } from '../../src/core/settings';
import { dataset } from '../../src/data/entities';
import { sharedDir, startServer } from '../lib/static-server.mjs';
import { BrowserBench, FIREFOX_PREFS, type PageSpec } from './browser-bench';
import { floorBuilds, measureFloors, type FloorFigures } from './content-script-floor';
import { markJsDictionary, markJsInstaller, markJsSource } from './markjs';
import { bundleFigures, matcherThroughput, SEARCH_QUERIES, searchPerKeystroke } from './node-figures';
import { budgets, summarizeBrowser, toMarkdown, type BenchResult, type Machine } from './report';
import { NO_NAMES_CHARS, startBenchServer } from './server';
import { stat } from 'node:fs/promises';

export interface BenchOptions {
  repoRoot: string;
  smoke: boolean;
  /** Runs per figure (medians); default 5, smoke 1. */
  runs?: number;
  /** Runs for each shared page; default min(runs, 3). */
  pageRuns?: number;
  browsers: BrowserName[];
  /** Include the shared pages (default: true, except in smoke mode). */
  sharedPages?: boolean;
  /** The built extension to measure (default: dist/ of repoRoot). */
  extensionDir?: string;
  /** Another build measured beside it on interleaved loads (today's main, say): the "before" figures. */
  baselineDir?: string;
  /** Run only these parts (`--only`); default: all but the shared pages and stress pages in smoke mode. */
  only?: BenchCase[];
  log?: (line: string) => void;
}

/**
 * Parts of the benchmark in a browser, by the names `--only` takes. The Node
 * figures (matcher, search, bundle sizes) are always measured: they take seconds.
 */
export const BENCH_CASES = ['synthetic', 'no-names', 'floor', 'shared', 'changing', 'hover', 'popup', 'stress-100k', 'stress-rewrite', 'stress-spa'] as const;
export type BenchCase = (typeof BENCH_CASES)[number];

/** The stress pages run in full runs only: the end-to-end suite covers them (tests/e2e/scenarios/stress-pages.ts). */
const SMOKE_SKIPS: readonly BenchCase[] = ['shared', 'no-names', 'floor', 'stress-100k', 'stress-rewrite', 'stress-spa'];

const SIZES: Record<string, number> = { '0.25mb': 0.25, '1mb': 1, '4mb': 4 };
/** Navigation to reading the meters, per size (the 4 MB scan takes over a second). */
const SETTLE_MS: Record<string, number> = { '0.25mb': 1000, '1mb': 1500, '4mb': 3000 };
const REFERENCE_PAGE = 'synthetic 1 MB';
/** A saved article of ordinary size (17,000 characters, 35 names) for the floor, beside the page without names. */
const FLOOR_ARTICLE = 'nytimes-haley-iran';
const REWRITE_MS = 10_000;
const SPA_NAVIGATIONS = 200;
/** Latin-script queries typed into the popup (the driver types them key by key). */
const TYPED_QUERIES = ['Xi Jinping', 'Poutine', 'Erdogan', 'kazakstan', 'Samarkand', 'grain exports', 'Shanghai Cooperation', 'Modi', 'Raisi', 'United States'];

function machine(browsers: Partial<Record<BrowserName, string>>): Machine {
  let cpu = cpus()[0]?.model?.trim() ?? 'unknown';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const m = /^model name\s*:\s*(.+)$/m.exec(info);
    if (m) cpu = m[1]!.trim();
  } catch {
    /* not Linux */
  }
  void freemem;
  return {
    cpu,
    cores: cpus().length,
    memoryGb: totalmem() / 1e9,
    os: `${type()} ${release()}`,
    node: process.version,
    browsers,
  };
}

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const started = Date.now();
  // Named relative to the repository where it lies inside it, so that the report holds no machine's paths.
  const baselineName = opts.baselineDir
    ? path.relative(opts.repoRoot, opts.baselineDir).startsWith('..')
      ? path.basename(opts.baselineDir)
      : path.relative(opts.repoRoot, opts.baselineDir)
    : null;
  const log = opts.log ?? ((line: string) => console.log(line));
  const runs = opts.runs ?? (opts.smoke ? 1 : 5);
  const want = (c: BenchCase) =>
    opts.only ? opts.only.includes(c) : c === 'shared' ? (opts.sharedPages ?? !opts.smoke) : !(opts.smoke && SMOKE_SKIPS.includes(c));
  const pageRuns = opts.pageRuns ?? (opts.smoke ? 1 : Math.min(runs, 3));

  const entries = aliasEntries(dataset);
  // Names written into synthetic pages: every alias of an entity, except
  // those that count only beside other names (they would match all the same).
  const aliases = entries.filter((e) => e.entityId !== null && !e.needsContext).map((e) => e.text);

  // --- Node figures first (no browser running).
  log('Node: matcher throughput, search, bundle sizes…');
  const matcher = matcherThroughput(entries, aliases, { textMb: opts.smoke ? 0.25 : 4, runs: opts.smoke ? 1 : Math.max(5, runs) });
  const search = searchPerKeystroke(dataset, SEARCH_QUERIES, opts.smoke ? 3 : 21);
  const bundles = [
    await bundleFigures(opts.repoRoot, 'content.js', 'src/content/index.ts'),
    await bundleFigures(opts.repoRoot, 'popup.js', 'src/popup/index.tsx'),
  ];

  // --- Pages.
  const sizes = opts.smoke ? { '0.25mb': 0.25 } : SIZES;
  const benchServer = await startBenchServer({ aliases, sizes, changingSizeMb: 0.25, testPagesDir: path.join(opts.repoRoot, 'tests/pages') });
  // static-server.mjs finds ../shared from its own location, which a bundled
  // copy (scripts/lib/import-ts.mjs) does not keep: tell it where it is.
  process.env.SUMMIT_SHARED_DIR ??= path.resolve(opts.repoRoot, '../shared');
  const staticServer = (await startServer({ port: 0 })) as { url: string; close(): Promise<void> };
  const markjs = { installer: markJsInstaller(await markJsSource()), dict: markJsDictionary(entries) };
  const pages: PageSpec[] = Object.entries(want('synthetic') ? sizes : {}).map(([key, mb]) => ({
    name: `synthetic ${mb} MB`,
    kind: 'synthetic',
    url: `${benchServer.url}/bench/synthetic-${key}.html`,
    sizeMb: mb,
    metered: true,
    settleMs: SETTLE_MS[key],
    // In a smoke run, so that the tracing and profiling code cannot rot.
    split: opts.smoke,
  }));
  if (want('no-names')) {
    pages.push({ name: 'article without names', kind: 'no-names', url: `${benchServer.url}/bench/no-names.html`, metered: true, split: true, firefoxHeap: true });
  }
  if (want('stress-100k')) {
    pages.push({
      name: 'stress 100k text nodes',
      kind: 'stress',
      url: `${benchServer.url}/bench/stress-100k-nodes.html`,
      metered: true,
      settleMs: 4000,
      // Its longest tasks are GC pauses: enough traced loads to see how often a full collection comes.
      split: true,
      splitRuns: 5,
    });
  }
  if (want('shared')) {
    const dir = path.join(sharedDir(), 'pages');
    let files: string[] = [];
    try {
      files = (await readdir(dir)).filter((f) => f.endsWith('.html')).sort();
    } catch {
      log(`No shared pages in ${dir}: only synthetic pages.`);
    }
    for (const f of files) {
      // Metered in a full run: the budget for real pages is the extension's
      // share of the page's own main-thread time, with vs without it.
      pages.push({ name: f.replace(/\.html$/, ''), kind: 'shared', url: `${staticServer.url}/pages/${f}`, metered: !opts.smoke, split: !opts.smoke, firefoxHeap: true });
    }
  }

  const versions: Partial<Record<BrowserName, string>> = {};
  const summaries = [];
  const floors: FloorFigures[] = [];
  const extensionDir = opts.extensionDir ?? path.join(opts.repoRoot, 'dist');
  const floorPages = [
    { name: 'article without names', url: `${benchServer.url}/bench/no-names.html` },
    { name: FLOOR_ARTICLE, url: `${staticServer.url}/pages/${FLOOR_ARTICLE}.html` },
  ];
  // Made once, for every browser.
  const floorVariants = want('floor') ? await floorBuilds(extensionDir, path.join(opts.repoRoot, 'artifacts/floor-builds')) : null;
  try {
    for (const browser of opts.browsers) {
      log(`${browser}: ${pages.length} pages × ${runs} run(s) (shared pages × ${pageRuns}), changing page, hover, popup…`);
      const bench = new BrowserBench({
        browser,
        extensionDir,
        baselineDir: opts.baselineDir,
        runs,
        pageRuns,
        pages,
        blankUrl: `${benchServer.url}/bench/blank.html`,
        changing: want('changing')
          ? { url: `${benchServer.url}/bench/changing.html`, durationMs: opts.smoke ? 2000 : 10_000, runs: opts.smoke ? 1 : Math.min(runs, 3) }
          : null,
        rewrite: want('stress-rewrite')
          ? { url: `${benchServer.url}/bench/stress-rewrite.html`, durationMs: opts.smoke ? 2000 : REWRITE_MS, runs: opts.smoke ? 1 : Math.min(runs, 3) }
          : null,
        spa: want('stress-spa')
          ? { url: `${benchServer.url}/bench/stress-spa.html`, navigations: SPA_NAVIGATIONS, runs: opts.smoke ? 1 : Math.min(runs, 3) }
          : null,
        hover: want('hover') ? { url: `${benchServer.url}/bench/synthetic-${opts.smoke ? '0.25mb' : '1mb'}.html`, count: opts.smoke ? 2 : 20 } : null,
        popup: want('popup') ? { runs: opts.smoke ? 1 : runs, queries: opts.smoke ? TYPED_QUERIES.slice(0, 2) : TYPED_QUERIES } : null,
        markjs,
        dwellMs: HOVER_DELAY_DEFAULT,
        log,
      });
      const raw = await bench.run();
      versions[browser] = raw.version;
      summaries.push(summarizeBrowser(raw, HOVER_DELAY_DEFAULT));
      if (floorVariants) {
        log(`${browser}: the floor (builds with empty content scripts), ${floorPages.length} pages × ${runs * 2} rounds…`);
        floors.push(...(await measureFloors(browser, floorVariants, floorPages, `${benchServer.url}/bench/blank.html`, runs * 2, FIREFOX_PREFS)));
      }
    }
  } finally {
    await Promise.all([benchServer.close(), staticServer.close()]);
  }

  const node = { matcher, search, bundles };
  const referencePage = opts.smoke ? 'synthetic 0.25 MB' : REFERENCE_PAGE;
  const result: BenchResult = {
    schema: 1,
    mode: opts.smoke ? 'smoke' : 'full',
    date: new Date().toISOString(),
    runs,
    durationS: (Date.now() - started) / 1000,
    machine: machine(versions),
    baseline: baselineName,
    definitions: [
      `1 MB = 1,000,000 characters of text. Synthetic pages: ≈ 9,000 names and ≈ 19,800 text nodes per MB, paragraphs with inline elements, names from the dataset's ${aliases.length} aliases (seeded, deterministic).`,
      `Medians of ${runs} run(s) per synthetic page and ${pageRuns} per shared page; each run is a fresh load (with the extension; without it for the floor; without it again for mark.js).`,
      'Chromium cross-check: "extra ms" is the whole renderer main thread (parsing the content script, compiling the dictionary, scanning, painting the highlights), where "ours" counts only the scan slices.',
      `mark.js: markRegExp with one expression of all ${markjs.dict.alternatives} alias forms (as written and upper case), whole words, not across elements; "not a name" texts matched and left unmarked.`,
      `Changing page: 0.25 MB synthetic page whose script rewrites 10 of 100 live spans every 100 ms for ${opts.smoke ? 2 : 10} s; % of one core = our mutation work / window.`,
      `Budget reference page: ${referencePage}.`,
      `Article without names: a synthetic page of ${NO_NAMES_CHARS.toLocaleString('en')} characters of the same prose (headings, paragraphs, inline elements, capitalised words that begin no alias) with no name at all.`,
      ...(opts.baselineDir ? [`Before: the build in ${baselineName}, loaded in a third browser of the same kind; each run loads the page with this build, with that one, then without either, so that both meet the same machine load.`] : []),
      'Stress 100k text nodes: tests/pages/stress-100k-nodes.html, 20,000 paragraphs of 5 text nodes built by its own script, ≈ 45,000 names.',
      `Rewriting page: tests/pages/stress-rewrite.html rewrites 51 text nodes on every animation frame, forever (a clock and 50 ticker lines, names among them), beside a still article; ${REWRITE_MS / 1000} s windows after the first second; % of one core = main-thread time / window.`,
      `Single-page app: tests/pages/stress-spa.html, ${SPA_NAVIGATIONS} navigations (history.pushState, <main> replaced, then 4 frames of live changes each); heap = JS heap after a full GC (Chromium: JSHeapUsedSize after HeapProfiler.collectGarbage; Firefox: the content process's js-main-runtime-gc-heap-committed/used memory reports after minimizeMemoryUsage).`,
      ...(opts.extensionDir ? [`Extension measured: ${opts.extensionDir} (bundle sizes are of this tree's dist/).`] : []),
      ...(opts.only ? [`Partial run: only ${opts.only.join(', ')} measured in the browsers; budgets of the other parts show —.`] : []),
    ],
    node,
    browsers: summaries,
    floors,
    budgets: [],
  };
  const baselineContentBytes = opts.baselineDir ? await stat(path.join(opts.baselineDir, 'content.js')).then((s) => s.size, () => null) : null;
  result.budgets = budgets(summaries, node, referencePage, baselineContentBytes);
  result.durationS = (Date.now() - started) / 1000;
  return result;
}

export { toMarkdown };
