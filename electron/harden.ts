import type { Session, WebContents } from 'electron';
import { SECURITY_HEADERS } from './security/csp';
import { isAllowedRequest, needsSecurityHeaders, type RequestPolicyOptions } from './security/url-policy';

/*
 * The session and web contents are locked down here; the decisions themselves (which URL, which
 * header) live in electron/security/ so they are tested without Electron.
 */

/**
 * Denies every permission but full screen, cancels every request outside the bundle, and adds the
 * CSP to responses. Full screen is presenting's (renderer/presenting): the page is the app's own,
 * and Escape always gives the screen back.
 */
export function hardenSession(session: Session, policy: RequestPolicyOptions = {}): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === 'fullscreen'));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // Chromium's spell checker downloads its dictionaries from Google on Windows and Linux.
  session.setSpellCheckerEnabled(false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, policy);
    if (!allowed) console.warn(`Blocked a request outside the app: ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });

  session.webRequest.onHeadersReceived((details, callback) => {
    if (!needsSecurityHeaders(details.url, policy)) {
      callback({});
      return;
    }
    const replaced = new Set(Object.keys(SECURITY_HEADERS).map((name) => name.toLowerCase()));
    const responseHeaders: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {}))
      if (!replaced.has(name.toLowerCase())) responseHeaders[name] = value;
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) responseHeaders[name] = [value];
    callback({ responseHeaders });
  });
}

/**
 * The app is one page that never navigates: every navigation, redirect, new window and webview
 * is refused. The UI has no links, so nothing is handed to the browser or mail program either:
 * a window.open or target=_blank is denied outright.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
