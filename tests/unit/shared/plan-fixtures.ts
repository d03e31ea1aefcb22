import { addApplication, addKpi, addObjective, addPillar, createPlan, sequentialIds, type Plan } from '../../../shared';

export const NOW = '2026-11-23T10:00:00.000Z';

/** The example template with predictable ids (id1, id2, …) and a fixed start month. */
export function examplePlanForTest(): Plan {
  return createPlan('example', { now: NOW, newId: sequentialIds('id'), startMonth: '2027-01' });
}

export function blankPlanForTest(): Plan {
  return createPlan('blank', { now: NOW, newId: sequentialIds('id'), startMonth: '2027-01' });
}

/** P1 { O1a { A1 { K1, K2 }, A2 }, O1b { } }, P2 { O2a { A4 } }, tray { A3 }: the drop and move rules' plan. */
export function smallMatrixPlan(): Plan {
  let plan = blankPlanForTest();
  plan = addPillar(plan, { id: 'P1', title: 'Pillar 1' });
  plan = addPillar(plan, { id: 'P2', title: 'Pillar 2' });
  plan = addObjective(plan, { id: 'O1a', pillarId: 'P1', title: 'O1a' });
  plan = addObjective(plan, { id: 'O1b', pillarId: 'P1', title: 'O1b' });
  plan = addObjective(plan, { id: 'O2a', pillarId: 'P2', title: 'O2a' });
  plan = addApplication(plan, { id: 'A1', objectiveId: 'O1a', title: 'A1' });
  plan = addApplication(plan, { id: 'A2', objectiveId: 'O1a', title: 'A2' });
  plan = addApplication(plan, { id: 'A3', objectiveId: null, title: 'Idea' });
  plan = addApplication(plan, { id: 'A4', objectiveId: 'O2a', title: 'A4' });
  plan = addKpi(plan, { id: 'K1', applicationId: 'A1', name: 'K1' });
  plan = addKpi(plan, { id: 'K2', applicationId: 'A1', name: 'K2' });
  return plan;
}
