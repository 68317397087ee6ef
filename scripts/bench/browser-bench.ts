/**
 * The benchmark in one browser: one launch with the extension and one
 * without (the baseline: floor and mark.js), shared by every page.
 */
import { launchBrowser, type BrowserName, type BrowserSession, type TestPage } from '../../tests/e2e/driver/launch';
import { newMeteredPage, type CpuReading, type MeteredPage } from './cpu-meter';
import { StatsReader, type ContentStats } from './extension-calls';
import {
  armHoverProbe,
  cardIsOpen,
  clearSearchBox,
  floorPass,
  highlightPoint,
  hoverSamples,
  installHoverProbe,
  installKeystrokeProbe,
  keystrokeSamples,
  loadTiming,
  markJsInstalled,
  paintTiming,
  runMarkJs,
  twoFrames,
  type FloorResult,
  type HoverSample,
  type KeystrokeSample,
  type LoadTiming,
  type MarkJsResult,
} from './in-page';
import type { MarkJsDictionary } from './markjs';
import type { ChangingState } from './changing-page';
import { measureRewrite, measureSpa, type RewriteRun, type SpaRun } from './stress-pages';
import type { GcPauses, KindTimes } from './trace-split';

export interface PageSpec {
  /** Short name for the table ("synthetic 1 MB", "bbc-obama-guns"). */
  name: string;
  kind: 'synthetic' | 'shared' | 'stress' | 'no-names';
  url: string;
  /** MB of text (synthetic pages). */
  sizeMb?: number;
  /** Measure main-thread time and heap with vs without the extension (needs a settle window). */
  metered: boolean;
  /** Time from navigation to reading the meters (ms); extended if the scan is slower. */
  settleMs?: number;
  /** Also split the main thread's time by kind of work (one traced load of each build, and one without). */
  split?: boolean;
  /**
   * Chromium: traced loads of each build for the GC pauses (default 1, the
   * split's own); the split's table shows the first.
   */
  splitRuns?: number;
  /** Read the JS heap in Firefox too (a second per reading: first run only). */
  firefoxHeap?: boolean;
}

export interface BrowserBenchConfig {
  browser: BrowserName;
  extensionDir: string;
  /** Another build (today's main, say) measured on the same page loads, interleaved: the "before" figures. */
  baselineDir?: string;
  runs: number;
  pages: PageSpec[];
  /** Runs for the shared pages (default: runs). */
  pageRuns?: number;
  blankUrl: string;
  changing: { url: string; durationMs: number; runs: number } | null;
  /** The page that rewrites its text every frame (tests/pages/stress-rewrite.html). */
  rewrite: { url: string; durationMs: number; runs: number } | null;
  /** The single-page app session (tests/pages/stress-spa.html). */
  spa: { url: string; navigations: number; runs: number } | null;
  hover: { url: string; count: number } | null;
  popup: { runs: number; queries: string[] } | null;
  markjs: { installer: () => boolean; dict: MarkJsDictionary };
  /** The hover dwell of the default settings (subtracted from the end-to-end hover time). */
  dwellMs: number;
  log: (line: string) => void;
}

/** One load of a page with the extension. */
export interface ExtRun {
  stats: ContentStats;
  timing: LoadTiming;
  cpu: CpuReading | null;
  heapMb: number | null;
  /** Wall time from navigation start to reading the meters. */
  elapsedMs: number;
}

export interface BaseRun {
  floor: FloorResult;
  cpu: CpuReading | null;
  heapMb: number | null;
}

export interface MarkRun {
  result: MarkJsResult;
  cpu: CpuReading | null;
}

/** Main-thread time (ms) by kind of work in one traced load; `ours` is what the extension's own scripts did. */
export interface LoadSplit {
  total: KindTimes;
  ours: KindTimes;
  /** Firefox: of `ours`, the time inside the browser's own extension-API code. */
  oursInApiMs?: number | null;
  /** Chromium: the main thread's GC pauses, one entry per traced load. */
  gc?: GcPauses[];
}

