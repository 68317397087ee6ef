/**
 * The stress pages' part of the result (see stress-pages.ts): medians of the
 * runs, and their tables in the Markdown report.
 */
import type { BrowserName } from '../../tests/e2e/driver/types';
import type { ScannerSizes } from './extension-calls';
import type { RewriteRun, SpaRun } from './stress-pages';
import { fmt, markdownTable, max, median } from './stats';

export interface RewriteSummary {
  runs: number;
  windowMs: number | null;
  /** The content script's own mutation work (ScanStats) / window. */
  oursPercent: number | null;
  /** The MutationObserver callback (ScanStats.observerMs) / window: outside oursPercent. */
  observerPercent: number | null;
  /** Whole main thread with the extension / without / the difference, each over its own window. */
  withPercent: number | null;
  withoutPercent: number | null;
  extraPercent: number | null;
  framesPerSecond: number | null;
  flushesPerSecond: number | null;
  recordsPerFlush: number | null;
  longestFlushMs: number | null;
}

export interface SpaSummary {
  runs: number;
  navigations: number | null;
  mutations: number | null;
  mutationRecords: number | null;
  sessionS: number | null;
  heapBeforeMb: number | null;
  heapAfterMb: number | null;
  baseHeapBeforeMb: number | null;
  baseHeapAfterMb: number | null;
  /** After − before, with the extension and without; their difference is what the extension kept. */
  growthMb: number | null;
  baseGrowthMb: number | null;
  extraGrowthMb: number | null;
  /** From the last run (the session is deterministic). */
  sizesBefore: ScannerSizes | null;
  sizesAfter: ScannerSizes | null;
}

const percent = (ms: number | null | undefined, windowMs: number) => (typeof ms === 'number' && windowMs > 0 ? (100 * ms) / windowMs : null);
const minus = (a: number | null, b: number | null) => (a !== null && b !== null ? a - b : null);

export function summarizeRewrite(runs: RewriteRun[]): RewriteSummary | null {
  if (runs.length === 0) return null;
  const withPct = runs.map((r) => percent(r.extCpu?.taskMs, r.windowMs));
  const withoutPct = runs.map((r) => percent(r.baseCpu?.taskMs, r.baseWindowMs));
  return {
    runs: runs.length,
    windowMs: median(runs.map((r) => r.windowMs)),
    oursPercent: median(runs.map((r) => percent(r.mutationWorkMs, r.windowMs))),
    observerPercent: median(runs.map((r) => percent(r.observerMs, r.windowMs))),
    withPercent: median(withPct),
    withoutPercent: median(withoutPct),
    extraPercent: median(withPct.map((w, i) => minus(w, withoutPct[i] ?? null))),
    framesPerSecond: median(runs.map((r) => (1000 * r.frames) / r.windowMs)),
    flushesPerSecond: median(runs.map((r) => (1000 * r.mutationFlushes) / r.windowMs)),
    recordsPerFlush: median(runs.map((r) => (r.mutationFlushes > 0 ? r.mutationRecords / r.mutationFlushes : null))),
    longestFlushMs: max(runs.map((r) => r.longestFlushMs)),
  };
}

export function summarizeSpa(runs: SpaRun[]): SpaSummary | null {
  if (runs.length === 0) return null;
  const growth = runs.map((r) => minus(r.heapAfterMb, r.heapBeforeMb));
  const baseGrowth = runs.map((r) => minus(r.baseHeapAfterMb, r.baseHeapBeforeMb));
  const last = runs[runs.length - 1]!;
  return {
    runs: runs.length,
    navigations: median(runs.map((r) => r.navigations)),
    mutations: median(runs.map((r) => r.mutations)),
    mutationRecords: median(runs.map((r) => r.mutationRecords)),
    sessionS: median(runs.map((r) => r.sessionMs / 1000)),
    heapBeforeMb: median(runs.map((r) => r.heapBeforeMb)),
    heapAfterMb: median(runs.map((r) => r.heapAfterMb)),
    baseHeapBeforeMb: median(runs.map((r) => r.baseHeapBeforeMb)),
    baseHeapAfterMb: median(runs.map((r) => r.baseHeapAfterMb)),
    growthMb: median(growth),
    baseGrowthMb: median(baseGrowth),
    extraGrowthMb: median(growth.map((g, i) => minus(g, baseGrowth[i] ?? null))),
    sizesBefore: last.sizesBefore,
    sizesAfter: last.sizesAfter,
  };
}

