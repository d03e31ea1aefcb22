import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import { integrityProblems } from '../../../../shared/plan-integrity';
import { sequentialIds } from '../../../../shared/ids';
import { translator } from '../../../../shared/i18n/translator';
import { createPlan } from '../../../../shared/templates/templates';

/* What the schema cannot check in a workshop (#17): its ids in the plan's one id space, and votes that name who and what. */

const t = translator('en');
const example = (): Plan => createPlan('example', { now: '2026-11-23T10:00:00.000Z', newId: sequentialIds('id'), startMonth: '2027-01' });
const problems = (plan: Plan) => integrityProblems(plan, 20, t);
const withWorkshop = (plan: Plan, patch: Partial<Plan['workshop']>): Plan => ({ ...plan, workshop: { ...plan.workshop, ...patch } });

describe('integrity of the workshop', () => {
  it('finds nothing wrong with the example’s workshop', () => {
    expect(example().workshop.decisions).toHaveLength(1);
    expect(problems(example())).toEqual([]);
  });

  it('refuses an id used twice, within the workshop or shared with an item of the plan', () => {
    const plan = example();
    const [first, second] = plan.workshop.participants;
    expect(problems(withWorkshop(plan, { participants: [first!, { ...second!, id: first!.id }] }))).toEqual([
      `The id "${first!.id}" is used twice (participant); every item needs its own id.`,
    ]);
    const decision = { ...plan.workshop.decisions[0]!, id: plan.applications[0]!.id };
    expect(problems(withWorkshop(plan, { decisions: [decision] }))).toEqual([`The id "${decision.id}" is used twice (decision); every item needs its own id.`]);
    const step = { ...plan.workshop.steps[0]!, id: plan.workshop.parked[0]!.id };
    expect(problems(withWorkshop(plan, { steps: [...plan.workshop.steps.slice(1), step] }))).toEqual([
      `The id "${step.id}" is used twice (parked question); every item needs its own id.`,
    ]);
  });

  it('refuses a vote naming a participant not in the workshop, or an application not in the plan', () => {
    const plan = example();
    const person = plan.workshop.participants[0]!.id;
    const app = plan.applications[0]!.id;
    expect(problems(withWorkshop(plan, { dots: [{ participantId: 'ghost', applicationId: app, count: 1 }] }))).toEqual([
      'A vote names a participant who is not in the workshop (ghost).',
    ]);
    expect(problems(withWorkshop(plan, { scores: [{ participantId: person, applicationId: 'app-gone', impact: 3, feasibility: null }] }))).toEqual([
      'A vote names an AI application that is not in the plan (app-gone).',
    ]);
    expect(problems(withWorkshop(plan, { voting: { ...plan.workshop.voting, ballotsDone: ['ghost'] } }))).toEqual([
      'A vote names a participant who is not in the workshop (ghost).',
    ]);
  });

  it('refuses two ballots of one person for one application', () => {
    const plan = example();
    const vote = { participantId: plan.workshop.participants[0]!.id, applicationId: plan.applications[0]!.id, count: 1 };
    expect(problems(withWorkshop(plan, { dots: [vote, { ...vote, count: 2 }] }))).toEqual([
      `A participant (${vote.participantId}) has two ballots for one AI application (${vote.applicationId}).`,
    ]);
  });

  it('lets a decision keep a link to an item since deleted: it reads "(deleted item)", it is not broken', () => {
    const plan = example();
    const decision = { ...plan.workshop.decisions[0]!, link: { kind: 'kpi' as const, id: 'kpi-gone' } };
    expect(problems(withWorkshop(plan, { decisions: [decision] }))).toEqual([]);
  });
});
