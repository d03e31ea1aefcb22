import { describe, expect, it } from 'vitest';
import { addApplication, addKpi, addObjective, addPillar, integrityProblems, updatePillar, type Plan } from '../../../shared';
import { alignmentFindings } from '../../../shared/checks/alignment-checks';
import { childIds, resolveDrop } from '../../../shared/operations/matrix-drop';
import { pillarGroups } from '../../../shared/pdf/plan-groups';
import { childIdsOf, countsOfPillar, hasChildren, indexPlan, pillarOf, placeOfItem } from '../../../shared/plan-index';
import { blankPlanForTest } from './plan-fixtures';

/**
 * Two pillars whose objectives, applications and KPIs are interleaved in the plan's arrays, so that
 * "in order" means plan order within each parent, not grouped by accident:
 * P1 { O1a { A1 { K1, K2 }, A2 }, O1b { } }, P2 { O2a { A4 { K3 } } }, unaligned { A3, A5 { K4 } }.
 */
function interleavedPlan(): Plan {
  let plan = blankPlanForTest();
  plan = addPillar(plan, { id: 'P1', title: 'Pillar 1' });
  plan = addPillar(plan, { id: 'P2', title: 'Pillar 2' });
  plan = addObjective(plan, { id: 'O1a', pillarId: 'P1', title: 'O1a' });
  plan = addObjective(plan, { id: 'O2a', pillarId: 'P2', title: 'O2a' });
  plan = addObjective(plan, { id: 'O1b', pillarId: 'P1', title: 'O1b' });
  plan = addApplication(plan, { id: 'A1', objectiveId: 'O1a', title: 'A1' });
  plan = addApplication(plan, { id: 'A3', objectiveId: null, title: 'Idea 3' });
  plan = addApplication(plan, { id: 'A4', objectiveId: 'O2a', title: 'A4' });
  plan = addApplication(plan, { id: 'A2', objectiveId: 'O1a', title: 'A2' });
  plan = addApplication(plan, { id: 'A5', objectiveId: null, title: 'Idea 5' });
  plan = addKpi(plan, { id: 'K1', applicationId: 'A1', name: 'K1' });
  plan = addKpi(plan, { id: 'K3', applicationId: 'A4', name: 'K3' });
  plan = addKpi(plan, { id: 'K2', applicationId: 'A1', name: 'K2' });
  plan = addKpi(plan, { id: 'K4', applicationId: 'A5', name: 'K4' });
  return plan;
}

/** Every level keyed by ids that are also names on Object.prototype. */
function prototypeNamedPlan(): Plan {
  let plan = blankPlanForTest();
  plan = addPillar(plan, { id: '__proto__', title: 'Proto pillar' });
  plan = addPillar(plan, { id: 'toString', title: 'ToString pillar' });
  plan = addObjective(plan, { id: 'constructor', pillarId: '__proto__', title: 'Constructor objective' });
  plan = addObjective(plan, { id: 'hasOwnProperty', pillarId: 'toString', title: 'HasOwn objective' });
  plan = addApplication(plan, { id: 'valueOf', objectiveId: 'constructor', title: 'ValueOf application' });
  plan = addApplication(plan, { id: 'isPrototypeOf', objectiveId: null, title: 'Idea' });
  plan = addKpi(plan, { id: 'toLocaleString', applicationId: 'valueOf', name: 'KPI' });
  return plan;
}

