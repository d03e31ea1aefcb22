import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlanFile, savePlanFile } from '../../../../electron/files/plan-file';
import type { Plan } from '../../../../shared/model';
import { updateMeta } from '../../../../shared/operations/document';
import * as matrix from '../../../../shared/operations/matrix';
import { integrityProblems } from '../../../../shared/plan-integrity';
import { loadPlanFromBytes, loadPlanFromText, serialisePlan, type PlanLoadErrorCode, type PlanLoadResult } from '../../../../shared/plan-load';
import { addDependency, moveSchedule, scheduleApplication } from '../../../../shared/roadmap/schedule-ops';
import { generatePlan } from '../../../fixtures/generate-plan';
import { examplePlanForTest, NOW } from '../plan-fixtures';

/*
 * Whatever bytes arrive, loading answers with a plan or a typed error, and never with an exception
 * or a changed prototype; and a plan built by any sequence of edits survives save → open unchanged.
 */

const KNOWN_CODES: ReadonlySet<PlanLoadErrorCode> = new Set<PlanLoadErrorCode>([
  'empty', 'too-large', 'not-utf8', 'not-json', 'too-deep', 'forbidden-key', 'duplicate-key', 'too-many-items', 'not-a-plan', 'newer-version', 'invalid', 'broken-references',
]);
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;
const ignoredRootRegex = /^(__vitest|__VITEST|\$|vi$|expect$|jest)/;
const SEED = 7_2027;

/*
 * The poisoning check snapshots globals when first imported; Node adds undici's globals the first
 * time `fetch` and friends are touched, which the snapshot itself does, so touch them first.
 */
let poisoning: typeof import('@fast-check/poisoning');
beforeAll(async () => {
  void globalThis.fetch;
  void globalThis.WebSocket;
  void globalThis.EventSource;
  poisoning = await import('@fast-check/poisoning');
});

function runProperty<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns: number): void {
  try {
    fc.assert(fc.property(arbitrary, predicate).afterEach(() => poisoning.assertNoPoisoning({ ignoredRootRegex })), { numRuns, seed: SEED });
  } catch (error) {
    poisoning.restoreGlobals({ ignoredRootRegex });
    throw error;
  }
}

async function runAsyncProperty<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, numRuns: number): Promise<void> {
  try {
    await fc.assert(fc.asyncProperty(arbitrary, predicate).afterEach(() => poisoning.assertNoPoisoning({ ignoredRootRegex })), { numRuns, seed: SEED });
  } catch (error) {
    poisoning.restoreGlobals({ ignoredRootRegex });
    throw error;
  }
}

