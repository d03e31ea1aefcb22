/*
 * An item's fields as dotted paths (#20): nested objects are walked ("value.oneOff.pilot"), while
 * arrays and empty objects are values of their own, compared whole. Keys of a plan are schema keys
 * or ids, neither of which holds a dot, so a path splits back into its keys.
 */

type Fields = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Structural equality of JSON values (key order aside). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.hasOwn(b, k) || !deepEqual((a as Fields)[k], (b as Fields)[k])) return false;
  return true;
}

/** The leaves of `fields` by dotted path; undefined values are left out, as JSON leaves them out. */
export function flattenFields(fields: Fields, into = new Map<string, unknown>(), prefix = ''): Map<string, unknown> {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value) && Object.keys(value).length > 0) flattenFields(value, into, path);
    else into.set(path, value);
  }
  return into;
}

/** The paths whose values differ between two items' fields, with both values (undefined: absent). */
export function changedPaths(before: Fields, after: Fields): { path: string; before: unknown; after: unknown }[] {
  if (before === after || deepEqual(before, after)) return [];
  const a = flattenFields(before);
  const b = flattenFields(after);
  const out: { path: string; before: unknown; after: unknown }[] = [];
  for (const [path, value] of a) if (!b.has(path) || !deepEqual(value, b.get(path))) out.push({ path, before: value, after: b.get(path) });
  for (const [path, value] of b) if (!a.has(path)) out.push({ path, before: undefined, after: value });
  return out;
}

/** `fields` with the value at `path` replaced (undefined removes it); copies only the objects on the way. */
export function withPath(fields: Fields, path: string, value: unknown): Fields {
  return setAt(fields, path.split('.'), 0, value);
}

function setAt(target: Fields, keys: string[], at: number, value: unknown): Fields {
  const key = keys[at]!;
  const copy: Fields = { ...target };
  if (at === keys.length - 1) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  }
  const child = copy[key];
  if (!isPlainObject(child)) {
    if (value === undefined) return target;
    copy[key] = setAt({}, keys, at + 1, value);
  } else copy[key] = setAt(child, keys, at + 1, value);
  return copy;
}

/**
 * Applies path changes to fields: removals first, then values (so that a value replacing an object
 * of leaves, or leaves replacing a value, land whichever way round).
 */
export function applyPaths(fields: Fields, changes: readonly { path: string; after: unknown }[]): Fields {
  let out = fields;
  for (const change of changes) if (change.after === undefined) out = withPath(out, change.path, undefined);
  for (const change of changes) if (change.after !== undefined) out = withPath(out, change.path, change.after);
  return out;
}
