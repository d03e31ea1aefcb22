import { t } from '../../../shared/i18n/active-locale';
import { plannerStore } from '../../store/store';
import { removeStep } from '../../store/workshop-actions';

/** Removes a step (one undo step) and says so in the status line, with the way back. */
export function removeStepSaying(id: string, title: string): boolean {
  const removed = removeStep(id);
  if (removed) plannerStore.getState().setStatusMessage(t('workshopAgenda.removed', { title }));
  return removed;
}
