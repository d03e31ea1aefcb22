import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomically } from '../../electron/files/atomic-write';
import { openPlanFile, savePlanFile } from '../../electron/files/plan-file';
import { loadPlanFromBytes, maxNestingDepth, serialisePlan } from '../../shared/plan-load';
import { integrityProblems } from '../../shared/plan-integrity';
import { planSchema } from '../../shared/schema/plan-schema';
import { planAtCaps } from './cap-plans';
import { compare, ms, ratio } from './measure';

/**
 * Opening and saving a plan at the schema's caps (cap-plans.ts) against what a naive app would do with the same bytes:
 * open = openPlanFile (read, UTF-8 check, depth cap, parse, key guard, migrate, schema, references)
 *        against readFile + JSON.parse;
 * save = savePlanFile (schema, references, newer-version check, serialise, temp file, fsync, backup,
 *        rename, folder fsync) against writeFile(JSON.stringify(plan, null, 2)).
 */
export async function run(): Promise<void> {
  const plan = planAtCaps();
  const text = serialisePlan(plan);
  const bytes = new TextEncoder().encode(text);
  const dir = mkdtempSync(join(tmpdir(), 'aiplan-bench-'));
  try {
    const path = join(dir, 'plan.aiplan');
    writeFileSync(path, bytes);
    const items = plan.pillars.length + plan.objectives.length + plan.applications.length + plan.kpis.length;
    console.log(`plan at the caps: ${items.toLocaleString('en')} items (${plan.applications.length.toLocaleString('en')} applications, all scheduled; ${plan.kpis.length.toLocaleString('en')} KPIs; ${plan.roadmap.dependencies.length.toLocaleString('en')} dependencies), ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);

    const open = await compare(
      async () => {
        const result = await openPlanFile(path);
        if (result.status !== 'opened') throw new Error(`bench plan did not open: ${JSON.stringify(result)}`);
      },
      async () => JSON.parse(await readFile(path, 'utf8')),
    );
    console.log(`open+validate / JSON.parse: ${ratio(open.ratio)} (target ≤ 3×)   [${ms(open.subject)} vs ${ms(open.baseline)}]`);

    const naivePath = join(dir, 'naive.aiplan');
    const save = await compare(
      async () => {
        const result = await savePlanFile(path, plan);
        if (result.status !== 'saved') throw new Error(`bench plan did not save: ${JSON.stringify(result)}`);
      },
      () => writeFile(naivePath, JSON.stringify(plan, null, 2)),
    );
    console.log(`atomic save / writeFile: ${ratio(save.ratio)} (target ≤ 2×)   [${ms(save.subject)} vs ${ms(save.baseline)}]`);

    const ioOnly = await compare(
      () => writeFileAtomically(path, bytes, { backupPath: `${path}.bak` }),
      () => writeFile(naivePath, bytes),
    );
    console.log(`  of which the disk work alone (same bytes, no validation): ${ratio(ioOnly.ratio)}   [${ms(ioOnly.subject)} vs ${ms(ioOnly.baseline)}]`);

    await printOpenBreakdown(bytes, text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the open time goes, step by step, in medians. */
async function printOpenBreakdown(bytes: Uint8Array, text: string): Promise<void> {
  const raw: unknown = JSON.parse(text);
  const parsed = planSchema.parse(raw);
  const steps: [string, () => unknown][] = [
    ['UTF-8 decode (strict)', () => new TextDecoder('utf-8', { fatal: true }).decode(bytes)],
    ['nesting-depth scan', () => maxNestingDepth(text)],
    ['JSON.parse', () => JSON.parse(text)],
    ['schema (zod)', () => planSchema.safeParse(raw)],
    ['references', () => integrityProblems(parsed)],
    ['loadPlanFromBytes, all steps', () => loadPlanFromBytes(bytes)],
  ];
  console.log('  open, step by step:');
  for (const [name, step] of steps) {
    const { subject } = await compare(step, () => undefined, { repetitions: 9, warmUp: 2 });
    console.log(`    ${name.padEnd(30)} ${ms(subject)}`);
  }
}
