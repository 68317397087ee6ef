/**
 * Where a page's main-thread time goes in Firefox, from the Gecko profiler:
 * the thread CPU time of each sample of the page's content process main
 * thread (the "cpu" feature's threadCPUDelta), by the profiler's category
 * of the sample's innermost labelled frame, and whether an extension's
 * script is on the stack (a frame from a moz-extension: URL). Started and
 * read in the browser's chrome scope through WebDriver BiDi; the profile is
 * summarised there, so that only a few numbers cross the connection.
 */
import { emptyKinds, type KindTimes, type MainThreadSplit, type WorkKind } from './trace-split';

interface BiDi {
  send<T>(method: string, params?: Record<string, unknown>): Promise<T>;
}

/** Sampling interval (ms): fine enough for the few milliseconds an extension adds. */
const INTERVAL_MS = 0.2;
/** Profiler buffer, in entries (8 bytes each): a few seconds of samples of every process's main thread. */
const ENTRIES = 1 << 23;

/** The Gecko category (and subcategory) of a sample → the kind of work it stands for; null for time that is no work (idle, the profiler itself). */
export function geckoKind(category: string, subcategory: string): WorkKind | null {
  switch (category) {
    case 'Idle':
    case 'Profiler':
      return null;
    case 'JavaScript':
      return subcategory === 'Parsing' || subcategory.startsWith('JIT Compile') ? 'compile' : 'script';
    // DOM calls made by scripts: Chromium counts them in the script that makes them.
    case 'DOM':
      return 'script';
    case 'Layout':
      return subcategory === 'Style computation' || subcategory === 'CSS parsing' || subcategory === 'Selector query' ? 'style' : 'layout';
    case 'Graphics':
      return 'paint';
    case 'GC / CC':
      return 'gc';
    default:
      return 'other';
  }
}

interface RawSummary {
  /** Thread CPU ms by "category/subcategory", and the same for samples with an extension frame on the stack. */
  total: Record<string, number>;
  ours: Record<string, number>;
  /** The samples with an extension frame, by their innermost labelled or JS frame and the innermost of the extension's. */
  oursByFrame: Record<string, number>;
  /** Of the samples with an extension frame, those inside the browser's own extension-API code (chrome: and resource: scripts). */
  oursInApiMs: number;
}

/**
 * Runs in Firefox's chrome scope (sent as source text): the page process's
 * main thread, summarised. Self-contained.
 */
