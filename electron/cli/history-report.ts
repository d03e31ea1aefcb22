import type { Plan } from '../../shared/model';

/*
 * The history block of `aiplan check --json` (#20): which document this is (copies of one plan
 * share the id) and the snapshots it keeps, oldest first, so a script can pick one for
 * `aiplan diff FILE@SNAPSHOT` or `aiplan export --changes-since`.
 */
export interface HistoryReport {
  documentId: string;
  snapshots: { id: string; name: string; takenAt: string; note: string }[];
}

export function historyReport(plan: Plan): HistoryReport {
  return {
    documentId: plan.documentId,
    snapshots: plan.history.snapshots.map((s) => ({ id: s.id, name: s.name, takenAt: s.takenAt, note: s.note })),
  };
}
