/**
 * Turns the raw runs into the benchmark's result (medians, ratios, budgets)
 * and the result into Markdown.
 */
import type { BrowserName } from '../../tests/e2e/driver/types';
import type { BaseRun, BrowserRuns, ExtRun, LoadSplit, PageRuns } from './browser-bench';
import type { FloorFigures } from './content-script-floor';
import { WORK_KINDS, type GcPauses } from './trace-split';
import type { BundleFigures, MatcherFigures, SearchFigures } from './node-figures';
import { stressMarkdown, summarizeRewrite, summarizeSpa, type RewriteSummary, type SpaSummary } from './stress-report';
import { fmt, fmtRatio, isLinear, linearFit, markdownTable, max, median, quantile, ratio } from './stats';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  browsers: Partial<Record<BrowserName, string>>;
}

/** The main thread with a build of the extension against without it: medians of paired loads. */
export interface Meter {
  withMs: number | null;
  withoutMs: number | null;
  extraMs: number | null;
  extraScriptMs: number | null;
  extraLayoutMs: number | null;
  extraStyleMs: number | null;
  markJsMs: number | null;
  markJsPerExtra: number | null;
  heapWithMb: number | null;
  heapWithoutMb: number | null;
  heapExtraMb: number | null;
}

/** The same page with the baseline build (`--baseline`), from loads interleaved with the others. */
export interface BeforeSummary {
  runs: number;
  mentions: number | null;
  oursTotalMs: number | null;
  longestTaskMaxMs: number | null;
  firstViewportMs: number | null;
  meter: Meter | null;
}

export interface PageSummary {
  page: string;
  kind: 'synthetic' | 'shared' | 'stress' | 'no-names';
  sizeMb: number | null;
  runs: number;
  textChars: number | null;
  textNodes: number | null;
  mentions: number | null;
  markJsMarks: number | null;
  /** The content script's main-thread time to highlight the whole page on load (see oursMs). */
  oursTotalMs: number | null;
  longestTaskMs: number | null;
  longestTaskMaxMs: number | null;
  slices: number | null;
  /** max(firstSliceEndAt, settingsReadyAt) - scriptStartAt: see firstViewport. */
  firstViewportMs: number | null;
  /** scanStartAt - scriptStartAt: the part of firstViewportMs spent on settings and the dictionary. */
  startWaitMs: number | null;
  /** dictionaryReadyAt - scriptStartAt: compiling the dictionary (and the script's start-up before it). */
  dictionaryMs: number | null;
  /** How much later than the dictionary (≥ 0) the settings arrived, or than the first slice when they are read after it; null when never read (no name). */
  settingsWaitMs: number | null;
  /** scriptStartAt - loadEventEnd (negative: before load). */
  scriptStartAfterLoadMs: number | null;
  floorMs: number | null;
  markJsMs: number | null;
  oursPerFloor: number | null;
  markJsPerOurs: number | null;
  meter: Meter | null;
  /** With the baseline build; absent from older results, null without --baseline. */
  before?: BeforeSummary | null;
  /** One traced load of each: where the time goes (absent from older results). */
  split?: PageRuns['split'];
  errors: string[];
}

export interface BrowserSummary {
  browser: BrowserName;
  version: string;
  pages: PageSummary[];
  scaling: {
    points: { sizeMb: number; oursMs: number | null; floorMs: number | null; markJsMs: number | null }[];
    oursSlopeMsPerMb: number | null;
    floorSlopeMsPerMb: number | null;
    markJsSlopeMsPerMb: number | null;
    linear: boolean | null;
  };
  changing: {
    runs: number;
    windowMs: number | null;
    mutationWorkMs: number | null;
    percentOfCore: number | null;
    flushes: number | null;
    longestFlushMs: number | null;
    pageOwnJsPercent: number | null;
    pageMainThreadPercent: number | null;
    extraMainThreadPercent: number | null;
  } | null;
  /** The stress pages (full runs only; absent from older results). */
  rewrite?: RewriteSummary | null;
  spa?: SpaSummary | null;
  hover: {
    count: number;
    lastOpenMs: number | null;
    asyncMs: number | null;
    frameMs: number | null;
    totalMs: number | null;
    totalP95Ms: number | null;
    endToEndMs: number | null;
    /** Moved out of the hover into the dwell: preparing the card (script) and the frame that lays it out. */
    dwellWorkMs: number | null;
    dwellFrameMs: number | null;
    preparedOpens: number;
    errors: string[];
  };
  popup: {
    runs: number;
    fcpMs: number | null;
    firstPaintMs: number | null;
    keystrokes: number;
    /** Per keystroke: script work (keydown to results in the DOM) + the frame that shows them. */
    keystrokeMedianMs: number | null;
    keystrokeP95Ms: number | null;
    keystrokeMaxMs: number | null;
    scriptMedianMs: number | null;
    scriptP95Ms: number | null;
    /** The popup's own input handling and render (KeystrokeSample.handlerMs). */
    handlerMedianMs: number | null;
    handlerP95Ms: number | null;
    frameMedianMs: number | null;
    frameP95Ms: number | null;
    /** keydown to the next task (the first definition; for comparison). */
    nextTaskMedianMs: number | null;
    nextTaskP95Ms: number | null;
  };
  errors: string[];
}

/** One build's figure for a budget. */
type Judged = NonNullable<BudgetRow['before']>;

export interface BudgetRow {
  budget: string;
  where: string;
  measured: string;
  value: number | null;
  met: boolean | null;
  note?: string;
  /** The same budget for the baseline build measured in the same run (--baseline). */
  before?: { measured: string; value: number | null; met: boolean | null };
}

export interface BenchResult {
  schema: 1;
  mode: 'full' | 'smoke';
  date: string;
  runs: number;
  durationS: number;
  machine: Machine;
  /** The baseline build measured beside this one (--baseline), as given. */
  baseline?: string | null;
  definitions: string[];
  node: { matcher: MatcherFigures; search: SearchFigures; bundles: BundleFigures[] };
  browsers: BrowserSummary[];
  /** What content scripts cost before any work (content-script-floor.ts); absent from older results. */
  floors?: FloorFigures[];
  budgets: BudgetRow[];
}