interface StressOf {
  browser: BrowserName;
  rewrite: RewriteSummary | null;
  spa: SpaSummary | null;
}

function sizesText(s: ScannerSizes | null): string {
  if (!s) return '—';
  return `${s.mentions} mentions in ${s.owners} blocks, ${s.registered} registered, ${s.hiddenOwners} hidden, ${s.held} held, ${s.shadowRoots} shadow roots, ${s.watched} watched`;
}

/** The report's sections for the stress pages (nothing when none ran). */
export function stressMarkdown(browsers: StressOf[]): string[] {
  const out: string[] = [];
  if (browsers.some((b) => b.rewrite)) {
    out.push('## Rewriting page (51 text nodes rewritten every frame, forever)', '');
    out.push(
      'ours = the content script\'s mutation work (ScanStats.mutationWorkMs) / window; observer = its MutationObserver callback (ScanStats.observerMs) / window; with / without = the whole main thread of the page ' +
        '(Chromium: CDP TaskDuration; Firefox: the content process\'s main thread, /proc schedstat), each over its own window; extra = with − without. ' +
        'Medians; % of one core.',
      '',
    );
    out.push(
      markdownTable(
        ['browser', 'runs', 'window s', 'ours %', 'observer %', 'with extension %', 'without %', 'extra %', 'page frames / s', 'our flushes / s', 'records per flush', 'longest flush ms'],
        browsers
          .filter((b) => b.rewrite)
          .map((b) => {
            const r = b.rewrite!;
            return [
              b.browser,
              String(r.runs),
              fmt(r.windowMs !== null ? r.windowMs / 1000 : null),
              fmt(r.oursPercent),
              fmt(r.observerPercent),
              fmt(r.withPercent),
              fmt(r.withoutPercent),
              fmt(r.extraPercent),
              fmt(r.framesPerSecond),
              fmt(r.flushesPerSecond),
              fmt(r.recordsPerFlush),
              fmt(r.longestFlushMs),
            ];
          }),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
      '',
    );
  }
  if (browsers.some((b) => b.spa)) {
    out.push('## Single-page app session (200 navigations)', '');
    out.push(
      'JS heap after a full GC, MB, before and after the session, with and without the extension (medians); growth = after − before; ' +
        'extra growth = growth with − growth without (what the extension kept). Held = what the content script holds (get-stats sizes) before and after.',
      '',
    );
    out.push(
      markdownTable(
        ['browser', 'runs', 'navigations', 'page mutations', 'mutation records', 'session s', 'heap before / after, with', 'heap before / after, without', 'growth with', 'growth without', 'extra growth', 'held before', 'held after'],
        browsers
          .filter((b) => b.spa)
          .map((b) => {
            const s = b.spa!;
            return [
              b.browser,
              String(s.runs),
              fmt(s.navigations),
              fmt(s.mutations),
              fmt(s.mutationRecords),
              fmt(s.sessionS),
              `${fmt(s.heapBeforeMb)} / ${fmt(s.heapAfterMb)}`,
              `${fmt(s.baseHeapBeforeMb)} / ${fmt(s.baseHeapAfterMb)}`,
              fmt(s.growthMb),
              fmt(s.baseGrowthMb),
              fmt(s.extraGrowthMb),
              sizesText(s.sizesBefore),
              sizesText(s.sizesAfter),
            ];
          }),
      ),
      '',
    );
  }
  return out;
}
