/**
 * The stress pages of tests/pages, measured (their invariants are checked
 * end to end in tests/e2e/scenarios/stress-pages.ts):
 * - stress-rewrite.html rewrites 51 text nodes on every animation frame,
 *   forever: what share of one core the extension takes while it runs;
 * - stress-spa.html is a single-page app: the JS heap before and after 200
 *   navigations, with and without the extension, and what the content
 *   script holds before and after.
 * (stress-100k-nodes.html is an ordinary page load: see run.ts.)
 */
import type { CpuReading, MeteredPage } from './cpu-meter';
import type { ContentStats, ScannerSizes, StatsReader } from './extension-calls';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface RewriteRun {
  /** Wall time between the meter's two readings, with the extension. */
  windowMs: number;
  baseWindowMs: number;
  /** ScanStats over the window. */
  mutationWorkMs: number;
  mutationFlushes: number;
  mutationRecords: number;
  /** ScanStats.observerMs over the window: the observer callback, outside the flushes. */
  observerMs: number;
  longestFlushMs: number;
  /** Frames the page rewrote in the window (with the extension / without). */
  frames: number;
  baseFrames: number;
  extCpu: CpuReading | null;
  baseCpu: CpuReading | null;
}

export interface SpaRun {
  navigations: number;
  /** DOM changes the app made during the session (its own count). */
  mutations: number;
  /** JS heap after a full GC, MB: with the extension before and after the session, then without. */
  heapBeforeMb: number | null;
  heapAfterMb: number | null;
  baseHeapBeforeMb: number | null;
  baseHeapAfterMb: number | null;
  /** What the content script held before and after. */
  sizesBefore: ScannerSizes | null;
  sizesAfter: ScannerSizes | null;
  mutationRecords: number;
  /** Wall time of the 200 navigations, with the extension. */
  sessionMs: number;
}

// In the page (self-contained: sent as source text).
function rewriteFrames(): number {
  return (window as unknown as { __stress: { state: { frames: number } } }).__stress.state.frames;
}

function runSpa(n: number): Promise<{ story: number; mutations: number }> {
  return (window as unknown as { __spa: { run(n: number): Promise<{ story: number; mutations: number }> } }).__spa.run(n);
}

/** Main-thread time over `durationMs` of the page rewriting itself, and the page's frame count. */
async function rewriteWindow(mp: MeteredPage, durationMs: number): Promise<{ cpu: CpuReading | null; windowMs: number; frames: number }> {
  const f0 = await mp.page.evaluate(rewriteFrames);
  const t0 = Date.now();
  const cpu = await mp.measureWindow(async () => void (await sleep(durationMs)));
  const windowMs = Date.now() - t0;
  const frames = (await mp.page.evaluate(rewriteFrames)) - f0;
  return { cpu, windowMs, frames };
}

export async function measureRewrite(
  ext: MeteredPage,
  base: MeteredPage,
  stats: StatsReader,
  url: string,
  durationMs: number,
  /** Where to leave both tabs: the page would rewrite itself forever. */
  blankUrl: string,
): Promise<RewriteRun> {
  await ext.page.goto(url);
  await stats.waitFor(url, (s) => s.initialDoneAt >= 0);
  // The adaptive pause between flushes settles within a second of the page starting.
  await sleep(1000);
  const before = await stats.read(url);
  const withExt = await rewriteWindow(ext, durationMs);
  const after = await stats.read(url);
  if (!before || !after) throw new Error('no stats from the rewriting page');

  await base.page.goto(url);
  await sleep(1000);
  const without = await rewriteWindow(base, durationMs);
  await ext.page.goto(blankUrl);
  await base.page.goto(blankUrl);
  return {
    windowMs: withExt.windowMs,
    baseWindowMs: without.windowMs,
    mutationWorkMs: after.mutationWorkMs - before.mutationWorkMs,
    mutationFlushes: after.mutationFlushes - before.mutationFlushes,
    mutationRecords: (after.mutationRecords ?? 0) - (before.mutationRecords ?? 0),
    observerMs: (after.observerMs ?? 0) - (before.observerMs ?? 0),
    longestFlushMs: after.longestFlushMs,
    frames: withExt.frames,
    baseFrames: without.frames,
    extCpu: withExt.cpu,
    baseCpu: without.cpu,
  };
}

/** Loads the app, reads the heap, runs the session, waits for the last rescan, reads the heap again. */
async function spaSession(
  mp: MeteredPage,
  url: string,
  navigations: number,
  ready: () => Promise<void>,
  readStats: () => Promise<ContentStats | null>,
) {
  await mp.page.goto(url);
  await ready();
  await sleep(500);
  const heapBeforeMb = await mp.jsHeapMb();
  const statsBefore = await readStats();
  const t0 = Date.now();
  const end = await mp.page.evaluate(runSpa, navigations);
  const sessionMs = Date.now() - t0;
  // The adaptive pause between flushes can hold the last one back by up to 1 s.
  await sleep(1500);
  const heapAfterMb = await mp.jsHeapMb();
  const statsAfter = await readStats();
  return { end, heapBeforeMb, heapAfterMb, statsBefore, statsAfter, sessionMs };
}

export async function measureSpa(
  ext: MeteredPage,
  base: MeteredPage,
  stats: StatsReader,
  url: string,
  navigations: number,
): Promise<SpaRun> {
  // The tab is found by its URL once, before the app changes it.
  const w = await spaSession(
    ext,
    url,
    navigations,
    async () => void (await stats.waitFor(url, (s) => s.initialDoneAt >= 0)),
    () => stats.read(url),
  );
  const b = await spaSession(base, url, navigations, async () => {}, async () => null);
  return {
    navigations: w.end.story,
    mutations: w.end.mutations,
    heapBeforeMb: w.heapBeforeMb,
    heapAfterMb: w.heapAfterMb,
    baseHeapBeforeMb: b.heapBeforeMb,
    baseHeapAfterMb: b.heapAfterMb,
    sizesBefore: w.statsBefore?.sizes ?? null,
    sizesAfter: w.statsAfter?.sizes ?? null,
    mutationRecords: (w.statsAfter?.mutationRecords ?? 0) - (w.statsBefore?.mutationRecords ?? 0),
    sessionMs: w.sessionMs,
  };
}
