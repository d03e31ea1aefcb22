import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanFromText, MIGRATIONS, PLAN_VERSION } from '../../../shared';

const v0 = {
  version: 0,
  title: 'Bakery plan',
  organisation: 'Søren & Co',
  startMonth: '2027-02',
  months: 12,
  savedAt: '2026-01-01T00:00:00.000Z',
  pillars: [
    {
      name: 'Operational Efficiency',
      objectives: [
        {
          name: 'Reduce order processing time',
          applications: [{ name: 'RPA for order entry', owner: 'Ops', kpis: [{ name: 'Minutes per order', unit: 'min', baseline: 18, target: 8 }] }],
        },
        { name: 'Cut waste', applications: [] },
      ],
    },
  ],
};

describe('migrations', () => {
  it('cover every version below the current one, in order', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual([...Array(PLAN_VERSION).keys()]);
  });

  it('bring a version-0 nested plan to the flat current format', () => {
    const result = loadPlanFromText(JSON.stringify(v0));
    if (!result.ok) throw new Error(result.error.message + result.error.details.join('\n'));
    expect(result.migratedFrom).toBe(0);
    const { plan } = result;
    expect(plan.version).toBe(PLAN_VERSION);
    expect(plan.meta).toMatchObject({ title: 'Bakery plan', organisation: 'Søren & Co', horizonStart: '2027-02', horizonMonths: 12 });
    expect(plan.pillars.map((p) => p.title)).toEqual(['Operational Efficiency']);
    expect(plan.objectives.map((o) => o.title)).toEqual(['Reduce order processing time', 'Cut waste']);
    expect(plan.objectives.every((o) => o.pillarId === plan.pillars[0]!.id)).toBe(true);
    expect(plan.applications[0]).toMatchObject({ title: 'RPA for order entry', owner: 'Ops', objectiveId: plan.objectives[0]!.id });
    expect(plan.kpis[0]).toMatchObject({ name: 'Minutes per order', baseline: 18, target: 8, applicationId: plan.applications[0]!.id });
  });

  it('open the committed version-0 fixture', () => {
    const path = new URL('../../fixtures/v0-nested.aiplan', import.meta.url);
    if (!existsSync(path)) throw new Error('tests/fixtures/v0-nested.aiplan is missing');
    const result = loadPlanFromText(readFileSync(path, 'utf8'));
    expect(result.ok && result.migratedFrom).toBe(0);
  });
});
