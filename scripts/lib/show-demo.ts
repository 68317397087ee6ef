/**
 * What `npm start` does in a browser: open the demo article with the built
 * extension loaded. Uses the same drivers as the end-to-end tests.
 */
import { watch } from 'node:fs';
import path from 'node:path';
import { launchBrowser, type BrowserName } from '../../tests/e2e/driver/launch';
import { highlightCount, openCard, pointOnHighlight } from '../../tests/e2e/support/page-probes';
import { dataset } from '../../src/data/entities';
import { isPageSummary } from '../../src/common/messages';
import { askTab } from '../../tests/e2e/support/extension-probes';

export interface DemoReport {
  browser: string;
  total: number;
  counts: { id: string; name: string; kind: string; count: number }[];
  hovered: string;
  cardEntity: string;
}

interface DemoOptions {
  browser: BrowserName;
  url: string;
  extensionDir: string;
  screenshot?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Headless: load the demo, ask the extension what it found, open a card, take a screenshot. */
export async function showDemo(opts: DemoOptions): Promise<DemoReport> {
  const session = await launchBrowser(opts.browser, { extensionDir: opts.extensionDir, viewport: { width: 1100, height: 760 } });
  try {
    const page = await session.newPage();
    await page.goto(opts.url);
    // Wait until the highlights stop changing.
    let last = -1;
    for (let quiet = 0; quiet < 4; ) {
      await sleep(150);
      const n = await page.evaluate(highlightCount);
      quiet = n === last && n > 0 ? quiet + 1 : 0;
      last = n;
    }
    // The content script's own report, as the popup gets it.
    const summary = await askTab(session, opts.url, { type: 'summit-lens/get-page-summary' });
    if (!isPageSummary(summary)) throw new Error(`The content script did not answer: ${JSON.stringify(summary)}`);
    const byId = new Map(dataset.entities.map((e) => [e.id, e]));
    const counts = summary.counts.map(([id, count]) => ({
      id,
      name: byId.get(id)?.name ?? id,
      kind: byId.get(id)?.kind ?? '?',
      count,
    }));
    // Rest the pointer on a name, as a reader would.
    const point = await page.evaluate(pointOnHighlight, 3);
    if (!point) throw new Error('No highlighted name to hover');
    await page.mouseMove(point.x, point.y);
    let card = null;
    for (let i = 0; i < 40 && !card; i++) {
      await sleep(100);
      card = await page.evaluate(openCard);
    }
    if (!card?.entity) throw new Error(`No card opened on "${point.text}"`);
    if (opts.screenshot) await page.screenshot(opts.screenshot);
    return {
      browser: `${session.name} ${session.version}`,
      total: counts.reduce((s, c) => s + c.count, 0),
      counts,
      hovered: point.text,
      cardEntity: card.entity,
    };
  } finally {
    await session.close();
  }
}

/**
 * With a display: open the demo, rebuild and reload the extension whenever a
 * source file changes, and wait until the reader closes the browser.
 */
export async function openInteractive(
  opts: DemoOptions & { repoRoot: string; rebuild: () => Promise<boolean>; headless?: boolean },
): Promise<void> {
  const session = await launchBrowser(opts.browser, { extensionDir: opts.extensionDir, headless: opts.headless ?? false });
  const page = await session.newPage();
  await page.goto(opts.url);
  const stopWatching = watchSources(opts.repoRoot, async () => {
    console.log('Source changed: rebuilding…');
    if (!(await opts.rebuild())) return;
    // Reload from an extension page (it has the runtime API); the page closes with it.
    const ext = await session.newPage();
    try {
      await ext.goto(`${session.extensionBaseUrl}popup.html`);
      await ext.evaluate(() => {
        const g = globalThis as unknown as { browser?: { runtime: { reload(): void } }; chrome: { runtime: { reload(): void } } };
        setTimeout(() => (g.browser ?? g.chrome).runtime.reload(), 50);
      });
    } catch {
      // The extension page went away with the reload, as expected.
    }
    await sleep(1500);
    await ext.close().catch(() => {});
    await page.goto(opts.url).catch(() => {});
    console.log('Reloaded the extension and the demo page.');
  });
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    session.closed.then(resolve, resolve);
  });
  stopWatching();
  await session.close().catch(() => {});
}

/** Calls `onChange` (debounced) when anything the build reads changes. */
function watchSources(root: string, onChange: () => Promise<void>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = Promise.resolve();
  const fire = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(onChange).catch((err) => console.error(err));
    }, 300);
  };
  const watchers = ['src', '_locales', 'icons', 'manifest.json'].map((p) =>
    watch(path.join(root, p), { recursive: true }, fire),
  );
  return () => watchers.forEach((w) => w.close());
}
