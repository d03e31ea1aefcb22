import type { Plan } from '../model';
import type { ItemKind, PlanItem } from './history-types';
import { applyPaths, changedPaths } from './item-fields';
import { parseItemKey, planFromItems, planItems, type PlanShell } from './plan-items';

/*
 * How a snapshot after the first is stored (#20): only the items that changed since the snapshot
 * before it, and within a changed item only the fields that changed. Compact keys, since twenty of
 * these sit in the plan file:
 *   r  keys removed
 *   a  items added, in the plan's order: { k: key, p: parent key, f: fields }
 *   c  items changed: { k: key, f?: { path: value }, u?: [paths removed], p?: new parent key }
 *   o  per kind, the full list of ids in order, only when the order is not "as before, the removed
 *      left out, the added at the end" (a reorder, or an insertion in the middle)
 */

export interface StoredDelta {
  r?: string[];
  a?: { k: string; p: string | null; f: Record<string, unknown> }[];
  c?: { k: string; f?: Record<string, unknown>; u?: string[]; p?: string | null }[];
  o?: Partial<Record<ItemKind, string[]>>;
}

const listsInOrder = (items: Map<string, PlanItem>): Map<ItemKind, PlanItem[]> => {
  const lists = new Map<ItemKind, PlanItem[]>();
  for (const item of items.values()) {
    if (item.id === null) continue;
    const list = lists.get(item.kind);
    if (list) list.push(item);
    else lists.set(item.kind, [item]);
  }
  for (const list of lists.values()) list.sort((x, y) => x.order - y.order);
  return lists;
};

/** The delta that turns `before` into `after` (both as items); entries with nothing in them are left out. */
export function encodeDelta(before: Map<string, PlanItem>, after: Map<string, PlanItem>): StoredDelta {
  const delta: StoredDelta = {};
  const removed: string[] = [];
  for (const key of before.keys()) if (!after.has(key)) removed.push(key);
  const added: NonNullable<StoredDelta['a']> = [];
  const changed: NonNullable<StoredDelta['c']> = [];
  for (const [key, item] of after) {
    const old = before.get(key);
    if (!old) {
      added.push({ k: key, p: item.parentKey, f: item.fields });
      continue;
    }
    const entry: NonNullable<StoredDelta['c']>[number] = { k: key };
    for (const change of changedPaths(old.fields, item.fields)) {
      if (change.after === undefined) (entry.u ??= []).push(change.path);
      else (entry.f ??= {})[change.path] = change.after;
    }
    if (old.parentKey !== item.parentKey) entry.p = item.parentKey;
    if (entry.f || entry.u || 'p' in entry) changed.push(entry);
  }
  const afterLists = listsInOrder(after);
  const beforeLists = listsInOrder(before);
  const order: NonNullable<StoredDelta['o']> = {};
  for (const [kind, list] of afterLists) {
    const expected = (beforeLists.get(kind) ?? []).filter((i) => after.has(i.key)).map((i) => i.key);
    for (const item of list) if (!before.has(item.key)) expected.push(item.key);
    if (expected.length !== list.length || list.some((item, i) => item.key !== expected[i])) order[kind] = list.map((i) => i.id!);
  }
  if (removed.length) delta.r = removed;
  if (added.length) delta.a = added;
  if (changed.length) delta.c = changed;
  if (Object.keys(order).length) delta.o = order;
  return delta;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `before` with a stored delta applied. Throws on a delta that does not fit (an entry for an item
 * that is not there, a malformed entry): the caller refuses the snapshot.
 */
export function applyDelta(before: Plan, stored: Record<string, unknown>, shell: PlanShell): Plan {
  const items = planItems(before);
  const delta = stored as StoredDelta;
  for (const key of list(delta.r)) {
    if (typeof key !== 'string' || !items.delete(key)) throw new Error(`removes ${String(key)}, which is not there`);
  }
  for (const entry of list(delta.c)) {
    if (!isObject(entry) || typeof entry.k !== 'string') throw new Error('a malformed change');
    const item = items.get(entry.k);
    if (!item) throw new Error(`changes ${entry.k}, which is not there`);
    const paths = [
      ...list(entry.u).map((path) => ({ path: String(path), after: undefined })),
      ...Object.entries(isObject(entry.f) ? entry.f : {}).map(([path, after]) => ({ path, after })),
    ];
    const parentKey = 'p' in entry ? (typeof entry.p === 'string' ? entry.p : null) : item.parentKey;
    items.set(entry.k, { ...item, parentKey, fields: applyPaths(item.fields, paths) });
  }
  let next = 0;
  for (const entry of list(delta.a)) {
    if (!isObject(entry) || typeof entry.k !== 'string' || !isObject(entry.f) || items.has(entry.k)) throw new Error('a malformed or repeated addition');
    const { kind, id } = parseItemKey(entry.k);
    items.set(entry.k, { key: entry.k, kind, id, parentKey: typeof entry.p === 'string' ? entry.p : null, index: 0, order: 1e9 + next++, label: '', fields: entry.f });
  }
  const orders = isObject(delta.o) ? delta.o : {};
  for (const [kind, ids] of Object.entries(orders)) {
    const positions = new Map(list(ids).map((id, i) => [`${kind}:${String(id)}`, i]));
    for (const item of items.values()) {
      if (item.kind !== kind) continue;
      const at = positions.get(item.key);
      if (at === undefined) throw new Error(`the order of ${kind} leaves out ${item.key}`);
      items.set(item.key, { ...item, order: at });
    }
  }
  return planFromItems(items.values(), shell);
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** How many entries a delta holds, to tell when storing the whole state is as cheap. */
export const deltaSize = (delta: StoredDelta): number =>
  (delta.r?.length ?? 0) + (delta.a?.length ?? 0) + (delta.c?.length ?? 0) + Object.values(delta.o ?? {}).reduce((n, ids) => n + (ids?.length ?? 0), 0);
