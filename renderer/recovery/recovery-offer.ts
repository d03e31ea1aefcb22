import type { RecoveryInfo } from '../../shared/ipc-contract';
import { fileNameOf } from '../store/selectors';
import { plannerStore } from '../store/store';
import type { Autosave } from './autosave';
import { activeLocale, t } from '../../shared/i18n/active-locale';
import { translator } from '../../shared/i18n/translator';
import { intlTag, type AnyLocale } from '../../shared/i18n/locales';

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
    error: { code: 'unknown' as const, message: t('recovery.error.read'), details: [String(e)] },
  }));
  if (result.status === 'error') {
    store.showAlert({ title: t('recovery.error.notRestored'), message: result.error.message, details: result.error.details });
    return false;
  }
  autosave.adopt(result.docId, result.plan);
  store.loadDocument({ plan: result.plan, filePath: result.filePath, mtimeMs: null, clean: false });
  store.setStatusMessage(result.filePath ? t('status.restoredFile', { file: fileNameOf(result.filePath) }) : t('status.restored'));
  return true;
}

export async function discardRecoveryCopy(docId: string): Promise<boolean> {
  const result = await window.planner.discardRecovery(docId).catch(() => null);
  if (result?.status !== 'discarded') {
    const error = result?.status === 'error' ? result.error : { message: t('recovery.error.remove'), details: [] };
    plannerStore.getState().showAlert({ title: t('recovery.error.notRemoved'), message: error.message, details: error.details });
    return false;
  }
  return true;
}

/**
 * "Tuesday 14 January 2027 at 15:04", in the app's language; in the system's own variant of it
 * (en-GB rather than en-US) when the system speaks that language.
 */
export function formatChangedAt(iso: string, locale: AnyLocale = activeLocale(), systemLanguages: readonly string[] = systemPreferred()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return translator(locale)('recovery.changed.unknown');
  const tag = intlTag(locale);
  const regional = systemLanguages.find((l) => l.toLowerCase().split(/[-_]/)[0] === tag);
  return date.toLocaleString(regional ?? tag, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

function systemPreferred(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}
