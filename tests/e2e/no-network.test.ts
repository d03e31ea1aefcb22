import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openApp, startFileSession, type FileSession, type TestApp } from './harness/app-session';
import { ExportPage } from './pages/export-page';

/*
 * The built renderer, served with the production Content-Security-Policy, opens a plan with markup
 * and script in every text field, is edited and saved: every request stays on the app's own files,
 * and none of the injected script runs (no dialog, no marker, no image fetched from the markup).
 */

const MARKUP_FIXTURE = fileURLToPath(new URL('../fixtures/hostile/markup-in-text.aiplan', import.meta.url));

let session: FileSession;
let t: TestApp;
const dialogs: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  session = await startFileSession();
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  dialogs.length = 0;
  requests.length = 0;
  session.server.requests.length = 0;
  t = await openApp(session);
  t.context.on('request', (request) => requests.push(request.url()));
  t.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
});
afterEach(async ({ task }) => {
  await t?.close(task);
});

/** The markup fixture, each payload also setting a marker if it ever runs. */
async function hostilePlan(): Promise<string> {
  const text = (await readFile(MARKUP_FIXTURE, 'utf8')).replaceAll('alert(', '(window.__pwned=1,alert)(');
  const path = join(t.dir, 'markup.aiplan');
  await writeFile(path, text);
  return path;
}

async function visitEveryView(): Promise<void> {
  const tabs = t.page.getByRole('tab');
  const count = await tabs.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    await t.page.locator('.view').waitFor();
  }
  await tabs.first().click();
}

describe('nothing leaves the app, nothing injected runs', () => {
  it('opens, edits, saves and exports a plan with markup in every text field with no request beyond its own files', async () => {
    const { app, page, dir } = t;
    await app.openFile(await hostilePlan());
    await app.outline.waitFor();
    // Shown as text, exactly as written.
    expect(await app.planTitle()).toBe('<script>(window.__pwned=1,alert)("planner")</script>');
    expect(await app.pillarTitles()).toContain('<a href="https://example.invalid/steal">click</a> & <b>bold</b>');

    await visitEveryView();
    await app.addPillar('Safe pillar');
    await app.save(join(dir, 'markup saved.aiplan'));
    // Exporting loads the PDF worker and the embedded fonts: those too must come from the app.
    const exporting = new ExportPage(app);
    await exporting.openWithKeyboard();
    await exporting.exportTo(join(dir, 'markup.pdf'));
    expect((await stat(join(dir, 'markup.pdf'))).size).toBeGreaterThan(1000);
    expect(requests.some((url) => /\.ttf(\?|$)/.test(url))).toBe(true);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

    const origin = session.server.origin;
    // pageRequests was listening before the page loaded; `requests` also sees workers of the context.
    expect(t.pageRequests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(t.pageRequests.filter((url) => !url.startsWith(origin))).toEqual([]);
    // Every request the server saw was for a file of the built renderer (an <img src=x> rendered
    // as markup would have asked for /x and got a 404).
    expect(session.server.requests.filter((r) => r.status !== 200)).toEqual([]);
    expect(session.server.requests.every((r) => r.method === 'GET')).toBe(true);

    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('.app script, .app img[src="x"], .app svg[onload], .app a[href^="javascript:"], .app a[href^="https://example.invalid"]').count()).toBe(0);
    expect(t.pageErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  });

  it('ships the production Content-Security-Policy with the renderer', async () => {
    const response = await t.page.request.get(session.server.origin);
    const csp = response.headers()['content-security-policy'] ?? '';
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
    expect(directive('default-src')).toBe("default-src 'none'");
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('connect-src')).toMatch(/^connect-src '(none|self)'$/);
  });
});