const pairedDiff = (a: (number | null | undefined)[], b: (number | null | undefined)[]) =>
  a.map((x, i) => (typeof x === 'number' && typeof b[i] === 'number' ? x - (b[i] as number) : null));

function meterOf(ext: ExtRun[], base: BaseRun[], mark: PageRuns['mark']): Meter {
  const withMs = ext.map((r) => r.cpu?.taskMs ?? null);
  const withoutMs = base.map((r) => r.cpu?.taskMs ?? null);
  const extra = median(pairedDiff(withMs, withoutMs));
  const markCpu = median(mark.map((r) => r.cpu?.taskMs ?? null));
  return {
    withMs: median(withMs),
    withoutMs: median(withoutMs),
    extraMs: extra,
    extraScriptMs: median(pairedDiff(ext.map((r) => r.cpu?.scriptMs ?? null), base.map((r) => r.cpu?.scriptMs ?? null))),
    extraLayoutMs: median(pairedDiff(ext.map((r) => r.cpu?.layoutMs ?? null), base.map((r) => r.cpu?.layoutMs ?? null))),
    extraStyleMs: median(pairedDiff(ext.map((r) => r.cpu?.styleMs ?? null), base.map((r) => r.cpu?.styleMs ?? null))),
    markJsMs: markCpu,
    markJsPerExtra: ratio(markCpu, extra),
    heapWithMb: median(ext.map((r) => r.heapMb)),
    heapWithoutMb: median(base.map((r) => r.heapMb)),
    heapExtraMb: median(pairedDiff(ext.map((r) => r.heapMb), base.map((r) => r.heapMb))),
  };
}

/**
 * Script start → the first viewport painted: the end of the first slice, or
 * later when the settings came after it (a build that reads them only once
 * it has a name to paint holds its highlights until then).
 */
const firstViewport = (r: ExtRun) =>
  // A reader woken by the benchmark's question started long after the load: no first viewport to speak of.
  !r.stats.woken && r.stats.firstSliceEndAt >= 0 ? Math.max(r.stats.firstSliceEndAt, r.stats.settingsReadyAt ?? -1) - r.stats.scriptStartAt : null;

/**
 * The content script's own time to read the page on load: its walk for
 * anything that could be a name, then the reader's scan. A reader the
 * benchmark woke (to ask for these stats, on a page where the walk found
 * nothing) scanned after the load: that scan is not the page's cost.
 */
const oursMs = (r: ExtRun) => (r.stats.gateWorkMs ?? 0) + (r.stats.woken ? 0 : r.stats.initialWorkMs);

export function summarizePage(p: PageRuns): PageSummary {
  const ext = p.ext;
  const oursTotalMs = median(ext.map(oursMs));
  const floorMs = median(p.base.map((r) => r.floor.ms));
  const markJsMs = median(p.mark.map((r) => r.result.ms));
  const metered = p.spec.metered;
  const meter = metered ? meterOf(ext, p.base, p.mark) : null;
  const prev = p.prev ?? [];
  const before: BeforeSummary | null =
    prev.length === 0
      ? null
      : {
          runs: prev.length,
          mentions: median(prev.map((r) => r.stats.mentions)),
          oursTotalMs: median(prev.map(oursMs)),
          longestTaskMaxMs: max(prev.map((r) => r.stats.longestSliceMs)),
          firstViewportMs: median(prev.map(firstViewport)),
          meter: metered ? meterOf(prev, p.base, p.mark) : null,
        };
  return {
    page: p.spec.name,
    kind: p.spec.kind,
    sizeMb: p.spec.sizeMb ?? null,
    runs: ext.length,
    textChars: median(p.base.map((r) => r.floor.chars)),
    textNodes: median(p.base.map((r) => r.floor.textNodes)),
    mentions: median(ext.map((r) => r.stats.mentions)),
    markJsMarks: median(p.mark.map((r) => r.result.marks)),
    oursTotalMs,
    longestTaskMs: median(ext.map((r) => r.stats.longestSliceMs)),
    longestTaskMaxMs: max(ext.map((r) => r.stats.longestSliceMs)),
    slices: median(ext.map((r) => r.stats.initialSlices)),
    firstViewportMs: median(ext.map(firstViewport)),
    startWaitMs: median(ext.map((r) => (!r.stats.woken && r.stats.scanStartAt >= 0 ? r.stats.scanStartAt - r.stats.scriptStartAt : null))),
    dictionaryMs: median(ext.map((r) => (!r.stats.woken && (r.stats.dictionaryReadyAt ?? -1) >= 0 ? r.stats.dictionaryReadyAt! - r.stats.scriptStartAt : null))),
    settingsWaitMs: median(
      ext.map((r) =>
        (r.stats.settingsReadyAt ?? -1) >= 0 && (r.stats.dictionaryReadyAt ?? -1) >= 0
          ? Math.max(0, r.stats.settingsReadyAt! - Math.max(r.stats.dictionaryReadyAt!, r.stats.firstSliceEndAt))
          : null,
      ),
    ),
    scriptStartAfterLoadMs: median(ext.map((r) => (r.timing.loadEnd > 0 ? r.stats.scriptStartAt - r.timing.loadEnd : null))),
    floorMs,
    markJsMs,
    oursPerFloor: ratio(oursTotalMs, floorMs),
    markJsPerOurs: ratio(markJsMs, oursTotalMs),
    meter,
    before,
    split: p.split ?? null,
    errors: p.errors,
  };
}

