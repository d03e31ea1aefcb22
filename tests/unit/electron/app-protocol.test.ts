import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mimeTypeFor, resolveAppPath } from '../../../electron/protocol/resolve-app-path';
import { createBundleHandler } from '../../../electron/protocol/serve-bundle';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule());

const ROOT = '/opt/planner/out/renderer';

describe('resolveAppPath', () => {
  it('serves index.html for app://bundle/ and maps plain paths into the bundle', () => {
    expect(resolveAppPath(ROOT, 'app://bundle/')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://bundle')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://bundle/index.html')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://bundle/assets/index-Bx1.js')).toBe(join(ROOT, 'assets', 'index-Bx1.js'));
    expect(resolveAppPath(ROOT, 'app://bundle/assets/font.woff2?v=3#x')).toBe(join(ROOT, 'assets', 'font.woff2'));
    expect(resolveAppPath(ROOT, 'app://bundle/assets/Łódź%20map.png')).toBe(join(ROOT, 'assets', 'Łódź map.png'));
  });

  it.each([
    ['parent segments', 'app://bundle/../../etc/passwd'],
    ['a parent segment in the middle', 'app://bundle/assets/../../secret'],
    ['encoded dots', 'app://bundle/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dots', 'app://bundle/%2E%2e/x'],
    ['half-encoded dots', 'app://bundle/.%2e/x'],
    ['an encoded slash', 'app://bundle/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash in a name', 'app://bundle/assets%2F..%2F..%2Fmain.js'],
    ['an absolute path after an encoded slash', 'app://bundle/%2Fetc%2Fpasswd'],
    ['a backslash', 'app://bundle/..\\..\\windows\\win.ini'],
    ['an encoded backslash', 'app://bundle/..%5c..%5cwindows%5cwin.ini'],
    ['a NUL byte', 'app://bundle/index.html%00.png'],
    ['a control character', 'app://bundle/a%0Ab.js'],
    ['a double slash (absolute path)', 'app://bundle//etc/passwd'],
    ['an empty host with an absolute path', 'app:///etc/passwd'],
    ['a drive letter', 'app://bundle/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://bundle/C%3A%5CWindows%5Cwin.ini'],
    ['double encoding of dots', 'app://bundle/%252e%252e/%252e%252e/etc/passwd'],
    ['double encoding of a slash', 'app://bundle/..%252f..%252fetc'],
    ['malformed encoding', 'app://bundle/%E0%A4%A'],
    ['a dot file', 'app://bundle/.vite/manifest.json'],
    ['a single dot segment', 'app://bundle/./index.html'],
    ['a directory', 'app://bundle/assets/'],
    ['another host', 'app://evil/index.html'],
    ['credentials', 'app://user:pw@bundle/index.html'],
    ['a port', 'app://bundle:8080/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://bundle/index.html'],
    ['not a URL at all', '../../etc/passwd'],
    ['an overlong path', `app://bundle/${'a/'.repeat(600)}x.js`],
  ])('refuses %s', (_why, url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it('never returns a path outside the root, whatever the URL', () => {
    const tricky = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '..%2f', '%2f', '%5c', '\\', '%00', 'C:', '%3a', '', '.', 'a', 'assets'];
    for (const a of tricky)
      for (const b of tricky) {
        const resolved = resolveAppPath(ROOT, `app://bundle/${a}/${b}/x.js`);
        if (resolved !== null) expect(resolved.startsWith(ROOT + '/')).toBe(true);
      }
  });

  it('names the MIME type of every kind of file the bundle holds', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/a.ttf')).toBe('font/ttf');
    expect(mimeTypeFor('/x/a.png')).toBe('image/png');
    expect(mimeTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
    expect(mimeTypeFor('/x/noextension')).toBe('application/octet-stream');
  });
});

describe('the app:// handler', () => {
  let root: string;
  let outside: string;
  beforeAll(async () => {
    outside = await mkdtemp(join(tmpdir(), 'aiplan-protocol-'));
    root = join(outside, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>AI Alignment Planner</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(root, 'assets', 'app.css'), 'body{}');
    await writeFile(join(outside, 'secret.txt'), 'secret');
  });
  afterAll(() => rm(outside, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => createBundleHandler(root)(new Request(url, { method }));

  it('serves index.html for app://bundle/ with its MIME type and the CSP', async () => {
    const response = await get('app://bundle/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('AI Alignment Planner');
  });

  it('serves scripts and styles with their MIME types', async () => {
    const js = await get('app://bundle/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    const css = await get('app://bundle/assets/app.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404, with the CSP, for a missing file or one outside the bundle', async () => {
    for (const url of ['app://bundle/missing.js', 'app://bundle/%2e%2e/secret.txt', 'app://bundle/..%2fsecret.txt', 'app://bundle/assets']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://bundle/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405);
  });

  it('is registered as a privileged standard, secure scheme before ready, without bypassing the CSP', async () => {
    const electron = await import('electron');
    const { registerAppScheme, serveAppBundle } = await import('../../../electron/protocol/app-protocol');
    registerAppScheme();
    const [schemes] = vi.mocked(electron.protocol.registerSchemesAsPrivileged).mock.calls[0]!;
    expect(schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    expect(schemes[0]!.privileges).not.toHaveProperty('bypassCSP');
    serveAppBundle(root);
    const [scheme, handler] = vi.mocked(electron.protocol.handle).mock.calls[0]!;
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://bundle/'));
    expect(response.status).toBe(200);
  });
});
