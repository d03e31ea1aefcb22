/**
 * Items of one kind live in one array; siblings are the items sharing a parent, in array order.
 * Moving an item re-inserts it just before the sibling that will follow it, so no other item moves
 * relative to its own siblings and nothing is ever duplicated.
 */
export function moveAmongSiblings<T extends { id: string }>(
  items: readonly T[],
  id: string,
  parentOf: (item: T) => string | null,
  withParent: (item: T) => T,
  toParent: string | null,
  toIndex: number,
): T[] {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return items as T[];
  const moved = withParent(items[from]!);
  const rest = items.filter((_, i) => i !== from);
  const siblings = rest.filter((item) => parentOf(item) === toParent);
  const clamped = Math.max(0, Math.min(toIndex, siblings.length));
  const before = siblings[clamped];
  let insertAt: number;
  if (before) insertAt = rest.indexOf(before);
  else {
    const last = siblings[siblings.length - 1];
    insertAt = last ? rest.indexOf(last) + 1 : rest.length;
  }
  return [...rest.slice(0, insertAt), moved, ...rest.slice(insertAt)];
}

/** Replaces the item with `id` by `update(item)`; returns the same array when nothing changed. */
export function updateById<T extends { id: string }>(items: readonly T[], id: string, update: (item: T) => T): T[] {
  let changed = false;
  const next = items.map((item) => {
    if (item.id !== id) return item;
    const updated = update(item);
    if (updated !== item) changed = true;
    return updated;
  });
  return changed ? next : (items as T[]);
}

/** Position of an item among its siblings, or -1. */
export function siblingIndex<T extends { id: string }>(items: readonly T[], id: string, parentOf: (item: T) => string | null): number {
  const item = items.find((i) => i.id === id);
  if (!item) return -1;
  const parent = parentOf(item);
  return items.filter((i) => parentOf(i) === parent).indexOf(item);
}

/** A shallow patch that only counts as a change when a value differs. */
export function patchObject<T extends object>(item: T, patch: Partial<NoInfer<T>>): T {
  for (const key of Object.keys(patch) as (keyof T)[]) {
    if (!Object.is(item[key], patch[key])) return { ...item, ...patch };
  }
  return item;
}