export function summarizeBrowser(r: BrowserRuns, dwellMs: number): BrowserSummary {
  void dwellMs;
  const pages = r.pages.map(summarizePage);
  const synthetic = pages.filter((p) => p.kind === 'synthetic' && p.sizeMb !== null);
  const points = synthetic.map((p) => ({ sizeMb: p.sizeMb!, oursMs: p.oursTotalMs, floorMs: p.floorMs, markJsMs: p.markJsMs }));
  const slope = (key: 'oursMs' | 'floorMs' | 'markJsMs') =>
    linearFit(points.filter((q) => q[key] !== null).map((q) => ({ x: q.sizeMb, y: q[key]! })))?.slope ?? null;
  const linear = isLinear(points.filter((q) => q.oursMs !== null).map((q) => ({ x: q.sizeMb, y: q.oursMs! })));

  let changing: BrowserSummary['changing'] = null;
  if (r.changing.length > 0) {
    const c = r.changing;
    const windowMs = median(c.map((x) => x.windowMs));
    const pct = (ms: (number | null)[], win: (number | null)[]) =>
      median(ms.map((m, i) => (m !== null && win[i] ? (100 * m) / win[i]! : null)));
    const wins = c.map((x) => x.windowMs);
    const baseWins = c.map((x) => x.baseWindowMs);
    changing = {
      runs: c.length,
      windowMs,
      mutationWorkMs: median(c.map((x) => x.mutationWorkMs)),
      percentOfCore: pct(c.map((x) => x.mutationWorkMs), wins),
      flushes: median(c.map((x) => x.mutationFlushes)),
      longestFlushMs: max(c.map((x) => x.longestFlushMs)),
      pageOwnJsPercent: pct(c.map((x) => x.page.ownMs), wins),
      pageMainThreadPercent: pct(c.map((x) => x.baseCpu?.taskMs ?? null), baseWins),
      extraMainThreadPercent: pct(
        c.map((x) => (x.extCpu && x.baseCpu ? x.extCpu.taskMs - x.baseCpu.taskMs : null)),
        wins,
      ),
    };
  }

  const totals = r.hover.map((h) => h.lastOpenMs + h.asyncMs + h.frameMs);
  const keys = r.keystrokes.map((k) => k.scriptMs + k.frameMs);
  const scripts = r.keystrokes.map((k) => k.scriptMs);
  const handlers = r.keystrokes.map((k) => (typeof k.handlerMs === 'number' ? k.handlerMs : null));
  const frames = r.keystrokes.map((k) => k.frameMs);
  const nextTasks = r.keystrokes.map((k) => (k.nextTaskMs >= 0 ? k.nextTaskMs : null));
  return {
    browser: r.browser,
    version: r.version,
    pages,
    scaling: {
      points,
      oursSlopeMsPerMb: slope('oursMs'),
      floorSlopeMsPerMb: slope('floorMs'),
      markJsSlopeMsPerMb: slope('markJsMs'),
      linear,
    },
    changing,
    rewrite: summarizeRewrite(r.rewrite),
    spa: summarizeSpa(r.spa),
    hover: {
      count: r.hover.length,
      lastOpenMs: median(r.hover.map((h) => h.lastOpenMs)),
      asyncMs: median(r.hover.map((h) => h.asyncMs)),
      frameMs: median(r.hover.map((h) => h.frameMs)),
      totalMs: median(totals),
      totalP95Ms: quantile(totals, 0.95),
      endToEndMs: median(r.hover.map((h) => h.endToEndMs)),
      dwellWorkMs: median(r.hover.map((h) => h.dwellWorkMs)),
      dwellFrameMs: median(r.hover.map((h) => (h.dwellFrameMs >= 0 ? h.dwellFrameMs : null))),
      preparedOpens: r.hover.filter((h) => h.prepared).length,
      errors: r.hoverErrors,
    },
    popup: {
      runs: r.popup.length,
      fcpMs: median(r.popup.map((p) => p.fcpMs)),
      firstPaintMs: median(r.popup.map((p) => p.firstPaintMs)),
      keystrokes: keys.length,
      keystrokeMedianMs: median(keys),
      keystrokeP95Ms: quantile(keys, 0.95),
      keystrokeMaxMs: max(keys),
      scriptMedianMs: median(scripts),
      scriptP95Ms: quantile(scripts, 0.95),
      handlerMedianMs: median(handlers),
      handlerP95Ms: quantile(handlers, 0.95),
      frameMedianMs: median(frames),
      frameP95Ms: quantile(frames, 0.95),
      nextTaskMedianMs: median(nextTasks),
      nextTaskP95Ms: quantile(nextTasks, 0.95),
    },
    errors: r.errors,
  };
}

const ONE_FRAME_MS = 1000 / 60;

function judge(value: number | null, ok: (v: number) => boolean): boolean | null {
  return value === null ? null : ok(value);
}

