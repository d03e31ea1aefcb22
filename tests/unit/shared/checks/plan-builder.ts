import { addApplication, addKpi, addObjective, addPillar } from '../../../../shared/operations/matrix';
import { blankPlan } from '../../../../shared/templates/templates';
import { scheduleApplication } from '../../../../shared/roadmap/schedule-ops';
import type { Application, Kpi, Plan } from '../../../../shared/model';

export const NOW = '2026-12-01T09:00:00.000Z';
export const TODAY = '2026-12-01';

/** An empty plan whose horizon starts in January 2027 and runs 18 months. */
export function emptyPlan(startMonth = '2027-01'): Plan {
  return blankPlan({ now: NOW, newId: () => 'unused', startMonth });
}

/**
 * A small, healthy plan that no check objects to: one pillar, one objective, one owned starter
 * application with an owned KPI (baseline and target set), scheduled from the horizon's start.
 */
export function healthyPlan(): Plan {
  let plan = emptyPlan();
  plan = addPillar(plan, { id: 'p1', title: 'Operational Efficiency' });
  plan = addObjective(plan, { id: 'o1', pillarId: 'p1', title: 'Reduce order processing time' });
  plan = addApplication(plan, { id: 'a1', objectiveId: 'o1', title: 'RPA for order entry', owner: 'Operations Manager', impact: 4, feasibility: 4, starter: true });
  plan = addKpi(plan, { id: 'k1', applicationId: 'a1', name: 'Order processing time', unit: 'minutes', baseline: 18, target: 8, direction: 'down', owner: 'Operations Manager' });
  plan = scheduleApplication(plan, 'a1', '2027-01');
  // Staff get their AI-literacy step before the first pilot (#16).
  plan = { ...plan, governance: { ...plan.governance, literacyMonth: '2026-12' } };
  return plan;
}

/** Adds an owned application with an owned, complete KPI under `objectiveId`. */
export function withApplication(
  plan: Plan,
  app: { id: string; objectiveId: string | null; title: string } & Partial<Application>,
  kpi: Partial<Kpi> = {},
): Plan {
  let next = addApplication(plan, { owner: 'Someone', ...app });
  next = addKpi(next, { id: `${app.id}-kpi`, applicationId: app.id, name: `${app.title} KPI`, baseline: 1, target: 2, owner: 'Someone', ...kpi });
  return next;
}
