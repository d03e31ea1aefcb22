import fc from 'fast-check';
import type { Plan } from '../../../../shared/model';
import { updateMeta } from '../../../../shared/operations/document';
import * as matrix from '../../../../shared/operations/matrix';
import { addDependency, moveSchedule, scheduleApplication } from '../../../../shared/roadmap/schedule-ops';

/* Random sequences of edits made with the app's own pure operations, for the history's property tests. */

export type Edit =
  | { op: 'addPillar'; title: string; index: number }
  | { op: 'addObjective'; pillar: number; title: string }
  | { op: 'addApplication'; objective: number; unaligned: boolean; title: string; impact: number }
  | { op: 'addKpi'; application: number; name: string; target: number | null }
  | { op: 'moveApplication'; application: number; objective: number; unaligned: boolean; index: number }
  | { op: 'moveObjective'; objective: number; pillar: number; index: number }
  | { op: 'movePillar'; pillar: number; index: number }
  | { op: 'moveKpi'; kpi: number; application: number; index: number }
  | { op: 'deletePillar'; pillar: number }
  | { op: 'deleteObjective'; objective: number }
  | { op: 'deleteApplication'; application: number }
  | { op: 'deleteKpi'; kpi: number }
  | { op: 'updateApplication'; application: number; title: string; description: string }
  | { op: 'updateKpi'; kpi: number; target: number }
  | { op: 'updatePillar'; pillar: number; title: string }
  | { op: 'schedule'; application: number; month: number }
  | { op: 'moveSchedule'; application: number; delta: number }
  | { op: 'addDependency'; from: number; to: number }
  | { op: 'retitle'; title: string };

const words = fc.string({ unit: 'grapheme', maxLength: 12 });
const n = fc.nat({ max: 50 });

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('addPillar' as const), title: words, index: n }),
  fc.record({ op: fc.constant('addObjective' as const), pillar: n, title: words }),
  fc.record({ op: fc.constant('addApplication' as const), objective: n, unaligned: fc.boolean(), title: words, impact: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant('addKpi' as const), application: n, name: words, target: fc.option(fc.integer({ min: -100, max: 100 })) }),
  fc.record({ op: fc.constant('moveApplication' as const), application: n, objective: n, unaligned: fc.boolean(), index: n }),
  fc.record({ op: fc.constant('moveObjective' as const), objective: n, pillar: n, index: n }),
  fc.record({ op: fc.constant('movePillar' as const), pillar: n, index: n }),
  fc.record({ op: fc.constant('moveKpi' as const), kpi: n, application: n, index: n }),
  fc.record({ op: fc.constant('deletePillar' as const), pillar: n }),
  fc.record({ op: fc.constant('deleteObjective' as const), objective: n }),
  fc.record({ op: fc.constant('deleteApplication' as const), application: n }),
  fc.record({ op: fc.constant('deleteKpi' as const), kpi: n }),
  fc.record({ op: fc.constant('updateApplication' as const), application: n, title: words, description: words }),
  fc.record({ op: fc.constant('updateKpi' as const), kpi: n, target: fc.integer({ min: -100, max: 100 }) }),
  fc.record({ op: fc.constant('updatePillar' as const), pillar: n, title: words }),
  fc.record({ op: fc.constant('schedule' as const), application: n, month: fc.nat({ max: 11 }) }),
  fc.record({ op: fc.constant('moveSchedule' as const), application: n, delta: fc.integer({ min: -6, max: 6 }) }),
  fc.record({ op: fc.constant('addDependency' as const), from: n, to: n }),
  fc.record({ op: fc.constant('retitle' as const), title: words.filter((t) => t.length > 0) }),
);

const idOf = <T extends { id: string }>(items: readonly T[], i: number): string => items[i % Math.max(1, items.length)]?.id ?? 'missing';

/** Applies edits with the pure operations; new ids start with `prefix`, so two copies edited apart never collide. */
export function planFromEdits(base: Plan, edits: readonly Edit[], prefix: string): Plan {
  let plan = base;
  let next = 0;
  const newId = () => `${prefix}${++next}`;
  for (const e of edits) {
    switch (e.op) {
      case 'addPillar': plan = matrix.addPillar(plan, { id: newId(), title: e.title }, e.index); break;
      case 'addObjective': plan = matrix.addObjective(plan, { id: newId(), pillarId: idOf(plan.pillars, e.pillar), title: e.title }); break;
      case 'addApplication':
        plan = matrix.addApplication(plan, { id: newId(), objectiveId: e.unaligned ? null : idOf(plan.objectives, e.objective), title: e.title, impact: e.impact });
        break;
      case 'addKpi': plan = matrix.addKpi(plan, { id: newId(), applicationId: idOf(plan.applications, e.application), name: e.name, target: e.target }); break;
      case 'moveApplication':
        plan = matrix.moveApplication(plan, idOf(plan.applications, e.application), e.unaligned ? null : idOf(plan.objectives, e.objective), e.index);
        break;
      case 'moveObjective': plan = matrix.moveObjective(plan, idOf(plan.objectives, e.objective), idOf(plan.pillars, e.pillar), e.index); break;
      case 'movePillar': plan = matrix.movePillar(plan, idOf(plan.pillars, e.pillar), e.index); break;
      case 'moveKpi': plan = matrix.moveKpi(plan, idOf(plan.kpis, e.kpi), idOf(plan.applications, e.application), e.index); break;
      case 'deletePillar': plan = matrix.deletePillar(plan, idOf(plan.pillars, e.pillar)); break;
      case 'deleteObjective': plan = matrix.deleteObjective(plan, idOf(plan.objectives, e.objective)); break;
      case 'deleteApplication': plan = matrix.deleteApplication(plan, idOf(plan.applications, e.application)); break;
      case 'deleteKpi': plan = matrix.deleteKpi(plan, idOf(plan.kpis, e.kpi)); break;
      case 'updateApplication': plan = matrix.updateApplication(plan, idOf(plan.applications, e.application), { title: e.title, description: e.description }); break;
      case 'updateKpi': plan = matrix.updateKpi(plan, idOf(plan.kpis, e.kpi), { target: e.target }); break;
      case 'updatePillar': plan = matrix.updatePillar(plan, idOf(plan.pillars, e.pillar), { title: e.title }); break;
      case 'schedule': plan = scheduleApplication(plan, idOf(plan.applications, e.application), `2027-${String(e.month + 1).padStart(2, '0')}`); break;
      case 'moveSchedule': plan = moveSchedule(plan, idOf(plan.applications, e.application), e.delta); break;
      case 'addDependency': plan = addDependency(plan, { id: newId(), fromId: idOf(plan.applications, e.from), toId: idOf(plan.applications, e.to) }); break;
      case 'retitle': plan = updateMeta(plan, { title: e.title }); break;
    }
  }
  return plan;
}

export const editsArb = fc.array(editArb, { maxLength: 25 });