export function summarizeProfile(profile: unknown, pid: number, ourPrefix: string): RawSummary | string {
  type Table = { schema: Record<string, number>; data: unknown[][] };
  type Thread = { name: string; pid: number | string; samples: Table; stackTable: Table; frameTable: Table; stringTable: string[] };
  type Profile = { meta: { categories: { name: string; subcategories: string[] }[] }; processes: { threads: Thread[] }[]; threads: Thread[] };
  const p = profile as Profile;
  const threads = [...p.threads, ...p.processes.flatMap((sp) => sp.threads)];
  const t = threads.find((th) => th.name === 'GeckoMain' && Number(th.pid) === pid);
  if (!t) return `no GeckoMain thread for pid ${pid}`;
  const cats = p.meta.categories;
  const ss = t.samples.schema;
  const st = t.stackTable.data;
  const stPrefix = t.stackTable.schema.prefix!;
  const stFrame = t.stackTable.schema.frame!;
  const fr = t.frameTable.data;
  const fLoc = t.frameTable.schema.location!;
  const fCat = t.frameTable.schema.category!;
  const fSub = t.frameTable.schema.subcategory!;
  const strings = t.stringTable;
  const keyOf = new Map<number, string>();
  const categoryOf = (stack: number): string => {
    let key = keyOf.get(stack);
    if (key !== undefined) return key;
    key = '?';
    for (let s: number | null = stack; s !== null && s !== undefined; s = st[s]![stPrefix] as number | null) {
      const f = fr[st[s]![stFrame] as number]!;
      const c = f[fCat] as number | null;
      if (c !== null && c !== undefined) {
        const cat = cats[c]!;
        key = `${cat.name}/${cat.subcategories[(f[fSub] as number | null) ?? 0] ?? 'Other'}`;
        break;
      }
    }
    keyOf.set(stack, key);
    return key;
  };
  /**
   * For a stack with an extension frame: its innermost labelled or JS frame
   * (native frames are bare addresses) beside the innermost of ours, and
   * whether the browser's extension-API code lies between them. Null for
   * any other stack.
   */
  const ourFrameOf = new Map<number, { frame: string; inApi: boolean } | null>();
  const oursAt = (stack: number): { frame: string; inApi: boolean } | null => {
    let found = ourFrameOf.get(stack);
    if (found !== undefined) return found;
    found = null;
    let inner: string | null = null;
    let inApi = false;
    for (let s: number | null = stack; s !== null && s !== undefined; s = st[s]![stPrefix] as number | null) {
      const loc = strings[fr[st[s]![stFrame] as number]![fLoc] as number] ?? '';
      if (inner === null && loc !== '' && !loc.startsWith('0x')) inner = loc;
      if (loc.includes('chrome://') || loc.includes('resource://')) inApi = true;
      if (loc.includes(ourPrefix)) {
        const own = loc.replace(ourPrefix, '');
        found = { frame: `${(inner ?? '?').replace(ourPrefix, '').slice(0, 100)} ← ${own.slice(0, 100)}`, inApi };
        break;
      }
    }
    ourFrameOf.set(stack, found);
    return found;
  };
  const total: Record<string, number> = {};
  const ours: Record<string, number> = {};
  const oursByFrame: Record<string, number> = {};
  let oursInApiMs = 0;
  for (const sample of t.samples.data) {
    const cpuNs = sample[ss.threadCPUDelta!] as number | null;
    const stack = sample[ss.stack!] as number | null;
    if (!cpuNs || stack === null || stack === undefined) continue;
    const ms = cpuNs / 1e6;
    const key = categoryOf(stack);
    total[key] = (total[key] ?? 0) + ms;
    const our = ourPrefix ? oursAt(stack) : null;
    if (our) {
      ours[key] = (ours[key] ?? 0) + ms;
      oursByFrame[our.frame] = (oursByFrame[our.frame] ?? 0) + ms;
      if (our.inApi) oursInApiMs += ms;
    }
  }
  return { total, ours, oursByFrame, oursInApiMs };
}

function toKinds(raw: Record<string, number>): KindTimes {
  const kinds = emptyKinds();
  for (const [key, ms] of Object.entries(raw)) {
    const slash = key.indexOf('/');
    const kind = slash < 0 ? 'other' : geckoKind(key.slice(0, slash), key.slice(slash + 1));
    if (kind) kinds[kind] += ms;
  }
  return kinds;
}

/** Profiles what `work` makes the main thread of process `pid()` do (pid asked for after the work, once the page is there). */
export async function profiledSplit(
  bidi: BiDi,
  chromeContext: string,
  ourPrefix: string | null,
  work: () => Promise<void>,
  pid: () => Promise<number | null>,
): Promise<MainThreadSplit | null> {
  const run = async (expression: string) => {
    const r = await bidi.send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } }>('script.evaluate', {
      expression,
      target: { context: chromeContext },
      awaitPromise: true,
    });
    if (r.type !== 'success') throw new Error(`Gecko profiler: ${r.exceptionDetails?.text ?? 'failed'}`);
    return r.result?.value;
  };
  await run(`(async () => { Services.profiler.StartProfiler(${ENTRIES}, ${INTERVAL_MS}, ['js', 'cpu'], ['GeckoMain']); return true; })()`);
  let raw: RawSummary | string;
  try {
    await work();
    const target = await pid();
    if (target === null) return null;
    raw = JSON.parse(
      (await run(
        `(async () => { const profile = await Services.profiler.getProfileDataAsync(); ` +
          `return JSON.stringify((${summarizeProfile.toString()})(profile, ${target}, ${JSON.stringify(ourPrefix ?? '')})); })()`,
      )) as string,
    ) as RawSummary | string;
  } finally {
    await run(`(async () => { Services.profiler.StopProfiler(); return true; })()`);
  }
  if (typeof raw === 'string') throw new Error(`Gecko profile: ${raw}`);
  const largestFirst = (r: Record<string, number>) => Object.entries(r).map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
  return {
    total: toKinds(raw.total),
    ours: toKinds(raw.ours),
    byName: largestFirst(raw.total),
    oursByFrame: largestFirst(raw.oursByFrame).slice(0, 40),
    oursInApiMs: raw.oursInApiMs,
  };
}