export interface PageRuns {
  spec: PageSpec;
  ext: ExtRun[];
  base: BaseRun[];
  mark: MarkRun[];
  /** Loads with the baseline build (when there is one), interleaved with the others. */
  prev: ExtRun[];
  /** One traced load each: with the extension, with the baseline build, without any. */
  split: { ext: LoadSplit | null; prev: LoadSplit | null; base: LoadSplit | null } | null;
  errors: string[];
}

export interface ChangingRun {
  windowMs: number;
  mutationWorkMs: number;
  mutationFlushes: number;
  longestFlushMs: number;
  page: ChangingState;
  extCpu: CpuReading | null;
  baseCpu: CpuReading | null;
  baseWindowMs: number | null;
}

export interface HoverRun {
  /** HoverStats.lastOpenMs: the dwell's end to the card made visible, in the content script. */
  lastOpenMs: number;
  /** Main-thread work done for this card during the dwell (rendering and placing it out of sight); 0 when none. */
  dwellWorkMs: number;
  /** The frame that laid out the card out of sight during the dwell (-1: none). */
  dwellFrameMs: number;
  /** Whether the card shown was the one prepared during the dwell. */
  prepared: boolean;
  /** The rest of the opening task after HoverStats stops its clock (positioning in microtasks). */
  asyncMs: number;
  frameMs: number;
  /** Pointer at rest (last move + dwell) to the frame painted: includes timer slop and waiting for the frame. */
  endToEndMs: number;
}

export interface PopupRun {
  fcpMs: number | null;
  firstPaintMs: number | null;
  loadEndMs: number;
}

export interface BrowserRuns {
  browser: BrowserName;
  version: string;
  pages: PageRuns[];
  changing: ChangingRun[];
  rewrite: RewriteRun[];
  spa: SpaRun[];
  hover: HoverRun[];
  hoverErrors: string[];
  popup: PopupRun[];
  keystrokes: KeystrokeSample[];
  errors: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The shortest window a metered page load is measured in (from navigation). */
const METERED_WINDOW_MS = 1500;

/** An error's first line, cut short (a failed evaluate can echo a whole regular expression). */
function brief(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0] ?? '';
  return line.length > 240 ? `${line.slice(0, 240)}…` : line;
}

async function waitUntil(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}

/**
 * Firefox rounds performance.now() to 1 ms in pages and content scripts
 * (timer-precision reduction against timing attacks): too coarse for a 2 ms
 * floor or a hover. The benchmark's Firefox sessions turn the rounding off;
 * it changes how precisely time is read, not what the extension does.
 */
export const FIREFOX_PREFS = { 'privacy.reduceTimerPrecision': false };

export class BrowserBench {
  private ext!: BrowserSession;
  private base!: BrowserSession;
  private prev: BrowserSession | null = null;
  private extPage!: MeteredPage;
  private basePage!: MeteredPage;
  private prevPage: MeteredPage | null = null;
  private stats!: StatsReader;
  private prevStats: StatsReader | null = null;

  constructor(private readonly cfg: BrowserBenchConfig) {}

