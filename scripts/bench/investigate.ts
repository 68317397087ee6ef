/**
 * `node scripts/bench.mjs --investigate`: where the time goes, for budgets
 * the benchmark finds not met. Not part of the benchmark's figures.
 *  1. The scanner's phases timed one by one (phase-harness.ts) on the 1 MB
 *     synthetic page, in the page's main world and in an isolated world, in
 *     both browsers (no extension loaded).
 *  2. Chromium: a CPU profile of the content script (an unminified copy of
 *     dist/) while it highlights the 1 MB page, while a card opens, and of
 *     the popup loading; CDP metrics (style, layout) around them.
 */
import { build } from 'esbuild';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, type BrowserName, type BrowserSession } from '../../tests/e2e/driver/launch';
import { newPageWithCdp, performanceMetrics, type CdpSession } from '../../tests/e2e/driver/chromium-cdp';
import { aliasEntries } from '../../src/core/alias-entries';
import { dataset } from '../../src/data/entities';
import { dispatchMs, mainThreadEvents, styledFrames, traced } from './chromium-trace';
import { StatsReader } from './extension-calls';
import { cardIsOpen, clearSearchBox, highlightPoint, installKeystrokeProbe, keystrokeSamples, paintTiming, twoFrames } from './in-page';
import { SEARCH_QUERIES } from './node-figures';
import type { FlushPhases, Phases } from './phase-harness';
import { startBenchServer } from './server';
import { fmt, markdownTable, median, quantile } from './stats';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * In a page: registers `n` StaticRanges (one per text node) in a Highlight,
 * then times animation frames (rAF callback to after rendering) when nothing
 * changed, after appending one element to <body>, and after showing or hiding
 * a fixed element in a shadow root (what showing a hover card does: no DOM
 * change, one style change, away from the page's text).
 */
function framesWithRanges(n: number, declarations: string): Promise<{ idle: number; mutated: number; restyled: number }> {
  const style = document.createElement('style');
  style.textContent = declarations ? `::highlight(summit-lens-bench-frames) { ${declarations} }` : '';
  document.head.append(style);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const h = new Highlight();
  let k = 0;
  for (let t = walker.nextNode(); t && k < n; t = walker.nextNode()) {
    if ((t as Text).data.length < 4) continue;
    h.add(new StaticRange({ startContainer: t, startOffset: 0, endContainer: t, endOffset: 3 }));
    k++;
  }
  CSS.highlights.set('summit-lens-bench-frames', h);
  const host = document.createElement('summit-bench-card');
  host.style.cssText = 'position: fixed; top: 0; left: 0; width: 0; height: 0; display: block';
  const card = document.createElement('div');
  card.style.cssText = 'position: fixed; left: 10px; top: 10px; width: 300px; visibility: hidden';
  card.textContent = 'card';
  host.attachShadow({ mode: 'open' }).append(card);
  document.documentElement.append(host);
  const frame = (change: (() => void) | null) =>
    new Promise<number>((resolve) => {
      change?.();
      requestAnimationFrame(() => {
        const t = performance.now();
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now() - t);
        ch.port2.postMessage(null);
      });
    });
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  return (async () => {
    const idle: number[] = [];
    const mutated: number[] = [];
    const restyled: number[] = [];
    await frame(null);
    for (let i = 0; i < 9; i++) {
      idle.push(await frame(null));
      mutated.push(await frame(() => document.body.append(document.createElement('div'))));
      restyled.push(await frame(() => (card.style.visibility = card.style.visibility === 'hidden' ? 'visible' : 'hidden')));
    }
    host.remove();
    style.remove();
    return { idle: mid(idle), mutated: mid(mutated), restyled: mid(restyled) };
  })();
}

