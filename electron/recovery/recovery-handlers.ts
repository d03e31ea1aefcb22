import type { Plan } from '../../shared/model';
import type { RecoveryDiscardResult, RecoveryInfo, RecoveryRestoreResult, RecoveryWriteResult } from '../../shared/ipc-contract';
import { discardRecoveryCopy, listRecoveryCopies, readRecoveryCopy, writeRecoveryCopy } from './recovery-store';
import type { StampBook } from './stamp-book';
import { systemNow } from '../clock';

/*
 * The recovery channels of the IPC contract over the plain recovery store: arguments arrive already
 * validated by ipc-guards.ts; the store validates the plan and never throws. The folder is asked
 * for on each call, so that nothing touches the app's data folder before the first autosave.
 */
export interface RecoveryHandlers {
  writeRecovery(docId: string, title: string, filePath: string | null, plan: unknown): Promise<RecoveryWriteResult>;
  discardRecovery(docId: string): Promise<RecoveryDiscardResult>;
  listRecoveries(): Promise<RecoveryInfo[]>;
  restoreRecovery(docId: string): Promise<RecoveryRestoreResult>;
}

export function createRecoveryHandlers(recoveryDir: () => string, stamps: StampBook, now: () => Date = systemNow): RecoveryHandlers {
  return {
    async writeRecovery(docId, title, filePath, plan) {
      const result = await writeRecoveryCopy(recoveryDir(), { docId, title, filePath, changedAt: now().toISOString(), plan });
      return result.status === 'written' ? { status: 'written' } : { status: 'error', error: result.error };
    },
    async discardRecovery(docId) {
      const result = await discardRecoveryCopy(recoveryDir(), docId);
      return result.status === 'discarded' ? result : { status: 'error', error: result.error };
    },
    async listRecoveries() {
      const entries = await listRecoveryCopies(recoveryDir());
      return entries.map(({ docId, title, filePath, changedAt }) => ({ docId, title, filePath, changedAt }));
    },
    async restoreRecovery(docId) {
      const read = await readRecoveryCopy(recoveryDir(), docId);
      if (read.status === 'error') return { status: 'error', error: read.error };
      const { filePath, changedAt } = read.meta;
      if (filePath) await stamps.rememberForRecovery(filePath, Date.parse(changedAt));
      const plan: Plan = read.plan;
      return { status: 'restored', docId, filePath, plan, migratedFrom: read.migratedFrom, changedAt };
    },
  };
}