/** Calls the loader and insists on a typed answer: a thrown exception fails the property. */
function typedOutcome(load: () => PlanLoadResult): PlanLoadResult {
  const result = load();
  if (result.ok) {
    expect(integrityProblems(result.plan)).toEqual([]);
  } else {
    expect(KNOWN_CODES.has(result.error.code)).toBe(true);
    expect(result.error.message.length).toBeGreaterThan(10);
    expect(Array.isArray(result.error.details)).toBe(true);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  return result;
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Inserts `"key": value` as the first member of the n-th object (counting `{` outside strings). */
function injectKey(json: string, n: number, key: string, value: string): string {
  const opens: number[] = [];
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') opens.push(i);
  }
  if (opens.length === 0) return json;
  const at = opens[n % opens.length]! + 1;
  const closesAt = json.slice(at).trimStart().startsWith('}');
  return `${json.slice(0, at)}${JSON.stringify(key)}:${value}${closesAt ? '' : ','}${json.slice(at)}`;
}

const example = examplePlanForTest();
const generated = generatePlan({ pillars: 2, objectivesPerPillar: 2, applicationsPerObjective: 3, kpisPerApplication: 2, scheduled: true, startMonth: '2027-01', horizonMonths: 24 });
const validTexts = [serialisePlan(example), serialisePlan(generated)];

describe('loadPlanFromBytes and loadPlanFromText, on anything', () => {
  it('answer random bytes with a typed result', () => {
    const prefixes = fc.constantFrom(new Uint8Array(), new Uint8Array([0xef, 0xbb, 0xbf]), encode('{'), encode('{"format":"ai-alignment-plan","version":1,'), encode('%PDF'));
    runProperty(
      fc.tuple(prefixes, fc.uint8Array({ maxLength: 1024 })),
      ([prefix, tail]) => {
        const bytes = new Uint8Array([...prefix, ...tail]);
        const result = typedOutcome(() => loadPlanFromBytes(bytes));
        expect(result.ok).toBe(false);
      },
      400,
    );
  });

  it('answer random text, lone surrogates included, with a typed result', () => {
    runProperty(fc.string({ unit: 'binary', maxLength: 400 }), (text) => void typedOutcome(() => loadPlanFromText(text)), 300);
  });

  it('answer random JSON with a typed result', () => {
    runProperty(
      fc.oneof(fc.json({ maxDepth: 8 }), fc.jsonValue({ maxDepth: 8 }).map((v) => JSON.stringify(v) ?? 'null')),
      (text) => {
        const result = typedOutcome(() => loadPlanFromText(text));
        // Nothing generated at random is a plan.
        expect(result.ok).toBe(false);
      },
      400,
    );
  });

  it('refuse __proto__, constructor and prototype keys at any depth of random JSON', () => {
    runProperty(
      fc.record({
        base: fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify({ wrapper: v })),
        at: fc.nat(),
        key: fc.constantFrom(...FORBIDDEN),
        value: fc.oneof(fc.constant('{"polluted":true}'), fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? 'null')),
      }),
      ({ base, at, key, value }) => {
        const result = typedOutcome(() => loadPlanFromBytes(encode(injectKey(base, at, key, value))));
        expect(result.ok ? 'loaded' : result.error.code).toMatch(/^(forbidden-key|too-deep)$/);
      },
      400,
    );
  });

  it('refuse __proto__, constructor and prototype keys at every level of a valid plan', () => {
    runProperty(
      fc.record({ text: fc.constantFrom(...validTexts), at: fc.nat(), key: fc.constantFrom(...FORBIDDEN), bom: fc.boolean() }),
      ({ text, at, key, bom }) => {
        const hostile = `${bom ? '\uFEFF' : ''}${injectKey(text, at, key, '{"polluted":true,"isAdmin":true}')}`;
        const result = typedOutcome(() => loadPlanFromBytes(encode(hostile)));
        expect(result.ok ? 'loaded' : result.error.code).toBe('forbidden-key');
        expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      },
      300,
    );
  });
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function pathsOf(value: Json, prefix: Path = []): Path[] {
  const paths: Path[] = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) paths.push(...pathsOf(child, [...prefix, key]));
  return paths;
}

function parentOf(doc: Json, path: Path): { parent: Record<string | number, Json>; last: string | number } | null {
  let parent: Json = doc;
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return null;
    parent = (parent as Record<string | number, Json>)[key] ?? null;
  }
  if (typeof parent !== 'object' || parent === null) return null;
  return { parent: parent as Record<string | number, Json>, last: path[path.length - 1]! };
}

const typeOf = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const REFERENCE_KEYS = new Set(['pillarId', 'objectiveId', 'applicationId', 'fromId', 'toId']);

type Mutation =
  | { kind: 'delete-key'; at: number }
  | { kind: 'change-type'; at: number; value: Json }
  | { kind: 'duplicate-id'; from: number; to: number }
  | { kind: 'retarget-reference'; at: number; target: number; dangling: boolean };

/**
 * Applies a mutation to a plan document and says what the loader must answer, when that is certain:
 * a duplicated id and a reference to an id that exists nowhere are never accepted.
 */
function applyMutation(doc: Json, m: Mutation): 'must-refuse' | 'either' {
  const paths = pathsOf(doc);
  if (m.kind === 'delete-key' || m.kind === 'change-type') {
    if (paths.length === 0) return 'either';
    const found = parentOf(doc, paths[m.at % paths.length]!);
    if (!found) return 'either';
    const { parent, last } = found;
    if (m.kind === 'delete-key') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else {
      const before = parent[last] ?? null;
      parent[last] = typeOf(m.value) === typeOf(before) ? (typeof before === 'string' ? 12345 : 'a string') : m.value;
    }
    return 'either';
  }
  const idPaths = paths.filter((p) => p[p.length - 1] === 'id');
  const idAt = (n: number) => parentOf(doc, idPaths[n % idPaths.length]!);
  if (m.kind === 'duplicate-id') {
    if (idPaths.length < 2) return 'either';
    const source = idAt(m.from);
    const target = idAt(m.to);
    if (!source || !target || source.parent === target.parent) return 'either';
    target.parent.id = source.parent.id ?? null;
    return 'must-refuse';
  }
  const refPaths = paths.filter((p) => REFERENCE_KEYS.has(String(p[p.length - 1])));
  if (refPaths.length === 0) return 'either';
  const found = parentOf(doc, refPaths[m.at % refPaths.length]!);
  if (!found) return 'either';
  if (m.dangling) {
    found.parent[found.last] = `nowhere${m.target}`;
    return 'must-refuse';
  }
  const other = idPaths.length ? idAt(m.target) : null;
  found.parent[found.last] = other?.parent.id ?? null;
  return 'either';
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-key' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('change-type' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('duplicate-id' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('retarget-reference' as const), at: fc.nat(), target: fc.nat(), dangling: fc.boolean() }),
);

