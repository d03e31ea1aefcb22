import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model';
import * as matrix from '../../../shared/operations/matrix';
import { addDependency } from '../../../shared/roadmap/schedule-ops';
import { loadPlanFromText, serialisePlan } from '../../../shared/plan-load';
import { takeSnapshot } from '../../../shared/history/snapshots';
import type { PlanDiff } from '../../../shared/history/history-types';
import { examplePlanForTest } from '../shared/plan-fixtures';
import { aiplan } from './run-aiplan';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes each plan to a fresh folder; returns the folder and the paths by name. */
function files(plans: Record<string, Plan>): { dir: string; path: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'aiplan-history-'));
  dirs.push(dir);
  const path: Record<string, string> = {};
  for (const [name, plan] of Object.entries(plans)) {
    path[name] = join(dir, `${name}.aiplan`);
    writeFileSync(path[name]!, serialisePlan(plan));
  }
  return { dir, path };
}

const base = takeSnapshot(examplePlanForTest(), { id: 'v1', name: 'Off-site v1', takenAt: '2027-01-01T00:00:00.000Z' });
const [app0, app1, app2] = base.applications;
const kpi = base.kpis.find((k) => k.applicationId === app0!.id)!;

/** The e2e scenario: ours renames a pillar, adds an application and retitles X "A"; theirs changes a KPI target, deletes an objective and retitles X "B". */
function copies() {
  let ours = matrix.updatePillar(base, base.pillars[0]!.id, { title: 'Growth' });
  ours = matrix.addApplication(ours, { id: 'ours-app', objectiveId: base.objectives[0]!.id, title: 'Lead scoring' });
  ours = matrix.updateApplication(ours, app1!.id, { title: 'A' });
  let theirs = matrix.updateKpi(base, kpi.id, { target: 30 });
  theirs = matrix.deleteObjective(theirs, app2!.objectiveId!);
  theirs = matrix.updateApplication(theirs, app1!.id, { title: 'B' });
  return { ours, theirs };
}

