import type { Plan } from '../../shared/model';
import { PLAN_CAPS } from '../../shared/schema/plan-schema';
import { generatePlan } from '../../tests/fixtures/generate-plan';

/*
 * Plans as large as the schema allows (shared/schema/plan-schema.ts, PLAN_CAPS), for the benches
 * that check the caps are set to what the app handles. Deterministic, like generatePlan.
 */

/** `count` finish-to-start dependencies that never go round: each runs from an earlier application to a later one. */
export function withDependencies(plan: Plan, count: number): Plan {
  const ids = plan.applications.map((a) => a.id);
  const dependencies: Plan['roadmap']['dependencies'] = [];
  // Steps to the 1st, 2nd, 3rd… application after: distinct edges, all forwards.
  for (let step = 1; step < ids.length; step++)
    for (let from = 0; from + step < ids.length && dependencies.length < count; from++)
      dependencies.push({ id: `D${dependencies.length + 1}`, fromId: ids[from]!, toId: ids[from + step]! });
  if (dependencies.length < count) throw new Error(`only ${dependencies.length} forward dependencies fit ${ids.length} applications`);
  return { ...plan, roadmap: { ...plan.roadmap, dependencies } };
}

/** Every list at once as full as its cap allows where the app draws it: applications, KPIs, dependencies, milestones. */
export function planAtCaps(): Plan {
  const plan = generatePlan({
    pillars: 10,
    objectivesPerPillar: 10,
    applicationsPerObjective: PLAN_CAPS.applications / 100,
    kpisPerApplication: PLAN_CAPS.kpis / PLAN_CAPS.applications,
    scheduled: true,
    startMonth: '2027-01',
  });
  const milestones = Array.from({ length: PLAN_CAPS.milestones }, (_, i) => ({ id: `M${i + 1}`, title: `Review ${i + 1}`, month: plan.roadmap.milestones[i % plan.roadmap.milestones.length]!.month }));
  return withDependencies({ ...plan, roadmap: { ...plan.roadmap, milestones } }, PLAN_CAPS.dependencies);
}

/** One plan per capped list, holding that list at its cap and the rest small. */
export function plansAtEachCap(): { list: keyof typeof PLAN_CAPS; plan: Plan }[] {
  const small = (shape: Partial<Parameters<typeof generatePlan>[0]>) =>
    generatePlan({ pillars: 2, objectivesPerPillar: 2, applicationsPerObjective: 2, kpisPerApplication: 1, scheduled: true, startMonth: '2027-01', ...shape });
  const base = small({});
  const applications = generatePlan({ pillars: 10, objectivesPerPillar: 10, applicationsPerObjective: PLAN_CAPS.applications / 100, kpisPerApplication: 1, scheduled: true, startMonth: '2027-01' });
  return [
    { list: 'pillars', plan: small({ pillars: PLAN_CAPS.pillars, objectivesPerPillar: 1, applicationsPerObjective: 1 }) },
    { list: 'objectives', plan: small({ pillars: 10, objectivesPerPillar: PLAN_CAPS.objectives / 10, applicationsPerObjective: 1 }) },
    { list: 'applications', plan: applications },
    { list: 'kpis', plan: small({ pillars: 10, objectivesPerPillar: 10, applicationsPerObjective: 1, kpisPerApplication: PLAN_CAPS.kpis / 100 }) },
    { list: 'milestones', plan: { ...base, roadmap: { ...base.roadmap, milestones: Array.from({ length: PLAN_CAPS.milestones }, (_, i) => ({ id: `M${i + 1}`, title: `Review ${i + 1}`, month: '2027-06' })) } } },
    { list: 'dependencies', plan: withDependencies(applications, PLAN_CAPS.dependencies) },
    {
      list: 'acknowledgements',
      plan: { ...base, acknowledgements: Array.from({ length: PLAN_CAPS.acknowledgements }, (_, i) => ({ findingKey: `application-without-owner:A${i}`, note: 'Accepted at the review.', at: '2027-01-05T09:00:00.000Z' })) },
    },
  ];
}