describe('the plan index', () => {
  it('lists the children of each parent in plan order, whatever the other parents hold in between', () => {
    const index = indexPlan(interleavedPlan());
    expect(index.pillarIds).toEqual(['P1', 'P2']);
    expect(childIdsOf(index, 'objective', 'P1')).toEqual(['O1a', 'O1b']);
    expect(childIdsOf(index, 'objective', 'P2')).toEqual(['O2a']);
    expect(childIdsOf(index, 'application', 'O1a')).toEqual(['A1', 'A2']);
    expect(childIdsOf(index, 'application', 'O1b')).toEqual([]);
    expect(childIdsOf(index, 'kpi', 'A1')).toEqual(['K1', 'K2']);
    expect(childIdsOf(index, 'kpi', 'A2')).toEqual([]);
  });

  it('keeps the unaligned ideas under parent null, in plan order, and nothing else there', () => {
    const index = indexPlan(interleavedPlan());
    expect(childIdsOf(index, 'application', null)).toEqual(['A3', 'A5']);
    expect(childIdsOf(index, 'pillar', null)).toEqual(['P1', 'P2']);
    expect(childIdsOf(index, 'objective', null)).toEqual([]);
    expect(childIdsOf(index, 'kpi', null)).toEqual([]);
    expect(childIdsOf(index, 'pillar', 'P1')).toEqual([]);
  });

  it('knows the pillar of an item at each level, and that an unaligned idea, its KPIs and a milestone have none', () => {
    const index = indexPlan(interleavedPlan());
    expect(pillarOf(index, { kind: 'pillar', id: 'P2' })).toBe('P2');
    expect(pillarOf(index, { kind: 'objective', id: 'O1b' })).toBe('P1');
    expect(pillarOf(index, { kind: 'application', id: 'A4' })).toBe('P2');
    expect(pillarOf(index, { kind: 'kpi', id: 'K2' })).toBe('P1');
    expect(pillarOf(index, { kind: 'application', id: 'A5' })).toBeNull();
    expect(pillarOf(index, { kind: 'kpi', id: 'K4' })).toBeNull();
    expect(pillarOf(index, { kind: 'milestone', id: 'M1' })).toBeNull();
    expect(pillarOf(index, { kind: 'objective', id: 'missing' })).toBeNull();
    expect(pillarOf(index, { kind: 'pillar', id: 'missing' })).toBeNull();
  });

  it('gives the place of an item: the objective and pillar it sits under', () => {
    const index = indexPlan(interleavedPlan());
    expect(placeOfItem(index, { kind: 'pillar', id: 'P1' })).toEqual({ pillarId: null, objectiveId: null });
    expect(placeOfItem(index, { kind: 'objective', id: 'O2a' })).toEqual({ pillarId: 'P2', objectiveId: 'O2a' });
    expect(placeOfItem(index, { kind: 'kpi', id: 'K3' })).toEqual({ pillarId: 'P2', objectiveId: 'O2a' });
    expect(placeOfItem(index, { kind: 'kpi', id: 'K4' })).toEqual({ pillarId: null, objectiveId: null });
  });

  it('says which items have children on the next level', () => {
    const index = indexPlan(interleavedPlan());
    expect(hasChildren(index, 'pillar', 'P1')).toBe(true);
    expect(hasChildren(index, 'objective', 'O1b')).toBe(false);
    expect(hasChildren(index, 'application', 'A1')).toBe(true);
    expect(hasChildren(index, 'application', 'A2')).toBe(false);
    expect(hasChildren(index, 'kpi', 'K1')).toBe(false);
  });

  it('counts what a pillar holds', () => {
    expect(countsOfPillar(interleavedPlan(), 'P1')).toEqual({ objectives: 2, applications: 2, kpis: 2 });
  });

  it('is built once per plan object and anew for the next version of the plan', () => {
    const plan = interleavedPlan();
    expect(indexPlan(plan)).toBe(indexPlan(plan));
    const renamed = updatePillar(plan, 'P1', { title: 'Renamed' });
    expect(indexPlan(renamed)).not.toBe(indexPlan(plan));
    expect(indexPlan(renamed).pillars.get('P1')!.title).toBe('Renamed');
    expect(indexPlan(plan).pillars.get('P1')!.title).toBe('Pillar 1');
  });
});

describe('ids named like Object.prototype members', () => {
  it('are valid ids of a sound plan', () => {
    expect(integrityProblems(prototypeNamedPlan())).toEqual([]);
  });

  it('are looked up and grouped like any other id', () => {
    const index = indexPlan(prototypeNamedPlan());
    expect(index.pillars.get('__proto__')!.title).toBe('Proto pillar');
    expect(childIdsOf(index, 'objective', '__proto__')).toEqual(['constructor']);
    expect(childIdsOf(index, 'objective', 'toString')).toEqual(['hasOwnProperty']);
    expect(childIdsOf(index, 'application', 'hasOwnProperty')).toEqual([]);
    expect(childIdsOf(index, 'kpi', 'valueOf')).toEqual(['toLocaleString']);
    expect(childIdsOf(index, 'kpi', 'constructor')).toEqual([]);
    expect(pillarOf(index, { kind: 'kpi', id: 'toLocaleString' })).toBe('__proto__');
    expect(hasChildren(index, 'objective', 'hasOwnProperty')).toBe(false);
    expect(hasChildren(index, 'pillar', 'toString')).toBe(true);
  });

  it('work for the drop rules, the PDF groups and the checks, which read the same index', () => {
    const plan = prototypeNamedPlan();
    expect(childIds(plan, 'application', 'constructor')).toEqual(['valueOf']);
    expect(resolveDrop(plan, { kind: 'application', id: 'isPrototypeOf' }, { type: 'item', kind: 'objective', id: 'hasOwnProperty', after: false })).toEqual({
      kind: 'application',
      id: 'isPrototypeOf',
      parentId: 'hasOwnProperty',
      index: 0,
    });
    expect(pillarGroups(plan).map((g) => [g.title, g.objectives.map((o) => [o.objective?.id ?? null, o.applications.map((a) => a.id)])])).toEqual([
      ['Proto pillar', [['constructor', ['valueOf']]]],
      ['ToString pillar', [['hasOwnProperty', []]]],
      ['Not yet aligned', [[null, ['isPrototypeOf']]]],
    ]);
    const findings = alignmentFindings(plan, { today: '2026-12-01' });
    expect(findings.some((f) => f.checkId === 'pillar-without-objective')).toBe(false);
  });
});
