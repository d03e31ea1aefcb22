import { describe, expect, it } from 'vitest';
import { addApplication, addKpi, updateApplication, updateKpi } from '../../../../shared/operations/matrix';
import type { Plan } from '../../../../shared/model';
import { applicationMatches, filterIsActive, matchCount, objectiveMatches, ownersOf, pillarMatches } from '../../../../renderer/board/board-filter';
import { NO_FILTER, type BoardFilter } from '../../../../renderer/board/board-view-store';
import { accepts, dropOverOf, pickInDirection, smallestAccepting, type DropData } from '../../../../renderer/board/board-dnd';
import { describePlace, dropText, overText, pickUpText } from '../../../../renderer/board/announcements';
import { indexPlan } from '../../../../shared/plan-index';
import { matrixRows } from '../../../../renderer/board/table-rows';
import { descendantsOf } from '../../../../renderer/board/delete-flow';
import { examplePlan } from '../fixtures';

const filter = (patch: Partial<BoardFilter>): BoardFilter => ({ ...NO_FILTER, ...patch });
const appId = (plan: Plan, title: string) => plan.applications.find((a) => a.title === title)!.id;
const CHATBOT = 'AI-powered chatbot for website engagement';
const RPA = 'Robotic process automation for order entry';

describe('find and filter', () => {
  it('is off until a query or a filter is set', () => {
    expect(filterIsActive(NO_FILTER)).toBe(false);
    expect(filterIsActive(filter({ query: '  ' }))).toBe(false);
    expect(filterIsActive(filter({ status: 'pilot' }))).toBe(true);
  });

  it('matches an application by its title, its KPIs, or the objective and pillar above it, ignoring case and accents', () => {
    const plan = examplePlan();
    const index = indexPlan(plan);
    expect(applicationMatches(index, appId(plan, CHATBOT), filter({ query: 'CHATBOT' }))).toBe(true);
    expect(applicationMatches(index, appId(plan, CHATBOT), filter({ query: 'qualified leads' }))).toBe(true);
    expect(applicationMatches(index, appId(plan, CHATBOT), filter({ query: 'acquisition' }))).toBe(true);
    expect(applicationMatches(index, appId(plan, RPA), filter({ query: 'chatbot' }))).toBe(false);
    const accented = updateApplication(plan, appId(plan, RPA), { title: 'Łódź café order bot' });
    expect(applicationMatches(indexPlan(accented), appId(plan, RPA), filter({ query: 'lodz cafe' }))).toBe(true);
  });

  it('filters by owner (of the application or one of its KPIs), status and category', () => {
    let plan = examplePlan();
    const rpa = appId(plan, RPA);
    plan = updateKpi(plan, plan.kpis.find((k) => k.applicationId === rpa)!.id, { owner: 'Søren' });
    plan = updateApplication(plan, rpa, { status: 'pilot' });
    const index = indexPlan(plan);
    expect(applicationMatches(index, rpa, filter({ owner: 'søren' }))).toBe(true);
    expect(applicationMatches(index, appId(plan, CHATBOT), filter({ owner: 'Søren' }))).toBe(false);
    expect(matchCount(index, filter({ status: 'pilot' }))).toEqual({ matching: 1, total: 4 });
    expect(applicationMatches(index, rpa, filter({ status: 'pilot', category: 'hr-talent' }))).toBe(false);
    expect(ownersOf(index)).toContain('Søren');
  });

  it('keeps an objective and its pillar lit when something under them matches, or their own title does', () => {
    const plan = examplePlan();
    const index = indexPlan(plan);
    const chatbot = plan.applications.find((a) => a.title === CHATBOT)!;
    const objective = plan.objectives.find((o) => o.id === chatbot.objectiveId)!;
    expect(objectiveMatches(index, objective.id, filter({ query: 'chatbot' }))).toBe(true);
    expect(pillarMatches(index, objective.pillarId, filter({ query: 'chatbot' }))).toBe(true);
    expect(objectiveMatches(index, objective.id, filter({ query: 'lead generation' }))).toBe(true);
    expect(pillarMatches(index, objective.pillarId, filter({ query: 'order' }))).toBe(false);
  });
});

describe('the table view', () => {
  it('has one row per KPI, plus a row for each item with nothing under it, and the unaligned ideas last', () => {
    let plan = examplePlan();
    plan = addApplication(plan, { id: 'idea1', objectiveId: null, title: 'An idea' });
    const rows = matrixRows(plan, () => '');
    expect(rows).toHaveLength(plan.kpis.length + 1);
    expect(rows.at(-1)).toMatchObject({ pillar: null, objective: null, application: { text: 'An idea' }, kpi: null });
    const first = rows[0]!;
    expect([first.pillar?.text, first.objective?.text, first.application?.text, first.kpi?.text]).toEqual([
      'Customer Acquisition',
      'Increase lead generation',
      CHATBOT,
      'Qualified leads per month',
    ]);
  });
});

