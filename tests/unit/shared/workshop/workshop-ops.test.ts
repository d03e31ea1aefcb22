import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../../../../shared';
import type { Plan } from '../../../../shared/model';
import { WORKSHOP_CAPS } from '../../../../shared/schema/workshop-schema';
import { DEFAULT_AGENDA } from '../../../../shared/workshop/default-agenda';
import {
  addDecision,
  addParked,
  addParticipant,
  addStep,
  clearVotes,
  moveStep,
  overdueDecisions,
  parkedToDecision,
  removeDecision,
  removeParked,
  removeParticipant,
  removeStep,
  renameParticipant,
  setBallotDone,
  setDots,
  setRevealed,
  setScore,
  setVotingOptions,
  updateDecision,
  updateParked,
  updateStep,
  withDefaultAgenda,
  type WorkshopContext,
} from '../../../../shared/workshop/workshop-ops';
import { NOW, smallMatrixPlan } from '../plan-fixtures';

/*
 * The workshop's pure verbs (#17): each returns the next plan, and the very same plan object when
 * nothing changes, so a no-op never becomes an undo step.
 */

const TODAY = '2026-12-02';
const ctx = (prefix = 'w'): WorkshopContext => ({ now: NOW, today: TODAY, newId: sequentialIds(prefix) });

/** smallMatrixPlan (A1, A2, A3 in the tray, A4) with Anna and Ben in the room. */
function room(): Plan {
  let plan = smallMatrixPlan();
  plan = addParticipant(plan, { newId: () => 'anna' }, 'Anna').plan;
  plan = addParticipant(plan, { newId: () => 'ben' }, 'Ben').plan;
  return plan;
}

const stepIds = (plan: Plan) => plan.workshop.steps.map((s) => s.id);

