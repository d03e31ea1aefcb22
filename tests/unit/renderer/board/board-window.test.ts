import { describe, expect, it } from 'vitest';
import { isWindowed, listHeight, WINDOWED_FROM } from '../../../../renderer/board/board-window';
import { indexPlan, placeOfItem } from '../../../../shared/plan-index';
import type { PlannerState } from '../../../../renderer/store/types';
import { generatePlan } from '../../../fixtures/generate-plan';

const plan = (applicationsPerObjective: number, kpisPerApplication: number) =>
  generatePlan({ pillars: 1, objectivesPerPillar: 3, applicationsPerObjective, kpisPerApplication, scheduled: false, startMonth: '2027-01' });

describe('expected heights of what a big board leaves out', () => {
  it('grows with the cards and their KPIs, and counts the "add" button only for a whole list', () => {
    const index = indexPlan(plan(4, 1));
    const whole = listHeight(index, 'objective', 'P1O1');
    const lastTwo = listHeight(index, 'objective', 'P1O1', 2);
    const firstTwo = whole - lastTwo;
    expect(lastTwo).toBeGreaterThan(0);
    // Four identical cards: the first two and the add button against the last two.
    expect(firstTwo).toBeGreaterThan(lastTwo);
    expect(listHeight(index, 'objective', 'P1O1', 4)).toBe(0);
    expect(listHeight(indexPlan(plan(4, 2)), 'objective', 'P1O1')).toBeGreaterThan(whole);
  });

  it('makes a column as tall as its objectives, each with a header above its cards', () => {
    const index = indexPlan(plan(4, 1));
    const column = listHeight(index, 'pillar', 'P1');
    const cards = ['P1O1', 'P1O2', 'P1O3'].reduce((sum, id) => sum + listHeight(index, 'objective', id), 0);
    expect(column).toBeGreaterThan(cards);
    expect(listHeight(index, 'pillar', 'P1', 1)).toBeLessThan(column);
  });
});

describe('which boards are windowed', () => {
  const state = (applications: number) => ({ plan: { applications: { length: applications } } }) as unknown as PlannerState;

  it('leaves small boards whole and windows big ones', () => {
    expect(isWindowed(state(WINDOWED_FROM - 1))).toBe(false);
    expect(isWindowed(state(WINDOWED_FROM))).toBe(true);
    expect(isWindowed({ plan: null } as unknown as PlannerState)).toBe(false);
  });
});

describe('placeOfItem', () => {
  it('finds the objective and pillar above a KPI, an application and an objective, and none for a pillar or an idea', () => {
    const generated = plan(2, 1);
    const index = indexPlan(generated);
    expect(placeOfItem(index, { kind: 'kpi', id: generated.kpis.find((k) => k.applicationId === 'P1O2A2')!.id })).toEqual({ pillarId: 'P1', objectiveId: 'P1O2' });
    expect(placeOfItem(index, { kind: 'application', id: 'P1O3A1' })).toEqual({ pillarId: 'P1', objectiveId: 'P1O3' });
    expect(placeOfItem(index, { kind: 'objective', id: 'P1O1' })).toEqual({ pillarId: 'P1', objectiveId: 'P1O1' });
    expect(placeOfItem(index, { kind: 'pillar', id: 'P1' })).toEqual({ pillarId: null, objectiveId: null });
    const idea = { ...generated, applications: [...generated.applications, { ...generated.applications[0]!, id: 'IDEA', objectiveId: null }] };
    expect(placeOfItem(indexPlan(idea), { kind: 'application', id: 'IDEA' })).toEqual({ pillarId: null, objectiveId: null });
  });
});
