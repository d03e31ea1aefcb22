import type { ChangeKind } from '../../shared/history/history-types';
import { commonBase, listSnapshots, snapshotPlan } from '../../shared/history/snapshots';
import { formatDay } from '../../shared/i18n/format';
import { activeLocale, t } from '../../shared/i18n/active-locale';
import type { Plan } from '../../shared/model';
import { nowIso, today } from '../clock';
import { commitPendingEdit } from '../commands/text-field';
import { fileNameOf } from '../store/selectors';
import { deletePlanSnapshot, restorePlanSnapshot, takeNamedSnapshot } from '../store/snapshot-actions';
import { plannerStore } from '../store/store';
import { formatTakenAt } from './plan-history-text';
import { planHistoryStore, type ComparedSide, type PlanHistoryDialog } from './plan-history-store';

/*
 * Opening, answering and closing the dialogs of the plan over time (#20). The plan changes only
 * through the named store actions (renderer/store/snapshot-actions.ts); what a snapshot holds, what
 * changed and whether two plans share history all come from shared/history.
 */

const ui = planHistoryStore;
const plan = () => plannerStore.getState().plan;
const show = (dialog: PlanHistoryDialog, fromList = false) => ui.setState({ dialog, fromList, question: null, error: null, busy: false });

function mayOpen(): boolean {
  if (!plan()) return false;
  commitPendingEdit();
  return true;
}

/** "Snapshot 2 December 2026": the day it is taken, in the app's language; the person may rename it. */
export const defaultSnapshotName = (): string => t('planHistory.snapshot.defaultName', { date: formatDay(today(), activeLocale()) });

export function openTakeSnapshot(): void {
  if (!mayOpen()) return;
  show({ kind: 'take', name: defaultSnapshotName(), note: '', showProblem: false });
}

export function setTakeField(patch: { name?: string; note?: string }): void {
  const dialog = ui.getState().dialog;
  if (dialog?.kind === 'take') ui.setState({ dialog: { ...dialog, ...patch } });
}

/** Takes the snapshot (one undo step) and closes; with no name, says so and keeps the dialog open. */
export function confirmTakeSnapshot(): boolean {
  const dialog = ui.getState().dialog;
  if (dialog?.kind !== 'take') return false;
  const name = dialog.name.trim();
  if (!name) {
    ui.setState({ dialog: { ...dialog, showProblem: true } });
    return false;
  }
  if (!attempt(() => takeNamedSnapshot(name, dialog.note.trim()))) return false;
  closePlanHistory();
  plannerStore.getState().setStatusMessage(t('planHistory.take.taken', { name }));
  return true;
}

/**
 * Runs a store action; the domain refuses a full history, a too-long name or a snapshot it cannot
 * read back by throwing a sentence for a person: said in the dialog, and the plan stays as it was.
 */
function attempt(action: () => unknown): boolean {
  try {
    return Boolean(action());
  } catch (e) {
    ui.setState({ error: { title: t('planHistory.refused.title'), message: e instanceof Error ? e.message : String(e), details: [] } });
    return false;
  }
}

export function openSnapshotList(): void {
  if (!mayOpen()) return;
  show({ kind: 'list' });
}

export const backToList = () => show({ kind: 'list' });

/** The snapshot's name, or null when the plan has none with that id (deleted meanwhile). */
function snapshotName(id: string): string | null {
  const current = plan();
  return (current && listSnapshots(current).find((s) => s.id === id)?.name) ?? null;
}

export function viewSnapshot(snapshotId: string): void {
  if (usable(snapshotId)) show({ kind: 'view', snapshotId }, ui.getState().dialog?.kind === 'list' || ui.getState().fromList);
}

/** What changed between the snapshot and the plan now. */
export function compareWithNow(snapshotId: string): void {
  if (usable(snapshotId)) show({ kind: 'compare', from: { source: 'snapshot', id: snapshotId }, to: { source: 'now' }, hidden: [] }, isFromList());
}

const isFromList = () => ui.getState().dialog?.kind === 'list' || ui.getState().fromList;

export function openCompare(): void {
  if (!mayOpen()) return;
  const snapshots = listSnapshots(plan()!);
  const newest = snapshots[snapshots.length - 1];
  // What changed since the last snapshot: the quarterly review's question. With none yet, now against now, until a file is chosen.
  const from: ComparedSide = newest ? { source: 'snapshot', id: newest.id } : { source: 'now' };
  show({ kind: 'compare', from, to: { source: 'now' }, hidden: [] }, ui.getState().dialog?.kind === 'list');
}

