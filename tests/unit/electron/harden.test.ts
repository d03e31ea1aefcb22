import * as electron from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from '../../../electron/harden';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';
import { FakeSession, FakeWebContents } from './electron-fakes';

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule());

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb', 'unknown'];

describe('the session', () => {
  let session: FakeSession;
  beforeEach(() => {
    session = new FakeSession();
    hardenSession(session as unknown as electron.Session);
  });

  it('denies every permission request but full screen, which presenting asks for', () => {
    for (const permission of PERMISSIONS) {
      const callback = vi.fn();
      session.permissionRequestHandler!(...([{}, permission, callback, {}] as never[]));
      expect(callback, permission).toHaveBeenCalledWith(permission === 'fullscreen');
    }
  });

  it('denies every permission check, device and screen capture', () => {
    for (const permission of PERMISSIONS)
      expect(session.permissionCheckHandler!(...([null, permission, 'app://bundle', {}] as never[])), permission).toBe(false);
    expect(session.devicePermissionHandler!(...([{ deviceType: 'usb', origin: 'app://bundle' }] as never[]))).toBe(false);
    const callback = vi.fn();
    session.displayMediaRequestHandler!(...([{}, callback] as never[]));
    expect(callback).toHaveBeenCalledWith(null);
  });

  it('turns off the spell checker, which would download dictionaries', () => {
    expect(session.spellCheckerEnabled).toBe(false);
  });

  it('cancels every request that is not the app bundle', () => {
    const decide = (url: string) => {
      const callback = vi.fn();
      session.beforeRequest!(...([{ url, method: 'GET', resourceType: 'other' }, callback] as never[]));
      return callback.mock.calls[0]![0] as { cancel: boolean };
    };
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(decide('app://bundle/index.html')).toEqual({ cancel: false });
    expect(decide('data:font/woff2;base64,AA')).toEqual({ cancel: false });
    for (const url of ['https://example.org/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'ws://example.org/', 'app://evil/x.js'])
      expect(decide(url), url).toEqual({ cancel: true });
  });

  it('puts the strict CSP on every response, replacing any other', () => {
    const callback = vi.fn();
    session.headersReceived!(
      ...([
        { url: 'app://bundle/index.html', responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } },
        callback,
      ] as never[]),
    );
    const { responseHeaders } = callback.mock.calls[0]![0] as { responseHeaders: Record<string, string[]> };
    expect(responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(responseHeaders['content-security-policy']).toBeUndefined();
    expect(responseHeaders['X-Content-Type-Options']).toEqual(['nosniff']);
    expect(responseHeaders['Content-Type']).toEqual(['text/html']);
  });
});

describe('web contents', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    vi.mocked(electron.shell.openExternal).mockClear();
    contents = new FakeWebContents();
    hardenWebContents(contents as unknown as electron.WebContents);
  });

  it('refuses every navigation and redirect', () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://bundle/index.html', 'javascript:alert(1)']) {
      expect(contents.fire('will-navigate', url), `navigate ${url}`).toBe(true);
      expect(contents.fire('will-frame-navigate', url), `frame ${url}`).toBe(true);
      expect(contents.fire('will-redirect', url), `redirect ${url}`).toBe(true);
    }
  });

  it('refuses to attach a webview', () => {
    expect(contents.fire('will-attach-webview', {}, { src: 'https://evil.example/' })).toBe(true);
  });

  it('denies every new window and hands nothing to the OS: the UI has no links', () => {
    const open = (url: string) => contents.windowOpenHandler!({ url });
    for (const url of ['https://example.org/guide', 'mailto:board@example.org', 'http://example.org/', 'file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)', 'app://bundle/index.html', 'ms-msdt:x'])
      expect(open(url), url).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});
