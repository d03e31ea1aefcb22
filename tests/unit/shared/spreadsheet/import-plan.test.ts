import { describe, expect, it } from 'vitest';
import { loadPlanFromText, serialisePlan } from '../../../../shared/plan-load';
import { sequentialIds } from '../../../../shared/ids';
import { guessMapping } from '../../../../shared/spreadsheet/column-mapping';
import { previewImport } from '../../../../shared/spreadsheet/import-preview';
import { mergeImport, planFromImport } from '../../../../shared/spreadsheet/import-plan';
import type { Cell, ImportPreview } from '../../../../shared/spreadsheet/spreadsheet-types';
import type { Plan } from '../../../../shared/model';
import { examplePlanForTest, NOW } from '../plan-fixtures';

const HEADERS = ['Pillar', 'Objective', 'Use case', 'KPI', 'Impact', 'Pilot start', 'Baseline', 'Target', 'Owner'];
const previewOf = (rows: Cell[][]): ImportPreview => previewImport({ name: 's', rows: [HEADERS, ...rows] }, guessMapping(HEADERS));

/** The plan as the app would load it from disk: schema, caps and references all checked. */
function expectValid(plan: Plan): void {
  const loaded = loadPlanFromText(serialisePlan(plan));
  expect(loaded.ok ? 'valid' : loaded.error).toBe('valid');
}

describe('planFromImport', () => {
  const rows: Cell[][] = [
    ['Growth', 'More leads', 'Lead scoring', 'Conversion rate', 4, '2027-03', 2, 3, 'Ana'],
    ['Growth', 'More leads', 'Lead scoring', 'Deals', null, null, null, null, null],
    ['Growth', 'More leads', 'Chat', null, null, '2028-09', null, null, null],
    ['Efficiency', null, null, null, null, null, null, null, null],
  ];

  it('builds a valid plan with the rows grouped, fields set and defaults elsewhere', () => {
    const plan = planFromImport(previewOf(rows), { title: 'Imported', now: NOW, newId: sequentialIds('x') });
    expectValid(plan);
    expect(plan.meta).toMatchObject({ title: 'Imported', createdAt: NOW, updatedAt: NOW });
    expect(plan.pillars.map((p) => p.title)).toEqual(['Growth', 'Efficiency']);
    expect(plan.objectives.map((o) => o.title)).toEqual(['More leads']);
    expect(plan.applications.map((a) => [a.title, a.impact, a.owner, a.feasibility])).toEqual([
      ['Lead scoring', 4, 'Ana', 3],
      ['Chat', 3, '', 3],
    ]);
    expect(plan.kpis.map((k) => [k.name, k.baseline, k.target])).toEqual([
      ['Conversion rate', 2, 3],
      ['Deals', null, null],
    ]);
  });

  it('puts each pilot start on the roadmap with the default phases, the horizon starting at the earliest', () => {
    const plan = planFromImport(previewOf(rows), { title: 'Imported', now: NOW, newId: sequentialIds('x') });
    expect(plan.meta.horizonStart).toBe('2027-03');
    expect(plan.meta.horizonMonths).toBe(24);
    expect(plan.roadmap.schedules.map((s) => s.phases.map((p) => `${p.kind} ${p.start} ${p.months}`))).toEqual([
      ['pilot 2027-03 3', 'refine 2027-06 2', 'standardise 2027-08 2', 'scale 2027-10 3'],
      ['pilot 2028-09 3', 'refine 2028-12 2', 'standardise 2029-02 2', 'scale 2029-04 3'],
    ]);
  });

  it('starts the horizon the month after `now` when no row gives a pilot start', () => {
    const plan = planFromImport(previewOf([['P', 'O', 'A', null, null, null, null, null, null]]), { title: '', now: NOW, newId: sequentialIds('x') });
    expect(plan.meta).toMatchObject({ horizonStart: '2026-12', horizonMonths: 18 });
    expectValid(plan);
  });

  // Repeats are looked for once every id is made; the error must still name the first id that failed.
  const idsOf = (list: string[]) => {
    let at = 0;
    return () => list[at++] ?? `z${at}`;
  };
  const build = (ids: string[], preview = previewOf(rows)) => () => planFromImport(preview, { title: 'T', now: NOW, newId: idsOf(ids) });
  const failure = (id: string) => `newId gave "${id}", which is no id or was given before`;

  it('refuses an id that repeats an earlier one, or is no id, naming the first that fails', () => {
    expect(build(['a', 'b', 'c', 'b'])).toThrow(failure('b'));
    expect(build(['a', 'b', 'c d'])).toThrow(failure('c d'));
    expect(build(['a', 'a', 'b', '!'])).toThrow(failure('a'));
    expect(build(['a', '!', 'a'])).toThrow(failure('!'));
    expect(build(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])).not.toThrow();
  });

  it('names a repeated id given before an item the schema refuses, rather than the refusal', () => {
    const refused = previewOf(rows);
    refused.groups[0]!.objectives[0]!.applications[1]!.fields.status = 'nonsense';
    expect(build(['a', 'b', 'c', 'a'], refused)).toThrow(failure('a'));
    expect(build([], refused)).toThrow(/status/);
  });
});

describe('mergeImport', () => {
  it('matches the example plan by name within each parent, updates what the rows gave and adds what is new', () => {
    const plan = examplePlanForTest();
    const pillar = plan.pillars[0]!;
    const objective = plan.objectives.find((o) => o.pillarId === pillar.id)!;
    const application = plan.applications.find((a) => a.objectiveId === objective.id)!;
    const kpi = plan.kpis.find((k) => k.applicationId === application.id)!;
    const merged = mergeImport(
      plan,
      previewOf([
        [pillar.title.toUpperCase(), ` ${objective.title} `, application.title.toLowerCase(), kpi.name, 5, '2027-06', 11, 22, 'New owner'],
        [pillar.title, objective.title, application.title, 'A brand-new KPI', null, null, null, null, null],
        [pillar.title, 'A new objective', 'A new application', null, null, '2027-02', null, null, null],
        ['A new pillar', null, null, null, null, null, null, null, null],
      ]),
      sequentialIds('new'),
    );
    expectValid(merged.plan);
    expect(merged.created).toEqual({ pillars: 1, objectives: 1, applications: 1, kpis: 1, schedules: 1 });
    expect(merged.plan.pillars).toHaveLength(plan.pillars.length + 1);
    const updated = merged.plan.applications.find((a) => a.id === application.id)!;
    expect(updated).toMatchObject({ title: application.title, impact: 5, owner: 'New owner', feasibility: application.feasibility });
    expect(merged.plan.kpis.find((k) => k.id === kpi.id)).toMatchObject({ name: kpi.name, baseline: 11, target: 22, unit: kpi.unit });
    const pilot = merged.plan.roadmap.schedules.find((s) => s.applicationId === application.id)!.phases.find((p) => p.kind === 'pilot')!;
    expect(pilot.start).toBe('2027-06');
    expect(merged.plan.kpis.filter((k) => k.applicationId === application.id).map((k) => k.name)).toContain('A brand-new KPI');
  });

  it('returns the plan unchanged in content when the rows only repeat what it holds', () => {
    const plan = examplePlanForTest();
    const pillar = plan.pillars[0]!;
    const merged = mergeImport(plan, previewOf([[pillar.title, null, null, null, null, null, null, null, null]]), sequentialIds('new'));
    expect(merged.created).toEqual({ pillars: 0, objectives: 0, applications: 0, kpis: 0, schedules: 0 });
    expect(merged.plan).toEqual(plan);
  });
});
