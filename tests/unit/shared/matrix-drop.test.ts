import { describe, expect, it } from 'vitest';
import { integrityProblems, type Plan } from '../../../shared';
import { applyMove, childIds, currentPlace, isNoOpMove, resolveDrop, type DropOver, type MatrixItem } from '../../../shared/operations/matrix-drop';
import { smallMatrixPlan } from './plan-fixtures';

const smallPlan = smallMatrixPlan;

const item = (kind: MatrixItem['kind'], id: string, after = false): DropOver => ({ type: 'item', kind, id, after });
const drop = (plan: Plan, dragged: MatrixItem, over: DropOver) => {
  const move = resolveDrop(plan, dragged, over);
  return move && applyMove(plan, move);
};

describe('resolving a drop', () => {
  it('places an item before or after a sibling of the same level', () => {
    const plan = smallPlan();
    expect(resolveDrop(plan, { kind: 'application', id: 'A4' }, item('application', 'A2'))).toEqual({ kind: 'application', id: 'A4', parentId: 'O1a', index: 1 });
    expect(resolveDrop(plan, { kind: 'application', id: 'A4' }, item('application', 'A2', true))).toEqual({ kind: 'application', id: 'A4', parentId: 'O1a', index: 2 });
  });

  it('counts the index without the dragged item when it stays in the same parent', () => {
    const plan = smallPlan();
    const move = resolveDrop(plan, { kind: 'kpi', id: 'K1' }, item('kpi', 'K2', true))!;
    expect(move).toEqual({ kind: 'kpi', id: 'K1', parentId: 'A1', index: 1 });
    expect(childIds(applyMove(plan, move), 'kpi', 'A1')).toEqual(['K2', 'K1']);
  });

  it('appends an item dropped onto a parent of the level above', () => {
    const plan = smallPlan();
    expect(resolveDrop(plan, { kind: 'application', id: 'A1' }, item('objective', 'O2a'))).toEqual({ kind: 'application', id: 'A1', parentId: 'O2a', index: 1 });
    expect(resolveDrop(plan, { kind: 'kpi', id: 'K1' }, item('application', 'A4'))).toEqual({ kind: 'kpi', id: 'K1', parentId: 'A4', index: 0 });
    expect(resolveDrop(plan, { kind: 'objective', id: 'O2a' }, item('pillar', 'P1'))).toEqual({ kind: 'objective', id: 'O2a', parentId: 'P1', index: 2 });
  });

  it('appends to an empty list of the right level, including the unaligned-ideas tray', () => {
    const plan = smallPlan();
    expect(resolveDrop(plan, { kind: 'application', id: 'A1' }, { type: 'list', childKind: 'application', parentId: 'O1b' })).toMatchObject({ parentId: 'O1b', index: 0 });
    expect(resolveDrop(plan, { kind: 'application', id: 'A1' }, { type: 'list', childKind: 'application', parentId: null })).toMatchObject({ parentId: null, index: 1 });
  });

  it('refuses a target of the wrong level', () => {
    const plan = smallPlan();
    expect(resolveDrop(plan, { kind: 'pillar', id: 'P1' }, item('kpi', 'K1'))).toBeNull();
    expect(resolveDrop(plan, { kind: 'application', id: 'A1' }, item('pillar', 'P2'))).toBeNull();
    expect(resolveDrop(plan, { kind: 'kpi', id: 'K1' }, item('objective', 'O2a'))).toBeNull();
    expect(resolveDrop(plan, { kind: 'objective', id: 'O1a' }, item('application', 'A4'))).toBeNull();
    expect(resolveDrop(plan, { kind: 'kpi', id: 'K1' }, { type: 'list', childKind: 'application', parentId: 'O1b' })).toBeNull();
  });

  it('refuses a move into the item’s own descendant', () => {
    const plan = smallPlan();
    expect(resolveDrop(plan, { kind: 'pillar', id: 'P1' }, item('objective', 'O1a'))).toBeNull();
    expect(resolveDrop(plan, { kind: 'objective', id: 'O1a' }, item('application', 'A1'))).toBeNull();
    expect(resolveDrop(plan, { kind: 'application', id: 'A1' }, item('kpi', 'K1'))).toBeNull();
    expect(resolveDrop(plan, { kind: 'objective', id: 'O1a' }, { type: 'list', childKind: 'application', parentId: 'O1a' })).toBeNull();
  });

  it('refuses an item dropped onto itself, and items or parents that do not exist', () => {
    const plan = smallPlan();
    expect(resolveDrop(plan, { kind: 'application', id: 'A1' }, item('application', 'A1'))).toBeNull();
    expect(resolveDrop(plan, { kind: 'application', id: 'nope' }, item('application', 'A2'))).toBeNull();
    expect(resolveDrop(plan, { kind: 'application', id: 'A1' }, item('objective', 'gone'))).toBeNull();
    expect(resolveDrop(plan, { kind: 'application', id: 'A1' }, { type: 'list', childKind: 'application', parentId: 'gone' })).toBeNull();
  });

  it('lets only applications live without a parent', () => {
    const plan = smallPlan();
    expect(resolveDrop(plan, { kind: 'objective', id: 'O1a' }, { type: 'list', childKind: 'objective', parentId: null })).toBeNull();
    expect(resolveDrop(plan, { kind: 'kpi', id: 'K1' }, { type: 'list', childKind: 'kpi', parentId: null })).toBeNull();
    expect(resolveDrop(plan, { kind: 'pillar', id: 'P2' }, { type: 'list', childKind: 'pillar', parentId: null })).toMatchObject({ index: 1 });
  });

  it('reorders pillars before and after one another', () => {
    const plan = smallPlan();
    const moved = drop(plan, { kind: 'pillar', id: 'P2' }, item('pillar', 'P1'))!;
    expect(moved.pillars.map((p) => p.id)).toEqual(['P2', 'P1']);
    expect(isNoOpMove(plan, resolveDrop(plan, { kind: 'pillar', id: 'P1' }, item('pillar', 'P2'))!)).toBe(true);
    expect(isNoOpMove(plan, resolveDrop(plan, { kind: 'pillar', id: 'P1' }, item('pillar', 'P2', true))!)).toBe(false);
    expect(isNoOpMove(plan, resolveDrop(plan, { kind: 'pillar', id: 'P2' }, item('pillar', 'P1', true))!)).toBe(true);
  });
});

