// A tiny static file server for the end-to-end tests, bound to 127.0.0.1:
//   /pages/<file>       saved news pages (<shared dir>/pages)
//   /test-pages/<file>  tests/pages/
//   /demo/              a page generated from src/data/summit-article.txt
// It serves files only; it never makes a request of its own.
// The same files answer at http://localhost:<port> too (localhost resolves to
// 127.0.0.1 in both test browsers): a second origin, for cross-origin frames.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemoPage } from './demo-page.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared dir (holding pages/): $SUMMIT_SHARED_DIR, else ../shared beside the repo. */
export function sharedDir() {
  return process.env.SUMMIT_SHARED_DIR
    ? path.resolve(process.env.SUMMIT_SHARED_DIR)
    : path.resolve(repoRoot, '../shared');
}

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * Maps a URL path below a mount to a file inside `root`, or null when the
 * path is not acceptable (traversal, odd characters, empty).
 * @param {string} root
 * @param {string} rest  the raw (still percent-encoded) path after the mount
 */
function resolveInside(root, rest) {
  let decoded;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return null;
  }
  if (decoded === '' || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.' || s === '')) return null;
  const file = path.resolve(root, ...segments);
  if (!file.startsWith(root + path.sep)) return null;
  return file;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} body
 */
function sendText(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/**
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} url ends without a slash,
 *   e.g. "http://127.0.0.1:41234"
 */
export async function startServer({ port = 0 } = {}) {
  const mounts = [
    { prefix: '/pages/', root: path.join(sharedDir(), 'pages') },
    { prefix: '/test-pages/', root: path.join(repoRoot, 'tests/pages') },
  ];

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendText(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
        return;
      }
      const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      // Refuse any dot-dot, even percent-encoded, before looking further.
      if (/(^|\/)(\.|%2e){2}(\/|$)/i.test(pathname)) {
        sendText(res, 404, 'Not found\n');
        return;
      }

      if (pathname === '/demo') {
        sendText(res, 301, 'Moved\n', { Location: '/demo/' });
        return;
      }
      if (pathname === '/demo/' || pathname === '/demo/index.html') {
        const html = buildDemoPage();
        res.writeHead(200, {
          'Content-Type': TYPES['.html'],
          'Cache-Control': 'no-store',
          'Content-Length': Buffer.byteLength(html),
        });
        res.end(req.method === 'HEAD' ? undefined : html);
        return;
      }

      for (const { prefix, root } of mounts) {
        if (!pathname.startsWith(prefix)) continue;
        const file = resolveInside(root, pathname.slice(prefix.length));
        if (!file) break;
        let info;
        try {
          info = await stat(file);
        } catch {
          break;
        }
        if (!info.isFile()) break;
        res.writeHead(200, {
          'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
          'Content-Length': info.size,
          'X-Content-Type-Options': 'nosniff',
        });
        if (req.method === 'HEAD') {
          res.end();
          return;
        }
        const stream = createReadStream(file);
        stream.on('error', () => res.destroy());
        stream.pipe(res);
        return;
      }
      sendText(res, 404, 'Not found\n');
    } catch (error) {
      if (!res.headersSent) sendText(res, 500, `Server error: ${String(error)}\n`);
      else res.destroy();
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Static server has no TCP address.');

  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

// `node scripts/lib/static-server.mjs [port]` serves until interrupted.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.argv[2] ?? 0) });
  console.log(`Serving on ${url}  (/pages/…, /test-pages/…, /demo/)`);
}
