import { readFile } from 'node:fs/promises';
import { SECURITY_HEADERS } from '../security/csp';
import { mimeTypeFor, resolveAppPath } from './resolve-app-path';

/**
 * The app:// request handler, free of Electron so it can be tested with plain Fetch API objects:
 * GET and HEAD of the bundle's own files, with their MIME type and the CSP; anything else is a
 * 404 or 405 that still carries the CSP.
 */
export function createBundleHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const filePath = resolveAppPath(rootDir, request.url);
    if (!filePath) return plain(404, 'Not found');
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = new Uint8Array(await readFile(filePath));
    } catch {
      return plain(404, 'Not found');
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(filePath), 'Cache-Control': 'no-cache' };
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
