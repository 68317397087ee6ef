/**
 * Main-thread time of the page, measured from outside the page:
 * - Chromium: CDP Performance.getMetrics (timeDomain threadTicks: CPU time of
 *   the renderer's main thread). Its counters start at zero with each new
 *   document, so a page load is read once, when it has settled.
 * - Firefox: the content process's main thread CPU time from
 *   /proc/<pid>/task/<pid>/schedstat (nanoseconds), the process found with
 *   ChromeUtils.requestProcInfo() through WebDriver BiDi in the browser's
 *   chrome scope (the driver starts Firefox with --remote-allow-system-access).
 *   A measurement is dropped (null) when the page changed process.
 * Heap: heapAfterGcMb, Chromium only (JSHeapUsedSize after
 * HeapProfiler.collectGarbage). jsHeapMb also reads Firefox, slowly (about a
 * second): the memory reporters' "js-main-runtime-gc-heap-committed/used"
 * of the page's content process (every realm in it: the page's and the
 * content script's), after nsIMemoryReporterManager.minimizeMemoryUsage (the
 * GC and CC of about:memory's "Minimize memory usage", in every process).
 */
import { readFile } from 'node:fs/promises';
import type { BrowserSession, TestPage } from '../../tests/e2e/driver/types';
import { newPageWithCdp, performanceMetrics, type CdpSession } from '../../tests/e2e/driver/chromium-cdp';
import { profiledSplit } from './firefox-profile';
import { LOAD_TRACE_CATEGORIES, splitMainThread, traceWith, type MainThreadSplit } from './trace-split';

export interface CpuReading {
  /** Main-thread time, ms. */
  taskMs: number;
  /** Of which JavaScript (Chromium only). */
  scriptMs: number | null;
  layoutMs: number | null;
  styleMs: number | null;
}

export interface MeteredPage {
  page: TestPage;
  /**
   * Runs `load` (a navigation and whatever wait it needs) and returns the
   * main-thread time the new document has used by the end of it.
   */
  measureLoad(load: () => Promise<void>): Promise<CpuReading | null>;
  /** Main-thread time used while `work` runs, within one document. */
  measureWindow(work: () => Promise<void>): Promise<CpuReading | null>;
  /** JS heap in use after a full GC, MB; null where not measurable. */
  heapAfterGcMb(): Promise<number | null>;
  /** Like heapAfterGcMb, in both browsers (slower in Firefox: use it for a few readings). */
  jsHeapMb(): Promise<number | null>;
  /**
   * Runs `load` (a navigation to `url` and its wait) under the browser's own
   * tracing (Chromium: trace events; Firefox: the Gecko profiler) and splits
   * the page's main-thread time by kind of work; `ourPrefix` (an extension's
   * base URL) marks the work done by its scripts. Null when not measurable.
   */
  splitLoad(url: string, ourPrefix: string | null, load: () => Promise<void>): Promise<MainThreadSplit | null>;
  close(): Promise<void>;
}

function toReading(m: Record<string, number>): CpuReading {
  return {
    taskMs: (m.TaskDuration ?? 0) * 1000,
    scriptMs: (m.ScriptDuration ?? 0) * 1000,
    layoutMs: (m.LayoutDuration ?? 0) * 1000,
    styleMs: (m.RecalcStyleDuration ?? 0) * 1000,
  };
}

function diff(a: CpuReading, b: CpuReading): CpuReading {
  const d = (x: number | null, y: number | null) => (x === null || y === null ? null : y - x);
  return { taskMs: b.taskMs - a.taskMs, scriptMs: d(a.scriptMs, b.scriptMs), layoutMs: d(a.layoutMs, b.layoutMs), styleMs: d(a.styleMs, b.styleMs) };
}

class ChromiumMeteredPage implements MeteredPage {
  constructor(
    readonly page: TestPage,
    private readonly cdp: CdpSession,
  ) {}

  async measureLoad(load: () => Promise<void>): Promise<CpuReading | null> {
    await load();
    return toReading(await performanceMetrics(this.cdp));
  }

  async measureWindow(work: () => Promise<void>): Promise<CpuReading | null> {
    const a = toReading(await performanceMetrics(this.cdp));
    await work();
    const b = toReading(await performanceMetrics(this.cdp));
    return diff(a, b);
  }

  async heapAfterGcMb(): Promise<number | null> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    const m = await performanceMetrics(this.cdp);
    return typeof m.JSHeapUsedSize === 'number' ? m.JSHeapUsedSize / 1e6 : null;
  }

  jsHeapMb(): Promise<number | null> {
    return this.heapAfterGcMb();
  }

  async splitLoad(url: string, ourPrefix: string | null, load: () => Promise<void>): Promise<MainThreadSplit | null> {
    const events = await traceWith(this.cdp, LOAD_TRACE_CATEGORIES, load);
    return splitMainThread(events, url, ourPrefix);
  }

  async close(): Promise<void> {
    await this.cdp.detach();
    await this.page.close();
  }
}

