import type { Plan } from '../model';
import { PLAN_VERSION, planSchema } from '../schema/plan-schema';
import { findDependencyCycle, integrityProblems } from '../plan-integrity';
import { t as activeT } from '../i18n/active-locale';
import type { Translate } from '../i18n/translator';
import type { ConflictChoice, MergeConflict, MergeResult, PlanItem } from './history-types';
import { applyPaths, deepEqual, flattenFields } from './item-fields';
import { planFromItems, planItems } from './plan-items';
import { mergedOrder } from './merge-order';
import { unionHistories } from './snapshots';

/*
 * Three-way merge of two copies of a plan by item key (#20). What one side changed is taken; the
 * same field changed differently on both sides, an item deleted on one side and edited on the
 * other, and an item moved to different parents are conflicts, resolved to OURS unless a choice
 * says otherwise, and always listed. Without a base (two-way) every difference is a conflict.
 * The result's references are then repaired (a child whose parent the other side deleted brings
 * the parent back, or goes with it) and it is validated before anyone sees it.
 */

/** A person's choice for a conflict, or undefined for its default. */
type Choose = (conflict: MergeConflict) => ConflictChoice | undefined;
type Fields = Record<string, unknown>;

export type ResolvedMerge = { status: 'merged'; plan: Plan } | { status: 'invalid'; problems: string[] };

/** The merge with every conflict resolved to ours; `problems` is non-empty (and `plan` is ours) when that cannot be made valid. */
export function mergePlans(base: Plan | null, ours: Plan, theirs: Plan, t: Translate = activeT): MergeResult {
  const run = mergeWith(base, ours, theirs, () => undefined, t);
  const outcome = validated(run.plan, t);
  return {
    plan: outcome.status === 'merged' ? outcome.plan : ours,
    conflicts: run.conflicts,
    taken: run.taken,
    problems: outcome.status === 'invalid' ? outcome.problems : [],
    sources: { base, ours, theirs },
  };
}

/** The merge again with a person's choices (by conflict index; unchosen conflicts stay ours), validated. */
export function resolveMerge(result: MergeResult, choices: Readonly<Record<number, ConflictChoice | undefined>>, t: Translate = activeT): ResolvedMerge {
  const byId = new Map<string, ConflictChoice>();
  result.conflicts.forEach((conflict, i) => {
    const choice = choices[i];
    if (choice) byId.set(conflictId(conflict), choice);
  });
  const { base, ours, theirs } = result.sources;
  const run = mergeWith(base, ours, theirs, (conflict) => byId.get(conflictId(conflict)), t);
  return validated(run.plan, t);
}

const conflictId = (c: Pick<MergeConflict, 'conflict' | 'key' | 'path'>) => `${c.conflict}|${c.key}|${c.path ?? ''}`;

