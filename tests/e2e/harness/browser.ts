import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { pinnedNow } from './pinned-clock';
import { RENDERER_DIR } from './server';

/** Debian's chromium, launched as TOOLCHAIN.md says; one browser per test file. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error(`No built renderer in ${RENDERER_DIR}: run \`npx electron-vite build\` first (npm test does).`);
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface AppContext {
  context: BrowserContext;
  page: Page;
  /** Every request the page made, to any origin (a later test asserts nothing leaves the app). */
  pageRequests: string[];
  /** Console errors and uncaught exceptions in the page, including CSP violations. */
  pageErrors: string[];
}

/**
 * A fresh context and page at projector size (1280×720), its clock pinned (pinned-clock.ts): `Date`
 * reads the pinned moment while timers and `performance.now` run as usual. `locale` is the system
 * language the page sees (navigator.languages), British English unless a test says otherwise.
 */
export async function newAppPage(browser: Browser, viewport = { width: 1280, height: 720 }, locale = 'en-GB'): Promise<AppContext> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale });
  await context.clock.setFixedTime(pinnedNow());
  const page = await context.newPage();
  const pageRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request: Request) => pageRequests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return { context, page, pageRequests, pageErrors };
}
