import type { Plan } from '../../shared/model';
import { deleteSnapshot as deleteSnapshotOp, restoreSnapshot as restoreSnapshotOp, takeSnapshot as takeSnapshotOp } from '../../shared/history/snapshots';
import { nowIso } from '../clock';
import { newId } from './ids';
import { commit } from './plan-actions';

/*
 * Verbs of the plan over time (#20): each one undo step of the plan document. A snapshot lives inside
 * the plan, so taking, restoring or deleting one is an edit that Undo takes back like any other.
 * (The store's undo history is another thing: it is never saved; these snapshots are.)
 */

/** Keeps the plan as it is now under `name`; returns the new snapshot's id. The id and time are made once, so a re-run recipe gives the same plan. */
export function takeNamedSnapshot(name: string, note: string): string | null {
  const id = newId();
  const takenAt = nowIso();
  return commit((p) => takeSnapshotOp(p, { id, name, note, takenAt })) ? id : null;
}

/** The plan becomes the snapshot's state; the state it had is kept first as a snapshot called `keptName`. */
export function restorePlanSnapshot(snapshotId: string, keptName: string): boolean {
  const id = newId();
  const takenAt = nowIso();
  return commit((p) => restoreSnapshotOp(p, snapshotId, { id, takenAt, name: keptName }));
}

export const deletePlanSnapshot = (snapshotId: string): boolean => commit((p) => deleteSnapshotOp(p, snapshotId));

/** A merge (or any whole plan made elsewhere and validated) replaces the open plan as one step. */
export const replaceWithMerged = (merged: Plan): boolean => commit(() => merged);