interface BiDi {
  send<T>(method: string, params?: Record<string, unknown>): Promise<T>;
}

class FirefoxMeteredPage implements MeteredPage {
  private chromeContext: string | null = null;

  constructor(
    readonly page: TestPage,
    private readonly bidi: BiDi,
  ) {}

  /** The pid of the content process showing `url`'s document, or null. */
  private async chrome(): Promise<string | null> {
    if (!this.chromeContext) {
      const tree = await this.bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
      this.chromeContext = tree.contexts[0]?.context ?? null;
    }
    return this.chromeContext;
  }

  private async pidOf(url: string): Promise<number | null> {
    if (!(await this.chrome())) return null;
    const expression =
      `(async () => { const info = await ChromeUtils.requestProcInfo(); ` +
      `const url = ${JSON.stringify(url)}; ` +
      `const hit = info.children.find((c) => (c.windows || []).some((w) => w.documentURI && w.documentURI.spec === url)); ` +
      `return hit ? hit.pid : -1; })()`;
    const r = await this.bidi.send<{ type: string; result?: { value?: number } }>('script.evaluate', {
      expression,
      target: { context: this.chromeContext },
      awaitPromise: true,
    });
    const pid = r.type === 'success' ? r.result?.value : undefined;
    return typeof pid === 'number' && pid > 0 ? pid : null;
  }

  private async cpuNs(pid: number): Promise<number | null> {
    try {
      const text = await readFile(`/proc/${pid}/task/${pid}/schedstat`, 'utf8');
      const ns = Number(text.split(/\s+/)[0]);
      return Number.isFinite(ns) ? ns : null;
    } catch {
      return null;
    }
  }

  private async currentUrl(): Promise<string> {
    return this.page.evaluate(() => location.href);
  }

  private async reading(): Promise<{ pid: number; ns: number } | null> {
    const pid = await this.pidOf(await this.currentUrl());
    if (pid === null) return null;
    const ns = await this.cpuNs(pid);
    return ns === null ? null : { pid, ns };
  }

  private async around(work: () => Promise<void>): Promise<CpuReading | null> {
    const a = await this.reading();
    await work();
    const b = await this.reading();
    if (!a || !b || a.pid !== b.pid) return null;
    return { taskMs: (b.ns - a.ns) / 1e6, scriptMs: null, layoutMs: null, styleMs: null };
  }

  measureLoad(load: () => Promise<void>): Promise<CpuReading | null> {
    return this.around(load);
  }

  measureWindow(work: () => Promise<void>): Promise<CpuReading | null> {
    return this.around(work);
  }

  async heapAfterGcMb(): Promise<number | null> {
    return null;
  }

  async jsHeapMb(): Promise<number | null> {
    const pid = await this.pidOf(await this.currentUrl());
    const context = await this.chrome();
    if (pid === null || !context) return null;
    const expression =
      `(async () => { const mgr = Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager); ` +
      `await new Promise((done) => mgr.minimizeMemoryUsage(done)); ` +
      `const tag = ${JSON.stringify(`(pid ${pid})`)}; let bytes = 0; ` +
      `await new Promise((done) => mgr.getReports((proc, path, kind, units, amount) => { ` +
      `if (proc.endsWith(tag) && path.startsWith('js-main-runtime-gc-heap-committed/used/')) bytes += amount; }, null, done, null, false)); ` +
      `return bytes; })()`;
    const r = await this.bidi.send<{ type: string; result?: { value?: number } }>('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
    });
    const bytes = r.type === 'success' ? r.result?.value : undefined;
    return typeof bytes === 'number' && bytes > 0 ? bytes / 1e6 : null;
  }

  async splitLoad(url: string, ourPrefix: string | null, load: () => Promise<void>): Promise<MainThreadSplit | null> {
    const context = await this.chrome();
    if (!context) return null;
    return profiledSplit(this.bidi, context, ourPrefix, load, () => this.pidOf(url));
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

/** A new page with a main-thread meter. */
export async function newMeteredPage(session: BrowserSession): Promise<MeteredPage> {
  if (session.name === 'chromium') {
    const { page, cdp } = await newPageWithCdp(session);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    return new ChromiumMeteredPage(page, cdp);
  }
  const bidi = (session as unknown as { bidi?: BiDi }).bidi;
  if (!bidi) throw new Error('Firefox session without a BiDi connection');
  return new FirefoxMeteredPage(await session.newPage(), bidi);
}
