import type { Plan } from '../../shared/model';
import { saveOverFile, savePlanAs } from '../file/file-actions';
import { plannerStore } from '../store/store';
import { isPrompting } from './prompt-store';
import { askAboutChangedFile, askAboutMissingFile, reloadFromDisk } from './save-conflict';

/*
 * When the window regains focus, asks main whether the open plan's file was changed, moved or
 * deleted behind the app, and says so once: a change the user chose to ignore is not asked about
 * again until the plan is next opened or saved.
 */

let checking = false;
let ignored: { savedPlan: Plan | null; path: string; change: string } | null = null;

export async function checkOpenFileOnDisk(): Promise<void> {
  const { plan, filePath, savedPlan } = plannerStore.getState();
  if (!plan || !filePath || checking || isPrompting()) return;
  checking = true;
  try {
    const change = await window.planner.checkFileOnDisk(filePath).catch(() => 'unchanged' as const);
    const now = plannerStore.getState();
    if (change === 'unchanged' || now.filePath !== filePath || now.savedPlan !== savedPlan) return;
    if (ignored && ignored.savedPlan === savedPlan && ignored.path === filePath && ignored.change === change) return;
    ignored = { savedPlan, path: filePath, change };
    if (change === 'changed') {
      const choice = await askAboutChangedFile(filePath, 'focus');
      if (choice === 'reload') await reloadFromDisk(filePath);
      else if (choice === 'save-as') await savePlanAs();
    } else {
      const choice = await askAboutMissingFile(filePath);
      if (choice === 'save-as') await savePlanAs();
      else if (choice === 'save-here') await saveOverFile();
    }
  } finally {
    checking = false;
  }
}
