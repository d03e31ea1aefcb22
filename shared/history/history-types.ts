import type { Plan } from '../model';

/*
 * The contract of the plan over time (#20), shared by the domain (this folder), the snapshot,
 * comparison and merge UI and `aiplan diff` / `aiplan merge`. Functions live in:
 *   plan-items.ts    planItems(plan) → Map<string, PlanItem>   (every item of a plan by a stable key)
 *   plan-diff.ts     diffPlans(before, after) → PlanDiff
 *   plan-merge.ts    mergePlans(base, ours, theirs) → MergeResult
 *                    resolveMerge(result, choices) → { status: 'merged'; plan } | { status: 'invalid'; problems: string[] }
 *   snapshots.ts     takeSnapshot(plan, { id, name, note, takenAt }) → Plan   (the plan with the new snapshot in its history)
 *                    listSnapshots(plan) → SnapshotInfo[]
 *                    snapshotPlan(plan, snapshotId) → { status: 'ok'; plan } | { status: 'refused'; message: string }
 *                    restoreSnapshot(plan, snapshotId, { id, takenAt }) → Plan  (keeps the current state as a snapshot first)
 *                    commonBase(ours, theirs) → { status: 'shared'; snapshotId; plan } | { status: 'unrelated' } | { status: 'no-common-snapshot' }
 */

/** One item of a plan: a pillar, objective, application, KPI, schedule, milestone, dependency, a workshop entry, or a singleton part (meta, readiness, finance…). */
export interface PlanItem {
  /** Stable across copies: "<kind>:<id>", or "<kind>" for a singleton part. */
  key: string;
  kind: ItemKind;
  id: string | null;
  /** Key of the parent item (an objective's pillar, a KPI's application), null for top-level items. */
  parentKey: string | null;
  /** Position among its siblings of the same kind. */
  index: number;
  /** Position in its kind's list of the plan (objectives of all pillars are one list); 0 for a singleton part. */
  order: number;
  /** What a person calls it ("Customer service", "KPI: First response time"). */
  label: string;
  /** The item's own fields, without its children and without parent or position. */
  fields: Record<string, unknown>;
}

export type ItemKind =
  | 'meta'
  | 'guidingQuestions'
  | 'pillar'
  | 'objective'
  | 'application'
  | 'kpi'
  | 'schedule'
  | 'milestone'
  | 'dependency'
  | 'readiness'
  | 'acknowledgement'
  | 'finance'
  | 'governance'
  | 'workshop';

export type ChangeKind = 'added' | 'removed' | 'moved' | 'rescheduled' | 'changed';

export interface FieldChange {
  /** A dotted path inside the item's fields ("value.oneOff.pilot", "dimensions.ethical.level"). */
  path: string;
  before: unknown;
  after: unknown;
}

export interface ItemChange {
  key: string;
  kind: ItemKind;
  label: string;
  /** The pillar it sits under (after the change, or before for a removal), for grouping; null when none. */
  pillarKey: string | null;
  changes: ChangeKind[];
  fields: FieldChange[];
  parentBefore: string | null;
  parentAfter: string | null;
  /** Its place among its siblings after the change, for an added or moved item; null otherwise. */
  indexAfter: number | null;
}

export interface PlanDiff {
  items: ItemChange[];
  counts: Record<ChangeKind, number>;
}

export type ConflictKind = 'field' | 'delete-edit' | 'move-move';

export interface MergeConflict {
  key: string;
  kind: ItemKind;
  label: string;
  conflict: ConflictKind;
  /** The field path for a field conflict, null for whole-item conflicts. */
  path: string | null;
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

export interface MergeResult {
  /** The merge with every conflict taken from OURS: valid, ready to use as is. */
  plan: Plan;
  conflicts: MergeConflict[];
  /** How many changes were taken from each side without conflict. */
  taken: { ours: number; theirs: number };
  /** Why the merge cannot be made valid even with every conflict resolved to ours (then `plan` is ours, unchanged); empty when it can. */
  problems: string[];
  /** What was merged, so that resolveMerge can run the merge again with a person's choices. */
  sources: { base: Plan | null; ours: Plan; theirs: Plan };
}

/** A person's choice per conflict, by its index in `conflicts`. */
export type ConflictChoice = 'ours' | 'theirs';

export interface SnapshotInfo {
  id: string;
  name: string;
  note: string;
  takenAt: string;
}
