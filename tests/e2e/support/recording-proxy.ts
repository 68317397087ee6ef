/**
 * A local HTTP proxy that a browser under test sends EVERY request through
 * (LaunchOptions.proxy): it writes each one down and forwards only those
 * addressed to the origins it is told to serve (the local test server);
 * anything else is refused at once and never leaves the machine.
 *
 * It sees what no in-browser hook can: requests from contexts the driver
 * cannot attach to (Firefox's background page) and from the browser itself.
 * What it cannot say is which context asked: see network-recorder.ts.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

export interface ProxiedRequest {
  /** "GET", "POST", … or "CONNECT" (an https:// or wss:// request: only its host and port are visible). */
  method: string;
  /** The absolute URL, or "host:port" for CONNECT. */
  url: string;
  /** Lower-case host name, without brackets or port. */
  host: string;
  /** Whether it was forwarded to one of the served origins. */
  forwarded: boolean;
}

export interface RecordingProxy {
  /** "127.0.0.1:<port>": the value for LaunchOptions.proxy. */
  readonly address: string;
  /** Everything seen so far, in arrival order. */
  records(): ProxiedRequest[];
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase());
}

function hostOf(authorityOrUrl: string): string {
  try {
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(authorityOrUrl) ? new URL(authorityOrUrl) : new URL(`http://${authorityOrUrl}`);
    return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return authorityOrUrl.toLowerCase();
  }
}

/**
 * @param serve origins (e.g. the test server's "http://127.0.0.1:41234") whose
 *   requests are forwarded; they must be loopback origins.
 */
export async function startRecordingProxy({ serve }: { serve: string[] }): Promise<RecordingProxy> {
  const served = new Set(
    serve.map((origin) => {
      const url = new URL(origin);
      if (!isLoopbackHost(url.hostname)) throw new Error(`The recording proxy serves loopback origins only, not ${origin}.`);
      return url.origin;
    }),
  );
  const seen: ProxiedRequest[] = [];

  const refuse = (res: ServerResponse, status: number, why: string): void => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
    res.end(`${why}\n`);
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const raw = req.url ?? '';
    let url: URL;
    try {
      url = new URL(raw); // a proxied request names the absolute URL
    } catch {
      seen.push({ method: req.method ?? '?', url: raw, host: '', forwarded: false });
      refuse(res, 400, 'This is a proxy: ask for an absolute URL.');
      return;
    }
    const forward = served.has(url.origin);
    seen.push({ method: req.method ?? '?', url: url.href, host: hostOf(url.href), forwarded: forward });
    if (!forward) {
      refuse(res, 403, 'Refused by the test proxy: the browser under test must not reach this host.');
      return;
    }
    const upstream = httpRequest(
      { host: url.hostname, port: url.port, method: req.method, path: `${url.pathname}${url.search}`, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => (res.headersSent ? res.destroy() : refuse(res, 502, `Upstream error: ${error.message}`)));
    req.pipe(upstream);
  };

  const onTunnel = (req: IncomingMessage, socket: Duplex): void => {
    // CONNECT (TLS) and Upgrade (WebSocket) are never needed by the local pages: refuse both.
    const target = req.method === 'CONNECT' ? (req.url ?? '') : new URL(req.url ?? '', 'http://invalid').href;
    seen.push({ method: req.method ?? '?', url: target, host: hostOf(target), forwarded: false });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  };

  const server = createServer(onRequest);
  server.on('connect', onTunnel);
  server.on('upgrade', onTunnel);
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The recording proxy has no TCP address.');

  return {
    address: `127.0.0.1:${address.port}`,
    records: () => [...seen],
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
