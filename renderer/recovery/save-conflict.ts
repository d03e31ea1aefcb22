import type { FileError, OpenResult, SaveConflict, SaveResult } from '../../shared/ipc-contract';
import { fileNameOf, selectDirty } from '../store/selectors';
import { plannerStore } from '../store/store';
import { ask } from './prompt-store';
import { t } from '../../shared/i18n/active-locale';

/*
 * What to do when the plan's file changed on disk behind the app: the questions, in words, and the
 * reload. Saving itself stays in renderer/file/file-actions.ts, which passes its ways to save in.
 */

const store = () => plannerStore.getState();

export type ChangedChoice = 'overwrite' | 'save-as' | 'reload' | 'cancel';
export type MissingChoice = 'save-as' | 'save-here' | 'cancel';

export function askAboutChangedFile(path: string, when: 'save' | 'focus'): Promise<ChangedChoice> {
  const name = fileNameOf(path);
  return ask<ChangedChoice>({
    title: t('recovery.conflict.changed.title', { name }),
    message: when === 'save' ? t('recovery.conflict.changed.onSave') : t('recovery.conflict.changed.onFocus'),
    choices:
      when === 'save'
        ? [
            { id: 'overwrite', label: t('recovery.choice.overwrite') },
            { id: 'save-as', label: t('recovery.choice.saveAs'), primary: true },
            { id: 'reload', label: t('recovery.choice.reload') },
            { id: 'cancel', label: t('recovery.choice.cancel') },
          ]
        : [
            { id: 'reload', label: t('recovery.choice.reload') },
            { id: 'save-as', label: t('recovery.choice.saveAs') },
            { id: 'cancel', label: t('recovery.choice.keepEditing'), primary: true },
          ],
    cancel: 'cancel',
  });
}

export function askAboutMissingFile(path: string): Promise<MissingChoice> {
  const name = fileNameOf(path);
  return ask<MissingChoice>({
    title: t('recovery.conflict.missing.title', { name }),
    message: t('recovery.conflict.missing.message', { path }),
    choices: [
      { id: 'save-as', label: t('recovery.choice.saveAs'), primary: true },
      { id: 'save-here', label: t('recovery.choice.saveHere') },
      { id: 'cancel', label: t('recovery.choice.cancel') },
    ],
    cancel: 'cancel',
  });
}

/** Replaces the plan with the file on disk, after asking when that throws unsaved edits away. */
export async function reloadFromDisk(path: string): Promise<boolean> {
  if (selectDirty(store())) {
    const sure = await ask<'reload' | 'cancel'>({
      title: t('recovery.conflict.reload.title', { name: fileNameOf(path) }),
      message: t('recovery.conflict.reload.message'),
      choices: [
        { id: 'reload', label: t('recovery.choice.discardAndReload') },
        { id: 'cancel', label: t('recovery.choice.cancel'), primary: true },
      ],
      cancel: 'cancel',
    });
    if (sure !== 'reload') return false;
  }
  let result: OpenResult;
  try {
    result = await window.planner.openPlanPath(path);
  } catch (e) {
    result = { status: 'error', path, error: { code: 'unknown', message: t('file.error.unexpected'), details: [String(e)] } };
  }
  if (result.status !== 'opened') {
    if (result.status === 'error') store().showAlert({ title: t('file.error.fileNotReloaded', { file: fileNameOf(path) }), message: result.error.message, details: result.error.details });
    return false;
  }
  store().loadDocument({ plan: result.plan, filePath: result.path, mtimeMs: result.mtimeMs });
  store().setStatusMessage(t('status.reloaded', { file: fileNameOf(path) }));
  return true;
}

/**
 * Settles a save that main refused because the file changed or vanished. Resolves with what the
 * chosen way to save returned, or 'cancelled' (also after a reload: nothing was saved).
 */
export async function resolveSaveConflict(
  conflict: SaveConflict,
  ways: { overwrite(): Promise<SaveResult | SaveConflict>; saveAs(): Promise<SaveResult> },
): Promise<SaveResult> {
  const choice = conflict.change === 'changed' ? await askAboutChangedFile(conflict.path, 'save') : await askAboutMissingFile(conflict.path);
  if (choice === 'overwrite' || choice === 'save-here') {
    const result = await ways.overwrite();
    return result.status === 'conflict' ? { status: 'error', path: conflict.path, error: stillConflicting(conflict.path) } : result;
  }
  if (choice === 'save-as') return ways.saveAs();
  if (choice === 'reload') await reloadFromDisk(conflict.path);
  return { status: 'cancelled' };
}

const stillConflicting = (path: string): FileError => ({
  code: 'unknown',
  message: t('recovery.conflict.stillChanging', { name: fileNameOf(path) }),
  details: [],
});
