import { formatDay } from '../../shared/i18n/format';
import { activeLocale, t } from '../../shared/i18n/active-locale';
import { today } from '../clock';
import { commitPendingEdit } from '../commands/text-field';
import { plannerStore } from '../store/store';
import { planHistoryStore, type ComparedSide, type PlanHistoryDialog } from './plan-history-store';

/*
 * Opening and closing the dialogs of the plan over time (#20). The plan itself changes only through
 * the named store actions (renderer/store/snapshot-actions.ts); this module holds no domain logic.
 */

const show = (dialog: PlanHistoryDialog, fromList = false) => planHistoryStore.setState({ dialog, fromList, question: null, error: null, busy: false });

/** Whether a plan is open and no dialog of ours is: the commands open one at a time. */
function mayOpen(): boolean {
  if (!plannerStore.getState().plan) return false;
  commitPendingEdit();
  return true;
}

/** "Snapshot 2 December 2026": the day it is taken, in the app's language; the person may rename it. */
export const defaultSnapshotName = (): string => t('planHistory.snapshot.defaultName', { date: formatDay(today(), activeLocale()) });

export function openTakeSnapshot(): void {
  if (!mayOpen()) return;
  show({ kind: 'take', name: defaultSnapshotName(), note: '', showProblem: false });
}

export function openSnapshotList(): void {
  if (!mayOpen()) return;
  show({ kind: 'list' });
}

export function openCompare(): void {
  if (!mayOpen()) return;
  const snapshots = plannerStore.getState().plan?.history.snapshots ?? [];
  const newest = snapshots[snapshots.length - 1];
  // What changed since the last snapshot, the quarterly review's question; with none yet, now against a file.
  const from: ComparedSide = newest ? { source: 'snapshot', id: newest.id } : { source: 'now' };
  show({ kind: 'compare', from, to: { source: 'now' }, hidden: [] });
}

export function closePlanHistory(): void {
  planHistoryStore.setState({ dialog: null, fromList: false, question: null, error: null, busy: false });
}
