import { sequentialIds } from '../../../shared/ids';
import type { Plan } from '../../../shared/model';
import { createPlan } from '../../../shared/templates/templates';

/** The stock example with predictable ids ("t1", "t2", …). */
export function examplePlan(): Plan {
  return createPlan('example', { now: '2026-11-23T10:00:00.000Z', newId: sequentialIds('t'), startMonth: '2026-12' });
}