/** The ::highlight() declarations content.css gives each highlight style, read from the file so they cannot drift. */
async function highlightStylesOfContentCss(repoRoot: string): Promise<[string, string][]> {
  const css = await readFile(path.join(repoRoot, 'src/content/content.css'), 'utf8');
  const styles: [string, string][] = [['unstyled', '']];
  for (const m of css.matchAll(/::highlight\(summit-lens-(underline|background)\)\s*\{([^}]*)\}/g)) {
    styles.push([m[1]!, m[2]!.replace(/\s+/g, ' ').trim()]);
  }
  if (styles.length !== 3) throw new Error('content.css: expected ::highlight() rules for underline and background');
  return styles;
}

async function harnessScript(repoRoot: string): Promise<string> {
  const out = await build({
    absWorkingDir: repoRoot,
    stdin: {
      contents: "import { runFlush, runPhases } from './scripts/bench/phase-harness';\nglobalThis.__benchPhases = runPhases;\nglobalThis.__benchFlush = runFlush;\n",
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox142'],
    write: false,
    logLevel: 'error',
  });
  const code = out.outputFiles[0]!.text;
  return `(() => { ${code}\n; return JSON.stringify(location.pathname.endsWith('changing.html') ? globalThis.__benchFlush() : globalThis.__benchPhases()); })()`;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time by function (µs → ms), from a CDP profile. */
function selfTimes(profile: Profile): { name: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
  const byName = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id);
    if (!n) continue;
    const file = n.callFrame.url ? n.callFrame.url.split('/').pop() : '';
    const name = `${n.callFrame.functionName || '(anonymous)'}${file ? ` (${file}:${n.callFrame.lineNumber + 1})` : ''}`;
    byName.set(name, (byName.get(name) ?? 0) + us / 1000);
  }
  return [...byName].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

async function profiled<T>(cdp: CdpSession, work: () => Promise<T>): Promise<{ result: T; profile: Profile }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send<{ profile: Profile }>('Profiler.stop');
  return { result, profile };
}

