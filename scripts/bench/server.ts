/**
 * The benchmark's own small HTTP server on 127.0.0.1 (the project's static
 * server serves only tests/pages and the shared pages):
 *   /bench/blank.html            an empty page (a same-origin start point)
 *   /bench/synthetic-<key>.html  a synthetic news page (see synthetic-page.ts)
 *   /bench/no-names.html         a synthetic article of 30,000 characters without any name
 *   /bench/changing.html         a synthetic page whose script rewrites text nodes
 *   /bench/stress-<name>.html    tests/pages/stress-<name>.html (the stress pages)
 * Pages are generated (or read) once, on first request, and kept in memory.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { changingPageHtml } from './changing-page';
import { MB, syntheticPage } from './synthetic-page';

export interface BenchPageInfo {
  textChars: number;
  textNodes: number;
  names: number;
  htmlBytes: number;
}

export interface BenchServer {
  url: string;
  /** Facts about a generated page (generating it if needed). */
  info(path: string): BenchPageInfo;
  close(): Promise<void>;
}

export interface BenchServerOptions {
  aliases: readonly string[];
  /** Synthetic page sizes in MB of text, by key: { '1mb': 1 }. */
  sizes: Record<string, number>;
  /** Text of the changing page (MB). */
  changingSizeMb: number;
  /** tests/pages, where the stress pages are (none served without it). */
  testPagesDir?: string;
}

/** An ordinary article's length of text (the saved pages hold 6,000 to 70,000 characters of prose). */
export const NO_NAMES_CHARS = 30_000;

const BLANK = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>\n';

export async function startBenchServer(opts: BenchServerOptions): Promise<BenchServer> {
  const cache = new Map<string, { html: Buffer; info: BenchPageInfo }>();

  const build = (path: string): { html: Buffer; info: BenchPageInfo } | null => {
    const hit = cache.get(path);
    if (hit) return hit;
    let page: { html: string; textChars: number; textNodes: number; names: number } | null = null;
    const m = /^\/bench\/synthetic-([a-z0-9.]+)\.html$/.exec(path);
    if (m && opts.sizes[m[1]!] !== undefined) {
      page = syntheticPage({ textChars: opts.sizes[m[1]!]! * MB, aliases: opts.aliases, title: `Synthetic news page, ${m[1]}` });
    } else if (path === '/bench/no-names.html') {
      page = syntheticPage({ textChars: NO_NAMES_CHARS, aliases: opts.aliases, namesPerMb: 0, title: 'A news article without any name' });
    } else if (path === '/bench/changing.html') {
      page = changingPageHtml(opts.aliases, opts.changingSizeMb);
    } else if (opts.testPagesDir && /^\/bench\/stress-[a-z0-9-]+\.html$/.test(path)) {
      let html: string;
      try {
        html = readFileSync(join(opts.testPagesDir, path.slice('/bench/'.length)), 'utf8');
      } catch {
        return null;
      }
      page = { html, textChars: 0, textNodes: 0, names: 0 };
    } else if (path === '/bench/blank.html') {
      page = { html: BLANK, textChars: 0, textNodes: 0, names: 0 };
    }
    if (!page) return null;
    const html = Buffer.from(page.html, 'utf8');
    const entry = {
      html,
      info: { textChars: page.textChars, textNodes: page.textNodes, names: page.names, htmlBytes: html.length },
    };
    cache.set(path, entry);
    return entry;
  };

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    let page: { html: Buffer } | null;
    try {
      page = req.method === 'GET' || req.method === 'HEAD' ? build(path) : null;
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Server error: ${String(error)}\n`);
      return;
    }
    if (!page) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': page.html.length,
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : page.html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    info(path: string) {
      const page = build(path);
      if (!page) throw new Error(`The bench server has no page ${path}`);
      return page.info;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
