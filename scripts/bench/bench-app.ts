import type { Browser } from 'playwright-core';
import { PlannerBridge } from '../../tests/e2e/harness/planner-bridge';
import { AppPage } from '../../tests/e2e/pages/app-page';

/**
 * The app in a page for timing, with init scripts installed before it starts. Not the harness's
 * newAppPage: that pins the page's clock, and a pinned performance.now runs on another timeline than
 * the long-task entries the benches compare it with.
 */
export async function openTimedApp(browser: Browser, origin: string, initScripts: readonly (string | (() => void))[] = []) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, locale: 'en-GB' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  // tsx compiles with esbuild's keepNames: functions sent into the page call a `__name` helper.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  const bridge = new PlannerBridge(page);
  await bridge.install();
  for (const script of initScripts) await page.addInitScript(script);
  const app = new AppPage(page, bridge, origin);
  await app.goto();
  return { context, page, pageErrors, bridge, app };
}