describe('drop places', () => {
  const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });
  const places: { data: DropData; rect: ReturnType<typeof rect> }[] = [
    { data: { type: 'item', kind: 'objective', id: 'O' }, rect: rect(0, 0, 300, 400) },
    { data: { type: 'item', kind: 'application', id: 'A' }, rect: rect(10, 50, 280, 120) },
    { data: { type: 'item', kind: 'kpi', id: 'K' }, rect: rect(20, 100, 260, 30) },
  ];

  it('says which levels each place accepts', () => {
    expect(accepts({ type: 'item', kind: 'objective', id: 'O' }, 'application')).toBe(true);
    expect(accepts({ type: 'item', kind: 'objective', id: 'O' }, 'kpi')).toBe(false);
    expect(accepts({ type: 'list', childKind: 'application', parentId: null }, 'application')).toBe(true);
    expect(accepts({ type: 'list', childKind: 'application', parentId: null }, 'objective')).toBe(false);
  });

  it('picks the innermost place that accepts the dragged level', () => {
    expect(smallestAccepting(places, { x: 50, y: 110 }, 'kpi')?.data).toMatchObject({ id: 'K' });
    expect(smallestAccepting(places, { x: 50, y: 110 }, 'application')?.data).toMatchObject({ id: 'A' });
    expect(smallestAccepting(places, { x: 50, y: 110 }, 'objective')?.data).toMatchObject({ id: 'O' });
    expect(smallestAccepting(places, { x: 50, y: 110 }, 'pillar')).toBeNull();
  });

  it('drops before or after an item by the half the point is in: sideways for pillars, downwards otherwise', () => {
    expect(dropOverOf({ type: 'item', kind: 'application', id: 'A' }, { x: 0, y: 60 }, rect(0, 50, 100, 100))).toMatchObject({ after: false });
    expect(dropOverOf({ type: 'item', kind: 'application', id: 'A' }, { x: 0, y: 140 }, rect(0, 50, 100, 100))).toMatchObject({ after: true });
    expect(dropOverOf({ type: 'item', kind: 'pillar', id: 'P' }, { x: 90, y: 60 }, rect(0, 0, 100, 900))).toMatchObject({ after: true });
  });

  it('steps the keyboard through a column, and sideways to the nearest place in the next column', () => {
    const candidates = [
      { x: 100, y: 100 },
      { x: 100, y: 200 },
      { x: 400, y: 90 },
      { x: 400, y: 400 },
      { x: 700, y: 150 },
    ];
    expect(pickInDirection(candidates, { x: 100, y: 120 }, 'ArrowDown')).toEqual({ x: 100, y: 200 });
    expect(pickInDirection(candidates, { x: 100, y: 120 }, 'ArrowUp')).toEqual({ x: 100, y: 100 });
    expect(pickInDirection(candidates, { x: 100, y: 120 }, 'ArrowRight')).toEqual({ x: 400, y: 90 });
    expect(pickInDirection(candidates, { x: 400, y: 400 }, 'ArrowLeft')).toEqual({ x: 100, y: 200 });
    expect(pickInDirection(candidates, { x: 700, y: 150 }, 'ArrowRight')).toBeNull();
  });
});

describe('what a screen reader hears', () => {
  it('names the item and its place in words', () => {
    let plan = examplePlan();
    const chatbot = appId(plan, CHATBOT);
    const rpa = plan.applications.find((a) => a.title === RPA)!;
    plan = addKpi(plan, { id: 'k2', applicationId: rpa.id, name: 'Orders per day' });
    expect(pickUpText(plan, { kind: 'application', id: chatbot })).toBe(
      `Picked up AI application “${CHATBOT}”, in objective “Increase lead generation” in pillar “Customer Acquisition”, position 1 of 1.`,
    );
    const move = { kind: 'application' as const, id: chatbot, parentId: rpa.objectiveId, index: 1 };
    expect(overText(plan, { kind: 'application', id: chatbot }, move, true)).toContain('would move to objective “Reduce order processing time” in pillar “Operational Efficiency”, position 2 of 2');
    expect(overText(plan, { kind: 'application', id: chatbot }, null, false)).toContain('is not over a place where it can go');
    expect(dropText(plan, { kind: 'application', id: chatbot }, null)).toContain('nothing changed');
    expect(describePlace(plan, { kind: 'kpi', id: 'k2', parentId: rpa.id, index: 0 })).toBe(`AI application “${RPA}”, position 1 of 2`);
    expect(describePlace(plan, { kind: 'application', id: chatbot, parentId: null, index: 0 })).toBe('the unaligned ideas, position 1 of 1');
  });

  it('counts what a deletion takes with it', () => {
    const plan = examplePlan();
    expect(descendantsOf(plan, { kind: 'pillar', id: plan.pillars[0]!.id })).toEqual({ objectives: 1, applications: 1, kpis: 1 });
    expect(descendantsOf(plan, { kind: 'kpi', id: plan.kpis[0]!.id })).toEqual({ objectives: 0, applications: 0, kpis: 0 });
  });
});
