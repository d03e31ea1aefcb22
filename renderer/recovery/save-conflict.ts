import type { FileError, OpenResult, SaveConflict, SaveResult } from '../../shared/ipc-contract';
import { fileNameOf, selectDirty } from '../store/selectors';
import { plannerStore } from '../store/store';
import { ask } from './prompt-store';

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
    title: `“${name}” was changed by another program`,
    message:
      when === 'save'
        ? 'Since you opened or last saved it, the file on disk was changed outside this app. Overwrite it with your version, save your version as a new file, or reload the file from disk.'
        : 'Since you opened or last saved it, the file on disk was changed outside this app. Reload it to see those changes, or save your version as a new file.',
    choices:
      when === 'save'
        ? [
            { id: 'overwrite', label: 'Overwrite' },
            { id: 'save-as', label: 'Save As…', primary: true },
            { id: 'reload', label: 'Reload from disk' },
            { id: 'cancel', label: 'Cancel' },
          ]
        : [
            { id: 'reload', label: 'Reload from disk' },
            { id: 'save-as', label: 'Save As…' },
            { id: 'cancel', label: 'Keep editing', primary: true },
          ],
    cancel: 'cancel',
  });
}

export function askAboutMissingFile(path: string): Promise<MissingChoice> {
  const name = fileNameOf(path);
  return ask<MissingChoice>({
    title: `“${name}” was moved or deleted`,
    message: `The file is no longer where the plan was opened or last saved (${path}). Save the plan as a new file, or save it here again.`,
    choices: [
      { id: 'save-as', label: 'Save As…', primary: true },
      { id: 'save-here', label: 'Save here again' },
      { id: 'cancel', label: 'Cancel' },
    ],
    cancel: 'cancel',
  });
}

/** Replaces the plan with the file on disk, after asking when that throws unsaved edits away. */
export async function reloadFromDisk(path: string): Promise<boolean> {
  if (selectDirty(store())) {
    const sure = await ask<'reload' | 'cancel'>({
      title: `Reload “${fileNameOf(path)}”?`,
      message: 'Your unsaved changes to this plan will be lost, and the plan will show the file as it is on disk now.',
      choices: [
        { id: 'reload', label: 'Discard my changes and reload' },
        { id: 'cancel', label: 'Cancel', primary: true },
      ],
      cancel: 'cancel',
    });
    if (sure !== 'reload') return false;
  }
  let result: OpenResult;
  try {
    result = await window.planner.openPlanPath(path);
  } catch (e) {
    result = { status: 'error', path, error: { code: 'unknown', message: 'Something went wrong talking to the file system.', details: [String(e)] } };
  }
  if (result.status !== 'opened') {
    if (result.status === 'error') store().showAlert({ title: `${fileNameOf(path)} could not be reloaded`, message: result.error.message, details: result.error.details });
    return false;
  }
  store().loadDocument({ plan: result.plan, filePath: result.path, mtimeMs: result.mtimeMs });
  store().setStatusMessage(`Reloaded ${fileNameOf(path)} from disk`);
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
  message: `“${fileNameOf(path)}” keeps changing on disk, so it was not replaced. Use Save As to save the plan as a new file.`,
  details: [],
});
