import { describe, expect, it } from 'vitest';
import { integrityProblems } from '../../../../shared/plan-integrity';
import { planSchema } from '../../../../shared/schema/plan-schema';
import { planForPillars, pillarsNamed } from '../../../../shared/pdf/pillar-filter';
import { generatePlan } from '../../../fixtures/generate-plan';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';

describe('planForPillars', () => {
  it('keeps the chosen pillars with everything under them, and a whole plan that validates', () => {
    const plan = generatePlan({ pillars: 4, objectivesPerPillar: 2, applicationsPerObjective: 3, kpisPerApplication: 2, scheduled: true, startMonth: '2027-01' });
    const kept = planForPillars(plan, ['P2', 'P4']);
    expect(kept.pillars.map((p) => p.id)).toEqual(['P2', 'P4']);
    expect(kept.objectives.every((o) => o.pillarId === 'P2' || o.pillarId === 'P4')).toBe(true);
    expect(kept.applications).toHaveLength(12);
    expect(kept.kpis).toHaveLength(24);
    expect(kept.roadmap.schedules).toHaveLength(12);
    expect(integrityProblems(kept)).toEqual([]);
    expect(planSchema.safeParse(kept).success).toBe(true);
  });

  it('leaves unaligned ideas out, keeps the plan-wide parts, and names pillars by title or id', () => {
    const plan = examplePlan();
    const first = plan.pillars[0]!;
    expect(pillarsNamed(plan, [` ${first.title.toUpperCase()} `, plan.pillars[1]!.id, 'Nope'])).toEqual({ ids: [first.id, plan.pillars[1]!.id], unknown: ['Nope'] });
    const kept = planForPillars(plan, [first.id]);
    expect(kept.applications.every((a) => a.objectiveId !== null)).toBe(true);
    expect(kept.guidingQuestions).toBe(plan.guidingQuestions);
    expect(kept.workshop.decisions).toBe(plan.workshop.decisions);
  });
});
