import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanFromText, PLAN_VERSION, serialisePlan } from '../../../../shared';
import type { Plan } from '../../../../shared/model';
import { NO_WORKSHOP } from '../../../../shared/schema/workshop-schema';
import { sequentialIds } from '../../../../shared/ids';
import { createPlan } from '../../../../shared/templates/templates';
import { addDecision, addParked, addParticipant, setBallotDone, setDots, setScore, setVotingOptions, withDefaultAgenda } from '../../../../shared/workshop/workshop-ops';

/* Plan format 3 (#17): the workshop and an application's business problem. */

/** The example plan as format 2 saved it (committed copy, made before format 3). */
const v2Text = () => readFileSync(new URL('../../../fixtures/v2-example.aiplan', import.meta.url), 'utf8');

function load(text: string): Plan {
  const result = loadPlanFromText(text);
  if (!result.ok) throw new Error(`${result.error.message}\n${result.error.details.join('\n')}`);
  return result.plan;
}

describe('a version-2 plan', () => {
  it('opens as the current version with an empty workshop and no business problem written, saying it was migrated from 2', () => {
    const result = loadPlanFromText(v2Text());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.migratedFrom).toBe(2);
    expect(PLAN_VERSION).toBe(4);
    expect(result.plan.version).toBe(4);
    expect(result.plan.workshop).toEqual(NO_WORKSHOP);
    expect(result.plan.workshop).toEqual({
      steps: [],
      participants: [],
      voting: { mode: 'dots', dotsPerPerson: 5, secret: true, revealed: false, ballotsDone: [] },
      dots: [],
      scores: [],
      parked: [],
      decisions: [],
    });
    expect(result.plan.applications.map((a) => a.problem)).toEqual(['', '', '', '']);
  });

  it('keeps everything else as it was', () => {
    const raw = JSON.parse(v2Text());
    const plan = load(v2Text());
    expect(plan.meta).toEqual(raw.meta);
    expect(plan.pillars).toEqual(raw.pillars);
    expect(plan.objectives).toEqual(raw.objectives);
    expect(plan.kpis).toEqual(raw.kpis);
    expect(plan.roadmap).toEqual(raw.roadmap);
    expect(plan.governance).toEqual(raw.governance);
    expect(plan.applications.map(({ problem: _problem, ...rest }) => rest)).toEqual(raw.applications);
  });

  it('saves as the current version, and the saved file opens unchanged and unmigrated', () => {
    const saved = serialisePlan(load(v2Text()));
    expect(JSON.parse(saved).version).toBe(4);
    const again = loadPlanFromText(saved);
    expect(again.ok && again.migratedFrom).toBe(null);
    expect(serialisePlan(load(saved))).toBe(saved);
  });
});

describe('a workshop saved and opened again', () => {
  const ctx = { now: '2026-12-02T09:00:00.000Z', today: '2026-12-02', newId: sequentialIds('w') };
  function fullWorkshop(): Plan {
    let plan = createPlan('example', { now: ctx.now, newId: sequentialIds('id'), startMonth: '2027-01' });
    // The example's own workshop set aside, so every part below is made here.
    plan = { ...plan, workshop: NO_WORKSHOP };
    plan = withDefaultAgenda(plan, ctx.newId);
    const people = ['Ana', 'Bảo', 'Jürgen'].map((name) => {
      const added = addParticipant(plan, ctx, name);
      plan = added.plan;
      return added.id!;
    });
    const [chatbot, orderEntry] = plan.applications;
    plan = setDots(plan, people[0]!, chatbot!.id, 3);
    plan = setDots(plan, people[1]!, orderEntry!.id, 2);
    plan = setVotingOptions(plan, { dotsPerPerson: 7, secret: false });
    plan = setScore(plan, people[2]!, chatbot!.id, { impact: 5, feasibility: 2 });
    plan = setScore(plan, people[0]!, orderEntry!.id, { impact: 3 });
    plan = setBallotDone(plan, people[0]!, true);
    plan = addParked(plan, ctx, 'Who signs off on customer data?\nAsk the DPO.').plan;
    plan = addDecision(plan, ctx, { text: 'Pilot the chatbot', owner: 'Head of Marketing', due: '2027-03-15', link: { kind: 'application', id: chatbot!.id } }).plan;
    plan = addDecision(plan, ctx, { text: 'Name an AI lead', done: true }).plan;
    return plan;
  }

  it('comes back whole: agenda, people, votes, options, ballots, parked questions and decisions', () => {
    const plan = fullWorkshop();
    const reopened = load(serialisePlan(plan));
    expect(reopened.workshop).toEqual(plan.workshop);
    expect(reopened.workshop.steps).toHaveLength(7);
    expect(reopened.workshop.decisions[0]).toMatchObject({ owner: 'Head of Marketing', due: '2027-03-15', link: { kind: 'application' }, done: false, at: '2026-12-02' });
    expect(serialisePlan(reopened)).toBe(serialisePlan(plan));
  });
});
