import type { PlannerState } from './types';
import { t } from '../../shared/i18n/active-locale';

export const selectDirty = (s: PlannerState): boolean => s.plan !== null && s.plan !== s.savedPlan;
export const selectCanUndo = (s: PlannerState): boolean => s.plan !== null && s.past.length > 0;
export const selectCanRedo = (s: PlannerState): boolean => s.plan !== null && s.future.length > 0;
export const selectHasPlan = (s: PlannerState): boolean => s.plan !== null;

/** The last segment of a path, for either separator. */
export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** What the window title and the unsaved-changes prompt call the document. */
export function selectDisplayName(s: PlannerState): string {
  if (s.filePath) return fileNameOf(s.filePath);
  if (s.plan) return s.plan.meta.title || t('app.untitledPlan');
  return t('app.name');
}