describe('loadPlanFromText, on mutations of a valid plan', () => {
  it('answers with a plan or a typed error, refuses duplicated ids and dangling references, and loads what it accepts idempotently', () => {
    let refused = 0;
    let loaded = 0;
    runProperty(
      fc.record({ text: fc.constantFrom(...validTexts), mutation: mutationArb }),
      ({ text, mutation }) => {
        const doc = JSON.parse(text) as Json;
        const expectation = applyMutation(doc, mutation);
        const result = typedOutcome(() => loadPlanFromText(JSON.stringify(doc)));
        if (expectation === 'must-refuse') expect(result.ok ? 'loaded' : result.error.code).toMatch(/^(broken-references|invalid)$/);
        if (result.ok) {
          loaded++;
          const again = loadPlanFromText(serialisePlan(result.plan));
          expect(again.ok && again.plan).toEqual(result.plan);
        } else refused++;
      },
      500,
    );
    expect(refused).toBeGreaterThan(0);
    expect(loaded).toBeGreaterThan(0);
  });

  it('answers several mutations in a row the same way', () => {
    runProperty(
      fc.record({ text: fc.constantFrom(...validTexts), mutations: fc.array(mutationArb, { minLength: 2, maxLength: 5 }) }),
      ({ text, mutations }) => {
        const doc = JSON.parse(text) as Json;
        for (const m of mutations) applyMutation(doc, m);
        typedOutcome(() => loadPlanFromBytes(encode(JSON.stringify(doc))));
      },
      300,
    );
  });
});

/** One edit a person can make; indices pick among the items that exist when it is applied. */
type Edit =
  | { op: 'addPillar'; title: string; index: number }
  | { op: 'addObjective'; pillar: number; title: string }
  | { op: 'addApplication'; objective: number; unaligned: boolean; title: string; owner: string; impact: number }
  | { op: 'addKpi'; application: number; name: string; baseline: number | null }
  | { op: 'moveApplication'; application: number; objective: number; unaligned: boolean; index: number }
  | { op: 'moveObjective'; objective: number; pillar: number; index: number }
  | { op: 'movePillar'; pillar: number; index: number }
  | { op: 'moveKpi'; kpi: number; application: number; index: number }
  | { op: 'deletePillar'; pillar: number }
  | { op: 'deleteObjective'; objective: number }
  | { op: 'deleteApplication'; application: number }
  | { op: 'deleteKpi'; kpi: number }
  | { op: 'updateApplication'; application: number; title: string; description: string }
  | { op: 'schedule'; application: number; month: number }
  | { op: 'moveSchedule'; application: number; delta: number }
  | { op: 'addDependency'; from: number; to: number }
  | { op: 'retitle'; title: string };

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const markup = fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"}\n{"__proto__":1', 'Łódź Søren € 東京', '\u202Eevil', '');
const words = fc.oneof(text, markup, fc.string({ unit: 'binary', maxLength: 30 }));
const n = fc.nat({ max: 50 });

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('addPillar' as const), title: words, index: n }),
  fc.record({ op: fc.constant('addObjective' as const), pillar: n, title: words }),
  fc.record({ op: fc.constant('addApplication' as const), objective: n, unaligned: fc.boolean(), title: words, owner: words, impact: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant('addKpi' as const), application: n, name: words, baseline: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x))) }),
  fc.record({ op: fc.constant('moveApplication' as const), application: n, objective: n, unaligned: fc.boolean(), index: n }),
  fc.record({ op: fc.constant('moveObjective' as const), objective: n, pillar: n, index: n }),
  fc.record({ op: fc.constant('movePillar' as const), pillar: n, index: n }),
  fc.record({ op: fc.constant('moveKpi' as const), kpi: n, application: n, index: n }),
  fc.record({ op: fc.constant('deletePillar' as const), pillar: n }),
  fc.record({ op: fc.constant('deleteObjective' as const), objective: n }),
  fc.record({ op: fc.constant('deleteApplication' as const), application: n }),
  fc.record({ op: fc.constant('deleteKpi' as const), kpi: n }),
  fc.record({ op: fc.constant('updateApplication' as const), application: n, title: words, description: words }),
  fc.record({ op: fc.constant('schedule' as const), application: n, month: fc.nat({ max: 11 }) }),
  fc.record({ op: fc.constant('moveSchedule' as const), application: n, delta: fc.integer({ min: -6, max: 6 }) }),
  fc.record({ op: fc.constant('addDependency' as const), from: n, to: n }),
  fc.record({ op: fc.constant('retitle' as const), title: words.filter((t) => t.length > 0) }),
);

