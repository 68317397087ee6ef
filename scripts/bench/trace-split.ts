/**
 * Where a page's main-thread time goes, from Chromium's own trace events:
 * what the extension adds to a page load, split by kind of work (its world,
 * compiling and running its scripts, style, layout, paint, garbage
 * collection), read from the renderer main thread's trace in thread time.
 */
import type { CdpSession } from '../../tests/e2e/driver/chromium-cdp';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; type?: string; functionName?: string }; fileName?: string; worldName?: string; name?: string };
}

/** The categories a page-load trace needs (timeline, V8 execution and GC, the extensions' script injection). */
export const LOAD_TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'loading',
  'toplevel',
  'extensions',
  'disabled-by-default-v8.gc',
];

/** Records a trace of `work` with `categories`. */
export async function traceWith(cdp: CdpSession, categories: string[], work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const offData = cdp.on('Tracing.dataCollected', (p) => events.push(...(p.value as TraceEvent[])));
  const complete = new Promise<void>((resolve) => {
    const off = cdp.on('Tracing.tracingComplete', () => {
      off();
      resolve();
    });
  });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  try {
    await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    offData();
  }
  return events;
}

/** Kinds of main-thread work, in the order tables show them. */
export const WORK_KINDS = ['world', 'compile', 'script', 'style', 'layout', 'paint', 'gc', 'parse', 'other'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

const KIND_BY_NAME: [RegExp, WorkKind][] = [
  // Creating a script context: the page's own, or a content script's isolated world.
  [/^(V8\.DeserializeContext|ContextCreatedNotification|InstallConditionalFeatures|LocalWindowProxy::|WindowProxy::|v8\.newInstance|V8\.NewContext)/, 'world'],
  [/^(v8\.compile|V8\.CompileCode|V8\.ScriptCompiler|v8\.produceCache|v8\.compileModule|V8\.Compile|v8\.parseOnBackground|V8\.ParseProgram|V8\.ParseFunction|V8\.CompileLazy|V8\.CompileIgnition)/, 'compile'],
  [/^(v8\.run|v8\.callFunction|FunctionCall|EvaluateScript|RunMicrotasks|V8\.Execute|TimerFire|FireAnimationFrame|EventDispatch|v8\.evaluateModule|V8\.StackGuard|V8\.HandleInterrupts|BlinkScheduler_PerformMicrotaskCheckpoint|ScriptInjection::|v8\.callAsConstructor)/, 'script'],
  [/(recalcStyle|UpdateLayoutTree|rebuildLayoutTree|StyleEngine|StyleInvalidator|CSSParserImpl|ScheduleStyleRecalculation|ParseAuthorStyleSheet|Blink\.Style|StyleRecalc|InvalidateStyle|StyleSheet)/, 'style'],
  [/(Layout|performLayout|ShapeText|InlineNode|Shaping|HarfBuzz|FontCache|LayoutShift|Blink\.Layout)/i, 'layout'],
  [/(Paint|Raster|CompositingInputs|Composit|UpdateLifecycle|Commit|PrePaint|HitTest|LayerTree|BeginMainFrame|ProxyMain|Blink\.(Paint|PrePaint|CompositingInputs|Animate|UpdateViewportIntersection|IntersectionObservation)|IntersectionObserver|DisplayItem|cc::)/i, 'paint'],
  [/(GC|Scavenge|Sweep|Mark|BlinkGC|ThreadState::|CppGC|cppgc|Heap)/, 'gc'],
  [/(ParseHTML|HTMLDocumentParser|HTMLPreloadScanner|TextResourceDecoder|HTMLParser|BackgroundHTML)/, 'parse'],
];

const kindCache = new Map<string, WorkKind>();
export function kindOf(name: string): WorkKind {
  let kind = kindCache.get(name);
  if (kind === undefined) {
    kind = KIND_BY_NAME.find(([re]) => re.test(name))?.[1] ?? 'other';
    kindCache.set(name, kind);
  }
  return kind;
}

export type KindTimes = Record<WorkKind, number>;

export function emptyKinds(): KindTimes {
  return Object.fromEntries(WORK_KINDS.map((k) => [k, 0])) as KindTimes;
}

export interface MainThreadSplit {
  /** Thread time (ms) by kind of work, self time of each event, from the document's commit on. */
  total: KindTimes;
  /** Of which in the subtrees of the extension's own script runs (content scripts: evaluation, callbacks). */
  ours: KindTimes;
  /** Self time (ms) by event name, the largest first (for reading a trace). */
  byName: { name: string; ms: number }[];
  /** Firefox: the extension's samples by their innermost frame (self time, ms), the largest first (the first 40). */
  oursByFrame?: { name: string; ms: number }[];
  /** Firefox: of `ours`, the time inside the browser's own extension-API code (setting up `browser`, storage, messaging). */
  oursInApiMs?: number;
  /** Chromium: the garbage collector's pauses of the main thread. */
  gc?: GcPauses;
}

/**
 * The main thread's garbage-collection pauses in a load (Chromium's MajorGC
 * and MinorGC trace events, wall time: the thread does nothing else meanwhile).
 */
export interface GcPauses {
  count: number;
  totalMs: number;
  longestMs: number;
  /** Full (mark-compact) collections: on a page with a large DOM, their final pause traces all of it. */
  majorCount: number;
  majorLongestMs: number;
}

const GC_PAUSE_NAMES = new Set(['MajorGC', 'MinorGC']);

/** Sums up the GC pauses among a thread's complete events (those before `from` left out). */
export function gcPausesOf(events: readonly TraceEvent[], from = -Infinity): GcPauses {
  const out: GcPauses = { count: 0, totalMs: 0, longestMs: 0, majorCount: 0, majorLongestMs: 0 };
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || e.ts < from || !GC_PAUSE_NAMES.has(e.name)) continue;
    const ms = e.dur / 1000;
    out.count++;
    out.totalMs += ms;
    out.longestMs = Math.max(out.longestMs, ms);
    if (e.name === 'MajorGC') {
      out.majorCount++;
      out.majorLongestMs = Math.max(out.majorLongestMs, ms);
    }
  }
  return out;
}

