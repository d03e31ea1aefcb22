import type { RecoveryInfo } from '../../shared/ipc-contract';
import { fileNameOf } from '../store/selectors';
import { plannerStore } from '../store/store';
import type { Autosave } from './autosave';

/*
 * Restoring or discarding the recovery copies left by a crash. A restored plan comes back unsaved
 * (dirty), with its own file path if it had one, and keeps its copy until it is saved.
 */

export async function listRecoveryCopies(): Promise<RecoveryInfo[]> {
  try {
    return await window.planner.listRecoveries();
  } catch {
    return [];
  }
}

export async function restoreRecoveryCopy(autosave: Autosave, docId: string): Promise<boolean> {
  const store = plannerStore.getState();
  const result = await window.planner.restoreRecovery(docId).catch((e: unknown) => ({
    status: 'error' as const,
    error: { code: 'unknown' as const, message: 'Something went wrong reading the recovery copy.', details: [String(e)] },
  }));
  if (result.status === 'error') {
    store.showAlert({ title: 'The plan could not be restored', message: result.error.message, details: result.error.details });
    return false;
  }
  autosave.adopt(result.docId, result.plan);
  store.loadDocument({ plan: result.plan, filePath: result.filePath, mtimeMs: null, clean: false });
  const where = result.filePath ? ` (${fileNameOf(result.filePath)})` : '';
  store.setStatusMessage(`Restored unsaved changes${where}: save to keep them`);
  return true;
}

export async function discardRecoveryCopy(docId: string): Promise<boolean> {
  const result = await window.planner.discardRecovery(docId).catch(() => null);
  if (result?.status !== 'discarded') {
    const error = result?.status === 'error' ? result.error : { message: 'Something went wrong removing the recovery copy.', details: [] };
    plannerStore.getState().showAlert({ title: 'The recovery copy could not be removed', message: error.message, details: error.details });
    return false;
  }
  return true;
}

/** "Tuesday 14 January 2027, 15:04", in the user's language. */
export function formatChangedAt(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'at an unknown time';
  return date.toLocaleString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
