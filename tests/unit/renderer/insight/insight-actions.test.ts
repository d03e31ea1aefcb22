import { beforeEach, describe, expect, it } from 'vitest';
import { createFindingsSelector, countsOf, viewForCheck } from '../../../../renderer/checks/findings-selector';
import * as insight from '../../../../renderer/store/insight-actions';
import { plannerStore, resetPlannerStore } from '../../../../renderer/store/store';
import { examplePlan } from '../fixtures';

const state = () => plannerStore.getState();
const plan = () => state().plan!;

beforeEach(() => {
  resetPlannerStore();
  state().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
});

describe('insight actions', () => {
  it('sets both scores of an application in one undo step, clamped to the 1–5 grid', () => {
    const id = plan().applications[2]!.id;
    insight.setApplicationScores(id, 7, 0);
    expect(plan().applications[2]).toMatchObject({ impact: 5, feasibility: 1 });
    expect(state().past).toHaveLength(1);
    state().undo();
    expect(plan().applications[2]).toMatchObject({ impact: 3, feasibility: 2 });
  });

  it('dropping a card where it already is records nothing', () => {
    const app = plan().applications[0]!;
    expect(insight.setApplicationScores(app.id, app.impact, app.feasibility)).toBe(false);
    expect(state().past).toEqual([]);
  });

  it('marks and unmarks starters', () => {
    const id = plan().applications[3]!.id;
    insight.markStarter(id, true);
    expect(plan().applications[3]!.starter).toBe(true);
    insight.markStarter(id, false);
    expect(plan().applications[3]!.starter).toBe(false);
  });

  it('acknowledges a finding with a note saved in the plan, and withdraws it', () => {
    insight.acknowledge('no-starter:plan', 'Deliberate', '2026-11-23T10:00:00.000Z');
    expect(plan().acknowledgements).toEqual([{ findingKey: 'no-starter:plan', note: 'Deliberate', at: '2026-11-23T10:00:00.000Z' }]);
    insight.unacknowledge('no-starter:plan');
    expect(plan().acknowledgements).toEqual([]);
    expect(state().past).toHaveLength(2);
  });

  it('edits a dimension level and note; typing the note is one undo step', () => {
    const id = plan().applications[0]!.id;
    insight.setDimensionLevel(id, 'ethical', 'addressed');
    insight.setDimensionNote(id, 'ethical', 'P');
    insight.setDimensionNote(id, 'ethical', 'Privacy reviewed');
    expect(plan().applications[0]!.dimensions.ethical).toEqual({ level: 'addressed', note: 'Privacy reviewed' });
    expect(state().past).toHaveLength(2);
    expect(insight.setDimensionLevel(id, 'ethical', 'addressed')).toBe(false);
  });

  it('edits the guiding questions and readiness, each text field coalescing into one step', () => {
    insight.setGuidingQuestion('businessGoals', 'G');
    insight.setGuidingQuestion('businessGoals', 'Grow');
    insight.setReadinessText('aiLead', 'Ana');
    insight.setReadinessAnswer('govPrivacyReview', 'yes');
    insight.setReadinessNote('govPrivacyReview', 'Booked with our data protection officer');
    expect(plan().guidingQuestions.businessGoals).toBe('Grow');
    expect(plan().readiness.aiLead).toBe('Ana');
    expect(plan().readiness.items.govPrivacyReview).toEqual({ answer: 'yes', note: 'Booked with our data protection officer' });
    expect(state().past).toHaveLength(4);
  });

  it('records and removes KPI check-ins', () => {
    const id = plan().kpis[0]!.id;
    insight.addKpiCheckin(id, { date: '2027-02-28', value: 52 });
    insight.addKpiCheckin(id, { date: '2027-01-31', value: 45, note: 'first month' });
    expect(plan().kpis[0]!.actuals.map((a) => a.date)).toEqual(['2027-01-31', '2027-02-28']);
    insight.removeKpiCheckin(id, '2027-01-31');
    expect(plan().kpis[0]!.actuals).toEqual([{ date: '2027-02-28', value: 52, note: '' }]);
  });

  it('toggles whether an application touches personal data', () => {
    const id = plan().applications[1]!.id;
    insight.setUsesPersonalData(id, true);
    expect(plan().applications[1]!.governance.dataClasses).toContain('customer-personal');
    insight.setUsesPersonalData(id, false);
    expect(plan().applications[1]!.governance.dataClasses).not.toContain('customer-personal');
  });
});

describe('findings selector', () => {
  it('recomputes only when the plan object (or the day) changes', () => {
    let day = '2026-11-23';
    const select = createFindingsSelector(() => day);
    const first = select(state());
    expect(select(state())).toBe(first);
    state().select({ kind: 'pillar', id: plan().pillars[0]!.id });
    expect(select(state())).toBe(first);
    insight.markStarter(plan().applications[3]!.id, true);
    const second = select(state());
    expect(second).not.toBe(first);
    day = '2026-11-24';
    expect(select(state())).not.toBe(second);
  });

  it('counts open findings by severity and acknowledged ones apart, live as the plan changes', () => {
    const select = createFindingsSelector(() => '2026-11-23');
    const before = countsOf(select(state()));
    expect(before.high).toBe(2);
    const key = select(state()).find((f) => f.checkId === 'personal-data-ethics')!.key;
    insight.acknowledge(key, 'Reviewed elsewhere');
    const after = countsOf(select(state()));
    expect(after).toMatchObject({ high: 1, acknowledged: 1 });
  });

  it('gives no findings without a plan', () => {
    resetPlannerStore();
    expect(createFindingsSelector(() => '2026-11-23')(state())).toEqual([]);
  });

  it('sends each kind of finding to a view that exists', () => {
    expect(viewForCheck('matrix', ['plan', 'board', 'roadmap'])).toBe('board');
    expect(viewForCheck('matrix', ['plan'])).toBe('plan');
    expect(viewForCheck('roadmap', ['plan', 'roadmap'])).toBe('roadmap');
    expect(viewForCheck('priorities', ['plan', 'priorities'])).toBe('priorities');
    expect(viewForCheck('kpis', ['plan'])).toBe('plan');
    expect(viewForCheck('value', ['plan', 'board', 'value'])).toBe('value');
    expect(viewForCheck('value', ['plan', 'board'])).toBe('board');
  });
});