describe('aiplan diff', () => {
  it('prints the changes grouped by pillar, and exits 0', async () => {
    const { theirs } = copies();
    const { path } = files({ base, theirs });
    const { code, stdout } = await aiplan(['diff', path.base!, path.theirs!]);
    expect(code).toBe(0);
    expect(stdout).toContain('0 added, 4 removed, 0 moved, 0 rescheduled, 2 changed');
    expect(stdout).toContain(`~ KPI: ${kpi.name} target ${kpi.target} → 30`);
    expect(stdout).toContain(`- Application: ${app2!.title}`);
    expect(stdout).toContain(`~ Application: B title ${app1!.title} → B`);
    expect(stdout).toMatch(new RegExp(`Pillar: ${base.pillars[0]!.title}\\n  ~ KPI`));
  });

  it('prints the diff as JSON with --json', async () => {
    const { ours } = copies();
    const { path } = files({ base, ours });
    const { code, stdout } = await aiplan(['diff', path.base!, path.ours!, '--json']);
    expect(code).toBe(0);
    const diff = JSON.parse(stdout) as PlanDiff;
    expect(diff.counts).toEqual({ added: 1, removed: 0, moved: 0, rescheduled: 0, changed: 2 });
    expect(diff.items.find((i) => i.key === 'application:ours-app')).toMatchObject({ changes: ['added'], label: 'Lead scoring' });
  });

  it('compares a snapshot inside a file with FILE@SNAPSHOT, by name or id', async () => {
    const { ours } = copies();
    const { path } = files({ ours });
    for (const ref of ['Off-site v1', 'v1']) {
      const { code, stdout } = await aiplan(['diff', `${path.ours}@${ref}`, path.ours!, '--json']);
      expect(code).toBe(0);
      expect((JSON.parse(stdout) as PlanDiff).counts.added).toBe(1);
    }
    const missing = await aiplan(['diff', `${path.ours}@nope`, path.ours!]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('has no snapshot "nope"');
  });

  it('exits 1 on a file that is not a plan, and 2 without two plans', async () => {
    const { dir, path } = files({ base });
    writeFileSync(join(dir, 'junk.aiplan'), 'not json');
    expect((await aiplan(['diff', path.base!, join(dir, 'junk.aiplan')])).code).toBe(1);
    expect((await aiplan(['diff', path.base!])).code).toBe(2);
  });
});

describe('aiplan merge', () => {
  it('writes OUT with the one conflict resolved to ours, lists it, and exits 3', async () => {
    const { ours, theirs } = copies();
    const { dir, path } = files({ base, ours, theirs });
    const out = join(dir, 'out.aiplan');
    const { code, stdout } = await aiplan(['merge', path.base!, path.ours!, path.theirs!, out]);
    expect(code).toBe(3);
    expect(stdout).toContain('conflict, changed on both sides: Application: A title: ours A, theirs B; kept ours');
    expect(stdout).toMatch(/merged: .*out\.aiplan .*1 conflict resolved to ours/);
    const merged = loadPlanFromText(readFileSync(out, 'utf8'));
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.plan.pillars[0]!.title).toBe('Growth');
    expect(merged.plan.applications.find((a) => a.id === app1!.id)!.title).toBe('A');
    expect(merged.plan.kpis.find((k) => k.id === kpi.id)!.target).toBe(30);
    expect(merged.plan.applications.some((a) => a.id === 'ours-app')).toBe(true);
    expect(merged.plan.objectives.some((o) => o.id === app2!.objectiveId)).toBe(false);
  });

  it('finds the base itself with - or --auto-base (the newest snapshot both share), and exits 0 when clean', async () => {
    const ours = matrix.updatePillar(base, base.pillars[0]!.id, { title: 'Growth' });
    const theirs = matrix.updateKpi(base, kpi.id, { target: 30 });
    const { dir, path } = files({ ours, theirs });
    for (const args of [['-', path.ours!, path.theirs!], ['--auto-base', path.ours!, path.theirs!]]) {
      const out = join(dir, `out-${args[0]}.aiplan`);
      const { code, stderr } = await aiplan(['merge', ...args, out]);
      expect(code).toBe(0);
      expect(stderr).toContain('base: the snapshot "Off-site v1" both copies share');
      const merged = loadPlanFromText(readFileSync(out, 'utf8'));
      expect(merged.ok && [merged.plan.pillars[0]!.title, merged.plan.kpis.find((k) => k.id === kpi.id)!.target]).toEqual(['Growth', 30]);
    }
  });

  it('merges copies with no shared snapshot two-way, every difference a conflict', async () => {
    const plain = { ...examplePlanForTest() };
    const ours = matrix.updatePillar(plain, plain.pillars[0]!.id, { title: 'Growth' });
    const { dir, path } = files({ ours, theirs: plain });
    const { code, stderr, stdout } = await aiplan(['merge', '-', path.ours!, path.theirs!, join(dir, 'out.aiplan')]);
    expect(code).toBe(3);
    expect(stderr).toContain('share no snapshot');
    expect(stdout).toContain('Pillar: Growth title: ours Growth, theirs');
  });

  it('writes nothing and exits 1 when the merge cannot be valid, or an input is not a plan', async () => {
    const ours = addDependency(base, { id: 'dep-ours', fromId: app1!.id, toId: app2!.id });
    const theirs = { ...addDependency(base, { id: 'dep-theirs', fromId: app2!.id, toId: app1!.id }), documentId: base.documentId };
    const { dir, path } = files({ base, ours, theirs });
    const out = join(dir, 'out.aiplan');
    // The cycle is resolved to ours (theirs' dependency left out), so this one merges.
    expect((await aiplan(['merge', path.base!, path.ours!, path.theirs!, out])).code).toBe(3);
    rmSync(out);
    writeFileSync(join(dir, 'junk.aiplan'), '{');
    const broken = await aiplan(['merge', path.base!, path.ours!, join(dir, 'junk.aiplan'), out]);
    expect(broken.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect((await aiplan(['merge', path.base!, path.ours!, out])).code).toBe(2);
  });
});
