import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanFromText, MIGRATIONS, PLAN_VERSION } from '../../../shared';

/** The committed version-0 fixture (built by tests/fixtures/fixture-files.ts). */
const v0Text = () => readFileSync(new URL('../../fixtures/v0-nested.aiplan', import.meta.url), 'utf8');

describe('migrations', () => {
  it('cover every version below the current one, in order', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual([...Array(PLAN_VERSION).keys()]);
  });

  it('bring a version-0 nested plan to the flat current format', () => {
    const result = loadPlanFromText(v0Text());
    if (!result.ok) throw new Error(result.error.message + result.error.details.join('\n'));
    expect(result.migratedFrom).toBe(0);
    const { plan } = result;
    expect(plan.version).toBe(PLAN_VERSION);
    expect(plan.meta).toMatchObject({ title: 'Bakery plan', organisation: 'Søren & Co', horizonStart: '2027-02', horizonMonths: 12 });
    expect(plan.pillars[0]!.title).toBe('Operational Efficiency');
    const firstPillarObjectives = plan.objectives.filter((o) => o.pillarId === plan.pillars[0]!.id);
    expect(firstPillarObjectives.map((o) => o.title)).toEqual(['Reduce order processing time', 'Cut waste']);
    expect(plan.applications[0]).toMatchObject({ title: 'RPA for order entry', owner: 'Ops', objectiveId: plan.objectives[0]!.id });
    expect(plan.kpis[0]).toMatchObject({ name: 'Minutes per order', baseline: 18, target: 8, applicationId: plan.applications[0]!.id });
  });
});
