import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlanFile, savePlanFile } from '../../../../electron/files/plan-file';
import type { OpenResult } from '../../../../shared/ipc-contract';
import type { Plan } from '../../../../shared/model';
import { FIXTURES_DIR } from '../../../fixtures/fixture-files';
import { memoryFs, tempFolders } from './fs-doubles';

/** Every error code open may give: anything else would be an untyped failure. */
const OPEN_CODES = new Set([
  'empty', 'too-large', 'not-utf8', 'not-json', 'too-deep', 'forbidden-key', 'duplicate-key', 'too-many-items', 'not-a-plan', 'newer-version', 'invalid', 'broken-references',
]);
const exampleText = readFileSync(fileURLToPath(new URL('example.aiplan', FIXTURES_DIR)), 'utf8');
const ignoredRootRegex = /^(__vitest|__VITEST|\$|vi$|expect$|jest)/;
const folders = tempFolders();
afterAll(() => folders.cleanUp());

/*
 * The poisoning check snapshots the globals when it is first imported. Node adds undici's dispatcher
 * to globalThis the first time `fetch` is touched, which the snapshot itself does: touch it first.
 */
let poisoning: typeof import('@fast-check/poisoning');
beforeAll(async () => {
  void globalThis.fetch;
  void globalThis.WebSocket;
  void globalThis.EventSource;
  poisoning = await import('@fast-check/poisoning');
});

async function openBytes(bytes: Uint8Array): Promise<OpenResult> {
  const path = '/memory/plan.aiplan';
  return openPlanFile(path, { fs: memoryFs(new Map([[path, bytes]])) });
}

function expectTypedOutcome(result: OpenResult): void {
  if (result.status === 'error') {
    expect(OPEN_CODES).toContain(result.error.code);
    expect(result.error.message.length).toBeGreaterThan(10);
  } else {
    expect(result.status).toBe('opened');
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** Runs a property, checking after each run that no global or prototype was changed. */
async function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, numRuns: number) {
  try {
    await fc.assert(
      fc.asyncProperty(arbitrary, predicate).afterEach(() => poisoning.assertNoPoisoning({ ignoredRootRegex })),
      { numRuns, seed: 20261123 },
    );
  } catch (error) {
    poisoning.restoreGlobals({ ignoredRootRegex });
    throw error;
  }
}

type Json = unknown;
type Path = (string | number)[];

/** Every path inside the example document, so mutations reach every level. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value)) paths.push(...pathsOf(child, [...prefix, key]));
  return paths;
}
const examplePaths = pathsOf(JSON.parse(exampleText));

type Mutation =
  | { kind: 'set'; path: Path; value: Json }
  | { kind: 'delete'; path: Path }
  | { kind: 'forbidden-key'; path: Path; key: string; value: Json }
  | { kind: 'duplicate'; path: Path };

function mutate(doc: Json, mutation: Mutation): Json {
  const { path } = mutation;
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : doc;
  let parent = doc as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) {
    // An earlier mutation may have removed or replaced part of the path.
    if (typeof parent !== 'object' || parent === null) return doc;
    parent = parent[key] as Record<string | number, Json>;
  }
  if (typeof parent !== 'object' || parent === null) return doc;
  const last = path[path.length - 1]!;
  switch (mutation.kind) {
    case 'set':
      parent[last] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 'forbidden-key': {
      const target = parent[last];
      if (typeof target === 'object' && target !== null)
        Object.defineProperty(target, mutation.key, { value: mutation.value, enumerable: true, configurable: true, writable: true });
      break;
    }
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(last)]));
      break;
  }
  return doc;
}

const pathArb = fc.constantFrom(...examplePaths);
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), path: pathArb, value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ kind: fc.constant('delete' as const), path: pathArb }),
  fc.record({ kind: fc.constant('forbidden-key' as const), path: pathArb, key: fc.constantFrom('__proto__', 'constructor', 'prototype'), value: fc.constant({ polluted: true }) }),
  fc.record({ kind: fc.constant('duplicate' as const), path: pathArb }),
);

describe('openPlanFile, for any input', () => {
  it('answers random bytes with a plan or a typed error, never an exception or a polluted prototype', async () => {
    await check(fc.uint8Array({ maxLength: 2048 }), async (bytes) => expectTypedOutcome(await openBytes(bytes)), 300);
  });

  it('answers random JSON the same way', async () => {
    await check(fc.json({ maxDepth: 6 }), async (text) => expectTypedOutcome(await openBytes(new TextEncoder().encode(text))), 300);
  });

  it('answers random mutations of a valid plan the same way', async () => {
    await check(
      fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
      async (mutations) => {
        const doc = mutations.reduce<Json>((current, mutation) => mutate(current, mutation), JSON.parse(exampleText));
        const bytes = new TextEncoder().encode(JSON.stringify(doc) ?? '');
        const result = await openBytes(bytes);
        expectTypedOutcome(result);
        if (result.status === 'error' && mutations.some((m) => m.kind === 'forbidden-key'))
          expect(['forbidden-key', 'not-a-plan', 'invalid', 'broken-references', 'newer-version', 'not-json', 'empty']).toContain(result.error.code);
      },
      500,
    );
  });
});

describe('savePlanFile then openPlanFile', () => {
  const text = fc.string({ unit: 'binary', maxLength: 120 });
  const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));

  it('gives back an equal plan, whatever text and numbers it holds', async () => {
    const dir = folders.make();
    const base = JSON.parse(exampleText) as Plan;
    let run = 0;
    await check(
      fc.record({ title: text.filter((t) => t.length > 0), organisation: text, pillar: text, kpiName: text, owner: text, note: text, baseline: fc.option(number), target: fc.option(number) }),
      async (values) => {
        const plan: Plan = structuredClone(base);
        plan.meta.title = values.title;
        plan.meta.organisation = values.organisation;
        plan.pillars[0]!.title = values.pillar;
        plan.kpis[0]!.name = values.kpiName;
        plan.kpis[0]!.baseline = values.baseline;
        plan.kpis[0]!.target = values.target;
        plan.applications[0]!.owner = values.owner;
        plan.applications[0]!.dimensions.ethical.note = values.note;
        const path = join(dir, `plan-${run++ % 4}.aiplan`);
        const saved = await savePlanFile(path, plan);
        expect(saved.status).toBe('saved');
        const opened = await openPlanFile(path);
        if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
        expect(opened.plan).toEqual(plan);
      },
      60,
    );
  });
});
