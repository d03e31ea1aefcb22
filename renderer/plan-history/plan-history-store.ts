import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ChangeKind, ConflictChoice, MergeResult } from '../../shared/history/history-types';
import type { Plan } from '../../shared/model';

/*
 * The dialogs of the plan over time (#20): UI state, so it lives outside the plan document and its
 * undo history. One dialog shows at a time; a question asked inside one (delete this snapshot?
 * these plans share no history?) opens over it.
 */

/** One state of a plan to compare: the plan now, one of its snapshots, or another file read for it. */
export type ComparedSide = { source: 'now' } | { source: 'snapshot'; id: string } | { source: 'file'; name: string; plan: Plan };

export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'removed', 'moved', 'rescheduled', 'changed'];

/** Where the merge stands: their copy not chosen yet, a question about the base, or the result to review. */
export type MergeStep =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'no-common'; theirs: Plan; theirsName: string }
  | { step: 'review'; theirs: Plan; theirsName: string; base: MergeBase; result: MergeResult; choices: ConflictChoice[]; problems: string[] };

export type MergeBase = { kind: 'shared'; name: string } | { kind: 'file'; name: string } | { kind: 'none' };

export type PlanHistoryDialog =
  | { kind: 'take'; name: string; note: string; showProblem: boolean }
  | { kind: 'list' }
  | { kind: 'view'; snapshotId: string }
  | { kind: 'compare'; from: ComparedSide; to: ComparedSide; hidden: readonly ChangeKind[] }
  | { kind: 'merge'; merge: MergeStep };

/** A yes/no question over the dialog: delete a snapshot, or go on with plans that share no history. */
export type PlanHistoryQuestion = { kind: 'delete'; snapshotId: string; name: string } | { kind: 'unrelated'; purpose: 'compare' | 'merge'; onYes: () => void };

export interface PlanHistoryState {
  dialog: PlanHistoryDialog | null;
  /** The snapshot list the view or comparison was opened from: Back returns there. */
  fromList: boolean;
  question: PlanHistoryQuestion | null;
  /** A file that could not be read, or a snapshot that could not be used, said inside the dialog. */
  error: { title: string; message: string; details: readonly string[] } | null;
  busy: boolean;
}

const INITIAL: PlanHistoryState = { dialog: null, fromList: false, question: null, error: null, busy: false };

export const planHistoryStore = createStore<PlanHistoryState>()(() => INITIAL);

export function usePlanHistory<T>(selector: (state: PlanHistoryState) => T): T {
  return useStore(planHistoryStore, selector);
}

export function resetPlanHistoryStore(): void {
  planHistoryStore.setState(INITIAL, true);
}