  async run(): Promise<BrowserRuns> {
    const { cfg } = this;
    const out: BrowserRuns = {
      browser: cfg.browser,
      version: '',
      pages: [],
      changing: [],
      rewrite: [],
      spa: [],
      hover: [],
      hoverErrors: [],
      popup: [],
      keystrokes: [],
      errors: [],
    };
    [this.ext, this.base, this.prev] = await Promise.all([
      launchBrowser(cfg.browser, { extensionDir: cfg.extensionDir, firefoxPrefs: FIREFOX_PREFS }),
      launchBrowser(cfg.browser, { extensionDir: cfg.extensionDir, withoutExtension: true, firefoxPrefs: FIREFOX_PREFS }),
      cfg.baselineDir ? launchBrowser(cfg.browser, { extensionDir: cfg.baselineDir, firefoxPrefs: FIREFOX_PREFS }) : Promise.resolve(null),
    ]);
    try {
      out.version = this.ext.version;
      this.stats = new StatsReader(this.ext);
      this.extPage = await newMeteredPage(this.ext);
      this.basePage = await newMeteredPage(this.base);
      // Same-origin start points (Firefox's meter follows one content process).
      await this.extPage.page.goto(cfg.blankUrl);
      await this.basePage.page.goto(cfg.blankUrl);
      if (this.prev) {
        this.prevStats = new StatsReader(this.prev);
        this.prevPage = await newMeteredPage(this.prev);
        await this.prevPage.page.goto(cfg.blankUrl);
      }

      for (const spec of cfg.pages) {
        out.pages.push(await this.measurePage(spec));
      }
      if (cfg.changing) {
        for (let i = 0; i < cfg.changing.runs; i++) {
          try {
            out.changing.push(await this.measureChanging(cfg.changing.url, cfg.changing.durationMs));
          } catch (error) {
            out.errors.push(`changing page, run ${i + 1}: ${brief(error)}`);
          }
        }
      }
      for (let i = 0; i < (cfg.rewrite?.runs ?? 0); i++) {
        try {
          out.rewrite.push(await measureRewrite(this.extPage, this.basePage, this.stats, cfg.rewrite!.url, cfg.rewrite!.durationMs, cfg.blankUrl));
        } catch (error) {
          out.errors.push(`rewriting page, run ${i + 1}: ${brief(error)}`);
        }
      }
      for (let i = 0; i < (cfg.spa?.runs ?? 0); i++) {
        try {
          out.spa.push(await measureSpa(this.extPage, this.basePage, this.stats, cfg.spa!.url, cfg.spa!.navigations));
        } catch (error) {
          out.errors.push(`single-page app, run ${i + 1}: ${brief(error)}`);
        }
      }
      if (cfg.rewrite || cfg.spa) cfg.log(`  ${cfg.browser} stress pages: ${out.rewrite.length} rewrite, ${out.spa.length} SPA run(s)`);
      if (cfg.hover) await this.measureHover(cfg.hover.url, cfg.hover.count, out);
      if (cfg.popup) await this.measurePopup(cfg.popup.runs, cfg.popup.queries, out);
    } finally {
      await Promise.all([this.ext.close(), this.base.close(), this.prev?.close()]);
    }
    return out;
  }

  // ---------------------------------------------------------------------------
  // Page loads

