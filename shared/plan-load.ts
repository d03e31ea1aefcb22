import { planSchema, PLAN_FORMAT, PLAN_VERSION } from './schema/plan-schema';
import { HISTORY_CAPS } from './schema/history-schema';
import { migrateToCurrent } from './schema/migrations';
import { integrityProblems } from './plan-integrity';
import { findDuplicateKey, jsonTextShape } from './json-text';
import { listsOverCaps, overCapDetailIn, overCapsMessage } from './plan-caps';
import type { Plan } from './model';
import { historyText } from './history/history-text';
import { t as activeT } from './i18n/active-locale';
import type { Translate } from './i18n/translator';

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
  /** One sentence a person can act on, in the language the loader was given (the active one by default). */
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
export function loadPlanFromBytes(bytes: Uint8Array, t: Translate = activeT): PlanLoadResult {
  if (bytes.byteLength === 0) return fail('empty', t('domain.load.empty'));
  if (bytes.byteLength > MAX_PLAN_BYTES) return tooLarge(bytes.byteLength, t);
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return fail('not-a-plan', t('domain.load.pdf'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail('not-utf8', t('domain.load.notUtf8'));
  }
  return loadPlanFromText(text, t);
}

export function tooLarge(size: number, t: Translate = activeT): PlanLoadResult {
  const mb = (n: number) => t('domain.load.megabytes', { size: n / 1024 / 1024 });
  return fail('too-large', t('domain.load.tooLarge', { size: mb(size), max: mb(MAX_PLAN_BYTES) }));
}

/** Parse → guard → migrate → validate → check references. Never throws. Messages are written in t's language. */
export function loadPlanFromText(input: string, t: Translate = activeT): PlanLoadResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return fail('empty', t('domain.load.empty'));
  if (text.length > MAX_PLAN_BYTES) return tooLarge(text.length, t);
  const { depth, keys } = jsonTextShape(text);
  if (depth > MAX_JSON_DEPTH)
    return fail('too-deep', t('domain.load.tooDeep', { over: depth > 100_000 ? 'yes' : 'no', depth: String(depth), max: String(MAX_JSON_DEPTH) }));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const where = e instanceof Error ? e.message : String(e);
    return fail('not-json', t('domain.load.notJson'), [where]);
  }
  const walked = walkKeys(raw);
  if (walked.forbidden)
    return fail('forbidden-key', t('domain.load.forbiddenKey', { key: walked.forbidden, path: pathOfForbiddenKey(raw) || t('domain.load.topLevel') }));
  // JSON.parse keeps the last of two equal keys, so `"version": 999, …, "version": 1` would read as 1.
  if (walked.keys !== keys) {
    const duplicate = findDuplicateKey(text);
    return fail(
      'duplicate-key',
      duplicate ? t('domain.load.duplicateKey', { key: duplicate.key, path: duplicate.path || t('domain.load.topLevel') }) : t('domain.load.duplicateKeySomewhere'),
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail('not-a-plan', t('domain.load.notAPlan'));
  const doc = raw as Record<string, unknown>;
  const version = doc.version;
  const looksLikePlan = doc.format === PLAN_FORMAT || (doc.format === undefined && version === 0 && Array.isArray(doc.pillars));
  if (!looksLikePlan) return fail('not-a-plan', t('domain.load.notAPlan'));
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return fail('not-a-plan', t('domain.load.noVersion'));
  if (version > PLAN_VERSION)
    return fail('newer-version', t('domain.load.newerVersion', { version: String(version), current: String(PLAN_VERSION) }));

  const migrated = version < PLAN_VERSION ? migrateToCurrent(doc, version) : doc;
  const snapshots = snapshotCount(migrated);
  if (snapshots > HISTORY_CAPS.snapshots)
    return fail('too-many-items', t('domain.history.tooManySnapshots', { count: snapshots, max: HISTORY_CAPS.snapshots }));
  const over = listsOverCaps(migrated);
  if (over.length) return fail('too-many-items', overCapsMessage(over, t), over.map((o) => overCapDetailIn(o, t)));
  const parsed = planSchema.safeParse(migrated);
  if (!parsed.success) {
    // The schema's own wording of each issue stays as the validator gives it: a detail for whoever repairs the file.
    const details = parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || t('domain.load.invalidDetailTopLevel')}: ${issue.message}`);
    const count = parsed.error.issues.length;
    return fail('invalid', t('domain.load.invalid', { count, shown: String(count) }), details);
  }
  const problems = integrityProblems(parsed.data, 20, t);
  if (problems.length) return fail('broken-references', t('domain.load.brokenReferences'), problems);
  return { ok: true, plan: parsed.data, migratedFrom: version < PLAN_VERSION ? version : null };
}

/** How many snapshots the document's history holds, counted before the schema looks at them. */
function snapshotCount(doc: Record<string, unknown>): number {
  const history = doc.history;
  if (typeof history !== 'object' || history === null) return 0;
  const list = (history as Record<string, unknown>).snapshots;
  return Array.isArray(list) ? list.length : 0;
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

/** Where the forbidden key sits, as `applications[3]`; '' for the top level. */
function pathOfForbiddenKey(root: unknown): string {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return path;
      const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      stack.push({ value: (value as Record<string, unknown>)[key], path: childPath });
    }
  }
  return '';
}

/**
 * The canonical bytes of a plan file: stable key order from the schema, 2-space indent, final newline;
 * the history last and compact (historyText).
 */
export function serialisePlan(plan: Plan): string {
  const { history, ...rest } = plan;
  const body = JSON.stringify(rest, null, 2);
  return `${body.slice(0, -2)},\n  "history": ${historyText(history, '  ')}\n}\n`;
}
