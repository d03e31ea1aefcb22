import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { savePlanFile } from '../../../electron/files/plan-file';
import { realPlanFs, type PlanFs } from '../../../electron/files/plan-fs';
import { parseInvokeArguments } from '../../../electron/ipc-guards';
import { createRecoveryHandlers } from '../../../electron/recovery/recovery-handlers';
import { StampBook } from '../../../electron/recovery/stamp-book';
import type { SaveConflict, SaveResult } from '../../../shared/ipc-contract';

/*
 * The recovery and disk-change part of `window.planner` in end-to-end tests, backed by the same Node
 * modules as electron/ipc.ts (recovery store, file stamps, plan files). Installed after the base
 * bridge, it wraps the page's frozen `window.planner` in a new one with the recovery methods added
 * and open/save taught to record and check file stamps, as main does.
 */
export class RecoveryBridge {
  /** Where recovery copies go; share it between pages to simulate a restart after a crash. */
  readonly recoveryDir: string;
  readonly stamps = new StampBook();
  /** The next save to the plan's own file fails with this errno (EACCES, ENOSPC, EBUSY…) on rename. */
  failNextSaveWith: string | null = null;
  readonly calls: string[] = [];

  constructor(recoveryDir?: string) {
    this.recoveryDir = recoveryDir ?? mkdtempSync(join(tmpdir(), 'aiplan-e2e-recovery-'));
  }

  async install(page: Page): Promise<void> {
    const recovery = createRecoveryHandlers(() => this.recoveryDir, this.stamps);
    /** Each channel validates its arguments with main's own guards. */
    const expose = <A extends unknown[], R>(name: string, method: Parameters<typeof parseInvokeArguments>[0] | null, run: (...args: A) => Promise<R>) =>
      page.exposeFunction(name, async (...raw: unknown[]) => {
        this.calls.push(name);
        if (method) {
          const parsed = parseInvokeArguments(method, raw);
          if (!parsed.ok) throw new Error(`Refused ${method}: ${parsed.reason}.`);
          return run(...(parsed.args as unknown as A));
        }
        return run(...(raw as A));
      });
    await expose('__recoveryWrite', 'writeRecovery', (docId: string, title: string, filePath: string | null, plan: unknown) => recovery.writeRecovery(docId, title, filePath, plan));
    await expose('__recoveryDiscard', 'discardRecovery', (docId: string) => recovery.discardRecovery(docId));
    await expose('__recoveryList', 'listRecoveries', () => recovery.listRecoveries());
    await expose('__recoveryRestore', 'restoreRecovery', (docId: string) => recovery.restoreRecovery(docId));
    await expose('__recoveryCheck', 'checkFileOnDisk', (path: string) => this.stamps.check(path));
    await expose('__recoveryRemember', null, (path: string) => this.stamps.remember(path));
    await expose('__recoveryBeforeSave', null, async (path: string, plan: unknown, overwrite: boolean): Promise<SaveResult | SaveConflict | null> => {
      const change = overwrite ? 'unchanged' : await this.stamps.check(path);
      if (change !== 'unchanged') return { status: 'conflict', path, change };
      const errno = this.failNextSaveWith;
      if (!errno) return null;
      this.failNextSaveWith = null;
      return savePlanFile(path, plan, { fs: failingRename(errno) });
    });
    await page.addInitScript(wrapPlannerInPage);
  }
}

function failingRename(code: string): PlanFs {
  return {
    ...realPlanFs,
    rename: async () => {
      throw Object.assign(new Error(`${code}: injected by the test, rename`), { code });
    },
  };
}

/** Runs in the page after the base bridge's init script. */
function wrapPlannerInPage(): void {
  type Fn = (...args: unknown[]) => Promise<unknown>;
  const w = globalThis as unknown as Record<string, Fn> & { planner: Record<string, Fn> };
  const base = w.planner;
  type Result = { status: string; path?: string };
  const remembering = (call: Fn): Fn => async (...args) => {
    const result = (await call(...args)) as Result;
    if ((result.status === 'opened' || result.status === 'saved') && result.path) await w.__recoveryRemember!(result.path);
    return result;
  };
  w.planner = Object.freeze({
    ...base,
    openPlanDialog: remembering(base.openPlanDialog!),
    openPlanPath: remembering(base.openPlanPath!),
    savePlanAs: remembering(base.savePlanAs!),
    savePlan: async (path: unknown, plan: unknown, options?: unknown) => {
      const overwrite = (options as { overwrite?: boolean } | undefined)?.overwrite === true;
      const early = await w.__recoveryBeforeSave!(path, plan, overwrite);
      if (early) return early;
      return remembering(base.savePlan!)(path, plan);
    },
    writeRecovery: (docId: unknown, title: unknown, filePath: unknown, plan: unknown) => w.__recoveryWrite!(docId, title, filePath, plan),
    discardRecovery: (docId: unknown) => w.__recoveryDiscard!(docId),
    listRecoveries: () => w.__recoveryList!(),
    restoreRecovery: (docId: unknown) => w.__recoveryRestore!(docId),
    checkFileOnDisk: (path: unknown) => w.__recoveryCheck!(path),
  }) as never;
}
