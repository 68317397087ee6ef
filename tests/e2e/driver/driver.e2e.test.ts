/**
 * Self-check of the browser drivers, independent of the real extension: a
 * throwaway MV3 extension registers a CSS highlight on the first word of
 * every page; each browser is launched once (dark colour scheme) and the
 * checks below run against that session.
 */

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, waitFor, type Server } from '../support/harness.js';
import { browsersUnderTest, launchBrowser } from './launch.js';
import type { BrowserName, BrowserSession, TestPage } from './types.js';

const VIEWPORT = { width: 1024, height: 700 };

/** The few extension APIs these checks touch (same shape in both browsers). */
declare const chrome: {
  runtime: { id: string; getURL(path: string): string };
  action: { getBadgeText(details: object): Promise<string> };
};

// --- the throwaway extension ------------------------------------------------

const MANIFEST = {
  manifest_version: 3,
  name: 'Summit Lens driver check',
  version: '1.0.0',
  background: { service_worker: 'background.js', scripts: ['background.js'] },
  action: { default_title: 'driver check' },
  content_scripts: [
    { matches: ['<all_urls>'], js: ['content.js'], css: ['content.css'], run_at: 'document_idle' },
  ],
  browser_specific_settings: {
    gecko: {
      id: 'driver-check@summit-lens.test',
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  },
};

const BACKGROUND_JS = `
globalThis.driverCheckBackground = true;
chrome.action.setBadgeText({ text: 'DC' });
`;

const CONTENT_JS = `
console.warn('[driver check] content script ran');
(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (/\\S/.test(n.data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  const node = walker.nextNode();
  if (!node) return;
  const word = /\\S+/.exec(node.data);
  const range = new Range();
  range.setStart(node, word.index);
  range.setEnd(node, word.index + word[0].length);
  CSS.highlights.set('driver-check', new Highlight(range));
})();
`;

const CONTENT_CSS = `::highlight(driver-check) { background-color: rgb(255, 0, 0); color: rgb(255, 255, 255); }`;

const PAGE_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>driver check page</title></head>
<body><p>Extension page</p><script src="page.js"></script></body></html>`;

const PAGE_JS = `document.body.dataset.ready = chrome.runtime.id;`;

async function buildExtension(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'summit-driver-ext-'));
  await Promise.all([
    writeFile(path.join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2)),
    writeFile(path.join(dir, 'background.js'), BACKGROUND_JS),
    writeFile(path.join(dir, 'content.js'), CONTENT_JS),
    writeFile(path.join(dir, 'content.css'), CONTENT_CSS),
    writeFile(path.join(dir, 'page.html'), PAGE_HTML),
    writeFile(path.join(dir, 'page.js'), PAGE_JS),
  ]);
  return dir;
}

// --- the checks ---------------------------------------------------------------

let server: Server;
let extensionDir: string;
let scratchDir: string;

beforeAll(async () => {
  [server, extensionDir, scratchDir] = await Promise.all([
    startTestServer(),
    buildExtension(),
    mkdtemp(path.join(os.tmpdir(), 'summit-driver-out-')),
  ]);
});

afterAll(async () => {
  await server?.close();
  if (extensionDir) await rm(extensionDir, { recursive: true, force: true });
  if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
});

describe.each(browsersUnderTest())('%s driver', (name: BrowserName) => {
  let session: BrowserSession;
  let page: TestPage;

  beforeAll(async () => {
    const started = Date.now();
    session = await launchBrowser(name, { extensionDir, viewport: VIEWPORT, colorScheme: 'dark' });
    const launched = Date.now();
    page = await session.newPage();
    await page.goto(`${server.url}/demo/`);
    console.log(
      `${name} ${session.version}: launch ${launched - started} ms, first page ${Date.now() - launched} ms`,
    );
  }, 60_000);

  afterAll(async () => {
    if (!session) return;
    await session.close();
    // `closed` settles once the browser is gone.
    await Promise.race([
      session.closed,
      new Promise((_, reject) => setTimeout(() => reject(new Error('session.closed did not settle')), 10_000)),
    ]);
  }, 30_000);

  it('evaluates in the main world: arguments, results, promises, errors', { timeout: 15_000 }, async () => {
    const result = await page.evaluate(
      (a: number, b: { n: number; list: (string | null)[] }, c: undefined) => ({
        sum: a + b.n,
        list: b.list,
        undefinedArg: c === undefined,
        nested: { deep: [[1, { x: 'y' }]] },
        nan: NaN,
        title: document.title,
      }),
      2,
      { n: 40, list: ['x', null] },
      undefined,
    );
    expect(result).toEqual({
      sum: 42,
      list: ['x', null],
      undefinedArg: true,
      nested: { deep: [[1, { x: 'y' }]] },
      nan: NaN,
      title: 'Putin and Xi pose as a counterweight to the Western order',
    });
    expect(await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 20));
      return 'later';
    })).toBe('later');
    expect(await page.evaluate(() => undefined)).toBeUndefined();
    await expect(page.evaluate(() => {
      throw new Error('boom in page');
    })).rejects.toThrow(/boom in page/);
    // Main world, not an isolated one: page globals are visible.
    await page.evaluate(() => {
      (window as unknown as { pageGlobal: string }).pageGlobal = 'main';
    });
    expect(await page.evaluate(() => (window as unknown as { pageGlobal?: string }).pageGlobal)).toBe('main');
  });

  it('sees the content script highlight from the main world', { timeout: 15_000 }, async () => {
    const found = await waitFor(
      () => page.evaluate(() => [...(CSS.highlights.get('driver-check') ?? [])].map((range) => (range as Range).toString())),
      (texts) => texts.length > 0,
      { what: 'the driver-check highlight' },
    );
    const expected = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const word = /\S+/.exec((n as Text).data);
        if (word) return word[0];
      }
      return null;
    });
    expect(expected).toBe('Putin');
    expect(found).toEqual([expected]);
  });

  it('collects console messages and uncaught errors from the page and the content script', { timeout: 15_000 }, async () => {
    await page.evaluate(() => {
      console.error('[driver check] page error');
      setTimeout(() => {
        throw new Error('driver check uncaught');
      }, 0);
    });
    // The uncaught error reaches the console a turn after the call returns.
    const until = Date.now() + 5000;
    let entries = await page.consoleEntries();
    while (!entries.some((e) => e.kind === 'exception') && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
      entries = await page.consoleEntries();
    }
    const brief = entries.map((e) => `${e.kind}/${e.level}: ${e.text}`);
    expect(brief).toContain('console/warning: [driver check] content script ran');
    expect(brief).toContain('console/error: [driver check] page error');
    expect(brief.some((t) => /^exception\/error: .*driver check uncaught/.test(t)), brief.join('\n')).toBe(true);
    const fromContent = entries.find((e) => e.text === '[driver check] content script ran');
    expect(fromContent?.source).toMatch(/^(chrome|moz)-extension:\/\/.*content\.js$/);
  });

  it('reports the dark colour scheme and a mouse', { timeout: 10_000 }, async () => {
    expect(
      await page.evaluate(() => ({
        dark: matchMedia('(prefers-color-scheme: dark)').matches,
        light: matchMedia('(prefers-color-scheme: light)').matches,
        hover: matchMedia('(hover: hover)').matches,
        finePointer: matchMedia('(pointer: fine)').matches,
      })),
    ).toEqual({ dark: true, light: false, hover: true, finePointer: true });
  });

  it('hovers, clicks, presses keys and types', { timeout: 20_000 }, async () => {
    const box = await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { inputLog: string[] }).inputLog = log;
      const h1 = document.querySelector('h1')!;
      h1.addEventListener('mouseover', () => log.push('mouseover h1'));
      document.addEventListener('click', (e) => log.push(`click ${e.clientX},${e.clientY} ${(e.target as Element).tagName}`));
      document.addEventListener('keydown', (e) => log.push(`keydown ${e.key}${e.shiftKey ? ' shift' : ''}`));
      const input = document.createElement('input');
      input.id = 'driver-input';
      h1.after(input);
      const r = h1.getBoundingClientRect();
      return { x: Math.round(r.left + Math.min(r.width / 2, 100)), y: Math.round(r.top + r.height / 2) };
    });

    await page.mouseMove(box.x, box.y);
    expect(await page.evaluate(() => document.querySelector('h1')!.matches(':hover'))).toBe(true);
    await page.click(box.x, box.y);
    await page.press('Escape');
    await page.press('Shift+Tab');
    const log = await page.evaluate(() => (window as unknown as { inputLog: string[] }).inputLog);
    expect(log).toEqual([
      'mouseover h1',
      `click ${box.x},${box.y} H1`,
      'keydown Escape',
      'keydown Shift shift',
      'keydown Tab shift',
    ]);

    const inputBox = await page.evaluate(() => {
      const r = document.getElementById('driver-input')!.getBoundingClientRect();
      return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
    });
    await page.click(inputBox.x, inputBox.y);
    await page.type('Xi Jinping é');
    await page.press('Backspace');
    expect(
      await page.evaluate(() => [document.activeElement?.id, (document.getElementById('driver-input') as HTMLInputElement).value]),
    ).toEqual(['driver-input', 'Xi Jinping ']);
  });

  it('taps and long-presses with a finger', { timeout: 20_000 }, async () => {
    const box = await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { touchLog: string[] }).touchLog = log;
      const target = document.querySelector('h1')!;
      target.addEventListener('touchstart', () => log.push('touchstart'));
      target.addEventListener('touchend', () => log.push('touchend'));
      let downAt = 0;
      for (const type of ['pointerdown', 'pointerup'] as const) {
        target.addEventListener(type, (e) => {
          log.push(`${type} ${e.pointerType}`);
          if (type === 'pointerdown') downAt = e.timeStamp;
          else (window as unknown as { heldMs: number }).heldMs = e.timeStamp - downAt;
        });
      }
      target.addEventListener('click', () => log.push('click'));
      target.scrollIntoView({ block: 'center' });
      const r = target.getBoundingClientRect();
      return { x: Math.round(r.left + Math.min(r.width / 2, 100)), y: Math.round(r.top + r.height / 2) };
    });
    const readLog = () => page.evaluate(() => (window as unknown as { touchLog: string[] }).touchLog.splice(0));

    await page.tap(box.x, box.y);
    const tapped = await waitFor(() => page.evaluate(() => [...(window as unknown as { touchLog: string[] }).touchLog]), (log) => log.includes('click'), {
      what: 'the click after a tap',
    });
    expect(tapped).toEqual(['pointerdown touch', 'touchstart', 'pointerup touch', 'touchend', 'click']);
    await readLog();

    await page.longPress(box.x, box.y, 600);
    const held = (await readLog()).slice(0, 4);
    expect(held).toEqual(['pointerdown touch', 'touchstart', 'pointerup touch', 'touchend']);
    // The finger stayed down for the time asked (less a frame of event timestamp granularity).
    expect(await page.evaluate(() => (window as unknown as { heldMs: number }).heldMs)).toBeGreaterThan(550);
  });

  it('sets the viewport and takes a screenshot showing the highlight', { timeout: 20_000 }, async () => {
    await page.setViewport(800, 600);
    await page.evaluate(() => window.scrollTo(0, 0));
    const target = await page.evaluate(() => {
      const range = [...CSS.highlights.get('driver-check')!][0] as Range;
      const r = range.getBoundingClientRect();
      return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + 3), w: innerWidth, h: innerHeight };
    });
    expect([target.w, target.h]).toEqual([800, 600]);

    const file = path.join(scratchDir, `${name}.png`);
    await page.screenshot(file);
    const png = await readFile(file);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // The browser decodes its own screenshot (the page is ours: no CSP keeps out a data: image).
    const { width, height, pixel } = await page.evaluate(
      async (base64: string, x: number, y: number) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return { width: canvas.width, height: canvas.height, pixel: [...context.getImageData(x, y, 1, 1).data] };
      },
      png.toString('base64'),
      target.x,
      target.y,
    );
    expect([width, height]).toEqual([800, 600]);
    const [r, g, b] = pixel;
    // The ::highlight background is rgb(255, 0, 0).
    expect(r).toBeGreaterThan(200);
    expect(g).toBeLessThan(60);
    expect(b).toBeLessThan(60);
    await page.setViewport(VIEWPORT.width, VIEWPORT.height);
  });

  it('knows the extension base URL and evaluates in extension pages', { timeout: 20_000 }, async () => {
    const prefix = name === 'chromium' ? /^chrome-extension:\/\/[a-p]{32}\/$/ : /^moz-extension:\/\/[0-9a-f-]{36}\/$/;
    expect(session.extensionBaseUrl).toMatch(prefix);

    const extPage = await session.newPage();
    try {
      await extPage.goto(`${session.extensionBaseUrl}page.html`);
      const info = await extPage.evaluate(() => ({
        href: location.href,
        base: chrome.runtime.getURL(''),
        ready: document.body.dataset.ready,
        id: chrome.runtime.id,
        dark: matchMedia('(prefers-color-scheme: dark)').matches,
      }));
      expect(info.href).toBe(`${session.extensionBaseUrl}page.html`);
      expect(info.base).toBe(session.extensionBaseUrl);
      expect(info.ready).toBe(info.id);
      expect(info.dark).toBe(true);
    } finally {
      await extPage.close();
    }
  });

  it('evaluates in the extension context (service worker / extension tab)', { timeout: 20_000 }, async () => {
    const info = await session.evaluateInExtension(async (suffix: string) => ({
      url: chrome.runtime.getURL(suffix),
      badge: await chrome.action.getBadgeText({}),
    }), 'x.html');
    expect(info).toEqual({ url: `${session.extensionBaseUrl}x.html`, badge: 'DC' });
  });
});
