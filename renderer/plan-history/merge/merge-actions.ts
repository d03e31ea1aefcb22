import type { ConflictChoice } from '../../../shared/history/history-types';
import { mergePlans, resolveMerge } from '../../../shared/history/plan-merge';
import { commonBase, listSnapshots } from '../../../shared/history/snapshots';
import { t } from '../../../shared/i18n/active-locale';
import type { ComparisonPurpose, OpenResult } from '../../../shared/ipc-contract';
import type { Plan } from '../../../shared/model';
import { commitPendingEdit } from '../../commands/text-field';
import { fileNameOf } from '../../store/selectors';
import { replaceWithMerged } from '../../store/snapshot-actions';
import { plannerStore } from '../../store/store';
import { planHistoryStore, type MergeBase, type MergeStep } from '../plan-history-store';

/*
 * File › Merge… (#20): their copy is read (never opened), merged with the open plan over the newest
 * snapshot both share (or a base file the person picks, or none: then every difference is a
 * conflict), conflicts chosen per field or per item, and the result applied as one undo step once
 * the domain has validated it. Nothing changes in the plan before Apply.
 */

const ui = planHistoryStore;

function setStep(merge: MergeStep): void {
  ui.setState({ dialog: { kind: 'merge', merge } });
}

const step = (): MergeStep | null => {
  const dialog = ui.getState().dialog;
  return dialog?.kind === 'merge' ? dialog.merge : null;
};

export function openMerge(): void {
  if (!plannerStore.getState().plan) return;
  commitPendingEdit();
  ui.setState({ dialog: { kind: 'merge', merge: { step: 'choose' } }, fromList: false, question: null, error: null, busy: false });
}

/** Reads a plan file through main, saying in the dialog why when it cannot be read; null when cancelled or failed. */
async function readPlan(purpose: ComparisonPurpose): Promise<{ plan: Plan; name: string } | null> {
  if (ui.getState().busy) return null;
  ui.setState({ busy: true, error: null });
  let result: OpenResult;
  try {
    result = await window.planner.openPlanForComparison(purpose);
  } catch (e) {
    result = { status: 'error', path: null, error: { code: 'unknown', message: e instanceof Error ? e.message : String(e), details: [] } };
  } finally {
    ui.setState({ busy: false });
  }
  if (result.status === 'cancelled') return null;
  if (result.status === 'error') {
    ui.setState({ error: { title: t('planHistory.error.read'), message: result.error.message, details: result.error.details } });
    return null;
  }
  return { plan: result.plan, name: fileNameOf(result.path) };
}

/** Their copy: merged over the newest snapshot both share; otherwise the person is asked how. */
export async function chooseTheirCopy(): Promise<void> {
  const theirs = await readPlan('merge');
  const ours = plannerStore.getState().plan;
  if (!theirs || !ours || !step()) return;
  const shared = commonBase(ours, theirs.plan);
  if (shared.status === 'shared') {
    const name = listSnapshots(ours).find((s) => s.id === shared.snapshotId)?.name ?? shared.snapshotId;
    runMerge(theirs.plan, theirs.name, shared.plan, { kind: 'shared', name });
  } else if (shared.status === 'refused') {
    ui.setState({ error: { title: t('planHistory.refused.title'), message: shared.message, details: [] } });
  } else if (shared.status === 'unrelated') {
    ui.setState({ question: { kind: 'unrelated', purpose: 'merge', onYes: () => runMerge(theirs.plan, theirs.name, null, { kind: 'none' }) } });
  } else {
    setStep({ step: 'no-common', theirs: theirs.plan, theirsName: theirs.name });
  }
}

/** The copy both started from, chosen by the person, as the base instead. */
export async function chooseBaseFile(): Promise<void> {
  const current = step();
  const theirs = current?.step === 'no-common' ? { plan: current.theirs, name: current.theirsName } : current?.step === 'review' ? { plan: current.theirs, name: current.theirsName } : null;
  if (!theirs) return;
  const base = await readPlan('base');
  if (base) runMerge(theirs.plan, theirs.name, base.plan, { kind: 'file', name: base.name });
}

/** Two-way: no base, so every difference is a conflict, defaulting to mine. */
export function mergeWithoutBase(): void {
  const current = step();
  if (current?.step === 'no-common') runMerge(current.theirs, current.theirsName, null, { kind: 'none' });
}

function runMerge(theirs: Plan, theirsName: string, base: Plan | null, baseInfo: MergeBase): void {
  const ours = plannerStore.getState().plan;
  if (!ours) return;
  try {
    const result = mergePlans(base, ours, theirs);
    setStep({ step: 'review', theirs, theirsName, base: baseInfo, result, choices: result.conflicts.map((): ConflictChoice => 'ours'), problems: result.problems });
  } catch (e) {
    ui.setState({ error: { title: t('planHistory.error.read'), message: e instanceof Error ? e.message : String(e), details: [] } });
  }
}

export function setConflictChoice(index: number, choice: ConflictChoice): void {
  const current = step();
  if (current?.step !== 'review') return;
  setStep({ ...current, choices: current.choices.map((c, i) => (i === index ? choice : c)), problems: [] });
}

/** "Take all mine / theirs for this item": every conflict of the item at once. */
export function setItemChoices(key: string, choice: ConflictChoice): void {
  const current = step();
  if (current?.step !== 'review') return;
  setStep({ ...current, choices: current.choices.map((c, i) => (current.result.conflicts[i]!.key === key ? choice : c)), problems: [] });
}

/** Validates the merge with the choices made; replaces the open plan as one undo step, or lists the problems and changes nothing. */
export function applyMerge(): boolean {
  const current = step();
  if (current?.step !== 'review') return false;
  const resolved = resolveMerge(current.result, current.choices);
  if (resolved.status === 'invalid') {
    setStep({ ...current, problems: resolved.problems });
    return false;
  }
  replaceWithMerged(resolved.plan);
  ui.setState({ dialog: null, question: null, error: null, busy: false });
  plannerStore.getState().setStatusMessage(t('planHistory.merge.done', { name: current.theirsName, count: current.result.conflicts.length }));
  return true;
}