export function budgets(browsers: BrowserSummary[], node: BenchResult['node'], referencePage: string, baselineContentBytes: number | null = null): BudgetRow[] {
  const rows: BudgetRow[] = [];
  for (const b of browsers) {
    const ref = b.pages.find((p) => p.page === referencePage) ?? null;
    const where = `${b.browser} ${b.version}`;
    const r1 = ref?.oursPerFloor ?? null;
    const r1Before = ratio(ref?.before?.oursTotalMs ?? null, ref?.floorMs ?? null);
    rows.push({
      budget: '1 MB page: total ≤ 3x floor',
      where,
      measured: `${fmt(ref?.oursTotalMs)} ms vs floor ${fmt(ref?.floorMs)} ms = ${fmtRatio(r1)}`,
      value: r1,
      met: judge(r1, (v) => v <= 3),
      before: ref?.before ? { measured: `${fmt(ref.before.oursTotalMs)} ms = ${fmtRatio(r1Before)}`, value: r1Before, met: judge(r1Before, (v) => v <= 3) } : undefined,
    });
    const worstTask = (pick: (p: PageSummary) => number | null) => {
      let worst: { ms: number; page: string } | null = null;
      for (const p of b.pages) {
        const ms = pick(p);
        if (ms !== null && (worst === null || ms > worst.ms)) worst = { ms, page: p.page };
      }
      return worst;
    };
    const worst = worstTask((p) => p.longestTaskMaxMs);
    const worstBefore = worstTask((p) => p.before?.longestTaskMaxMs ?? null);
    rows.push({
      budget: 'no task > 50 ms (longest scan slice, any page, any run)',
      where,
      measured: worst ? `${fmt(worst.ms)} ms (${worst.page})` : '—',
      value: worst?.ms ?? null,
      met: judge(worst?.ms ?? null, (v) => v <= 50),
      before: worstBefore ? { measured: `${fmt(worstBefore.ms)} ms (${worstBefore.page})`, value: worstBefore.ms, met: worstBefore.ms <= 50 } : undefined,
    });
    let worstFv: { ms: number; page: string } | null = null;
    for (const p of b.pages) {
      if (p.firstViewportMs !== null && (worstFv === null || p.firstViewportMs > worstFv.ms)) worstFv = { ms: p.firstViewportMs, page: p.page };
    }
    const fv = ref?.firstViewportMs ?? null;
    rows.push({
      budget: 'first viewport within one frame (16.7 ms) of script start',
      where,
      measured:
        `${fmt(fv)} ms on ${referencePage} (setup ${fmt(ref?.startWaitMs)}: dictionary ${fmt(ref?.dictionaryMs)}, settings wait ${fmt(ref?.settingsWaitMs)}); ` +
        `worst page median ${worstFv ? `${fmt(worstFv.ms)} ms (${worstFv.page})` : '—'}`,
      value: fv,
      met: judge(fv, (v) => v <= ONE_FRAME_MS),
    });
    const mr = ref?.markJsPerOurs ?? null;
    rows.push({
      budget: '≥ 8x less main-thread work than mark.js',
      where,
      measured:
        `mark.js ${fmt(ref?.markJsMs)} ms / ours ${fmt(ref?.oursTotalMs)} ms = ${fmtRatio(mr)} (1 MB)` +
        (ref?.meter?.markJsPerExtra != null ? `; whole main thread: ${fmtRatio(ref.meter.markJsPerExtra)}` : ''),
      value: mr,
      met: judge(mr, (v) => v >= 8),
    });
    const s = b.scaling;
    const p1 = s.points.find((q) => q.sizeMb === 1);
    const p4 = s.points.find((q) => q.sizeMb === 4);
    rows.push({
      budget: '4 MB linear (per-MB cost at 4 MB ≤ 1.5x that at 1 MB)',
      where,
      measured:
        `slope ${fmt(s.oursSlopeMsPerMb)} ms/MB; ${fmt(p1?.oursMs)} ms/MB at 1 MB, ` +
        `${p4?.oursMs != null ? fmt(p4.oursMs / 4) : '—'} ms/MB at 4 MB`,
      value: s.oursSlopeMsPerMb,
      met: s.linear,
    });
    /** A budget judged for this build and, when one was measured beside it, for the baseline build. */
    const pushJudged = (budget: string, now: Judged | null, before: Judged | null) =>
      rows.push({ budget, where, measured: now?.measured ?? '—', value: now?.value ?? null, met: now?.met ?? null, before: before ?? undefined });
    const saved = b.pages.filter((p) => p.kind === 'shared');
    const savedRow = (pick: (p: PageSummary) => Meter | null | undefined) => {
      const real = saved
        .filter((p) => pick(p)?.extraMs != null && pick(p)!.withoutMs)
        .map((p) => ({ page: p.page, pct: (100 * pick(p)!.extraMs!) / pick(p)!.withoutMs!, ms: pick(p)!.extraMs! }));
      if (real.length === 0) return null;
      const medianPct = median(real.map((x) => x.pct))!;
      const worstMs = real.reduce((w, x) => (x.ms > w.ms ? x : w));
      return {
        measured:
          `median page +${fmt(medianPct)}% (+${fmt(median(real.map((x) => x.ms)))} ms); most added ${fmt(worstMs.ms)} ms (${worstMs.page}); ` +
          `${real.filter((x) => x.pct <= 5).length} of ${real.length} pages within 5%, ${real.filter((x) => x.ms <= 20).length} within 20 ms`,
        value: medianPct,
        met: medianPct <= 5 && worstMs.ms <= 20,
      };
    };
    const savedNow = savedRow((p) => p.meter);
    const savedBefore = savedRow((p) => p.before?.meter);
    pushJudged('saved pages: the extension adds ≤ 5% to the page\'s own main-thread time at the median page, and no page more than 20 ms', savedNow, savedBefore);
    const plain = b.pages.find((p) => p.kind === 'no-names') ?? null;
    const plainRow = (m: Meter | null | undefined, mentions: number | null | undefined) =>
      m?.extraMs != null ? { measured: `+${fmt(m.extraMs)} ms (${fmt(m.withMs)} vs ${fmt(m.withoutMs)} ms; ${fmt(mentions)} names found)`, value: m.extraMs, met: m.extraMs <= 2 } : null;
    const plainNow = plainRow(plain?.meter, plain?.mentions);
    const plainBefore = plainRow(plain?.before?.meter, plain?.before?.mentions);
    pushJudged('page without any name: ≤ 2 ms added', plainNow, plainBefore);
    const heapRow = (pick: (p: PageSummary) => Meter | null | undefined) => {
      const heaps = saved.map((p) => ({ page: p.page, mb: pick(p)?.heapExtraMb ?? null })).filter((x): x is { page: string; mb: number } => x.mb !== null);
      if (heaps.length === 0) return null;
      const med = median(heaps.map((x) => x.mb))!;
      const worstHeap = heaps.reduce((w, x) => (x.mb > w.mb ? x : w));
      const plainMb = plain ? pick(plain)?.heapExtraMb : null;
      return {
        measured: `median saved page +${fmt(med)} MB, most ${fmt(worstHeap.mb)} MB (${worstHeap.page}); page without names ${plainMb != null ? `+${fmt(plainMb)} MB` : '—'}`,
        value: med,
        met: med <= 0.25,
      };
    };
    const heapNow = heapRow((p) => p.meter);
    const heapBefore = heapRow((p) => p.before?.meter);
    pushJudged('JS heap added per page ≤ 0.25 MB (median saved page)', heapNow, heapBefore);
    const c = b.changing;
    rows.push({
      budget: 'changing page ≤ 2% of one core',
      where,
      measured: c ? `${fmt(c.percentOfCore)}% (${fmt(c.mutationWorkMs)} ms in ${fmt(c.windowMs !== null ? c.windowMs / 1000 : null)} s)` : '—',
      value: c?.percentOfCore ?? null,
      met: judge(c?.percentOfCore ?? null, (v) => v <= 2),
    });
    rows.push({
      budget: 'hover ≤ 4 ms (rest → card painted, no dwell)',
      where,
      measured:
        `${fmt(b.hover.totalMs)} ms median (open ${fmt(b.hover.lastOpenMs)} + rest of task ${fmt(b.hover.asyncMs)} + frame ${fmt(b.hover.frameMs)}), p95 ${fmt(b.hover.totalP95Ms)} ms; ` +
        `during the dwell: ${fmt(b.hover.dwellWorkMs)} ms script + ${fmt(b.hover.dwellFrameMs)} ms frame`,
      value: b.hover.totalMs,
      met: judge(b.hover.totalMs, (v) => v <= 4),
    });
    rows.push({
      budget: 'popup first paint ≤ 100 ms',
      where,
      measured: b.popup.fcpMs !== null ? `FCP ${fmt(b.popup.fcpMs)} ms` : 'n/a (no paint timing entry)',
      value: b.popup.fcpMs,
      met: judge(b.popup.fcpMs, (v) => v <= 100),
    });
    rows.push({
      budget: 'search ≤ 2 ms per keystroke (in the popup)',
      where,
      measured:
        b.popup.keystrokes > 0
          ? `median ${fmt(b.popup.keystrokeMedianMs)} ms, p95 ${fmt(b.popup.keystrokeP95Ms)} ms, max ${fmt(b.popup.keystrokeMaxMs)} ms ` +
            `(script p95 ${fmt(b.popup.scriptP95Ms)}, of which our input handler and render ${fmt(b.popup.handlerP95Ms)}, + frame p95 ${fmt(b.popup.frameP95Ms)}; ${b.popup.keystrokes} keys)`
          : '—',
      value: b.popup.keystrokeP95Ms,
      met: judge(b.popup.keystrokeP95Ms, (v) => v <= 2),
      note: 'judged on p95',
    });
  }
  const m = node.matcher;
  rows.push({
    budget: 'matcher ≥ 100 MB/s (real aliases)',
    where: `Node ${process.version}`,
    measured: `${fmt(m.mbPerSecReal)} MB/s`,
    value: m.mbPerSecReal,
    met: judge(m.mbPerSecReal, (v) => v >= 100),
  });
  rows.push({
    budget: 'matcher ≥ 50 MB/s (+10,000 aliases)',
    where: `Node ${process.version}`,
    measured: `${fmt(m.mbPerSecWith10k)} MB/s`,
    value: m.mbPerSecWith10k,
    met: judge(m.mbPerSecWith10k, (v) => v >= 50),
  });
  const content = node.bundles.find((b) => b.file === 'content.js');
  rows.push({
    budget: 'content script ≤ 30 kB minified',
    where: 'dist/content.js',
    measured: content ? `${fmt(content.bytes / 1000)} kB (gzip ${fmt(content.gzipBytes / 1000)} kB)` : '—',
    value: content ? content.bytes / 1000 : null,
    met: judge(content ? content.bytes / 1000 : null, (v) => v <= 30),
    before:
      baselineContentBytes !== null
        ? { measured: `${fmt(baselineContentBytes / 1000)} kB`, value: baselineContentBytes / 1000, met: baselineContentBytes / 1000 <= 30 }
        : undefined,
  });
  rows.push({
    budget: 'search ≤ 2 ms per keystroke (core search)',
    where: `Node ${process.version}`,
    measured: `slowest keystroke ${fmt(node.search.maxMs)} ms ("${node.search.slowest?.prefix ?? ''}"), median ${fmt(node.search.medianMs)} ms`,
    value: node.search.maxMs,
    met: judge(node.search.maxMs, (v) => v <= 2),
    note: 'judged on the slowest keystroke',
  });
  return rows;
}

