import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS } from '../../../electron/security/csp';

/** The built renderer, as electron-vite writes it. */
export const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export interface LoggedRequest {
  method: string;
  /** The request path and query, as the browser asked for it. */
  url: string;
  status: number;
}

export interface StaticServer {
  /** "http://127.0.0.1:<port>/" */
  origin: string;
  /** Every request the server answered, in order. */
  requests: LoggedRequest[];
  close(): Promise<void>;
}

/**
 * Serves the built renderer on 127.0.0.1 with the production security headers (the same CSP the
 * app:// protocol sends), so the end-to-end tests exercise what ships.
 */
export async function startStaticServer(root = RENDERER_DIR): Promise<StaticServer> {
  const requests: LoggedRequest[] = [];
  const rootWithSep = root.endsWith(sep) ? root : root + sep;

  const server: Server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    const finish = (status: number, headers: Record<string, string> = {}, body?: string) => {
      requests.push({ method: req.method ?? 'GET', url, status });
      res.writeHead(status, { ...SECURITY_HEADERS, 'Cache-Control': 'no-store', ...headers });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return finish(405, { Allow: 'GET, HEAD' });
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
    } catch {
      return finish(400);
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = normalize(join(root, pathname));
    if (!file.startsWith(rootWithSep)) return finish(403);
    try {
      const info = await stat(file);
      if (!info.isFile()) return finish(404);
      requests.push({ method: req.method ?? 'GET', url, status: 200 });
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': String(info.size),
        'Cache-Control': 'no-store',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch {
      finish(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found');
    }
  });

  return { ...(await listenOnLoopback(server)), requests };
}

/** Starts `server` on a free loopback port: its origin, and a close that drops open connections. */
export async function listenOnLoopback(server: Server): Promise<{ origin: string; close(): Promise<void> }> {
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