/** The plan a side stands for, or why it cannot be had (a snapshot of a newer format, a damaged one). */
export function planOfSide(side: ComparedSide, current: Plan): { status: 'ok'; plan: Plan } | { status: 'refused'; message: string } {
  if (side.source === 'now') return { status: 'ok', plan: current };
  if (side.source === 'file') return { status: 'ok', plan: side.plan };
  return snapshotPlan(current, side.id);
}

/** True when the snapshot can be materialised; otherwise says why in the dialog and changes nothing. */
function usable(snapshotId: string): boolean {
  const current = plan();
  if (!current) return false;
  const result = snapshotPlan(current, snapshotId);
  if (result.status === 'ok') return true;
  ui.setState({ error: { title: t('planHistory.refused.title'), message: result.message, details: [] } });
  return false;
}

export function restoreFromHistory(snapshotId: string): void {
  const name = snapshotName(snapshotId);
  const current = plan();
  if (name === null || !current || !usable(snapshotId)) return;
  const kept = t('planHistory.restore.keptName', { name, date: formatTakenAt(nowIso(), activeLocale()) });
  if (!attempt(() => restorePlanSnapshot(snapshotId, kept))) return;
  closePlanHistory();
  plannerStore.getState().setStatusMessage(t('planHistory.restore.done', { name }));
}

export function askDeleteSnapshot(snapshotId: string): void {
  const name = snapshotName(snapshotId);
  if (name !== null) ui.setState({ question: { kind: 'delete', snapshotId, name } });
}

export function answerQuestion(yes: boolean): void {
  const question = ui.getState().question;
  ui.setState({ question: null });
  if (!question || !yes) return;
  if (question.kind === 'unrelated') {
    question.onYes();
    return;
  }
  if (attempt(() => deletePlanSnapshot(question.snapshotId))) plannerStore.getState().setStatusMessage(t('planHistory.delete.done', { name: question.name }));
}

/** Sets one side of the comparison. */
export function setCompareSide(which: 'from' | 'to', side: ComparedSide): void {
  const dialog = ui.getState().dialog;
  if (dialog?.kind !== 'compare') return;
  if (side.source === 'snapshot' && !usable(side.id)) return;
  ui.setState({ dialog: { ...dialog, [which]: side }, error: null });
}

export function swapCompareSides(): void {
  const dialog = ui.getState().dialog;
  if (dialog?.kind === 'compare') ui.setState({ dialog: { ...dialog, from: dialog.to, to: dialog.from } });
}

export function toggleChangeKind(kind: ChangeKind): void {
  const dialog = ui.getState().dialog;
  if (dialog?.kind !== 'compare') return;
  const hidden = dialog.hidden.includes(kind) ? dialog.hidden.filter((k) => k !== kind) : [...dialog.hidden, kind];
  ui.setState({ dialog: { ...dialog, hidden } });
}

/**
 * Reads another plan file for one side. A plan of another document shares no history with this
 * one: the person is asked first whether to compare it field by field.
 */
export async function chooseComparisonFile(which: 'from' | 'to'): Promise<void> {
  if (ui.getState().busy) return;
  ui.setState({ busy: true, error: null });
  let result;
  try {
    result = await window.planner.openPlanForComparison('compare');
  } catch (e) {
    result = { status: 'error' as const, path: null, error: { code: 'unknown' as const, message: e instanceof Error ? e.message : String(e), details: [] } };
  } finally {
    ui.setState({ busy: false });
  }
  if (result.status === 'cancelled') return;
  if (result.status === 'error') {
    ui.setState({ error: { title: t('planHistory.compare.fileError'), message: result.error.message, details: result.error.details } });
    return;
  }
  const side: ComparedSide = { source: 'file', name: fileNameOf(result.path), plan: result.plan };
  const current = plan();
  if (current && commonBase(current, result.plan).status === 'unrelated') {
    ui.setState({ question: { kind: 'unrelated', purpose: 'compare', onYes: () => setCompareSide(which, side) } });
    return;
  }
  setCompareSide(which, side);
}

export function closePlanHistory(): void {
  ui.setState({ dialog: null, fromList: false, question: null, error: null, busy: false });
}

export const dismissPlanHistoryError = () => ui.setState({ error: null });
