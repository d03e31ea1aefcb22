/*
 * Facts about JSON text that JSON.parse hides: how deep it nests and whether an object repeats a
 * key (JSON.parse silently keeps the last copy). Linear scans with no recursion; strings are skipped
 * with indexOf, which is several times faster than stepping through them.
 */

export interface JsonTextShape {
  /** Deepest array/object nesting. */
  depth: number;
  /** Object keys as written, duplicates included: in JSON, every colon outside a string ends a key. */
  keys: number;
}

/** Nesting depth and key count of JSON text in one pass; brackets and colons inside strings are ignored. */
export function jsonTextShape(text: string): JsonTextShape {
  let depth = 0;
  let max = 0;
  let keys = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i = closingQuote(text, i + 1);
      if (i < 0) break;
    } else if (c === 58 /* : */) keys++;
    else if (c === 123 || c === 91 /* { [ */) {
      if (++depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return { depth: max, keys };
}

/** Deepest array/object nesting in JSON text, ignoring brackets inside strings. */
export function maxNestingDepth(text: string): number {
  return jsonTextShape(text).depth;
}

export interface DuplicateKey {
  key: string;
  /** Where the object holding it sits, as `applications[3].dimensions`; '' for the top level. */
  path: string;
}

interface Frame {
  isObject: boolean;
  keys: Set<string> | null;
  /** The last key read in an object, or the index of the current item in an array. */
  at: string | number;
  expectKey: boolean;
}

/**
 * The first key written twice in one object of valid JSON text, with where that object is; null when
 * every object's keys are distinct. Keys are compared as JSON.parse reads them (escapes decoded).
 * Slower than `jsonTextShape`: run it only once that says a key is repeated.
 */
export function findDuplicateKey(text: string): DuplicateKey | null {
  const frames: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = frames[frames.length - 1];
    if (c === 34 /* " */) {
      const end = closingQuote(text, i + 1);
      if (end < 0) return null;
      if (top?.isObject && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        top.keys ??= new Set();
        if (top.keys.has(key)) return { key, path: pathOf(frames) };
        top.keys.add(key);
        top.at = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === 123 /* { */) frames.push({ isObject: true, keys: null, at: '', expectKey: true });
    else if (c === 91 /* [ */) frames.push({ isObject: false, keys: null, at: 0, expectKey: false });
    else if (c === 125 || c === 93 /* } ] */) frames.pop();
    else if (c === 44 /* , */ && top) {
      if (top.isObject) top.expectKey = true;
      else top.at = (top.at as number) + 1;
    }
  }
  return null;
}

function pathOf(frames: readonly Frame[]): string {
  let path = '';
  for (let f = 0; f < frames.length - 1; f++) {
    const { isObject, at } = frames[f]!;
    path += isObject ? (path ? `.${String(at)}` : String(at)) : `[${String(at)}]`;
  }
  return path;
}

/** Index of the quote that ends the string starting at `from`, or -1 if it never ends. */
function closingQuote(text: string, from: number): number {
  let at = text.indexOf('"', from);
  while (at >= 0) {
    let backslashes = 0;
    for (let j = at - 1; j >= from && text.charCodeAt(j) === 92; j--) backslashes++;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
  return -1;
}
