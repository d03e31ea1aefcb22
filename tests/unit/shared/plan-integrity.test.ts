import { describe, expect, it } from 'vitest';
import { findDependencyCycle, integrityProblems } from '../../../shared/plan-integrity';
import { generatePlan } from '../../fixtures/generate-plan';

const roadmapOf = (edges: readonly (readonly [string, string])[]) => ({
  roadmap: { schedules: [], milestones: [], dependencies: edges.map(([fromId, toId], i) => ({ id: `D${i}`, fromId, toId })) },
});

/** True when `cycle` is a closed walk along the given edges: first id repeated last, every step an edge. */
function isCycleAlong(cycle: readonly string[], edges: readonly (readonly [string, string])[]): boolean {
  const present = new Set(edges.map(([from, to]) => `${from}\u0000${to}`));
  if (cycle.length < 3 || cycle[0] !== cycle[cycle.length - 1]) return false;
  if (new Set(cycle.slice(0, -1)).size !== cycle.length - 1) return false;
  return cycle.slice(1).every((to, i) => present.has(`${cycle[i]}\u0000${to}`));
}

const chain = (length: number, prefix = 'a') => Array.from({ length }, (_, i) => [`${prefix}${i}`, `${prefix}${i + 1}`] as const);

describe('findDependencyCycle', () => {
  it('finds no cycle in a plan without dependencies, or in a tree, or in a diamond', () => {
    expect(findDependencyCycle(roadmapOf([]))).toBeNull();
    expect(findDependencyCycle(roadmapOf([['a', 'b'], ['a', 'c'], ['b', 'd'], ['c', 'e']]))).toBeNull();
    expect(findDependencyCycle(roadmapOf([['a', 'b'], ['a', 'c'], ['b', 'd'], ['c', 'd'], ['d', 'e']]))).toBeNull();
  });

  it('reports a two-step cycle as the path round it, first id repeated at the end', () => {
    expect(findDependencyCycle(roadmapOf([['a', 'b'], ['b', 'a']]))).toEqual(['a', 'b', 'a']);
  });

  it('reports only the ids on the cycle, not the path that led into it', () => {
    const edges = [['start', 'x'], ['x', 'p'], ['p', 'q'], ['q', 'r'], ['r', 'p']] as const;
    const cycle = findDependencyCycle(roadmapOf(edges));
    expect(cycle).toEqual(['p', 'q', 'r', 'p']);
    expect(isCycleAlong(cycle!, edges)).toBe(true);
  });

  it('ignores self-dependencies (integrityProblems names those separately)', () => {
    expect(findDependencyCycle(roadmapOf([['a', 'a'], ['a', 'b']]))).toBeNull();
  });

  it('finds a cycle reached only after a finished branch, and one in a later component', () => {
    const edges = [['a', 'b'], ['b', 'c'], ['a', 'd'], ['d', 'b'], ['x', 'y'], ['y', 'z'], ['z', 'x']] as const;
    const cycle = findDependencyCycle(roadmapOf(edges));
    expect(cycle).not.toBeNull();
    expect(isCycleAlong(cycle!, edges)).toBe(true);
    expect(new Set(cycle)).toEqual(new Set(['x', 'y', 'z']));
  });

  it('walks a chain of 40,000 dependencies without a cycle, and finds the one that closes it', () => {
    const open = chain(40_000);
    expect(findDependencyCycle(roadmapOf(open))).toBeNull();
    const closed = [...open, ['a40000', 'a0'] as const];
    const cycle = findDependencyCycle(roadmapOf(closed));
    expect(cycle).toHaveLength(40_002);
    expect(isCycleAlong(cycle!, closed)).toBe(true);
  });

  it('handles 40,000 dependencies leaving one application and 40,000 entering another', () => {
    // The old search copied the list of an application's dependencies for every one added: quadratic here.
    const fanOut = Array.from({ length: 40_000 }, (_, i) => ['hub', `leaf${i}`] as const);
    const fanIn = Array.from({ length: 40_000 }, (_, i) => [`leaf${i}`, 'sink'] as const);
    expect(findDependencyCycle(roadmapOf([...fanOut, ...fanIn]))).toBeNull();
    const closed = [...fanOut, ...fanIn, ['sink', 'hub'] as const];
    const cycle = findDependencyCycle(roadmapOf(closed));
    expect(cycle).toEqual(['hub', 'leaf0', 'sink', 'hub']);
  });

  it('makes a plan with a cycle inconsistent, naming the ids round it', () => {
    const plan = generatePlan({ pillars: 1, objectivesPerPillar: 1, applicationsPerObjective: 3, kpisPerApplication: 1, scheduled: true, startMonth: '2027-01' });
    const [a, b, c] = plan.applications.map((app) => app.id);
    const looped = { ...plan, roadmap: { ...plan.roadmap, dependencies: [{ id: 'x1', fromId: a!, toId: b! }, { id: 'x2', fromId: b!, toId: c! }, { id: 'x3', fromId: c!, toId: a! }] } };
    expect(integrityProblems(looped)).toEqual([`Dependencies go round in a circle (${a} → ${b} → ${c} → ${a}), so nothing in it could ever start.`]);
  });
});