const idOf = <T extends { id: string }>(items: readonly T[], i: number): string => items[i % Math.max(1, items.length)]?.id ?? 'missing';

/** Applies edits with the pure operations; ids come from a counter, as the app injects them. */
function planFromEdits(base: Plan, edits: readonly Edit[]): Plan {
  let plan = base;
  let next = 0;
  const newId = () => `e${++next}`;
  for (const e of edits) {
    switch (e.op) {
      case 'addPillar': plan = matrix.addPillar(plan, { id: newId(), title: e.title }, e.index); break;
      case 'addObjective': plan = matrix.addObjective(plan, { id: newId(), pillarId: idOf(plan.pillars, e.pillar), title: e.title }); break;
      case 'addApplication':
        plan = matrix.addApplication(plan, { id: newId(), objectiveId: e.unaligned ? null : idOf(plan.objectives, e.objective), title: e.title, owner: e.owner, impact: e.impact });
        break;
      case 'addKpi': plan = matrix.addKpi(plan, { id: newId(), applicationId: idOf(plan.applications, e.application), name: e.name, baseline: e.baseline }); break;
      case 'moveApplication':
        plan = matrix.moveApplication(plan, idOf(plan.applications, e.application), e.unaligned ? null : idOf(plan.objectives, e.objective), e.index);
        break;
      case 'moveObjective': plan = matrix.moveObjective(plan, idOf(plan.objectives, e.objective), idOf(plan.pillars, e.pillar), e.index); break;
      case 'movePillar': plan = matrix.movePillar(plan, idOf(plan.pillars, e.pillar), e.index); break;
      case 'moveKpi': plan = matrix.moveKpi(plan, idOf(plan.kpis, e.kpi), idOf(plan.applications, e.application), e.index); break;
      case 'deletePillar': plan = matrix.deletePillar(plan, idOf(plan.pillars, e.pillar)); break;
      case 'deleteObjective': plan = matrix.deleteObjective(plan, idOf(plan.objectives, e.objective)); break;
      case 'deleteApplication': plan = matrix.deleteApplication(plan, idOf(plan.applications, e.application)); break;
      case 'deleteKpi': plan = matrix.deleteKpi(plan, idOf(plan.kpis, e.kpi)); break;
      case 'updateApplication': plan = matrix.updateApplication(plan, idOf(plan.applications, e.application), { title: e.title, description: e.description }); break;
      case 'schedule': plan = scheduleApplication(plan, idOf(plan.applications, e.application), `2027-${String(e.month + 1).padStart(2, '0')}`); break;
      case 'moveSchedule': plan = moveSchedule(plan, idOf(plan.applications, e.application), e.delta); break;
      case 'addDependency': plan = addDependency(plan, { id: newId(), fromId: idOf(plan.applications, e.from), toId: idOf(plan.applications, e.to) }); break;
      case 'retitle': plan = updateMeta(plan, { title: e.title }); break;
    }
  }
  return plan;
}

const editedPlanArb = fc.record({
  base: fc.constantFrom(example, generated),
  edits: fc.array(editArb, { maxLength: 30 }),
}).map(({ base, edits }) => planFromEdits(base, edits));

describe('plans built by any sequence of edits', () => {
  it('stay sound and survive serialise → load unchanged', () => {
    runProperty(
      editedPlanArb,
      (plan) => {
        expect(integrityProblems(plan)).toEqual([]);
        const loaded = loadPlanFromBytes(encode(serialisePlan(plan)));
        if (!loaded.ok) throw new Error(`${loaded.error.code}: ${loaded.error.message} ${loaded.error.details.join('; ')}`);
        expect(loaded.plan).toEqual(plan);
      },
      250,
    );
  });

  describe('on disk', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'aiplan-property-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('save → open gives back an equal plan, replacing the same file run after run', async () => {
      const path = join(dir, 'plan.aiplan');
      await runAsyncProperty(
        editedPlanArb,
        async (plan) => {
          const saved = await savePlanFile(path, plan, { now: NOW });
          if (saved.status !== 'saved') throw new Error(JSON.stringify(saved));
          const opened = await openPlanFile(path);
          if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
          expect(opened.plan).toEqual({ ...plan, meta: { ...plan.meta, updatedAt: NOW } });
          expect(opened.migratedFrom).toBeNull();
        },
        30,
      );
    });
  });
});
