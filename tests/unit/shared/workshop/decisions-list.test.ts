import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/translator';
import { sequentialIds } from '../../../../shared/ids';
import type { Decision, Plan } from '../../../../shared/model';
import { deleteKpi, updateApplication } from '../../../../shared/operations/matrix';
import { createPlan } from '../../../../shared/templates/templates';
import { decisionCounts, decisionStatus, isCalendarDay, linkableItems, linkedTitle, orderedDecisions } from '../../../../shared/workshop/decision-list';
import { addDecision, addParked, parkedToDecision, removeDecision, updateDecision } from '../../../../shared/workshop/workshop-ops';

/* Reading the room's decisions back (#17 §4): status, order, linked items, dates. */

const t = translator('en');
const d = (id: string, due: string | null, done = false): Pick<Decision, 'id' | 'due' | 'done'> => ({ id, due, done });
const example = (): Plan => createPlan('example', { now: '2026-11-23T10:00:00.000Z', newId: sequentialIds('id'), startMonth: '2027-01' });
const ctx = (id: string) => ({ now: '2026-12-02T09:00:00.000Z', today: '2026-12-02', newId: () => id });

describe('decisionStatus', () => {
  it('is overdue from the day after the due date while not done; done wins; no date is never overdue', () => {
    expect(decisionStatus(d('a', '2026-12-01'), '2026-12-02')).toBe('overdue');
    expect(decisionStatus(d('a', '2026-12-02'), '2026-12-02')).toBe('open');
    expect(decisionStatus(d('a', '2027-01-01'), '2026-12-02')).toBe('open');
    expect(decisionStatus(d('a', null), '2030-01-01')).toBe('open');
    expect(decisionStatus(d('a', '2026-01-01', true), '2026-12-02')).toBe('done');
  });

  it('counts open, overdue and done apart', () => {
    expect(decisionCounts([d('a', '2026-12-01'), d('b', null), d('c', '2026-12-05'), d('e', null, true)], '2026-12-02')).toEqual({ open: 2, overdue: 1, done: 1 });
  });
});

describe('orderedDecisions', () => {
  it('puts open ones first, soonest due first and undated after them, then the done ones in the same order', () => {
    const list = [d('done-late', '2027-05-01', true), d('undated', null), d('may', '2027-05-01'), d('done-early', '2027-01-01', true), d('jan', '2027-01-01'), d('undated-2', null)];
    expect(orderedDecisions(list).map((x) => x.id)).toEqual(['jan', 'may', 'undated', 'undated-2', 'done-early', 'done-late']);
  });

  it('keeps the recorded order between decisions due the same day, and leaves its input alone', () => {
    const list = [d('b', '2027-02-01'), d('a', '2027-02-01')];
    expect(orderedDecisions(list).map((x) => x.id)).toEqual(['b', 'a']);
    expect(list.map((x) => x.id)).toEqual(['b', 'a']);
  });
});

describe('isCalendarDay', () => {
  it('accepts real days and refuses impossible or malformed ones', () => {
    expect(['2027-02-28', '2028-02-29', '2027-12-31', '2027-01-01'].every(isCalendarDay)).toBe(true);
    expect(['2027-02-29', '2027-02-30', '2027-04-31', '2027-13-01', '2027-00-10', '2027-01-00', '27-1-1', '2027-1-01', '', 'tomorrow'].some(isCalendarDay)).toBe(false);
  });
});

describe('linked items', () => {
  it('offers pillars, objectives, applications, KPIs and milestones by title, an empty title as "Untitled …"', () => {
    const plan = updateApplication(example(), example().applications[1]!.id, { title: '  ' });
    const items = linkableItems(plan, t);
    expect(items.map((i) => i.kind)).toEqual([
      ...Array(4).fill('pillar'),
      ...Array(4).fill('objective'),
      ...Array(4).fill('application'),
      ...Array(4).fill('kpi'),
      ...Array(5).fill('milestone'),
    ]);
    expect(items.find((i) => i.kind === 'application')!.title).toBe('AI-powered chatbot for website engagement');
    expect(items.filter((i) => i.kind === 'application')[1]!.title).toBe('Untitled AI application');
    expect(items.find((i) => i.kind === 'kpi')!.title).toBe('Qualified leads per month');
  });

  it('names the linked item now, and null once it is deleted', () => {
    const plan = example();
    const kpi = plan.kpis[0]!;
    expect(linkedTitle(plan, { kind: 'kpi', id: kpi.id }, t)).toBe('Qualified leads per month');
    expect(linkedTitle(deleteKpi(plan, kpi.id), { kind: 'kpi', id: kpi.id }, t)).toBeNull();
    expect(linkedTitle(plan, { kind: 'milestone', id: plan.roadmap.milestones[0]!.id }, t)).toBe('AI lead nominated');
  });
});

describe('decision verbs', () => {
  it('records a decision with the day it was taken, trimmed, and refuses an empty one', () => {
    const added = addDecision(example(), ctx('d-new'), { text: '  Pilot first  ', owner: 'Ana', due: '2027-02-01' });
    expect(added.plan.workshop.decisions.at(-1)).toEqual({ id: 'd-new', text: 'Pilot first', owner: 'Ana', due: '2027-02-01', link: null, done: false, at: '2026-12-02' });
    const plan = example();
    expect(addDecision(plan, ctx('x'), { text: '   ' })).toEqual({ plan, id: null });
  });

  it('edits a field, links and unlinks, and returns the same plan for no change', () => {
    const plan = example();
    const id = plan.workshop.decisions[0]!.id;
    const unlinked = updateDecision(plan, id, { link: null });
    expect(unlinked.workshop.decisions[0]!.link).toBeNull();
    expect(updateDecision(plan, id, { owner: plan.workshop.decisions[0]!.owner })).toBe(plan);
    expect(updateDecision(plan, id, { link: { ...plan.workshop.decisions[0]!.link! } })).toBe(plan);
    expect(updateDecision(plan, 'unknown', { done: true })).toBe(plan);
    expect(removeDecision(plan, id).workshop.decisions).toEqual([]);
  });

  it('turns a parked question into a decision with its text, in one step', () => {
    const plan = example();
    const parked = plan.workshop.parked[0]!;
    const decided = parkedToDecision(plan, ctx('from-parked'), parked.id);
    expect(decided.id).toBe('from-parked');
    expect(decided.plan.workshop.parked).toEqual([]);
    expect(decided.plan.workshop.decisions.at(-1)).toMatchObject({ id: 'from-parked', text: parked.text, owner: '', due: null, done: false });
    expect(parkedToDecision(plan, ctx('x'), 'unknown')).toEqual({ plan, id: null });
    expect(addParked(plan, ctx('p'), ' ').plan).toBe(plan);
  });
});
