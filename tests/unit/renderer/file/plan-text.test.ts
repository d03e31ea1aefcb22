import { describe, expect, it } from 'vitest';
import { serialisePlan } from '../../../../shared/plan-load';
import { planTextInSlices } from '../../../../renderer/file/plan-text';
import { generatePlan } from '../../../fixtures/generate-plan';

describe('planTextInSlices', () => {
  it('builds the canonical text of a large plan, giving the event loop turns along the way', async () => {
    const plan = generatePlan({ pillars: 5, objectivesPerPillar: 5, applicationsPerObjective: 10, kpisPerApplication: 3, scheduled: true, startMonth: '2027-01' });
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    const text = await planTextInSlices(plan);
    clearInterval(counting);
    expect(text).toBe(serialisePlan(plan));
    expect(turns).toBeGreaterThan(0);
  });
});