const metLabel = (m: boolean | null) => (m === null ? 'n/a' : m ? 'met' : '**NOT MET**');

export function toMarkdown(r: BenchResult): string {
  const out: string[] = [];
  const mc = r.machine;
  out.push(`# Summit Lens benchmark (${r.mode})`, '');
  out.push(
    `${r.date} · ${mc.cpu}, ${mc.cores} cores, ${fmt(mc.memoryGb)} GB · ${mc.os} · Node ${mc.node} · ` +
      Object.entries(mc.browsers)
        .map(([k, v]) => `${k} ${v}`)
        .join(' · ') +
      ` · medians of ${r.runs} run(s) · took ${fmt(r.durationS)} s`,
    '',
  );
  out.push('## Budgets', '');
  if (r.budgets.some((b) => b.before)) {
    out.push(`"before" is the baseline build (${r.baseline ?? 'given with --baseline'}), measured in the same run on interleaved loads of the same pages.`, '');
    out.push(
      markdownTable(
        ['budget', 'where', 'before', 'before met', 'after (this build)', 'after met'],
        r.budgets.map((b) => [
          b.budget,
          b.where,
          b.before?.measured ?? '—',
          b.before ? metLabel(b.before.met) : '—',
          b.measured + (b.note ? ` (${b.note})` : ''),
          metLabel(b.met),
        ]),
      ),
      '',
    );
  } else {
    out.push(
      markdownTable(
        ['budget', 'where', 'measured', 'budget met'],
        r.budgets.map((b) => [b.budget, b.where, b.measured + (b.note ? ` (${b.note})` : ''), metLabel(b.met)]),
      ),
      '',
    );
  }

  if (r.floors && r.floors.length > 0) {
    out.push('## The floor: content scripts before any work', '');
    out.push(
      'Builds made from this one that do less (scripts/bench/content-script-floor.ts), each in a browser of its own beside one without the extension, on interleaved loads: ' +
        'main-thread time and JS heap after GC added to the load without the extension (medians; Firefox heap over 3 rounds). ' +
        '"empty content scripts" is what any build that declares these files pays before its first line of work: the budgets for a page without names and for the heap are measured against it.',
      '',
    );
    out.push(
      markdownTable(
        ['page', 'browser', 'build', 'rounds', 'added ms', 'heap added MB'],
        r.floors.flatMap((f) => f.rows.map((row) => [f.page, f.browser, row.build, String(f.rounds), fmt(row.addedMs), fmt(row.heapAddedMb)])),
      ),
      '',
    );
  }

  out.push('## Page loads', '');
  out.push(
    'ours = the content script\'s own main-thread time to highlight the whole page (its walk for anything that could be a name, GateStats.workMs, then the reader\'s ScanStats.initialWorkMs unless the reader was only woken to answer the benchmark); ' +
      'floor = one TreeWalker pass over the page\'s text without the extension; mark.js = mark.js 8.11.1 marking the same aliases. ' +
      'first viewport = the first slice painted − scriptStartAt (the end of the first slice, or the settings\' arrival when they came after it: the highlights wait for them); setup = scanStartAt − scriptStartAt (the script\'s start, its walk for anything that could be a name and loading the reader; builds that read the settings first waited for them here), dictionary = dictionaryReadyAt − scriptStartAt (the same, and compiling the dictionary); none of these for a page whose reader started only when the benchmark asked (no name on it), settings wait = how much later the settings arrived than the dictionary and the first slice (read once the first name is found; empty when a page has none; the answer queues behind the page\'s own tasks); start − load = scriptStartAt − loadEventEnd. Times in ms, medians.',
    '',
  );
  const pageRows: string[][] = [];
  for (const b of r.browsers) {
    for (const p of b.pages) {
      pageRows.push([
        p.page,
        b.browser,
        fmt(p.textChars !== null ? p.textChars / 1000 : null),
        fmt(p.textNodes),
        fmt(p.mentions),
        fmt(p.markJsMarks),
        fmt(p.oursTotalMs),
        `${fmt(p.longestTaskMs)} / ${fmt(p.longestTaskMaxMs)}`,
        fmt(p.slices),
        fmt(p.firstViewportMs),
        fmt(p.startWaitMs),
        fmt(p.dictionaryMs),
        fmt(p.settingsWaitMs),
        fmt(p.scriptStartAfterLoadMs),
        fmt(p.floorMs),
        fmt(p.markJsMs),
        fmtRatio(p.oursPerFloor),
        fmtRatio(p.markJsPerOurs),
      ]);
    }
  }
  out.push(
    markdownTable(
      ['page', 'browser', 'text k chars', 'text nodes', 'our mentions', 'mark.js marks', 'ours ms', 'longest task ms (median / max)', 'slices', 'first viewport ms', 'of which setup ms', 'dictionary ms', 'settings wait ms', 'start − load ms', 'floor ms', 'mark.js ms', 'ours / floor', 'mark.js / ours'],
      pageRows,
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  );

  out.push('## Whole main thread, with vs without the extension (synthetic, stress and saved pages)', '');
  out.push(
    'Chromium: CDP Performance.getMetrics TaskDuration/ScriptDuration/LayoutDuration/RecalcStyleDuration (thread CPU time) of the document from navigation to settled (ScriptDuration does not seem to count the content script\'s isolated world); heap: JSHeapUsedSize after HeapProfiler.collectGarbage. ' +
      'Firefox: CPU time of the content process\'s main thread (/proc schedstat), heap n/a. mark.js: main-thread time of its run and the frames after it. ms / MB, medians.',
    '',
  );
  const meterRows: string[][] = [];
  const withBefore = r.browsers.some((b) => b.pages.some((p) => p.before?.meter));
  for (const b of r.browsers) {
    for (const p of b.pages) {
      if (!p.meter) continue;
      const m = p.meter;
      const bm = p.before?.meter ?? null;
      meterRows.push([
        p.page,
        b.browser,
        fmt(m.withMs),
        fmt(m.withoutMs),
        fmt(m.extraMs),
        fmt(p.oursTotalMs),
        fmt(m.extraScriptMs),
        fmt(m.extraLayoutMs),
        fmt(m.extraStyleMs),
        fmt(m.markJsMs),
        fmtRatio(m.markJsPerExtra),
        fmt(m.heapWithMb),
        fmt(m.heapWithoutMb),
        fmt(m.heapExtraMb),
        ...(withBefore ? [fmt(bm?.extraMs), fmt(bm?.heapExtraMb)] : []),
      ]);
    }
  }
  out.push(
    markdownTable(
      [
        'page', 'browser', 'with ms', 'without ms', 'extra ms', 'ours (ScanStats) ms', 'extra JS ms', 'extra layout ms', 'extra style ms', 'mark.js ms', 'mark.js / extra', 'heap with MB', 'heap without MB', 'heap extra MB',
        ...(withBefore ? ['before: extra ms', 'before: heap extra MB'] : []),
      ],
      meterRows,
      ['l', 'l', ...Array<'r'>(withBefore ? 14 : 12).fill('r')],
    ),
    '',
  );
  out.push(...splitMarkdown(r));
  out.push(...gcMarkdown(r));

  out.push('## Scaling (synthetic 0.25 / 1 / 4 MB)', '');
  out.push(
    markdownTable(
      ['browser', 'ours ms at each size', 'ours slope ms/MB', 'floor slope ms/MB', 'mark.js slope ms/MB', 'linear'],
      r.browsers.map((b) => [
        b.browser,
        b.scaling.points.map((p) => `${p.sizeMb} MB: ${fmt(p.oursMs)}`).join(', '),
        fmt(b.scaling.oursSlopeMsPerMb),
        fmt(b.scaling.floorSlopeMsPerMb),
        fmt(b.scaling.markJsSlopeMsPerMb),
        b.scaling.linear === null ? 'n/a' : b.scaling.linear ? 'yes' : 'no',
      ]),
    ),
    '',
  );

  out.push('## Changing page (100 text nodes a second)', '');
  out.push(
    markdownTable(
      ['browser', 'runs', 'window s', 'our mutation work ms', 'ours % of one core', 'flushes', 'longest flush ms', "page's own JS %", "page's main thread % (no extension)", 'extra main thread % (with − without)'],
      r.browsers.map((b) => {
        const c = b.changing;
        return [
          b.browser,
          fmt(c?.runs),
          fmt(c?.windowMs != null ? c.windowMs / 1000 : null),
          fmt(c?.mutationWorkMs),
          fmt(c?.percentOfCore),
          fmt(c?.flushes),
          fmt(c?.longestFlushMs),
          fmt(c?.pageOwnJsPercent),
          fmt(c?.pageMainThreadPercent),
          fmt(c?.extraMainThreadPercent),
        ];
      }),
    ),
    '',
  );

  out.push(...stressMarkdown(r.browsers.map((b) => ({ browser: b.browser, rewrite: b.rewrite ?? null, spa: b.spa ?? null }))));

  out.push('## Hover (synthetic 1 MB page)', '');
  out.push(
    'open = HoverStats.lastOpenMs: from the dwell\'s end to the card made visible, in the content script (hit test, and rendering and placing the card unless that was done during the dwell); ' +
      'rest of task = from the page seeing the card become visible to a message posted then arriving; frame = the next animation frame, from its rAF callback to after it was rendered ' +
      '(measured in the page); end-to-end = from the pointer coming to rest (last pointermove + the 200 ms dwell) to after that frame, including timer slack and the wait for the frame. ' +
      'Work during the dwell (not in total): preparing the card out of sight once the pointer has paused (hit test, render, placing; HoverStats.lastPrepareMs) and the frame that lays it out; ' +
      'prepared = hovers whose card was shown from that preparation.',
    '',
  );
  out.push(
    markdownTable(
      ['browser', 'hovers', 'open ms', 'rest of task ms', 'frame ms', 'total ms', 'total p95 ms', 'end-to-end ms', 'during dwell: script ms', 'during dwell: frame ms', 'prepared'],
      r.browsers.map((b) => [
        b.browser,
        String(b.hover.count),
        fmt(b.hover.lastOpenMs),
        fmt(b.hover.asyncMs),
        fmt(b.hover.frameMs),
        fmt(b.hover.totalMs),
        fmt(b.hover.totalP95Ms),
        fmt(b.hover.endToEndMs),
        fmt(b.hover.dwellWorkMs),
        fmt(b.hover.dwellFrameMs),
        `${b.hover.preparedOpens}/${b.hover.count}`,
      ]),
    ),
    '',
  );

  out.push('## Popup', '');
  out.push(
    'popup.html opened as a tab; FCP from performance.getEntriesByType("paint"). Per keystroke: script = keydown to the end of the input handlers and the render they queue (read synchronously in the page); ' +
      'frame = the next animation frame, rAF callback to after rendering; keystroke = script + frame; next task = keydown to a message posted from the input handler arriving ' +
      '(the first definition, which counts whatever the browser ran in between; for comparison).',
    '',
  );
  out.push(
    markdownTable(
      ['browser', 'loads', 'first contentful paint ms', 'first paint ms', 'keystrokes', 'keystroke median ms', 'p95 ms', 'max ms', 'script median / p95 ms', 'our handler median / p95 ms', 'frame median / p95 ms', 'next task median / p95 ms'],
      r.browsers.map((b) => [
        b.browser,
        String(b.popup.runs),
        fmt(b.popup.fcpMs),
        fmt(b.popup.firstPaintMs),
        String(b.popup.keystrokes),
        fmt(b.popup.keystrokeMedianMs),
        fmt(b.popup.keystrokeP95Ms),
        fmt(b.popup.keystrokeMaxMs),
        `${fmt(b.popup.scriptMedianMs)} / ${fmt(b.popup.scriptP95Ms)}`,
        `${fmt(b.popup.handlerMedianMs)} / ${fmt(b.popup.handlerP95Ms)}`,
        `${fmt(b.popup.frameMedianMs)} / ${fmt(b.popup.frameP95Ms)}`,
        `${fmt(b.popup.nextTaskMedianMs)} / ${fmt(b.popup.nextTaskP95Ms)}`,
      ]),
    ),
    '',
  );

  const n = r.node;
  out.push('## In Node', '');
  out.push(
    markdownTable(
      ['figure', 'value'],
      [
        ['matcher, real aliases', `${fmt(n.matcher.mbPerSecReal)} MB/s (${n.matcher.realAliases} entries, ${fmt(n.matcher.textMb)} MB of text, ${n.matcher.matches} matches, compile ${fmt(n.matcher.compileMsReal)} ms)`],
        ['matcher, + 10,000 synthetic aliases', `${fmt(n.matcher.mbPerSecWith10k)} MB/s (${n.matcher.matchesWith10k} matches, compile ${fmt(n.matcher.compileMsWith10k)} ms)`],
        ['search per keystroke', `median ${fmt(n.search.medianMs)} ms, p95 ${fmt(n.search.p95Ms)} ms, slowest ${fmt(n.search.maxMs)} ms ("${n.search.slowest?.prefix ?? ''}"); ${n.search.keystrokes} keystrokes of ${n.search.queries} queries; index built in ${fmt(n.search.buildMs)} ms`],
        ...n.bundles.map((b) => [
          `dist/${b.file}`,
          `${fmt(b.bytes / 1000)} kB minified, ${fmt(b.gzipBytes / 1000)} kB gzipped; largest parts: ${b.top.map((t) => `${t.input} ${fmt(t.bytes / 1000)} kB`).join(', ')}`,
        ]),
      ],
    ),
    '',
  );

  out.push('## Definitions', '');
  for (const d of r.definitions) out.push(`- ${d}`);
  const errors = r.browsers.flatMap((b) => [
    ...b.errors.map((e) => `${b.browser}: ${e}`),
    ...b.hover.errors.map((e) => `${b.browser}: ${e}`),
    ...b.pages.flatMap((p) => p.errors.map((e) => `${b.browser} ${p.page}: ${e}`)),
  ]);
  if (errors.length > 0) {
    out.push('', '## Errors', '');
    for (const e of errors) out.push(`- ${e}`);
  }
  out.push('');
  return out.join('\n');
}


/**
 * The main thread's GC pauses in the traced loads (Chromium), by build:
 * each page with more than one traced load on its own, and the median over
 * the pages traced once.
 */
export function gcMarkdown(r: BenchResult): string[] {
  const rows: string[][] = [];
  const builds = [
    ['ext', 'with the extension'],
    ['prev', 'with the baseline build'],
    ['base', 'without'],
  ] as const;
  const row = (page: string, browser: string, label: string, all: readonly GcPauses[]) => {
    if (all.length === 0) return;
    const longest = all.map((g) => g.longestMs);
    rows.push([
      page,
      browser,
      label,
      String(all.length),
      fmt(median(longest)),
      fmt(max(longest)),
      `${all.filter((g) => g.majorCount > 0).length} of ${all.length}`,
      fmt(max(all.map((g) => g.majorLongestMs))),
      fmt(median(all.map((g) => g.totalMs))),
    ]);
  };
  for (const b of r.browsers) {
    const split = b.pages.filter((p) => p.split);
    const many = split.filter((p) => (p.split!.ext?.gc?.length ?? 0) > 1);
    const once = split.filter((p) => (p.split!.ext?.gc?.length ?? 0) === 1 && p.kind === 'shared');
    for (const p of many) for (const [key, label] of builds) row(p.page, b.browser, label, p.split![key]?.gc ?? []);
    for (const [key, label] of builds) {
      // One load per page: each page's load stands for it.
      const perPage = once.map((p) => p.split![key]?.gc?.[0]).filter((g): g is GcPauses => g !== undefined);
      if (perPage.length > 0) row(`saved pages (${perPage.length}, one load each)`, b.browser, label, perPage);
    }
  }
  if (rows.length === 0) return [];
  return [
    '## Garbage-collection pauses (traced loads)',
    '',
    "Chromium's MajorGC and MinorGC trace events on the page's renderer main thread, from the document's commit until the page is settled, in wall time (the thread runs nothing else meanwhile). " +
      'A full collection (major) traces the whole heap, the page\'s DOM with it, and comes once the page and the extension together have allocated enough. ms.',
    '',
    markdownTable(
      ['page', 'browser', 'build', 'loads', 'longest pause median ms', 'longest pause max ms', 'loads with a full GC', 'longest full GC ms', 'GC total median ms'],
      rows,
      ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  ];
}

/** Added main-thread time by kind of work: the extension's traced load minus the load without it. */
function added(split: NonNullable<PageRuns['split']>, which: 'ext' | 'prev'): Record<string, number> | null {
  const w = split[which];
  const base = split.base;
  if (!w || !base) return null;
  return Object.fromEntries(WORK_KINDS.map((k) => [k, w.total[k] - base.total[k]]));
}

const sumKinds = (k: Record<string, number>) => WORK_KINDS.reduce((s, x) => s + (k[x] ?? 0), 0);

function splitMarkdown(r: BenchResult): string[] {
  const rows: string[][] = [];
  const medians: string[][] = [];
  for (const b of r.browsers) {
    const pages = b.pages.filter((p) => p.split);
    for (const which of ['prev', 'ext'] as const) {
      const label = which === 'ext' ? 'after' : 'before';
      const perPage: Record<string, number>[] = [];
      for (const p of pages) {
        const split = p.split!;
        const a = added(split, which);
        const ours: LoadSplit | null = split[which];
        if (!a || !ours) continue;
        const inApi = ours.oursInApiMs ?? null;
        perPage.push({
          ...a,
          all: sumKinds(a),
          ours: sumKinds(ours.ours),
          oursScript: ours.ours.script + ours.ours.compile,
          oursForced: ours.ours.style + ours.ours.layout,
          oursGc: ours.ours.gc,
          ...(inApi !== null ? { oursApi: inApi } : {}),
        });
        rows.push([
          p.page,
          b.browser,
          label,
          fmt(sumKinds(a)),
          ...WORK_KINDS.map((k) => fmt(a[k])),
          fmt(sumKinds(ours.ours)),
          fmt(ours.ours.script + ours.ours.compile),
          fmt(ours.ours.style + ours.ours.layout),
          fmt(ours.ours.gc),
          fmt(inApi),
        ]);
      }
      if (perPage.length > 0) {
        medians.push([
          b.browser,
          label,
          String(perPage.length),
          fmt(median(perPage.map((x) => x.all!))),
          ...WORK_KINDS.map((k) => fmt(median(perPage.map((x) => x[k]!)))),
          fmt(median(perPage.map((x) => x.ours!))),
          fmt(median(perPage.map((x) => x.oursScript!))),
          fmt(median(perPage.map((x) => x.oursForced!))),
          fmt(median(perPage.map((x) => x.oursGc!))),
          fmt(median(perPage.map((x) => x.oursApi))),
        ]);
      }
    }
  }
  if (rows.length === 0) return [];
  const kinds = WORK_KINDS.map((k) => `${k} ms`);
  const ourCols = ['ours: all ms', 'ours: script + compile ms', 'ours: forced style + layout ms', 'ours: GC ms', 'ours: in the extension API ms'];
  return [
    '## Where the added time goes (one traced load of each build and one without, per page)',
    '',
    'Chromium: trace events of the page\'s renderer main thread (categories devtools.timeline, v8, v8.execute, blink, loading, toplevel, extensions, GC), self thread time of each event from the document\'s commit, ' +
      'sorted into world (creating script contexts: the page\'s own and each content script\'s isolated world), compile (parsing and compiling scripts), script (running them, with the DOM calls they make), ' +
      'style, layout, paint (pre-paint, paint, compositing, commit), gc, parse (HTML) and other (task scheduling, IPC, loading). Firefox: the Gecko profiler (0.2 ms samples of the content process\'s main thread, ' +
      'thread CPU time per sample, by the profiler\'s category of the innermost labelled frame: JavaScript, DOM, Layout (style computation apart), Graphics, GC / CC, other; idle and the profiler\'s own time left out). ' +
      'Each kind is "with the build − without the extension" (one load each, so a few ms of noise either way); "ours" is what ran under the extension\'s own scripts (their evaluation and callbacks, ' +
      'with the style, layout and GC they forced), measured directly in the load with the build; "in the extension API" (Firefox) is the part of it inside the browser\'s own extension-API scripts ' +
      '(chrome: and resource: frames under ours: building the `browser` object, the storage and messaging code).',
    '',
    '### Medians over the pages',
    '',
    markdownTable(['browser', 'build', 'pages', 'added ms', ...kinds, ...ourCols], medians, ['l', 'l', ...Array<'r'>(4 + kinds.length + ourCols.length - 2).fill('r')]),
    '',
    '### Per page',
    '',
    markdownTable(['page', 'browser', 'build', 'added ms', ...kinds, ...ourCols], rows, ['l', 'l', 'l', ...Array<'r'>(1 + kinds.length + ourCols.length).fill('r')]),
    '',
  ];
}
