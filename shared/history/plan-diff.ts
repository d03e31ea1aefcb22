import type { Plan } from '../model';
import type { ChangeKind, ItemChange, PlanDiff, PlanItem } from './history-types';
import { applyPaths, changedPaths } from './item-fields';
import { layOutOrder, parseItemKey, planFromItems, planItems } from './plan-items';

/*
 * What changed between two states of a plan (#20), item by item key. An item is
 * - added / removed when its key is only in one state;
 * - moved when its parent changed, or when it changed place among the siblings it kept: the
 *   siblings of both states that keep their relative order (a longest increasing run) stay, the
 *   others moved. So inserting or deleting one item moves nobody, and a pure reorder moves only
 *   the items that were dragged;
 * - rescheduled when its roadmap phases changed (schedules), changed when any other field did.
 * The plan's "last saved" stamp (meta.updatedAt) is when, not what, and is left out.
 * Linear in the items (plus n log n for the reorders), for 10,000-item plans.
 */

const IGNORED_PATHS = new Set(['meta updatedAt']);

export function diffPlans(before: Plan, after: Plan): PlanDiff {
  return diffItems(planItems(before), planItems(after));
}

export function diffItems(a: Map<string, PlanItem>, b: Map<string, PlanItem>): PlanDiff {
  const moved = reorderedKeys(a, b);
  const items: ItemChange[] = [];
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, moved: 0, rescheduled: 0, changed: 0 };
  const push = (change: ItemChange) => {
    items.push(change);
    for (const c of change.changes) counts[c]++;
  };
  for (const [key, after] of b) {
    const before = a.get(key);
    if (!before) {
      push({ ...describe(after, b, a), changes: ['added'], fields: changedPaths({}, after.fields), parentBefore: null, parentAfter: after.parentKey, indexAfter: after.index });
      continue;
    }
    const fields = changedPaths(before.fields, after.fields).filter((f) => !IGNORED_PATHS.has(`${after.kind} ${f.path}`));
    const changes: ChangeKind[] = [];
    if (before.parentKey !== after.parentKey || moved.has(key)) changes.push('moved');
    if (fields.length) changes.push(after.kind === 'schedule' ? 'rescheduled' : 'changed');
    if (changes.length)
      push({ ...describe(after, b, a), changes, fields, parentBefore: before.parentKey, parentAfter: after.parentKey, indexAfter: changes.includes('moved') ? after.index : null });
  }
  for (const [key, before] of a)
    if (!b.has(key)) push({ ...describe(before, a, b), changes: ['removed'], fields: [], parentBefore: before.parentKey, parentAfter: null, indexAfter: null });
  return { items, counts };
}

function describe(item: PlanItem, own: Map<string, PlanItem>, other: Map<string, PlanItem>): Pick<ItemChange, 'key' | 'kind' | 'label' | 'pillarKey'> {
  return { key: item.key, kind: item.kind, label: item.label, pillarKey: pillarKeyOf(item, own) ?? pillarKeyOf(item, other) };
}

/** The pillar an item sits under, through its parents (a schedule and a dependency go by their application). */
export function pillarKeyOf(item: PlanItem, items: Map<string, PlanItem>): string | null {
  let at: PlanItem | undefined = item;
  if (item.kind === 'schedule') at = items.get(`application:${item.id}`);
  else if (item.kind === 'dependency') at = items.get(`application:${String(item.fields.toId)}`);
  for (let hops = 0; at && hops < 4; hops++) {
    if (at.kind === 'pillar') return at.key;
    at = at.parentKey === null ? undefined : items.get(at.parentKey);
  }
  return null;
}

/**
 * Keys of items that kept their parent but not their place among the siblings both states share:
 * per sibling group, the before-positions read in after-order; the longest increasing run stays.
 */
function reorderedKeys(a: Map<string, PlanItem>, b: Map<string, PlanItem>): Set<string> {
  const groups = new Map<string, { key: string; before: number; after: number }[]>();
  for (const [key, after] of b) {
    const before = a.get(key);
    if (!before || before.id === null || before.parentKey !== after.parentKey) continue;
    const group = `${after.kind} ${after.parentKey ?? ''}`;
    const list = groups.get(group);
    const entry = { key, before: before.index, after: after.index };
    if (list) list.push(entry);
    else groups.set(group, [entry]);
  }
  const moved = new Set<string>();
  for (const list of groups.values()) {
    if (list.every((e, i) => i === 0 || list[i - 1]!.before < e.before)) continue;
    list.sort((x, y) => x.after - y.after);
    const keep = longestIncreasing(list.map((e) => e.before));
    list.forEach((e, i) => {
      if (!keep.has(i)) moved.add(e.key);
    });
  }
  return moved;
}

/** Indices of one longest strictly increasing subsequence (patience sorting, n log n). */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) keep.add(i);
  return keep;
}

/**
 * `before` with the diff applied: equal to the `after` it was made from, item for item and sibling
 * order for sibling order (how the lists of different parents interleave aside), meta.updatedAt
 * aside. Not validated.
 */
export function applyDiff(before: Plan, diff: PlanDiff): Plan {
  const items = planItems(before);
  const placed = new Map<string, number>();
  for (const change of diff.items) {
    const current = items.get(change.key);
    if (change.changes.includes('removed')) {
      items.delete(change.key);
      continue;
    }
    const { kind, id } = parseItemKey(change.key);
    const base: PlanItem = current ?? { key: change.key, kind, id, parentKey: null, index: 0, order: Infinity, label: change.label, fields: {} };
    const fields = change.fields.length ? applyPaths(base.fields, change.fields) : base.fields;
    items.set(change.key, { ...base, fields, parentKey: change.parentAfter });
    if (change.indexAfter !== null && change.indexAfter !== undefined) placed.set(change.key, change.indexAfter);
  }
  return planFromItems(layOutOrder(reindex([...items.values()], placed)), before);
}

/**
 * Sibling indices after a change: items with a known new index (added, moved) take it; the others
 * fill the remaining places in their old order.
 */
export function reindex(items: PlanItem[], placed: Map<string, number>): PlanItem[] {
  const groups = new Map<string, PlanItem[]>();
  for (const item of items) {
    if (item.id === null) continue;
    const group = `${item.kind} ${item.parentKey ?? ''}`;
    const list = groups.get(group);
    if (list) list.push(item);
    else groups.set(group, [item]);
  }
  const index = new Map<string, number>();
  for (const list of groups.values()) {
    const slots: (PlanItem | undefined)[] = new Array(list.length);
    const rest: PlanItem[] = [];
    for (const item of list) {
      const at = placed.get(item.key);
      if (at !== undefined && at < list.length && slots[at] === undefined) slots[at] = item;
      else rest.push(item);
    }
    rest.sort((x, y) => x.index - y.index || x.order - y.order);
    let r = 0;
    for (let i = 0; i < slots.length; i++) if (slots[i] === undefined) slots[i] = rest[r++];
    slots.forEach((item, i) => index.set(item!.key, i));
  }
  return items.map((item) => (index.has(item.key) ? { ...item, index: index.get(item.key)! } : item));
}
