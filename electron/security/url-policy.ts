/*
 * Which URLs the app may load, open or send, decided in one plain module so it can be tested
 * without Electron. The renderer lives at app://bundle/; nothing else is ever fetched.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A URL of the app's own bundle: app://bundle/…, no credentials, no port. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.host.toLowerCase() === APP_HOST &&
    u.username === '' &&
    u.password === ''
  );
}

export interface RequestPolicyOptions {
  /** The electron-vite dev server (http://localhost:port), allowed only in an unpackaged dev run. */
  devServerOrigin?: string | null;
}

/**
 * Requests the session lets through: the app's bundle, in-memory data and blob URLs, and the
 * developer tools' own pages. Everything else (http, https, file, ftp, ws…) is cancelled.
 */
export function isAllowedRequest(url: string, options: RequestPolicyOptions = {}): boolean {
  const u = parse(url);
  if (!u) return false;
  if (isAppUrl(url)) return true;
  if (u.protocol === 'data:' || u.protocol === 'devtools:') return true;
  if (u.protocol === 'blob:') return isAppUrl(u.pathname) || isDevServerUrl(u.pathname, options);
  return isDevServerUrl(url, options);
}

function isDevServerUrl(url: string, { devServerOrigin }: RequestPolicyOptions): boolean {
  if (!devServerOrigin) return false;
  const u = parse(url);
  const dev = parse(devServerOrigin);
  if (!u || !dev || !isLoopbackHost(dev.hostname)) return false;
  const sameHost = u.hostname === dev.hostname && u.port === dev.port;
  return sameHost && (u.protocol === dev.protocol || u.protocol === 'ws:');
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/**
 * Responses that get the app's CSP: everything except the developer tools' own pages and, in a dev
 * run, the Vite dev server (whose React refresh preamble is an inline script).
 */
export function needsSecurityHeaders(url: string, options: RequestPolicyOptions = {}): boolean {
  return !url.startsWith('devtools:') && !isDevServerUrl(url, options);
}
