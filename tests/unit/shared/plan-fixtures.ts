import { createPlan, sequentialIds, type Plan } from '../../../shared';

export const NOW = '2026-11-23T10:00:00.000Z';

/** The example template with predictable ids (id1, id2, …) and a fixed start month. */
export function examplePlanForTest(): Plan {
  return createPlan('example', { now: NOW, newId: sequentialIds('id'), startMonth: '2027-01' });
}

export function blankPlanForTest(): Plan {
  return createPlan('blank', { now: NOW, newId: sequentialIds('id'), startMonth: '2027-01' });
}
