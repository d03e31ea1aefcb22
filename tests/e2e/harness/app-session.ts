import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { AppPage } from '../pages/app-page';
import { launchBrowser, newAppPage, type AppContext } from './browser';
import { PlannerBridge } from './planner-bridge';
import { startStaticServer, type StaticServer } from './server';

/** One browser and one server per test file; a fresh page, bridge and temp folder per test. */
export interface FileSession {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startFileSession(): Promise<FileSession> {
  const [browser, server] = await Promise.all([launchBrowser(), startStaticServer()]);
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface TestApp extends AppContext {
  app: AppPage;
  bridge: PlannerBridge;
  /** A temp folder for this test's files, removed by close(). */
  dir: string;
  /** Closes the page; when `task` failed, first keeps a screenshot in tests/.output/failures/. */
  close(task?: { name: string; result?: { state?: string } }): Promise<void>;
}

const FAILURES = fileURLToPath(new URL('../../.output/failures/', import.meta.url));

export async function openApp(
  session: FileSession,
  options: { viewport?: { width: number; height: number }; recoveryDir?: string; systemLocale?: string } = {},
): Promise<TestApp> {
  const ctx = await newAppPage(session.browser, options.viewport, options.systemLocale);
  const bridge = new PlannerBridge(ctx.page, { recoveryDir: options.recoveryDir });
  await bridge.install();
  const app = new AppPage(ctx.page, bridge, session.server.origin);
  await app.goto();
  const dir = await mkdtemp(join(tmpdir(), 'aiplan-e2e-'));
  return {
    ...ctx,
    app,
    bridge,
    dir,
    close: async (task) => {
      if (task?.result?.state === 'fail') {
        await mkdir(FAILURES, { recursive: true });
        const name = task.name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 80);
        await ctx.page.screenshot({ path: join(FAILURES, `${name}.png`) }).catch(() => undefined);
        if (ctx.pageErrors.length) console.error(`Page errors in "${task.name}":\n${ctx.pageErrors.join('\n')}`);
      }
      await ctx.context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The usual lifecycle of an end-to-end test file: one browser and server for the file, a fresh app
 * per test (handed to `onOpen` for the file's own setup), closed after each test with a screenshot
 * on failure.
 */
export function useAppPerTest(onOpen: (app: TestApp) => Promise<void> | void): { readonly session: FileSession } {
  const files = useFileSession();
  let current: TestApp | undefined;
  beforeEach(async () => {
    current = await openApp(files.session);
    await onOpen(current);
  });
  afterEach(async ({ task }) => {
    await current?.close(task);
    current = undefined;
  });
  return files;
}

/** One browser and server for the test file: started before its tests, closed after them. */
export function useFileSession(): { readonly session: FileSession } {
  let session: FileSession | undefined;
  beforeAll(async () => {
    session = await startFileSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  return {
    get session() {
      if (!session) throw new Error('the e2e session starts in beforeAll');
      return session;
    },
  };
}