describe('the agenda', () => {
  it('fills an empty agenda with the default one, and leaves an agenda with steps alone', () => {
    const plan = smallMatrixPlan();
    const filled = withDefaultAgenda(plan, sequentialIds('s'));
    expect(filled.workshop.steps.map((s) => [s.kind, s.opens, s.minutes])).toEqual(DEFAULT_AGENDA.map((s) => [s.kind, s.opens, s.minutes]));
    expect(stepIds(filled)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7']);
    expect(withDefaultAgenda(filled, sequentialIds('x'))).toBe(filled);
  });

  it('adds a step at the end or after a given one, with its duration kept between 1 minute and the cap', () => {
    let plan = withDefaultAgenda(smallMatrixPlan(), sequentialIds('s'));
    const atEnd = addStep(plan, ctx('n'), { title: 'Lunch', minutes: 45.4 });
    expect(atEnd.id).toBe('n1');
    expect(atEnd.plan.workshop.steps.at(-1)).toEqual({ id: 'n1', kind: 'custom', title: 'Lunch', ask: '', opens: 'workshop-agenda', minutes: 45 });
    plan = addStep(atEnd.plan, ctx('m'), { minutes: 0 }, 's2').plan;
    expect(stepIds(plan).slice(0, 4)).toEqual(['s1', 's2', 'm1', 's3']);
    expect(plan.workshop.steps[2]!.minutes).toBe(1);
    expect(addStep(plan, ctx('k'), { minutes: 10_000 }, 'unknown').plan.workshop.steps.at(-1)).toMatchObject({ id: 'k1', minutes: WORKSHOP_CAPS.stepMinutes });
  });

  it('adds no step past the cap, and makes no id for it', () => {
    let plan = smallMatrixPlan();
    for (let i = 0; i < WORKSHOP_CAPS.steps; i++) plan = addStep(plan, ctx(`s${i}-`)).plan;
    const refused = addStep(plan, ctx('over'));
    expect(refused).toEqual({ plan, id: null });
    expect(refused.plan).toBe(plan);
  });

  it('edits a step, clamping the minutes, and returns the same plan for the same value or an unknown step', () => {
    const plan = withDefaultAgenda(smallMatrixPlan(), sequentialIds('s'));
    const edited = updateStep(plan, 's1', { title: 'Why AI?', minutes: 999 });
    expect(edited.workshop.steps[0]).toMatchObject({ title: 'Why AI?', minutes: WORKSHOP_CAPS.stepMinutes });
    expect(updateStep(edited, 's1', { title: 'Why AI?' })).toBe(edited);
    expect(updateStep(edited, 'nope', { title: 'x' })).toBe(edited);
  });

  it('moves a step to a place (clamped), and returns the same plan when it stays', () => {
    const plan = withDefaultAgenda(smallMatrixPlan(), sequentialIds('s'));
    expect(stepIds(moveStep(plan, 's1', 2))).toEqual(['s2', 's3', 's1', 's4', 's5', 's6', 's7']);
    expect(stepIds(moveStep(plan, 's2', -5))).toEqual(['s2', 's1', 's3', 's4', 's5', 's6', 's7']);
    expect(stepIds(moveStep(plan, 's1', 99)).at(-1)).toBe('s1');
    expect(moveStep(plan, 's3', 2)).toBe(plan);
    expect(moveStep(plan, 'nope', 0)).toBe(plan);
  });

  it('removes a step; an unknown one changes nothing', () => {
    const plan = withDefaultAgenda(smallMatrixPlan(), sequentialIds('s'));
    expect(stepIds(removeStep(plan, 's4'))).toEqual(['s1', 's2', 's3', 's5', 's6', 's7']);
    expect(removeStep(plan, 'nope')).toBe(plan);
  });
});

describe('participants', () => {
  it('adds a person by name, trimmed; a blank name adds nobody', () => {
    const plan = smallMatrixPlan();
    const added = addParticipant(plan, ctx('p'), '  Anna Weber ');
    expect(added.id).toBe('p1');
    expect(added.plan.workshop.participants).toEqual([{ id: 'p1', name: 'Anna Weber' }]);
    expect(addParticipant(plan, ctx('p'), '   ')).toEqual({ plan, id: null });
  });

  it(`adds nobody past ${WORKSHOP_CAPS.participants} people`, () => {
    let plan = smallMatrixPlan();
    for (let i = 0; i < WORKSHOP_CAPS.participants; i++) plan = addParticipant(plan, ctx(`p${i}-`), `Person ${i}`).plan;
    expect(plan.workshop.participants).toHaveLength(WORKSHOP_CAPS.participants);
    expect(addParticipant(plan, ctx('late'), 'Late').plan).toBe(plan);
  });

  it('renames a person; the same name or an unknown person changes nothing', () => {
    const plan = room();
    const renamed = renameParticipant(plan, 'anna', 'Anna W.');
    expect(renamed.workshop.participants[0]).toEqual({ id: 'anna', name: 'Anna W.' });
    expect(renameParticipant(renamed, 'anna', 'Anna W.')).toBe(renamed);
    expect(renameParticipant(plan, 'nope', 'X')).toBe(plan);
  });

  it('removes a person with their dots, their scores and their finished ballot, and nobody else’s', () => {
    let plan = room();
    plan = setDots(plan, 'anna', 'A1', 2);
    plan = setDots(plan, 'ben', 'A1', 1);
    plan = setScore(plan, 'anna', 'A2', { impact: 4 });
    plan = setScore(plan, 'ben', 'A2', { impact: 2 });
    plan = setBallotDone(plan, 'anna', true);
    plan = setBallotDone(plan, 'ben', true);
    const removed = removeParticipant(plan, 'anna');
    expect(removed.workshop.participants.map((p) => p.id)).toEqual(['ben']);
    expect(removed.workshop.dots).toEqual([{ participantId: 'ben', applicationId: 'A1', count: 1 }]);
    expect(removed.workshop.scores).toEqual([{ participantId: 'ben', applicationId: 'A2', impact: 2, feasibility: null }]);
    expect(removed.workshop.voting.ballotsDone).toEqual(['ben']);
    expect(removeParticipant(removed, 'anna')).toBe(removed);
  });
});

describe('voting options', () => {
  it('sets the mode, secrecy and dots per person (rounded, 1 to the cap), and the same values change nothing', () => {
    const plan = room();
    const options = setVotingOptions(plan, { mode: 'scores', secret: false, dotsPerPerson: 7.6 });
    expect(options.workshop.voting).toMatchObject({ mode: 'scores', secret: false, dotsPerPerson: 8 });
    expect(setVotingOptions(options, { dotsPerPerson: 0 }).workshop.voting.dotsPerPerson).toBe(1);
    expect(setVotingOptions(options, { dotsPerPerson: 500 }).workshop.voting.dotsPerPerson).toBe(WORKSHOP_CAPS.dotsPerPerson);
    expect(setVotingOptions(options, { mode: 'scores', secret: false, dotsPerPerson: 8 })).toBe(options);
  });

  it('starts a new round on a switch between dots and scores: the ticks clear and the results hide, the votes of both kinds stay', () => {
    let plan = setDots(room(), 'anna', 'A1', 3);
    plan = setRevealed(setBallotDone(plan, 'anna', true), true);
    const scores = setVotingOptions(plan, { mode: 'scores' });
    expect(scores.workshop.voting).toMatchObject({ mode: 'scores', ballotsDone: [], revealed: false });
    expect(scores.workshop.dots).toEqual(plan.workshop.dots);
    // Secrecy or dot count changed within a round keeps who has voted.
    expect(setVotingOptions(plan, { secret: false, dotsPerPerson: 6 }).workshop.voting).toMatchObject({ ballotsDone: ['anna'], revealed: true });
    expect(setVotingOptions(scores, { mode: 'dots' }).workshop.dots).toEqual(plan.workshop.dots);
  });

  it('keeps dots already given when the dots per person go down', () => {
    const plan = setDots(room(), 'anna', 'A1', 5);
    expect(setVotingOptions(plan, { dotsPerPerson: 2 }).workshop.dots).toEqual(plan.workshop.dots);
  });
});

describe('dots', () => {
  it('gives, changes and takes back a person’s dots on an application', () => {
    let plan = room();
    plan = setDots(plan, 'anna', 'A1', 2);
    plan = setDots(plan, 'anna', 'A4', 1);
    expect(plan.workshop.dots).toEqual([
      { participantId: 'anna', applicationId: 'A1', count: 2 },
      { participantId: 'anna', applicationId: 'A4', count: 1 },
    ]);
    plan = setDots(plan, 'anna', 'A1', 3);
    expect(plan.workshop.dots[0]!.count).toBe(3);
    plan = setDots(plan, 'anna', 'A1', 0);
    expect(plan.workshop.dots).toEqual([{ participantId: 'anna', applicationId: 'A4', count: 1 }]);
  });

  it('never lets a person give more dots than they have left (5 by default)', () => {
    let plan = setDots(room(), 'anna', 'A1', 3);
    plan = setDots(plan, 'anna', 'A2', 9);
    expect(plan.workshop.dots.find((v) => v.applicationId === 'A2')!.count).toBe(2);
    expect(setDots(plan, 'anna', 'A4', 1)).toBe(plan);
    // Another person's dots are their own.
    expect(setDots(plan, 'ben', 'A4', 5).workshop.dots.at(-1)).toEqual({ participantId: 'ben', applicationId: 'A4', count: 5 });
  });

  it('returns the same plan for the same count, a negative count with nothing given, an unknown person or application', () => {
    const plan = setDots(room(), 'anna', 'A1', 2);
    expect(setDots(plan, 'anna', 'A1', 2)).toBe(plan);
    expect(setDots(plan, 'ben', 'A1', -1)).toBe(plan);
    expect(setDots(plan, 'ghost', 'A1', 1)).toBe(plan);
    expect(setDots(plan, 'anna', 'gone', 1)).toBe(plan);
  });

  it(`adds no new vote past ${WORKSHOP_CAPS.votes.toLocaleString('en-US')} votes, but still changes one already given`, () => {
    const base = setDots(room(), 'anna', 'A1', 1);
    const filler = Array.from({ length: WORKSHOP_CAPS.votes - 1 }, () => ({ participantId: 'ben', applicationId: 'A2', count: 1 }));
    const full: Plan = { ...base, workshop: { ...base.workshop, dots: [...base.workshop.dots, ...filler] } };
    expect(setDots(full, 'anna', 'A4', 1)).toBe(full);
    expect(setDots(full, 'anna', 'A1', 2).workshop.dots[0]!.count).toBe(2);
  });
});

describe('scores', () => {
  it('records impact and feasibility separately, rounded into 1–5, and takes a ballot back when both are cleared', () => {
    let plan = room();
    plan = setScore(plan, 'anna', 'A1', { impact: 4 });
    expect(plan.workshop.scores).toEqual([{ participantId: 'anna', applicationId: 'A1', impact: 4, feasibility: null }]);
    plan = setScore(plan, 'anna', 'A1', { feasibility: 9 });
    expect(plan.workshop.scores[0]).toMatchObject({ impact: 4, feasibility: 5 });
    plan = setScore(plan, 'anna', 'A1', { impact: 0.4 });
    expect(plan.workshop.scores[0]).toMatchObject({ impact: 1, feasibility: 5 });
    plan = setScore(plan, 'anna', 'A1', { impact: null, feasibility: null });
    expect(plan.workshop.scores).toEqual([]);
  });

  it('returns the same plan for the same scores, an empty new ballot, an unknown person or application', () => {
    const plan = setScore(room(), 'anna', 'A1', { impact: 4, feasibility: 2 });
    expect(setScore(plan, 'anna', 'A1', { impact: 4 })).toBe(plan);
    expect(setScore(plan, 'ben', 'A1', { impact: null })).toBe(plan);
    expect(setScore(plan, 'ghost', 'A1', { impact: 3 })).toBe(plan);
    expect(setScore(plan, 'anna', 'gone', { impact: 3 })).toBe(plan);
  });
});

describe('ballots, the reveal and clearing', () => {
  it('marks a ballot done and takes it back; twice is the same plan; an unknown person changes nothing', () => {
    const plan = room();
    const done = setBallotDone(plan, 'anna', true);
    expect(done.workshop.voting.ballotsDone).toEqual(['anna']);
    expect(setBallotDone(done, 'anna', true)).toBe(done);
    expect(setBallotDone(done, 'anna', false).workshop.voting.ballotsDone).toEqual([]);
    expect(setBallotDone(plan, 'ghost', true)).toBe(plan);
  });

  it('reveals and hides the results; the same state is the same plan', () => {
    const plan = room();
    const shown = setRevealed(plan, true);
    expect(shown.workshop.voting.revealed).toBe(true);
    expect(setRevealed(shown, true)).toBe(shown);
    expect(setRevealed(shown, false).workshop.voting.revealed).toBe(false);
  });

  it('clears every vote and ballot and hides the results, keeping the people and the options', () => {
    let plan = setVotingOptions(room(), { mode: 'scores', dotsPerPerson: 3, secret: false });
    plan = setDots(plan, 'anna', 'A1', 2);
    plan = setScore(plan, 'ben', 'A2', { impact: 3 });
    plan = setBallotDone(plan, 'anna', true);
    plan = setRevealed(plan, true);
    const cleared = clearVotes(plan);
    expect(cleared.workshop).toMatchObject({ dots: [], scores: [], voting: { mode: 'scores', dotsPerPerson: 3, secret: false, revealed: false, ballotsDone: [] } });
    expect(cleared.workshop.participants).toBe(plan.workshop.participants);
    expect(clearVotes(cleared)).toBe(cleared);
  });
});

describe('the parking lot', () => {
  it('parks a question with today’s date; a blank one parks nothing', () => {
    const plan = smallMatrixPlan();
    const parked = addParked(plan, ctx('q'), '  Who owns the data? ');
    expect(parked.plan.workshop.parked).toEqual([{ id: 'q1', text: 'Who owns the data?', at: TODAY }]);
    expect(addParked(plan, ctx('q'), ' ')).toEqual({ plan, id: null });
  });

  it(`parks nothing past ${WORKSHOP_CAPS.parked} questions`, () => {
    const plan = smallMatrixPlan();
    const full: Plan = { ...plan, workshop: { ...plan.workshop, parked: Array.from({ length: WORKSHOP_CAPS.parked }, (_, i) => ({ id: `q${i}`, text: 'x', at: TODAY })) } };
    expect(addParked(full, ctx('late'), 'One more').plan).toBe(full);
  });

  it('edits and removes a parked question; the same text or an unknown id changes nothing', () => {
    const plan = addParked(smallMatrixPlan(), ctx('q'), 'Budget?').plan;
    const edited = updateParked(plan, 'q1', 'Budget for 2027?');
    expect(edited.workshop.parked[0]!.text).toBe('Budget for 2027?');
    expect(updateParked(edited, 'q1', 'Budget for 2027?')).toBe(edited);
    expect(updateParked(edited, 'nope', 'x')).toBe(edited);
    expect(removeParked(edited, 'q1').workshop.parked).toEqual([]);
    expect(removeParked(edited, 'nope')).toBe(edited);
  });

  it('turns a settled question into a decision with its text, in one step', () => {
    const plan = addParked(smallMatrixPlan(), ctx('q'), 'Pilot the chatbot first').plan;
    const decided = parkedToDecision(plan, ctx('d'), 'q1');
    expect(decided.id).toBe('d1');
    expect(decided.plan.workshop.parked).toEqual([]);
    expect(decided.plan.workshop.decisions).toEqual([{ id: 'd1', text: 'Pilot the chatbot first', owner: '', due: null, link: null, done: false, at: TODAY }]);
    expect(parkedToDecision(plan, ctx('d'), 'nope')).toEqual({ plan, id: null });
  });
});

describe('decisions', () => {
  it('records a decision with its owner, due date and link; blank text records nothing', () => {
    const plan = smallMatrixPlan();
    const added = addDecision(plan, ctx('d'), { text: ' Start the pilot ', owner: 'Anna', due: '2027-01-15', link: { kind: 'application', id: 'A1' } });
    expect(added.plan.workshop.decisions).toEqual([{ id: 'd1', text: 'Start the pilot', owner: 'Anna', due: '2027-01-15', link: { kind: 'application', id: 'A1' }, done: false, at: TODAY }]);
    expect(addDecision(plan, ctx('d'), { text: '  ' })).toEqual({ plan, id: null });
  });

  it(`records nothing past ${WORKSHOP_CAPS.decisions} decisions`, () => {
    let plan = smallMatrixPlan();
    plan = { ...plan, workshop: { ...plan.workshop, decisions: Array.from({ length: WORKSHOP_CAPS.decisions }, (_, i) => ({ id: `d${i}`, text: 'x', owner: '', due: null, link: null, done: false, at: TODAY })) } };
    expect(addDecision(plan, ctx('late'), { text: 'One more' }).plan).toBe(plan);
  });

  it('edits a decision, its link compared by kind and id, and removes it; no change is the same plan', () => {
    const plan = addDecision(smallMatrixPlan(), ctx('d'), { text: 'Start', link: { kind: 'application', id: 'A1' } }).plan;
    expect(updateDecision(plan, 'd1', { link: { kind: 'application', id: 'A1' } })).toBe(plan);
    expect(updateDecision(plan, 'd1', { text: 'Start' })).toBe(plan);
    expect(updateDecision(plan, 'nope', { text: 'x' })).toBe(plan);
    const relinked = updateDecision(plan, 'd1', { link: { kind: 'pillar', id: 'P1' }, done: true });
    expect(relinked.workshop.decisions[0]).toMatchObject({ link: { kind: 'pillar', id: 'P1' }, done: true });
    expect(updateDecision(relinked, 'd1', { link: null }).workshop.decisions[0]!.link).toBeNull();
    expect(removeDecision(relinked, 'd1').workshop.decisions).toEqual([]);
    expect(removeDecision(relinked, 'nope')).toBe(relinked);
  });

  it('finds open decisions due before today, not those due today, done or without a date', () => {
    let plan = smallMatrixPlan();
    for (const [text, due, done] of [
      ['late', '2026-12-01', false],
      ['today', TODAY, false],
      ['done', '2026-11-01', true],
      ['undated', null, false],
    ] as const)
      plan = addDecision(plan, ctx(text), { text, due, done }).plan;
    expect(overdueDecisions(plan, TODAY).map((d) => d.text)).toEqual(['late']);
  });
});