describe('applying a move', () => {
  it('moves an application from one pillar’s objective to another’s, keeping its KPIs', () => {
    const plan = drop(smallPlan(), { kind: 'application', id: 'A1' }, item('application', 'A4'))!;
    expect(childIds(plan, 'application', 'O2a')).toEqual(['A1', 'A4']);
    expect(childIds(plan, 'kpi', 'A1')).toEqual(['K1', 'K2']);
    expect(integrityProblems(plan)).toEqual([]);
  });

  it('moves an objective to another pillar with its applications', () => {
    const plan = drop(smallPlan(), { kind: 'objective', id: 'O1a' }, item('objective', 'O2a', true))!;
    expect(childIds(plan, 'objective', 'P2')).toEqual(['O2a', 'O1a']);
    expect(childIds(plan, 'application', 'O1a')).toEqual(['A1', 'A2']);
  });

  it('sends an application back to the tray and brings an idea onto an objective', () => {
    let plan = drop(smallPlan(), { kind: 'application', id: 'A2' }, { type: 'list', childKind: 'application', parentId: null })!;
    expect(childIds(plan, 'application', null)).toEqual(['A3', 'A2']);
    plan = drop(plan, { kind: 'application', id: 'A3' }, item('objective', 'O1b'))!;
    expect(childIds(plan, 'application', 'O1b')).toEqual(['A3']);
  });

  it('reports where an item is, and that a move to that place changes nothing', () => {
    const plan = smallPlan();
    const place = currentPlace(plan, { kind: 'application', id: 'A2' })!;
    expect(place).toEqual({ kind: 'application', id: 'A2', parentId: 'O1a', index: 1 });
    expect(isNoOpMove(plan, place)).toBe(true);
    expect(applyMove(plan, place)).toBe(plan);
  });

  it('refuses a forged move to a parent of the wrong level', () => {
    const plan = smallPlan();
    expect(applyMove(plan, { kind: 'kpi', id: 'K1', parentId: 'O1a', index: 0 })).toBe(plan);
    expect(applyMove(plan, { kind: 'objective', id: 'O1a', parentId: null, index: 0 })).toBe(plan);
    expect(applyMove(plan, { kind: 'pillar', id: 'P1', parentId: 'P2', index: 0 })).toBe(plan);
  });
});
