import type { ChangeKind, ItemChange, PlanDiff, PlanItem } from '../../../shared/history/history-types';

/*
 * The comparison as the dialog lists it: the changes of the kinds shown, grouped by the pillar they
 * sit under, pillars in the order of the later state (then those only in the earlier one), and the
 * plan-wide parts (plan details, readiness, the workshop…) last.
 */

export interface ChangeGroup {
  /** The pillar's key, or null for changes under no pillar. */
  pillarKey: string | null;
  label: string | null;
  items: ItemChange[];
}

/** Whether an item shows with these kinds hidden: when any of its changes is of a kind shown. */
export const isShown = (item: ItemChange, hidden: readonly ChangeKind[]): boolean => item.changes.some((c) => !hidden.includes(c));

export function groupByPillar(diff: PlanDiff, hidden: readonly ChangeKind[], before: Map<string, PlanItem>, after: Map<string, PlanItem>): ChangeGroup[] {
  const groups = new Map<string | null, ChangeGroup>();
  for (const item of diff.items) {
    if (!isShown(item, hidden)) continue;
    let group = groups.get(item.pillarKey);
    if (!group) {
      const label = item.pillarKey === null ? null : (after.get(item.pillarKey)?.label ?? before.get(item.pillarKey)?.label ?? item.pillarKey);
      group = { pillarKey: item.pillarKey, label, items: [] };
      groups.set(item.pillarKey, group);
    }
    group.items.push(item);
  }
  const rank = (key: string | null) => {
    if (key === null) return Number.MAX_SAFE_INTEGER;
    const item = after.get(key) ?? before.get(key);
    return (after.has(key) ? 0 : 1_000_000) + (item?.index ?? 0);
  };
  return [...groups.values()].sort((a, b) => rank(a.pillarKey) - rank(b.pillarKey));
}

/** What a parent key is called in either state, for "Moved from … to …". */
export function parentLabel(key: string | null, before: Map<string, PlanItem>, after: Map<string, PlanItem>): string | null {
  if (key === null) return null;
  return after.get(key)?.label ?? before.get(key)?.label ?? key;
}
