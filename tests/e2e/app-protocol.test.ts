import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBundleHandler } from '../../electron/protocol/serve-bundle';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/csp';
import { launchBrowser } from './harness/browser';
import { openApp, type FileSession, type TestApp } from './harness/app-session';
import { startAppProtocolServer } from './harness/app-protocol-server';
import { RENDERER_DIR } from './harness/server';
import { ExportPage } from './pages/export-page';

/*
 * The app:// handler against the built renderer (out/renderer, from `npx electron-vite build`):
 * every file the page loads is served with the type a browser needs and the production CSP, and a
 * page served that way starts the PDF worker and loads the embedded fonts.
 */

const EXPECTED_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
};

async function builtFiles(): Promise<string[]> {
  const entries = await readdir(RENDERER_DIR, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(RENDERER_DIR, join(e.parentPath, e.name)).split(sep).join('/'));
}

describe('the app:// handler and the built renderer', () => {
  it('serves every built file with its type, the production CSP and no sniffing', async () => {
    const handle = createBundleHandler(RENDERER_DIR);
    const files = await builtFiles();
    expect(files).toContain('index.html');
    expect(files.some((f) => /^assets\/pdf-worker-[\w-]+\.js$/.test(f))).toBe(true);
    // DejaVu Sans regular and bold, and the CJK face's regular and bold (read only for a plan that needs them).
    expect(files.filter((f) => f.endsWith('.ttf'))).toHaveLength(4);
    for (const file of files) {
      const extension = file.slice(file.lastIndexOf('.'));
      const response = await handle(new Request(`app://bundle/${file}`));
      expect(response.status, file).toBe(200);
      expect(response.headers.get('Content-Type'), file).toBe(EXPECTED_TYPES[extension] ?? `(a type for ${extension})`);
      expect(response.headers.get('Content-Security-Policy'), file).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('X-Content-Type-Options'), file).toBe('nosniff');
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(await readFile(join(RENDERER_DIR, file))));
    }
  });

  it('serves every file index.html and the scripts name, and nothing they name is missing', async () => {
    const handle = createBundleHandler(RENDERER_DIR);
    const files = await builtFiles();
    const texts = await Promise.all(files.filter((f) => /\.(html|js|css)$/.test(f)).map((f) => readFile(join(RENDERER_DIR, f), 'utf8')));
    const named = new Set<string>();
    // Vite names hashed files "name-HASH.ext" and refers to them by that name within assets/.
    for (const text of texts) for (const match of text.matchAll(/(?<=["'`/])[\w.-]+-[\w-]{8}\.(?:js|css|ttf|woff2?)(?=["'`?#])/g)) named.add(`assets/${match[0]}`);
    expect([...named].some((n) => n.includes('pdf-worker'))).toBe(true);
    expect([...named].filter((n) => n.endsWith('.ttf'))).toHaveLength(4);
    for (const name of named) expect((await handle(new Request(`app://bundle/${name}`))).status, name).toBe(200);
  });
});

describe('a page served by the app:// handler, in chromium', () => {
  let session: FileSession & { server: Awaited<ReturnType<typeof startAppProtocolServer>> };
  let t: TestApp | undefined;

  beforeAll(async () => {
    const [browser, server] = await Promise.all([launchBrowser(), startAppProtocolServer()]);
    session = { browser, server, close: async () => (await browser.close(), await server.close()) };
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async ({ task }) => {
    await t?.close(task);
  });

  it('starts the PDF worker and embeds the fonts, all from the bundle, with no CSP violation', async () => {
    t = await openApp(session);
    const workers: string[] = [];
    t.page.on('worker', (worker) => workers.push(worker.url()));
    await t.app.startFromExample();
    const exporting = new ExportPage(t.app);
    await exporting.openWithKeyboard();
    await expect.poll(() => exporting.exportButton.isEnabled(), { timeout: 10_000 }).toBe(true);
    const out = join(t.dir, 'board pack.pdf');
    await exporting.exportTo(out);
    expect(existsSync(out)).toBe(true);

    const served = session.server.responses;
    const worker = served.find((r) => /\/assets\/pdf-worker-[\w-]+\.js$/.test(r.url));
    expect(worker).toMatchObject({ status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8' } });
    expect(workers.some((url) => /\/assets\/pdf-worker-[\w-]+\.js$/.test(url))).toBe(true);
    // Had the worker failed to start, the page would have loaded the renderer's own copy instead.
    expect(served.filter((r) => /render-plan-pdf/.test(r.url))).toEqual([]);
    const fonts = served.filter((r) => r.url.endsWith('.ttf'));
    expect(fonts).toHaveLength(2);
    for (const font of fonts) expect(font).toMatchObject({ status: 200, headers: { 'content-type': 'font/ttf' } });
    for (const response of served) expect(response.headers['content-security-policy'], response.url).toBe(CONTENT_SECURITY_POLICY);
    expect(served.filter((r) => r.status !== 200)).toEqual([]);

    expect(execFileSync('pdffonts', [out], { encoding: 'utf8' })).toMatch(/DejaVuSans/);
    expect(t.pageRequests.filter((url) => !url.startsWith(session.server.origin))).toEqual([]);
    expect(t.pageErrors).toEqual([]);
  });
});
