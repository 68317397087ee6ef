#!/usr/bin/env node
// npm run bench [-- --runs N] [--smoke] [--browsers chromium,firefox] [--page-runs N] [--no-shared-pages] [--out DIR]
//                [--only synthetic,no-names,floor,shared,changing,hover,popup,stress-100k,stress-rewrite,stress-spa]
//                [--dist DIR]  (measure another build, e.g. of an older revision, with this harness; no build)
//                [--baseline DIR]  (measure another build beside this one, on interleaved loads: "before" figures)
//                [--investigate]  (profiles and phase timings instead: where the time goes)
// Measures what the extension costs a page, beside baselines measured in the
// same run (a bare TreeWalker pass, mark.js), in headless Chromium and Firefox
// with the built dist/ loaded. Prints a Markdown table and writes it to
// bench-results/latest.md, with the raw figures in bench-results/latest.json.
// Works as the first command on a fresh clone (installs deps, finds or
// installs the browsers, builds dist/).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { option } from './lib/args.mjs';
import { ensureDependencies } from './lib/ensure-deps.mjs';
import { ensureBrowsers } from './lib/find-browsers.mjs';
import { repoRoot } from './lib/paths.mjs';
import { mustRun } from './lib/run.mjs';

function positiveInt(name, value) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} takes a positive whole number (got "${value}").`);
    process.exit(2);
  }
  return n;
}

const smoke = process.argv.includes('--smoke');
const runs = positiveInt('runs', option('runs'));
const pageRuns = positiveInt('page-runs', option('page-runs'));
const browsers = option('browsers', process.env.SUMMIT_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((b) => b.trim())
  .filter(Boolean);
for (const b of browsers) {
  if (b !== 'chromium' && b !== 'firefox') {
    console.error(`Unknown browser "${b}": use chromium and/or firefox.`);
    process.exit(2);
  }
}
// --only <comma list>: run only these parts (names in scripts/bench/run.ts BENCH_CASES); --dist DIR:
// measure another build. Either result goes to artifacts/bench-only/ unless --out says otherwise,
// so that a partial run never replaces the full table in bench-results/.
const only = option('only')
  ?.split(',')
  .map((c) => c.trim())
  .filter(Boolean);
const distOption = option('dist');
const baselineOption = option('baseline');
const baselineDir = baselineOption === undefined ? undefined : path.resolve(baselineOption);
const extensionDir = distOption === undefined ? undefined : path.resolve(distOption);
const defaultOut = smoke ? 'artifacts/bench-smoke' : only || distOption !== undefined ? 'artifacts/bench-only' : 'bench-results';
const outDir = path.resolve(option('out', path.join(repoRoot, defaultOut)));

await ensureDependencies();
const found = await ensureBrowsers(browsers, { install: true });
for (const [name, file] of Object.entries(found)) console.log(`Using ${name}: ${file}`);
if (!extensionDir) await mustRun('Build', 'node', ['scripts/build.mjs']);

const { importTs } = await import('./lib/import-ts.mjs');
if (process.argv.includes('--investigate')) {
  // Where the time goes (profiles, phase timings); see scripts/bench/investigate.ts.
  const { investigate } = await importTs("export { investigate } from './scripts/bench/investigate';\n");
  console.log('\n▶ Investigation');
  const text = await investigate({ repoRoot, browsers });
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'investigation.md'), text);
  console.log('\n' + text);
  console.log(`Wrote ${path.relative(process.cwd(), path.join(outDir, 'investigation.md'))}.`);
  process.exit(0);
}
const { runBench, toMarkdown, BENCH_CASES } = await importTs(
  "export { runBench, toMarkdown, BENCH_CASES } from './scripts/bench/run';\n",
);
for (const c of only ?? []) {
  if (!BENCH_CASES.includes(c)) {
    console.error(`Unknown case "${c}" for --only: use ${BENCH_CASES.join(', ')}.`);
    process.exit(2);
  }
}
console.log(`\n▶ Benchmark (${smoke ? 'smoke' : 'full'})`);
const sharedPages = process.argv.includes('--no-shared-pages') ? false : undefined;
const result = await runBench({ repoRoot, smoke, runs, pageRuns, browsers, sharedPages, only, extensionDir, baselineDir });
const markdown = toMarkdown(result);
await mkdir(outDir, { recursive: true });
await writeFile(path.join(outDir, 'latest.md'), markdown);
await writeFile(path.join(outDir, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
console.log('\n' + markdown);
console.log(`Wrote ${path.relative(process.cwd(), path.join(outDir, 'latest.md'))} and latest.json (${Math.round(result.durationS)} s).`);