function validated(plan: Plan, t: Translate): ResolvedMerge {
  const parsed = planSchema.safeParse(plan);
  if (!parsed.success) return { status: 'invalid', problems: parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`) };
  const problems = integrityProblems(parsed.data, 20, t);
  return problems.length ? { status: 'invalid', problems } : { status: 'merged', plan: parsed.data };
}

function mergeWith(base: Plan | null, ours: Plan, theirs: Plan, choose: Choose, t: Translate) {
  const B = base ? planItems(base) : null;
  const O = planItems(ours);
  const T = planItems(theirs);
  const conflicts: MergeConflict[] = [];
  const taken = { ours: 0, theirs: 0 };
  // Which side's choice put an item in the merge, so that a parent it needs follows the same choice.
  const via = new Map<string, ConflictChoice>();
  const decide = (conflict: MergeConflict, fallback: ConflictChoice = 'ours'): ConflictChoice => {
    conflicts.push(conflict);
    const choice = choose(conflict) ?? fallback;
    if (conflict.conflict !== 'field') via.set(conflict.key, choice);
    return choice;
  };
  const merged = new Map<string, PlanItem>();
  const keys = new Set([...O.keys(), ...T.keys()]);
  for (const key of keys) {
    const b = B?.get(key);
    const o = O.get(key);
    const th = T.get(key);
    if (o && th) {
      merged.set(key, { ...o, fields: mergeFields(key, o, b, th, B !== null, decide, taken), parentKey: mergeParent(o, b, th, B !== null, decide, taken) });
      continue;
    }
    const present = (o ?? th)!;
    const side = o ? 'ours' : 'theirs';
    if (B && !b) {
      merged.set(key, present);
      taken[side]++;
    } else if (B && b && sameItem(b, present)) taken[side === 'ours' ? 'theirs' : 'ours']++;
    else {
      const choice = decide(deleteEdit(key, present, b, o, th));
      if (choice === side) merged.set(key, present);
    }
  }
  repairReferences(merged, B, O, T, decide, via);
  breakCycles(merged, O, T, B, decide);
  const order = mergedOrder(merged, B, O, T);
  const items = [...merged.values()].map((item) => ({ ...item, order: order.get(item.key)! }));
  // Snapshots of another document are not this plan's history: an unrelated copy's stay out.
  const union = ours.documentId === theirs.documentId ? unionHistories(ours, theirs, t) : { history: ours.history };
  const plan = planFromItems(items, { format: ours.format, version: PLAN_VERSION, documentId: ours.documentId, history: union.history });
  return { plan: withRepairedRecords(plan), conflicts, taken };
}

function sameItem(a: PlanItem, b: PlanItem): boolean {
  return a.parentKey === b.parentKey && deepEqual(a.fields, b.fields);
}

function deleteEdit(key: string, present: PlanItem, b: PlanItem | undefined, o: PlanItem | undefined, th: PlanItem | undefined): MergeConflict {
  return { key, kind: present.kind, label: present.label, conflict: 'delete-edit', path: null, base: b?.fields ?? null, ours: o?.fields ?? null, theirs: th?.fields ?? null };
}

/** Field by field: equal sides agree; a side that kept the base's value gives way; otherwise a conflict. */
function mergeFields(key: string, o: PlanItem, b: PlanItem | undefined, th: PlanItem, threeWay: boolean, decide: (c: MergeConflict) => ConflictChoice, taken: { ours: number; theirs: number }): Fields {
  if (o.fields === th.fields || deepEqual(o.fields, th.fields)) return o.fields;
  if (threeWay && b && deepEqual(b.fields, o.fields)) {
    taken.theirs++;
    return th.fields;
  }
  if (threeWay && b && deepEqual(b.fields, th.fields)) {
    taken.ours++;
    return o.fields;
  }
  const op = flattenFields(o.fields);
  const tp = flattenFields(th.fields);
  const bp = threeWay && b ? flattenFields(b.fields) : null;
  const changes: { path: string; after: unknown }[] = [];
  for (const path of new Set([...op.keys(), ...tp.keys()])) {
    const ov = op.get(path);
    const tv = tp.get(path);
    if (deepEqual(ov, tv)) continue;
    const bv = bp?.get(path);
    if (key === 'meta' && path === 'updatedAt') {
      // When it was last saved is not a change anyone made: the later stamp wins.
      if (String(tv) > String(ov)) changes.push({ path, after: tv });
      continue;
    }
    if (bp && deepEqual(bv, ov)) {
      changes.push({ path, after: tv });
      taken.theirs++;
    } else if (bp && deepEqual(bv, tv)) taken.ours++;
    else {
      const choice = decide({ key, kind: o.kind, label: o.label, conflict: 'field', path, base: bv ?? null, ours: ov ?? null, theirs: tv ?? null });
      if (choice === 'theirs') changes.push({ path, after: tv });
    }
  }
  return applyPaths(o.fields, changes);
}

function mergeParent(o: PlanItem, b: PlanItem | undefined, th: PlanItem, threeWay: boolean, decide: (c: MergeConflict) => ConflictChoice, taken: { ours: number; theirs: number }): string | null {
  if (o.parentKey === th.parentKey) return o.parentKey;
  if (threeWay && b && b.parentKey === o.parentKey) {
    taken.theirs++;
    return th.parentKey;
  }
  if (threeWay && b && b.parentKey === th.parentKey) {
    taken.ours++;
    return o.parentKey;
  }
  const choice = decide({ key: o.key, kind: o.kind, label: o.label, conflict: 'move-move', path: null, base: b?.parentKey ?? null, ours: o.parentKey, theirs: th.parentKey });
  return choice === 'theirs' ? th.parentKey : o.parentKey;
}

/** The keys an item cannot be without: its parent, a schedule's application, a dependency's two. */
function requiredKeys(item: PlanItem): string[] {
  if (item.kind === 'schedule') return [`application:${item.id}`];
  if (item.kind === 'dependency') return [`application:${String(item.fields.fromId)}`, `application:${String(item.fields.toId)}`];
  return item.parentKey === null ? [] : [item.parentKey];
}

/**
 * A merged item whose parent (or application) one side deleted: the deletion becomes a conflict on
 * that parent, and the chosen side's state of it decides: brought back, or the item goes with it.
 */
function repairReferences(
  merged: Map<string, PlanItem>,
  B: Map<string, PlanItem> | null,
  O: Map<string, PlanItem>,
  T: Map<string, PlanItem>,
  decide: (c: MergeConflict, fallback?: ConflictChoice) => ConflictChoice,
  via: Map<string, ConflictChoice>,
) {
  const decided = new Map<string, ConflictChoice>();
  for (let pass = 0, changed = true; changed && pass < 10; pass++) {
    changed = false;
    for (const item of [...merged.values()]) {
      if (!merged.has(item.key)) continue;
      const missing = requiredKeys(item).find((key) => !merged.has(key));
      if (!missing) continue;
      changed = true;
      let choice = decided.get(missing);
      const o = O.get(missing);
      const th = T.get(missing);
      if (!choice && (o || th)) {
        choice = decide(deleteEdit(missing, (o ?? th)!, B?.get(missing), o, th), via.get(item.key));
        decided.set(missing, choice);
      }
      const restored = choice === 'ours' ? o : choice === 'theirs' ? th : undefined;
      if (restored) {
        merged.set(missing, restored);
        if (choice) via.set(missing, choice);
        continue;
      }
      // The parent stays deleted: an item either side keeps under a parent that lives goes there; otherwise it goes too.
      const home = [O.get(item.key), T.get(item.key)].find((version) => version && version.parentKey !== null && item.parentKey === missing && merged.has(version.parentKey));
      if (home) merged.set(item.key, { ...item, parentKey: home.parentKey });
      else merged.delete(item.key);
    }
  }
}

/** A dependency cycle can only come from both sides' dependencies together: theirs' part of it is a conflict. */
function breakCycles(merged: Map<string, PlanItem>, O: Map<string, PlanItem>, T: Map<string, PlanItem>, B: Map<string, PlanItem> | null, decide: (c: MergeConflict) => ConflictChoice) {
  for (let guard = 0; guard < 50; guard++) {
    const dependencies = [...merged.values()].filter((i) => i.kind === 'dependency').map((i) => ({ id: i.id!, fromId: String(i.fields.fromId), toId: String(i.fields.toId) }));
    const cycle = findDependencyCycle({ roadmap: { schedules: [], milestones: [], dependencies } });
    if (!cycle) return;
    const edges = new Set(cycle.slice(1).map((to, i) => `${cycle[i]} ${to}`));
    const culprit = [...merged.values()].find((i) => i.kind === 'dependency' && edges.has(`${String(i.fields.fromId)} ${String(i.fields.toId)}`) && !sameAs(O.get(i.key), i));
    if (!culprit) return;
    const choice = decide(deleteEdit(culprit.key, culprit, B?.get(culprit.key), O.get(culprit.key), T.get(culprit.key)));
    if (choice === 'theirs') return;
    const o = O.get(culprit.key);
    if (o) merged.set(culprit.key, o);
    else merged.delete(culprit.key);
  }
}

const sameAs = (a: PlanItem | undefined, b: PlanItem) => a !== undefined && deepEqual(a.fields, b.fields);

/** Records inside the singleton parts that name items: votes of deleted applications, tools no longer listed. */
function withRepairedRecords(plan: Plan): Plan {
  const applicationIds = new Set(plan.applications.map((a) => a.id));
  const toolIds = new Set((plan.governance?.tools ?? []).map((tool) => tool.id));
  const workshop = plan.workshop && {
    ...plan.workshop,
    dots: plan.workshop.dots.filter((v) => applicationIds.has(v.applicationId)),
    scores: plan.workshop.scores.filter((v) => applicationIds.has(v.applicationId)),
  };
  const applications = plan.applications.map((a) =>
    a.governance && a.governance.toolIds.some((id) => !toolIds.has(id)) ? { ...a, governance: { ...a.governance, toolIds: a.governance.toolIds.filter((id) => toolIds.has(id)) } } : a,
  );
  return { ...plan, applications, workshop };
}
