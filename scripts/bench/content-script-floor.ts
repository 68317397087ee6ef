/**
 * The floor under the page-load budgets: what a page pays for the
 * extension's content scripts before any of their work. Builds made from the
 * measured one that do less are loaded beside it:
 * - "no content scripts": the same extension with none declared;
 * - "empty content.js alone": one declared file, empty (no early.js, no CSS);
 * - "empty content.js with content.css": the same and the style sheet where
 *   the build declares it, so that the sheet's part and early.js's part of
 *   the floor show apart;
 * - "empty content scripts": early.js and content.css as they are, and a
 *   content.js that does nothing (the browser still creates the content
 *   scripts' world, injects and runs all three).
 * Each runs in a browser of its own, with one without the extension, on
 * interleaved loads of the same page; the figures are the main-thread time
 * and JS heap each adds to the load without the extension.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, type BrowserName, type BrowserSession } from '../../tests/e2e/driver/launch';
import { newMeteredPage, type MeteredPage } from './cpu-meter';
import { median } from './stats';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface FloorBuild {
  name: string;
  dir: string;
}

export interface FloorRow {
  build: string;
  /** Median over the rounds of (load with this build − the load without the extension in the same round), ms. */
  addedMs: number | null;
  /** Median JS heap after GC with this build − without the extension, MB. */
  heapAddedMb: number | null;
}

export interface FloorFigures {
  browser: BrowserName;
  page: string;
  rounds: number;
  rows: FloorRow[];
}

interface ContentScript {
  js?: string[];
  css?: string[];
  [key: string]: unknown;
}

/** The floor builds, written under `workDir` from the measured build `distDir`, then that build itself. */
export async function floorBuilds(distDir: string, workDir: string): Promise<FloorBuild[]> {
  const manifest = JSON.parse(await readFile(path.join(distDir, 'manifest.json'), 'utf8')) as { content_scripts?: ContentScript[] };
  const scripts = manifest.content_scripts ?? [];
  const idle = scripts.find((s) => s.js?.includes('content.js'));
  if (!idle) throw new Error(`${distDir}/manifest.json declares no content.js`);
  const variant = async (name: string, dir: string, contentScripts: ContentScript[] | null, emptyContentJs: boolean) => {
    const out = path.join(workDir, dir);
    await rm(out, { recursive: true, force: true });
    await mkdir(workDir, { recursive: true });
    await cp(distDir, out, { recursive: true });
    const m: Record<string, unknown> = { ...manifest };
    if (contentScripts) m.content_scripts = contentScripts;
    else delete m.content_scripts;
    await writeFile(path.join(out, 'manifest.json'), JSON.stringify(m, null, 2));
    if (emptyContentJs) await writeFile(path.join(out, 'content.js'), 'void 0;\n');
    return { name, dir: out };
  };
  const { css: _css, ...idleWithoutCss } = idle;
  // The declared scripts without early.js: content.css stays on whichever entry declares it.
  const withoutEarly = scripts
    .map((s) => ({ ...s, js: (s.js ?? []).filter((f) => f !== 'early.js') }))
    .filter((s) => s.js.length > 0 || (s.css?.length ?? 0) > 0)
    .map(({ js, ...rest }) => (js.length > 0 ? { ...rest, js } : rest));
  return [
    await variant('no content scripts', 'floor-no-content-scripts', null, false),
    await variant('empty content.js alone', 'floor-empty-content-js', [{ ...idleWithoutCss, js: ['content.js'] }], true),
    await variant('empty content.js with content.css', 'floor-empty-content-js-css', withoutEarly, true),
    await variant('empty content scripts (early.js, content.css, empty content.js)', 'floor-empty-content-scripts', scripts, true),
    { name: 'this build', dir: distDir },
  ];
}

/**
 * Loads each page `rounds` times in each build's browser and once per round
 * without the extension. Firefox's heap reading takes about a second: it is
 * read in the first three rounds there.
 */
export async function measureFloors(
  browser: BrowserName,
  builds: FloorBuild[],
  pages: { name: string; url: string }[],
  blankUrl: string,
  rounds: number,
  firefoxPrefs: Record<string, string | number | boolean>,
): Promise<FloorFigures[]> {
  const sessions: BrowserSession[] = [];
  try {
    sessions.push(await launchBrowser(browser, { extensionDir: builds[builds.length - 1]!.dir, withoutExtension: true, firefoxPrefs }));
    for (const b of builds) sessions.push(await launchBrowser(browser, { extensionDir: b.dir, firefoxPrefs }));
    const meters: MeteredPage[] = [];
    for (const s of sessions) meters.push(await newMeteredPage(s));
    const out: FloorFigures[] = [];
    for (const page of pages) {
      const task: (number | null)[][] = meters.map(() => []);
      const heap: (number | null)[][] = meters.map(() => []);
      for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < meters.length; i++) {
          const mp = meters[i]!;
          await mp.page.goto(blankUrl);
          const cpu = await mp.measureLoad(async () => {
            await mp.page.goto(page.url);
            await sleep(1500);
          });
          task[i]!.push(cpu?.taskMs ?? null);
          if (browser === 'chromium' || r < 3) heap[i]!.push(await mp.jsHeapMb());
        }
      }
      const without = task[0]!;
      const heapWithout = median(heap[0]!);
      out.push({
        browser,
        page: page.name,
        rounds,
        rows: builds.map((b, j) => {
          const added = task[j + 1]!.map((ms, r) => (ms !== null && without[r] != null ? ms - without[r]! : null));
          const h = median(heap[j + 1]!);
          return { build: b.name, addedMs: median(added), heapAddedMb: h !== null && heapWithout !== null ? h - heapWithout : null };
        }),
      });
    }
    return out;
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
  }
}
