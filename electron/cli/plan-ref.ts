import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openPlanFile } from '../files/plan-file';
import { t } from '../../shared/i18n/active-locale';
import type { Plan } from '../../shared/model';
import { findSnapshot, snapshotPlan } from '../../shared/history/snapshots';

/*
 * A plan named on the command line of `aiplan diff` and `aiplan merge` (#20): a file, or
 * FILE@SNAPSHOT for a snapshot inside it, by id or by name (the newest of that name).
 */

export type PlanRef = { ok: true; plan: Plan; file: Plan } | { ok: false; message: string; details: string[] };

export async function openPlanRef(arg: string): Promise<PlanRef> {
  const at = arg.lastIndexOf('@');
  const whole = await isFile(resolve(arg));
  const [fileArg, snapshotRef] = !whole && at > 0 ? [arg.slice(0, at), arg.slice(at + 1)] : [arg, null];
  const opened = await openPlanFile(resolve(fileArg));
  if (opened.status !== 'opened') {
    const error = opened.status === 'error' ? opened.error : null;
    return { ok: false, message: t('cli.invalid', { file: fileArg, message: error?.message ?? '' }), details: error?.details ?? [] };
  }
  if (snapshotRef === null) return { ok: true, plan: opened.plan, file: opened.plan };
  const snapshot = findSnapshot(opened.plan, snapshotRef);
  if (!snapshot) return { ok: false, message: t('cli.history.noSnapshot', { file: fileArg, snapshot: snapshotRef }), details: [] };
  const state = snapshotPlan(opened.plan, snapshot.id);
  if (state.status === 'refused') return { ok: false, message: t('cli.invalid', { file: arg, message: state.message }), details: [] };
  return { ok: true, plan: state.plan, file: opened.plan };
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** A field's value in a line of text: strings as they are, anything else as JSON, long ones cut short. */
export function shownValue(value: unknown): string {
  if (value === undefined || value === null) return '–';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
