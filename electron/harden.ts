import { shell, type Session, type WebContents } from 'electron';
import { SECURITY_HEADERS } from './security/csp';
import { isAllowedExternalUrl, isAllowedRequest, needsSecurityHeaders, type RequestPolicyOptions } from './security/url-policy';

/*
 * The session and web contents are locked down here; the decisions themselves (which URL, which
 * header) live in electron/security/ so they are tested without Electron.
 */

/** Denies every permission, cancels every request outside the bundle, and adds the CSP to responses. */
export function hardenSession(session: Session, policy: RequestPolicyOptions = {}): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
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
 * is refused. A link to https or mailto that asks for a new window opens in the user's browser or
 * mail program instead; nothing else ever leaves the app.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK only https and mailto pass isAllowedExternalUrl (security/url-policy.ts)
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
