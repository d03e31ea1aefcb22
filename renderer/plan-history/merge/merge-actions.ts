import { commitPendingEdit } from '../../commands/text-field';
import { plannerStore } from '../../store/store';
import { planHistoryStore } from '../plan-history-store';

/*
 * File › Merge… (#20): their copy is read (never opened), merged with the open plan over the newest
 * snapshot both share, conflicts chosen, and the result applied as one undo step.
 */

export function openMerge(): void {
  if (!plannerStore.getState().plan) return;
  commitPendingEdit();
  planHistoryStore.setState({ dialog: { kind: 'merge', merge: { step: 'choose' } }, fromList: false, question: null, error: null, busy: false });
}