/** dist/ with an unminified content.js and popup.js (readable profiles). */
async function readableDist(repoRoot: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'summit-bench-dist-'));
  await cp(path.join(repoRoot, 'dist'), dir, { recursive: true });
  await build({
    absWorkingDir: repoRoot,
    entryPoints: { content: 'src/content/index.ts', popup: 'src/popup/index.tsx' },
    outdir: dir,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox142'],
    minify: false,
    keepNames: false,
    charset: 'ascii',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return dir;
}

async function phasesIn<T>(session: BrowserSession, url: string, script: string, runs: number): Promise<{ main: T[]; isolated: T[] }> {
  const main: T[] = [];
  const isolated: T[] = [];
  if (session.name === 'chromium') {
    const { page, cdp } = await newPageWithCdp(session);
    for (let i = 0; i < runs; i++) {
      for (const world of ['main', 'isolated'] as const) {
        await page.goto(url);
        let contextId: number | undefined;
        if (world === 'isolated') {
          const { frameTree } = await cdp.send<{ frameTree: { frame: { id: string } } }>('Page.getFrameTree');
          ({ executionContextId: contextId } = await cdp.send<{ executionContextId: number }>('Page.createIsolatedWorld', {
            frameId: frameTree.frame.id,
            worldName: 'summit-bench',
          }));
        }
        const r = await cdp.send<{ result: { value: string }; exceptionDetails?: unknown }>('Runtime.evaluate', {
          expression: script,
          returnByValue: true,
          ...(contextId !== undefined ? { contextId } : {}),
        });
        if (r.exceptionDetails) throw new Error(`phase harness failed: ${JSON.stringify(r.exceptionDetails).slice(0, 300)}`);
        (world === 'main' ? main : isolated).push(JSON.parse(r.result.value) as T);
      }
    }
    await cdp.detach();
    await page.close();
  } else {
    const bidi = (session as unknown as { bidi: { send<T>(m: string, p: object): Promise<T> } }).bidi;
    const page = await session.newPage();
    const context = (page as unknown as { context: string }).context;
    for (let i = 0; i < runs; i++) {
      for (const world of ['main', 'isolated'] as const) {
        await page.goto(url);
        const r = await bidi.send<{ type: string; result?: { value?: string }; exceptionDetails?: { text?: string } }>('script.evaluate', {
          expression: script,
          target: world === 'main' ? { context } : { context, sandbox: 'summit-bench' },
          awaitPromise: false,
        });
        if (r.type !== 'success') throw new Error(`phase harness failed: ${r.exceptionDetails?.text}`);
        (world === 'main' ? main : isolated).push(JSON.parse(r.result!.value!) as T);
      }
    }
    await page.close();
  }
  return { main, isolated };
}

export async function investigate(opts: { repoRoot: string; browsers: BrowserName[]; log?: (s: string) => void }): Promise<string> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const entries = aliasEntries(dataset);
  const aliases = entries.filter((e) => e.entityId !== null && !e.needsContext).map((e) => e.text);
  const server = await startBenchServer({ aliases, sizes: { '1mb': 1 }, changingSizeMb: 0.25 });
  const url1 = `${server.url}/bench/synthetic-1mb.html`;
  const out: string[] = ['# Summit Lens benchmark: investigation', '', `${new Date().toISOString()}`, ''];
  const script = await harnessScript(opts.repoRoot);
  const RUNS = 3;
  try {
    // 1. Phases.
    const rows: string[][] = [];
    const flushRows: string[][] = [];
    const frameRows: string[][] = [];
    const highlightStyles = await highlightStylesOfContentCss(opts.repoRoot);
    const flushKeys: (keyof FlushPhases)[] = ['ranges', 'owners', 'deletes', 'deleteMs', 'rescanMs', 'addMs'];
    const keys: (keyof Phases)[] = ['floorMs', 'compileMs', 'walkMs', 'scanMs', 'rangesMs', 'highlightAddMs', 'highlightDeleteEachMs', 'highlightAddEachMs', 'isConnectedMs', 'parentNodeWalkMs', 'runs', 'matches'];
    for (const b of opts.browsers) {
      log(`  phases in ${b}…`);
      const session = await launchBrowser(b, {
        extensionDir: path.join(opts.repoRoot, 'dist'),
        withoutExtension: true,
        firefoxPrefs: { 'privacy.reduceTimerPrecision': false },
      });
      try {
        const { main, isolated } = await phasesIn<Phases>(session, url1, script, RUNS);
        rows.push([`${b} main world`, ...keys.map((k) => fmt(median(main.map((p) => p[k]))))]);
        rows.push([`${b} isolated world`, ...keys.map((k) => fmt(median(isolated.map((p) => p[k]))))]);
        const page = await session.newPage();
        for (const n of [0, 1, 40, 500, 2250, 9000]) {
          for (const [styleName, declarations] of highlightStyles) {
            if (n === 0 && declarations) continue;
            await page.goto(url1);
            const f = await page.evaluate(framesWithRanges, n, declarations);
            frameRows.push([b, String(n), n === 0 ? '—' : styleName, fmt(f.idle), fmt(f.mutated), fmt(f.restyled)]);
          }
        }
        await page.close();
        const flush = await phasesIn<FlushPhases>(session, `${server.url}/bench/changing.html`, script, RUNS);
        for (const [world, list] of [['main', flush.main], ['isolated', flush.isolated]] as const) {
          flushRows.push([`${b} ${world} world`, ...flushKeys.map((k) => fmt(median(list.map((p) => p[k]))))]);
        }
      } finally {
        await session.close();
      }
    }
    out.push('## The scanner\'s phases on the 1 MB synthetic page (ms, medians of 3 loads)', '');
    out.push(
      'floor = plain TreeWalker pass; compile = building the dictionary; walk = TextRunWalker into runs; scan = Matcher.scan over the runs; ' +
        'ranges = locate + new StaticRange per match; highlight add = Highlight.add of every range; delete/add each = one Highlight.delete/add in a set of all ranges; ' +
        'isConnected = Node.isConnected on every run owner; parentNode walk = up the tree from each run\'s first node.',
      '',
    );
    out.push(markdownTable(['where', ...keys.map((k) => k.replace(/Ms$/, ' ms'))], rows), '');
    out.push('## One flush of the changing page\'s changes (100 spans rewritten; ms, medians of 3 loads)', '');
    out.push(
      'For each changed block: delete its ranges from the Highlight (which holds all the page\'s ranges), rescan the block, add its new ranges — as PageScanner.flushMutations does.',
      '',
    );
    out.push(markdownTable(['where', ...flushKeys.map((k) => k.replace(/Ms$/, ' ms'))], flushRows), '');
    out.push('## A frame after a DOM change, by the number of StaticRanges registered (1 MB page, no extension; ms, median of 9)', '');
    out.push(
      'A hover card is rendered and placed during the dwell; showing it is one style change in a shadow root (last column). In Chromium that frame still costs in proportion to the ranges registered: ' +
        'after any change to the DOM or to style, Chromium rebuilds the markers of every registered range. ' +
        'A style that draws outside the text (content.css\'s underline: a text decoration) also makes it recompute the ink overflow of every text node under a range; a background does not. ' +
        'style = the ::highlight() declarations of content.css for that style (unstyled: none at all).',
      '',
    );
    out.push(
      markdownTable(['browser', 'ranges in CSS.highlights', 'style', 'idle frame ms', 'frame after appending one element ms', 'frame after showing a hidden fixed element in a shadow root ms'], frameRows),
      '',
    );

    // 2. Chromium profiles.
    if (opts.browsers.includes('chromium')) {
      log('  Chromium CPU profiles…');
      const dist = await readableDist(opts.repoRoot);
      const session = await launchBrowser('chromium', { extensionDir: dist });
      try {
        const stats = new StatsReader(session);
        const { page, cdp } = await newPageWithCdp(session);
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
        await page.goto(`${server.url}/bench/blank.html`);
        const { profile } = await profiled(cdp, async () => {
          await page.goto(url1);
          await stats.waitFor(url1, (s) => s.initialDoneAt >= 0);
          await sleep(300);
        });
        const m = await performanceMetrics(cdp);
        const st = await stats.read(url1);
        const top = selfTimes(profile).slice(0, 18);
        out.push('## Chromium: CPU profile of loading the 1 MB page with the extension (self time, ms)', '');
        out.push(
          `ScanStats: initialWorkMs ${fmt(st?.initialWorkMs)} in ${st?.initialSlices} slices; document totals (CDP): task ${fmt((m.TaskDuration ?? 0) * 1000)} ms, ` +
            `script ${fmt((m.ScriptDuration ?? 0) * 1000)} ms, layout ${fmt((m.LayoutDuration ?? 0) * 1000)} ms, style ${fmt((m.RecalcStyleDuration ?? 0) * 1000)} ms.`,
          '',
        );
        out.push(markdownTable(['function (file:line, unminified build)', 'self ms'], top.map((t) => [t.name, fmt(t.ms)])), '');

        // A hover.
        await page.evaluate(twoFrames);
        const point = await page.evaluate(highlightPoint, 40);
        if (point) {
          await page.evaluate(twoFrames);
          await page.mouseMove(2, 2);
          const before = await performanceMetrics(cdp);
          const { profile: hp } = await profiled(cdp, async () => {
            await page.mouseMove(point.x, point.y);
            for (let i = 0; i < 60 && !(await page.evaluate(cardIsOpen)); i++) await sleep(25);
            await page.evaluate(twoFrames);
          });
          const after = await performanceMetrics(cdp);
          const d = (k: string) => fmt(((after[k] ?? 0) - (before[k] ?? 0)) * 1000);
          const hs = await stats.read(url1);
          out.push('## Chromium: opening a card on the 1 MB page (self time, ms)', '');
          out.push(
            `HoverStats.lastOpenMs ${fmt(hs?.hover.lastOpenMs)}; main thread during the hover (CDP deltas): task ${d('TaskDuration')} ms, script ${d('ScriptDuration')} ms, ` +
              `layout ${d('LayoutDuration')} ms (${fmt((after.LayoutCount ?? 0) - (before.LayoutCount ?? 0))} layouts), style ${d('RecalcStyleDuration')} ms (${fmt((after.RecalcStyleCount ?? 0) - (before.RecalcStyleCount ?? 0))} recalcs).`,
            '',
          );
          out.push(markdownTable(['function', 'self ms'], selfTimes(hp).slice(0, 14).map((t) => [t.name, fmt(t.ms)])), '');
        }
        await cdp.detach();
        await page.close();

        // The popup.
        const pp = await newPageWithCdp(session);
        await pp.cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
        const popupUrl = `${session.extensionBaseUrl}popup.html`;
        await pp.page.goto(popupUrl);
        const { profile: pprof } = await profiled(pp.cdp, async () => {
          await pp.page.goto(popupUrl);
          await pp.page.evaluate(twoFrames);
        });
        const pm = await performanceMetrics(pp.cdp);
        const pt = await pp.page.evaluate(paintTiming);
        const nav = await pp.page.evaluate(() => {
          const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return { responseEnd: n.responseEnd, domInteractive: n.domInteractive, dcl: n.domContentLoadedEventEnd };
        });
        out.push('## Chromium: loading popup.html (self time, ms)', '');
        out.push(
          `FCP ${fmt(pt.fcp)} ms; responseEnd ${fmt(nav.responseEnd)} ms, domInteractive ${fmt(nav.domInteractive)} ms, DOMContentLoaded end ${fmt(nav.dcl)} ms; ` +
            `document main thread: task ${fmt((pm.TaskDuration ?? 0) * 1000)} ms, script ${fmt((pm.ScriptDuration ?? 0) * 1000)} ms, layout ${fmt((pm.LayoutDuration ?? 0) * 1000)} ms, style ${fmt((pm.RecalcStyleDuration ?? 0) * 1000)} ms.`,
          '',
        );
        out.push(markdownTable(['function', 'self ms'], selfTimes(pprof).slice(0, 14).map((t) => [t.name, fmt(t.ms)])), '');

        // Typing in the popup, traced: the browser's frame work beside what the page-side probe sees.
        await pp.page.evaluate(installKeystrokeProbe);
        const keyTrace = mainThreadEvents(
          await traced(pp.cdp, async () => {
            for (const q of SEARCH_QUERIES) {
              await pp.page.evaluate(clearSearchBox);
              await pp.page.evaluate(twoFrames);
              await pp.page.type(q);
              await pp.page.evaluate(twoFrames);
            }
          }),
        );
        const probe = await pp.page.evaluate(keystrokeSamples);
        const row = (figure: string, xs: number[]) => [figure, fmt(median(xs)), fmt(quantile(xs, 0.95)), String(xs.length)];
        out.push('## Chromium: typing in the popup, traced (ms; median / p95)', '');
        out.push(
          'The benchmark\'s "frame" is the wall-clock time from an animation frame callback to the next task; the trace gives the main thread\'s own work in each frame that restyled (ProxyMain::BeginMainFrame), and the time in the key\'s events (textInput holds the browser\'s editing of the field and our input handler with its render).',
          '',
        );
        out.push(
          markdownTable(
            ['figure', 'median', 'p95', 'count'],
            [
              row('probe: frame (rAF to next task)', probe.map((k) => k.frameMs)),
              row('probe: keydown to end of input handlers', probe.map((k) => k.scriptMs)),
              row('probe: input event, first to last listener', probe.map((k) => k.handlerMs)),
              row('trace: frame main-thread work', styledFrames(keyTrace)),
              row('trace: textInput event', dispatchMs(keyTrace, 'textInput')),
              row('trace: input event (our handler and render)', dispatchMs(keyTrace, 'input')),
            ],
          ),
          '',
        );
        await pp.cdp.detach();
        await pp.page.close();
      } finally {
        await session.close();
        await rm(dist, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  return out.join('\n') + '\n';
}
