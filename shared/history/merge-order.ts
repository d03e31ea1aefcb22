import type { ItemKind, PlanItem } from './history-types';

/*
 * Where each merged item sits in its list (#20). One side's order leads: theirs when only they
 * reordered what the base had, ours otherwise. The other side's items not yet placed go in right
 * after the item that precedes them on that side (or first), so every item appears exactly once.
 */

type Items = Map<string, PlanItem>;

const sequence = (items: Items | null, kind: ItemKind): string[] =>
  items
    ? [...items.values()]
        .filter((i) => i.kind === kind)
        .sort((a, b) => a.order - b.order)
        .map((i) => i.key)
    : [];

/** True when `side` keeps the base's items it still holds in the base's relative order. */
function keepsBaseOrder(base: string[], side: string[]): boolean {
  const position = new Map(base.map((key, i) => [key, i]));
  let last = -1;
  for (const key of side) {
    const at = position.get(key);
    if (at === undefined) continue;
    if (at < last) return false;
    last = at;
  }
  return true;
}

export function mergedOrder(merged: Items, B: Items | null, O: Items, T: Items): Map<string, number> {
  const order = new Map<string, number>();
  const kinds = new Set<ItemKind>();
  for (const item of merged.values()) if (item.id !== null) kinds.add(item.kind);
  for (const kind of kinds) {
    const ours = sequence(O, kind);
    const theirs = sequence(T, kind);
    const base = sequence(B, kind);
    const theirsLead = B !== null && keepsBaseOrder(base, ours) && !keepsBaseOrder(base, theirs);
    const [lead, other] = theirsLead ? [theirs, ours] : [ours, theirs];
    const placed = new Set<string>();
    const after = new Map<string | null, string[]>();
    const leadKeys = lead.filter((key) => merged.has(key));
    for (const key of leadKeys) placed.add(key);
    let previous: string | null = null;
    for (const key of other) {
      if (!merged.has(key)) continue;
      if (placed.has(key)) {
        previous = key;
        continue;
      }
      const list = after.get(previous);
      if (list) list.push(key);
      else after.set(previous, [key]);
      placed.add(key);
      previous = key;
    }
    let n = 0;
    // Depth first without recursion: a run of a thousand new items each follows the one before.
    const emitAfter = (start: string | null) => {
      const stack = [...(after.get(start) ?? [])].reverse();
      while (stack.length) {
        const key = stack.pop()!;
        order.set(key, n++);
        const next = after.get(key);
        if (next) for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
      }
    };
    emitAfter(null);
    for (const key of leadKeys) {
      order.set(key, n++);
      emitAfter(key);
    }
    // Items brought back by a repair from the base alone.
    for (const item of merged.values()) if (item.kind === kind && !order.has(item.key)) order.set(item.key, n++);
  }
  for (const item of merged.values()) if (item.id === null) order.set(item.key, 0);
  return order;
}