interface Node {
  e: TraceEvent;
  end: number;
  kids: Node[];
  ours: boolean;
}

const threadMs = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** The renderer main thread (CrRendererMain) of the document that loaded `url`. */
function mainThreadOf(events: TraceEvent[], url: string): string | null {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const hits = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (names.get(key) !== 'CrRendererMain' || e.ph !== 'X') continue;
    hits.set(key, (hits.get(key) ?? 0) + (e.args?.data?.url === url ? 1000 : 1));
  }
  return [...hits].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Splits the main thread's work in a page-load trace. `ourUrlPrefix` is the
 * extension's base URL: script runs whose URL starts with it are ours, with
 * everything they cause synchronously (forced style and layout, GC).
 * `from`: only tasks that start after the first event naming `url` (the new
 * document's commit), so that the previous document's teardown is left out.
 */
export function splitMainThread(events: TraceEvent[], url: string, ourUrlPrefix: string | null): MainThreadSplit {
  const key = mainThreadOf(events, url);
  const total = emptyKinds();
  const ours = emptyKinds();
  const byName = new Map<string, number>();
  if (!key) return { total, ours, byName: [] };
  const xs = events
    .filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const start = xs.find((e) => e.args?.data?.url === url)?.ts ?? xs[0]?.ts ?? 0;
  const isOurs = (e: TraceEvent) => {
    if (!ourUrlPrefix) return false;
    const u = e.args?.data?.url ?? e.args?.fileName;
    return typeof u === 'string' && u.startsWith(ourUrlPrefix);
  };
  const stack: Node[] = [];
  const tops: Node[] = [];
  for (const e of xs) {
    const end = e.ts + e.dur!;
    while (stack.length > 0 && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const node: Node = { e, end, kids: [], ours: (parent?.ours ?? false) || isOurs(e) };
    if (parent) parent.kids.push(node);
    else tops.push(node);
    stack.push(node);
  }
  const visit = (n: Node) => {
    const self = threadMs(n.e) - n.kids.reduce((s, k) => s + threadMs(k.e), 0);
    if (self > 0) {
      const kind = kindOf(n.e.name);
      total[kind] += self;
      if (n.ours) ours[kind] += self;
      byName.set(n.e.name, (byName.get(n.e.name) ?? 0) + self);
    }
    for (const k of n.kids) visit(k);
  };
  for (const t of tops) if (t.e.ts >= start) visit(t);
  return {
    total,
    ours,
    byName: [...byName].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms),
    gc: gcPausesOf(xs, start),
  };
}
