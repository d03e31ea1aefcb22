import { planSchema, PLAN_FORMAT, PLAN_VERSION } from './schema/plan-schema';
import { migrateToCurrent } from './schema/migrations';
import { integrityProblems } from './plan-integrity';
import { findDuplicateKey, jsonTextShape } from './json-text';
import { listsOverCaps, overCapDetail, overCapsMessage } from './plan-caps';
import type { Plan } from './model';

export { maxNestingDepth } from './json-text';

/** Caps applied before parsing: a plan a team writes by hand is far below both. */
export const MAX_PLAN_BYTES = 32 * 1024 * 1024;
export const MAX_JSON_DEPTH = 64;

export type PlanLoadErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-utf8'
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'duplicate-key'
  | 'too-many-items'
  | 'not-a-plan'
  | 'newer-version'
  | 'invalid'
  | 'broken-references';

export interface PlanLoadError {
  code: PlanLoadErrorCode;
  /** One sentence a person can act on. */
  message: string;
  /** Specific problems found, for a details list; at most a few dozen. */
  details: string[];
}

export type PlanLoadResult =
  | { ok: true; plan: Plan; migratedFrom: number | null }
  | { ok: false; error: PlanLoadError };

const fail = (code: PlanLoadErrorCode, message: string, details: string[] = []): PlanLoadResult => ({
  ok: false,
  error: { code, message, details },
});

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Decodes bytes strictly as UTF-8 (a leading byte-order mark is allowed) and loads the plan. */
export function loadPlanFromBytes(bytes: Uint8Array): PlanLoadResult {
  if (bytes.byteLength === 0) return fail('empty', 'The file is empty: it holds no plan.');
  if (bytes.byteLength > MAX_PLAN_BYTES) return tooLarge(bytes.byteLength);
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
    return fail('not-a-plan', 'This is a PDF document, not a plan file. Open the .aiplan file the PDF was exported from.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail('not-utf8', 'The file is not UTF-8 text, so it is not a plan file (or it is damaged).');
  }
  return loadPlanFromText(text);
}

export function tooLarge(size: number): PlanLoadResult {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return fail('too-large', `The file is ${mb(size)}; plan files are at most ${mb(MAX_PLAN_BYTES)}. It is probably not a plan file.`);
}

/** Parse → guard → migrate → validate → check references. Never throws. */
export function loadPlanFromText(input: string): PlanLoadResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return fail('empty', 'The file is empty: it holds no plan.');
  if (text.length > MAX_PLAN_BYTES) return tooLarge(text.length);
  const { depth, keys } = jsonTextShape(text);
  if (depth > MAX_JSON_DEPTH)
    return fail('too-deep', `The file nests data ${depth > 100_000 ? 'over 100,000' : depth} levels deep; a plan never goes past ${MAX_JSON_DEPTH}. It is damaged or not a plan.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const where = e instanceof Error ? e.message : String(e);
    return fail('not-json', 'The file is not valid JSON: it may be truncated or damaged.', [where]);
  }
  const walked = walkKeys(raw);
  if (walked.forbidden)
    return fail('forbidden-key', `The file contains the key "${walked.forbidden}" (at ${pathOfForbiddenKey(raw)}), which a plan never uses and which could tamper with the app. It was not opened.`);
  // JSON.parse keeps the last of two equal keys, so `"version": 999, …, "version": 1` would read as 1.
  if (walked.keys !== keys) {
    const duplicate = findDuplicateKey(text);
    const where = duplicate ? `"${duplicate.key}" twice (at ${duplicate.path})` : 'a key twice in one place';
    return fail('duplicate-key', `The file gives ${where}, so it is unclear which value is meant. It was not opened; remove one of the two in a text editor.`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail('not-a-plan', 'The file is JSON but not an AI Alignment Planner plan.');
  const doc = raw as Record<string, unknown>;
  const version = doc.version;
  const looksLikePlan = doc.format === PLAN_FORMAT || (doc.format === undefined && version === 0 && Array.isArray(doc.pillars));
  if (!looksLikePlan) return fail('not-a-plan', 'The file is JSON but not an AI Alignment Planner plan.');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return fail('not-a-plan', 'The plan file has no readable version number, so it cannot be opened safely.');
  if (version > PLAN_VERSION)
    return fail('newer-version', `This plan was saved by a newer version of AI Alignment Planner (file format ${version}; this app reads up to ${PLAN_VERSION}). Update the app to open it; the file was left untouched.`);

  const migrated = version < PLAN_VERSION ? migrateToCurrent(doc, version) : doc;
  const over = listsOverCaps(migrated);
  if (over.length) return fail('too-many-items', overCapsMessage(over), over.map(overCapDetail));
  const parsed = planSchema.safeParse(migrated);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    return fail('invalid', `The plan file has ${parsed.error.issues.length === 1 ? 'a value' : `${parsed.error.issues.length} values`} of the wrong kind, so it was not opened.`, details);
  }
  const problems = integrityProblems(parsed.data);
  if (problems.length)
    return fail('broken-references', 'The plan file is inconsistent (items point at things that are missing or share ids), so it was not opened.', problems);
  return { ok: true, plan: parsed.data, migratedFrom: version < PLAN_VERSION ? version : null };
}

/**
 * Walks parsed JSON iteratively (depth already capped), counting the keys of every object and
 * stopping at a prototype-polluting key. The fast pass keeps no paths; only when a key is found
 * does a second pass say where.
 */
function walkKeys(root: unknown): { forbidden: string | null; keys: number } {
  const stack: unknown[] = [root];
  let keys = 0;
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const key in value) {
        if (FORBIDDEN_KEYS.has(key)) return { forbidden: key, keys };
        keys++;
        const child = (value as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) stack.push(child);
      }
    }
  }
  return { forbidden: null, keys };
}

function pathOfForbiddenKey(root: unknown): string {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return path || 'the top level';
      const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      stack.push({ value: (value as Record<string, unknown>)[key], path: childPath });
    }
  }
  return 'the top level';
}

/** The canonical bytes of a plan file: stable key order from the schema, 2-space indent, final newline. */
export function serialisePlan(plan: Plan): string {
  return JSON.stringify(plan, null, 2) + '\n';
}
