import { describe, expect, it } from 'vitest';
import { setScores, setStarter, starterAdvice, suggestStarters } from '../../../../shared/checks/starters';
import { updateApplication } from '../../../../shared/operations/matrix';
import type { Plan } from '../../../../shared/model';
import { healthyPlan, withApplication } from './plan-builder';

/** a1 (impact 4, feasibility 4, starter) plus a spread of scores under the same objective. */
function portfolio(): Plan {
  let plan = healthyPlan();
  plan = withApplication(plan, { id: 'moonshot', objectiveId: 'o1', title: 'Moonshot', impact: 5, feasibility: 1 });
  plan = withApplication(plan, { id: 'quick', objectiveId: 'o1', title: 'Quick win', impact: 2, feasibility: 5 });
  plan = withApplication(plan, { id: 'best', objectiveId: 'o1', title: 'Best bet', impact: 5, feasibility: 4 });
  plan = withApplication(plan, { id: 'tie', objectiveId: 'o1', title: 'Also good', impact: 4, feasibility: 4 });
  plan = withApplication(plan, { id: 'meh', objectiveId: 'o1', title: 'Meh', impact: 2, feasibility: 2 });
  plan = withApplication(plan, { id: 'loose', objectiveId: null, title: 'Loose tool', impact: 5, feasibility: 5 });
  plan = withApplication(plan, { id: 'gone', objectiveId: 'o1', title: 'Gone', impact: 5, feasibility: 5, status: 'retired' });
  return plan;
}

describe('suggestStarters', () => {
  it('ranks high impact with medium or high feasibility first, then by impact × feasibility, then by title', () => {
    expect(suggestStarters(portfolio()).map((c) => c.applicationId)).toEqual(['best', 'tie', 'a1', 'quick', 'moonshot', 'meh', 'loose']);
  });

  it('marks the recommended ones and gives a reason sentence for each', () => {
    const byId = new Map(suggestStarters(portfolio()).map((c) => [c.applicationId, c]));
    expect(byId.get('best')).toMatchObject({ recommended: true, starter: false, reason: 'High impact with workable feasibility (impact 5/5, feasibility 4/5): a good first step.' });
    expect(byId.get('a1')).toMatchObject({ recommended: true, starter: true });
    expect(byId.get('moonshot')).toMatchObject({ recommended: false, reason: expect.stringMatching(/^High impact but hard to do yet/) });
    expect(byId.get('quick')!.reason).toMatch(/quick win/);
    expect(byId.get('meh')!.reason).toMatch(/better later/);
    expect(byId.get('loose')).toMatchObject({ recommended: false, reason: expect.stringMatching(/^Not yet tied to an objective/) });
  });

  it('leaves out live and retired applications', () => {
    const plan = updateApplication(portfolio(), 'best', { status: 'live' });
    const ids = suggestStarters(plan).map((c) => c.applicationId);
    expect(ids).not.toContain('best');
    expect(ids).not.toContain('gone');
  });

  it('asks for a KPI to be defined before starting when there is none', () => {
    const plan = { ...portfolio(), kpis: [] };
    expect(suggestStarters(plan)[0]!.reason).toBe('High impact with workable feasibility (impact 5/5, feasibility 4/5): a good first step; define its KPI before starting.');
  });
});

describe('starterAdvice', () => {
  it('is ok with one or two starters', () => {
    expect(starterAdvice(healthyPlan())).toMatchObject({ status: 'ok', count: 1 });
    expect(starterAdvice(setStarter(portfolio(), 'best', true))).toMatchObject({ status: 'ok', count: 2 });
  });

  it('advises picking one when none is marked, naming the best candidate', () => {
    const advice = starterAdvice(setStarter(portfolio(), 'a1', false));
    expect(advice).toMatchObject({ status: 'none-marked', count: 0 });
    expect(advice.message).toContain('“Best bet”');
  });

  it('warns when more than two are marked, not counting retired ones', () => {
    let plan = setStarter(portfolio(), 'gone', true);
    plan = setStarter(plan, 'best', true);
    expect(starterAdvice(plan).status).toBe('ok');
    plan = setStarter(plan, 'tie', true);
    expect(starterAdvice(plan)).toMatchObject({ status: 'too-many', count: 3 });
  });
});

describe('setStarter and setScores', () => {
  it('set the starter flag, returning the same plan when unchanged', () => {
    const plan = portfolio();
    expect(setStarter(plan, 'best', true).applications.find((a) => a.id === 'best')!.starter).toBe(true);
    expect(setStarter(plan, 'a1', true)).toBe(plan);
    expect(setStarter(plan, 'nope', true)).toBe(plan);
  });

  it('clamp scores to whole numbers from 1 to 5', () => {
    const plan = setScores(portfolio(), 'best', 7.2, 0);
    expect(plan.applications.find((a) => a.id === 'best')).toMatchObject({ impact: 5, feasibility: 1 });
    expect(setScores(portfolio(), 'best', 2.6, 3.4).applications.find((a) => a.id === 'best')).toMatchObject({ impact: 3, feasibility: 3 });
  });

  it('keep a score given as not-a-number, and return the same plan when nothing changes', () => {
    const plan = portfolio();
    expect(setScores(plan, 'best', Number.NaN, 2).applications.find((a) => a.id === 'best')).toMatchObject({ impact: 5, feasibility: 2 });
    expect(setScores(plan, 'best', 5, 4)).toBe(plan);
    expect(setScores(plan, 'nope', 1, 1)).toBe(plan);
  });
});