  private async measurePage(spec: PageSpec): Promise<PageRuns> {
    const { cfg } = this;
    const runs = spec.kind === 'shared' ? (cfg.pageRuns ?? cfg.runs) : cfg.runs;
    const result: PageRuns = { spec, ext: [], base: [], mark: [], prev: [], split: null, errors: [] };
    const t0 = Date.now();
    for (let i = 0; i < runs; i++) {
      let elapsed = spec.settleMs ?? 0;
      // Firefox's heap reading takes a second: once per page.
      const heap = cfg.browser === 'chromium' || (spec.firefoxHeap === true && i === 0);
      try {
        const ext = await this.extLoad(spec, this.extPage, this.stats, heap);
        elapsed = ext.elapsedMs;
        result.ext.push(ext);
      } catch (error) {
        result.errors.push(`with extension, run ${i + 1}: ${brief(error)}`);
      }
      if (this.prevPage && this.prevStats) {
        try {
          const prev = await this.extLoad(spec, this.prevPage, this.prevStats, heap);
          elapsed = Math.max(elapsed, prev.elapsedMs);
          result.prev.push(prev);
        } catch (error) {
          result.errors.push(`with the baseline build, run ${i + 1}: ${brief(error)}`);
        }
      }
      try {
        result.base.push(await this.baseLoad(spec, elapsed, heap));
      } catch (error) {
        result.errors.push(`floor, run ${i + 1}: ${brief(error)}`);
      }
      try {
        result.mark.push(await this.markLoad(spec));
      } catch (error) {
        result.errors.push(`mark.js, run ${i + 1}: ${brief(error)}`);
      }
    }
    if (spec.split) {
      try {
        result.split = await this.splitLoads(spec);
      } catch (error) {
        result.errors.push(`split: ${brief(error)}`);
      }
    }
    cfg.log(`  ${cfg.browser} ${spec.name}: ${runs} run(s) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const e of result.errors) cfg.log(`    error: ${e}`);
    return result;
  }

  /**
   * One traced load of the page with the extension, with the baseline build
   * and without either, each waited out as long as the slowest of the three.
   */
  private async splitLoads(spec: PageSpec): Promise<NonNullable<PageRuns['split']>> {
    const settleMs = Math.max(spec.settleMs ?? 0, 1500);
    const one = async (mp: MeteredPage | null, prefix: string | null): Promise<LoadSplit | null> => {
      if (!mp) return null;
      await mp.page.goto(this.cfg.blankUrl);
      const split = await mp.splitLoad(spec.url, prefix, async () => {
        await mp.page.goto(spec.url);
        await sleep(settleMs);
      });
      return split && { total: split.total, ours: split.ours, oursInApiMs: split.oursInApiMs ?? null, ...(split.gc ? { gc: [split.gc] } : {}) };
    };
    const ext = await one(this.extPage, this.ext.extensionBaseUrl);
    const prev = await one(this.prevPage, this.prev?.extensionBaseUrl ?? null);
    const base = await one(this.basePage, null);
    // More loads for the GC pauses alone: a full collection comes in some loads and not others.
    const more = this.cfg.browser === 'chromium' ? (spec.splitRuns ?? 1) - 1 : 0;
    for (let i = 0; i < more; i++) {
      for (const [into, mp, prefix] of [
        [ext, this.extPage, this.ext.extensionBaseUrl],
        [prev, this.prevPage, this.prev?.extensionBaseUrl ?? null],
        [base, this.basePage, null],
      ] as const) {
        const again = await one(mp, prefix);
        if (into?.gc && again?.gc) into.gc.push(...again.gc);
      }
    }
    return { ext, prev, base };
  }

  private async extLoad(spec: PageSpec, mp: MeteredPage, reader: StatsReader, heap: boolean): Promise<ExtRun> {
    let stats: ContentStats | null = null;
    const started = Date.now();
    const settle = async () => {
      await mp.page.goto(spec.url);
      if (spec.metered) {
        // Nothing is asked of the content script while its cost is measured:
        // asking a page without names wakes its listener (src/common/content-wake.ts),
        // work no reader's page does. A fixed window instead, checked below.
        await sleep(Math.max((spec.settleMs ?? 0) - (Date.now() - started), METERED_WINDOW_MS));
      } else {
        stats = await reader.waitFor(spec.url, (s) => s.initialDoneAt >= 0);
      }
    };
    let cpu: CpuReading | null = null;
    let heapMb: number | null = null;
    /** The measured window's length, which the load without the extension gets too. */
    let elapsedMs: number;
    if (spec.metered) {
      cpu = await mp.measureLoad(settle);
      elapsedMs = Date.now() - started;
      const windowEnd = await mp.page.evaluate(() => performance.now());
      // Before asking for the stats, which may wake the listener.
      if (heap) heapMb = await mp.jsHeapMb();
      stats = await reader.waitFor(spec.url, (s) => s.initialDoneAt >= 0);
      // A page the walk for names found none on: its reader ran only when asked, just now.
      const doneAt = stats.woken ? (stats.gateIdleAt ?? -1) : Math.max(stats.initialDoneAt, stats.settingsReadyAt ?? -1);
      if (doneAt > windowEnd) {
        throw new Error(`the scan ended ${(doneAt - windowEnd).toFixed(0)} ms after the measured window: lengthen METERED_WINDOW_MS or settleMs`);
      }
    } else {
      await settle();
      elapsedMs = Date.now() - started;
    }
    const timing = await mp.page.evaluate(loadTiming);
    // Re-read: the figures are final once the initial scan is done.
    const final = (await reader.read(spec.url)) ?? stats!;
    return { stats: final, timing, cpu, heapMb, elapsedMs };
  }

  private async baseLoad(spec: PageSpec, elapsedMs: number, heap: boolean): Promise<BaseRun> {
    const mp = this.basePage;
    const started = Date.now();
    const settle = async () => {
      await mp.page.goto(spec.url);
      if (spec.metered) {
        const left = elapsedMs - (Date.now() - started);
        if (left > 0) await sleep(left);
      }
    };
    let cpu: CpuReading | null = null;
    let heapMb: number | null = null;
    if (spec.metered) {
      cpu = await mp.measureLoad(settle);
      if (heap) heapMb = await mp.jsHeapMb();
    } else {
      await settle();
    }
    const floor = await mp.page.evaluate(floorPass);
    return { floor, cpu, heapMb };
  }

  private async markLoad(spec: PageSpec): Promise<MarkRun> {
    const mp = this.basePage;
    const { dict, installer } = this.cfg.markjs;
    await mp.page.goto(spec.url);
    await mp.page.evaluate(installer);
    if (!(await mp.page.evaluate(markJsInstalled))) throw new Error('mark.js did not install');
    let result: MarkJsResult | null = null;
    const work = async () => {
      result = await mp.page.evaluate(runMarkJs, dict.pattern, dict.flags, dict.notNames);
      // Its DOM changes are laid out and painted in the next frames.
      await mp.page.evaluate(twoFrames);
      await sleep(200);
    };
    const cpu = spec.metered ? await mp.measureWindow(work) : (await work(), null);
    return { result: result!, cpu };
  }

  // ---------------------------------------------------------------------------
  // The changing page

  private async measureChanging(url: string, durationMs: number): Promise<ChangingRun> {
    // With the extension.
    const ep = this.extPage;
    await ep.page.goto(url);
    await this.stats.waitFor(url, (s) => s.initialDoneAt >= 0);
    await sleep(500);
    const before = await this.stats.read(url);
    let state: ChangingState | null = null;
    // The adaptive pause between flushes can hold the last one back by up to 1 s.
    const tailMs = 1200;
    const extCpu = await ep.measureWindow(async () => {
      state = await ep.page.evaluate(startChanging, durationMs);
      await sleep(tailMs);
    });
    const after = await this.stats.read(url);
    if (!before || !after || !state) throw new Error('no stats from the changing page');
    const st = state as ChangingState;
    const windowMs = st.endedAt - st.startedAt;

    // Without: the page's own main-thread time over the same window.
    const bp = this.basePage;
    await bp.page.goto(url);
    await sleep(500);
    let baseState: ChangingState | null = null;
    const baseCpu = await bp.measureWindow(async () => {
      baseState = await bp.page.evaluate(startChanging, durationMs);
      await sleep(tailMs);
    });
    const bs = baseState as ChangingState | null;
    return {
      windowMs,
      mutationWorkMs: after.mutationWorkMs - before.mutationWorkMs,
      mutationFlushes: after.mutationFlushes - before.mutationFlushes,
      longestFlushMs: after.longestFlushMs,
      page: st,
      extCpu,
      baseCpu,
      baseWindowMs: bs ? bs.endedAt - bs.startedAt : null,
    };
  }

  // ---------------------------------------------------------------------------
  // Hover

  private async measureHover(url: string, count: number, out: BrowserRuns): Promise<void> {
    const page = this.extPage.page;
    await page.goto(url);
    await this.stats.waitFor(url, (s) => s.initialDoneAt >= 0);
    await page.evaluate(installHoverProbe);
    const t0 = Date.now();
    for (let i = 0; i < count; i++) {
      try {
        const sample = await this.hoverOnce(page, url, 3 + i * 7);
        if (sample) out.hover.push(sample);
      } catch (error) {
        out.hoverErrors.push(`hover ${i + 1}: ${brief(error)}`);
        await page.press('Escape').catch(() => {});
      }
    }
    this.cfg.log(`  ${this.cfg.browser} hover: ${out.hover.length}/${count} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  private async hoverOnce(page: TestPage, url: string, index: number): Promise<HoverRun | null> {
    const point = await page.evaluate(highlightPoint, index);
    if (!point) throw new Error(`no visible highlight #${index}`);
    await page.evaluate(twoFrames);
    await page.mouseMove(2, 2);
    const statsBefore = await this.stats.read(url);
    const before = await page.evaluate(armHoverProbe);
    await page.mouseMove(point.x, point.y);
    await waitUntil(() => page.evaluate(cardIsOpen), 3000, `the card on "${point.text}"`);
    let samples: HoverSample[] = [];
    await waitUntil(
      async () => {
        samples = await page.evaluate(hoverSamples);
        return samples.length > before;
      },
      2000,
      'the card to be painted',
    );
    const s = samples[samples.length - 1]!;
    const stats = await this.stats.read(url);
    await page.press('Escape');
    await waitUntil(async () => !(await page.evaluate(cardIsOpen)), 2000, 'the card to close');
    if (!stats) return null;
    const prepares = (stats.hover.prepares ?? 0) - (statsBefore?.hover.prepares ?? 0);
    const preparedOpens = (stats.hover.preparedOpens ?? 0) - (statsBefore?.hover.preparedOpens ?? 0);
    return {
      lastOpenMs: stats.hover.lastOpenMs,
      dwellWorkMs: prepares > 0 ? (stats.hover.lastPrepareMs ?? 0) : 0,
      dwellFrameMs: s.hiddenFrameMs,
      prepared: preparedOpens > 0,
      asyncMs: Math.max(0, s.taskEndAt - s.mutationAt),
      frameMs: s.paintedAt - s.frameAt,
      endToEndMs: s.paintedAt - (s.moveAt + this.cfg.dwellMs),
    };
  }

  // ---------------------------------------------------------------------------
  // Popup

  private async measurePopup(runs: number, queries: string[], out: BrowserRuns): Promise<void> {
    const url = `${this.ext.extensionBaseUrl}popup.html`;
    const page = await this.ext.newPage();
    try {
      for (let i = 0; i < runs; i++) {
        try {
          await page.goto(url);
          await page.evaluate(twoFrames);
          const p = await page.evaluate(paintTiming);
          out.popup.push({ fcpMs: p.fcp, firstPaintMs: p.firstPaint, loadEndMs: p.loadEnd });
        } catch (error) {
          out.errors.push(`popup, run ${i + 1}: ${brief(error)}`);
        }
      }
      if (queries.length > 0) {
        if (!(await page.evaluate(installKeystrokeProbe))) throw new Error('popup: no input[type=search]');
        for (const q of queries) {
          await page.evaluate(clearSearchBox);
          await page.evaluate(twoFrames);
          await page.type(q);
          await page.evaluate(twoFrames);
        }
        out.keystrokes = await page.evaluate(keystrokeSamples);
      }
    } catch (error) {
      out.errors.push(`popup: ${brief(error)}`);
    } finally {
      await page.close().catch(() => {});
    }
  }
}

/** Runs in the changing page: starts its changes and resolves with its own figures when they end. */
function startChanging(durationMs: number): Promise<ChangingState> {
  const api = (window as unknown as { __benchChanging?: { start(ms: number): Promise<ChangingState> } }).__benchChanging;
  if (!api) throw new Error('not the changing page');
  return api.start(durationMs);
}

export type { CpuReading };
