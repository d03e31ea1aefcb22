import { createServer, type Server } from 'node:http';
import { Readable } from 'node:stream';
import { createBundleHandler } from '../../../electron/protocol/serve-bundle';
import { APP_ORIGIN } from '../../../electron/security/url-policy';
import { listenOnLoopback, RENDERER_DIR, type LoggedRequest, type StaticServer } from './server';

export interface AppProtocolRequest extends LoggedRequest {
  headers: Record<string, string>;
}

/**
 * The built renderer served by the app's own app:// handler (electron/protocol/serve-bundle.ts),
 * adapted to HTTP because Debian's chromium knows no app: scheme: each request becomes the
 * app://bundle Request Electron would hand the handler, and its Response goes back as it is.
 */
export async function startAppProtocolServer(root = RENDERER_DIR): Promise<StaticServer & { responses: AppProtocolRequest[] }> {
  const handle = createBundleHandler(root);
  const responses: AppProtocolRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    const response = await handle(new Request(`${APP_ORIGIN}${url}`, { method: req.method }));
    const headers = Object.fromEntries(response.headers.entries());
    responses.push({ method: req.method ?? 'GET', url, status: response.status, headers });
    res.writeHead(response.status, headers);
    if (!response.body) return res.end();
    Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res);
  });
  return { ...(await listenOnLoopback(server)), requests: responses, responses };
}
