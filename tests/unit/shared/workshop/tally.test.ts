import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import { applyVoteResults, dotsLeft, median, starterCandidates, summarise, tallyVotes, WIDE_SPREAD } from '../../../../shared/workshop/tally';
import { smallMatrixPlan } from '../plan-fixtures';

/*
 * The reveal (#17 §3): totals, medians and spreads as a facilitator would count them on a flip
 * chart, the starter candidates, and the one step that applies the medians to the applications.
 * smallMatrixPlan: A1, A2 under O1a, the idea A3 in the tray, A4 under O2a, in that plan order.
 */

const PEOPLE = [
  { id: 'anna', name: 'Anna' },
  { id: 'ben', name: 'Ben' },
  { id: 'chi', name: 'Chi' },
  { id: 'dana', name: 'Dana' },
];

type Score = [participantId: string, applicationId: string, impact: number | null, feasibility: number | null];
type Dot = [participantId: string, applicationId: string, count: number];

function voted(mode: 'dots' | 'scores', { scores = [], dots = [] }: { scores?: Score[]; dots?: Dot[] }, base: Plan = smallMatrixPlan()): Plan {
  return {
    ...base,
    workshop: {
      ...base.workshop,
      participants: PEOPLE,
      voting: { ...base.workshop.voting, mode, dotsPerPerson: 5 },
      scores: scores.map(([participantId, applicationId, impact, feasibility]) => ({ participantId, applicationId, impact, feasibility })),
      dots: dots.map(([participantId, applicationId, count]) => ({ participantId, applicationId, count })),
    },
  };
}

const withStatus = (plan: Plan, statuses: Record<string, Plan['applications'][number]['status']>): Plan => ({
  ...plan,
  applications: plan.applications.map((a) => (statuses[a.id] ? { ...a, status: statuses[a.id]! } : a)),
});

const app = (plan: Plan, id: string) => plan.applications.find((a) => a.id === id)!;

describe('median and spread', () => {
  it('takes the middle score of an odd count and the mean of the middle two of an even count, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 2, 5, 1])).toBe(3);
    expect(median([2, 5])).toBe(3.5);
    expect(median([4])).toBe(4);
    expect(median([])).toBeNull();
  });

  it('gives the lowest, the highest and their difference; one score has no spread, none has nothing', () => {
    expect(summarise([2, 5, 3])).toEqual({ count: 3, median: 3, min: 2, max: 5, spread: 3 });
    expect(summarise([4])).toEqual({ count: 1, median: 4, min: 4, max: 4, spread: 0 });
    expect(summarise([])).toEqual({ count: 0, median: null, min: null, max: null, spread: null });
  });
});

describe('tallying scores', () => {
  it('gives each scored application its medians and spreads, most promising first', () => {
    const plan = voted('scores', {
      scores: [
        ['anna', 'A1', 2, 2],
        ['ben', 'A1', 3, 2],
        ['chi', 'A1', 2, 3],
        ['anna', 'A4', 5, 4],
        ['ben', 'A4', 4, 4],
        ['chi', 'A4', 4, 5],
      ],
    });
    const tally = tallyVotes(plan);
    expect(tally.rows.map((r) => r.applicationId)).toEqual(['A4', 'A1']);
    expect(tally.rows[0]).toMatchObject({
      applicationId: 'A4',
      impact: { count: 3, median: 4, min: 4, max: 5, spread: 1 },
      feasibility: { count: 3, median: 4, min: 4, max: 5, spread: 1 },
      wideSpread: false,
    });
    expect(tally.rows[1]).toMatchObject({ impact: { median: 2, spread: 1 }, feasibility: { median: 2, spread: 1 } });
    expect(tally.voters).toBe(3);
  });

  it(`flags an application the room disagrees on (a spread of ${WIDE_SPREAD} or more on either scale), and not one just under`, () => {
    const plan = voted('scores', {
      scores: [
        ['anna', 'A1', 1, 3],
        ['ben', 'A1', 4, 3],
        ['anna', 'A2', 3, 5],
        ['ben', 'A2', 3, 1],
        ['anna', 'A4', 2, 3],
        ['ben', 'A4', 4, 4],
      ],
    });
    const flags = Object.fromEntries(tallyVotes(plan).rows.map((r) => [r.applicationId, r.wideSpread]));
    expect(flags).toEqual({ A1: true, A2: true, A4: false });
  });

  it('counts a half-filled ballot on the scale it filled, and ignores ballots of people or applications no longer in the plan', () => {
    const plan = voted('scores', {
      scores: [
        ['anna', 'A1', 4, null],
        ['ben', 'A1', 2, 5],
        ['anna', 'gone', 5, 5],
        ['ben', 'gone', 5, 5],
      ],
    });
    const tally = tallyVotes(plan);
    expect(tally.rows).toHaveLength(1);
    expect(tally.rows[0]).toMatchObject({ applicationId: 'A1', impact: { count: 2, median: 3 }, feasibility: { count: 1, median: 5 } });
  });

  it('keeps plan order between applications of equal weight', () => {
    const plan = voted('scores', { scores: [['anna', 'A4', 3, 3], ['anna', 'A2', 3, 3], ['anna', 'A3', 3, 3]] });
    expect(tallyVotes(plan).rows.map((r) => r.applicationId)).toEqual(['A2', 'A3', 'A4']);
  });

  it('counts only the votes of the current mode', () => {
    const plan = voted('scores', { scores: [['anna', 'A1', 5, 5]], dots: [['ben', 'A2', 3]] });
    expect(tallyVotes(plan).rows.map((r) => r.applicationId)).toEqual(['A1']);
    expect(tallyVotes({ ...plan, workshop: { ...plan.workshop, voting: { ...plan.workshop.voting, mode: 'dots' } } }).rows.map((r) => r.applicationId)).toEqual(['A2']);
  });
});

describe('tallying dots', () => {
  it('adds each application’s dots, counts who gave them, and sorts most dots first', () => {
    const plan = voted('dots', {
      dots: [
        ['anna', 'A1', 2],
        ['anna', 'A4', 3],
        ['ben', 'A4', 1],
        ['ben', 'A2', 4],
        ['chi', 'A4', 5],
        ['chi', 'unknown', 5],
      ],
    });
    const tally = tallyVotes(plan);
    expect(tally.rows.map((r) => [r.applicationId, r.dots, r.dotVoters])).toEqual([
      ['A4', 9, 3],
      ['A2', 4, 1],
      ['A1', 2, 1],
    ]);
    expect(tally.totalDots).toBe(15);
    expect(tally.voters).toBe(3);
  });

  it('tells each person how many of their dots are left', () => {
    const plan = voted('dots', { dots: [['anna', 'A1', 2], ['anna', 'A4', 1]] });
    expect(dotsLeft(plan.workshop, 'anna')).toBe(2);
    expect(dotsLeft(plan.workshop, 'ben')).toBe(5);
  });
});

describe('starter candidates', () => {
  it('names the most voted applications that can still start, at most two, never one without a vote', () => {
    const plan = withStatus(
      voted('dots', {
        dots: [
          ['anna', 'A1', 5],
          ['ben', 'A2', 4],
          ['chi', 'A4', 3],
          ['dana', 'A3', 2],
        ],
      }),
      { A1: 'live', A2: 'retired' },
    );
    expect(starterCandidates(plan)).toEqual(['A4', 'A3']);
    expect(starterCandidates(voted('dots', { dots: [['anna', 'A2', 1]] }))).toEqual(['A2']);
    expect(starterCandidates(voted('dots', {}))).toEqual([]);
  });

  it('in score mode, ranks by median impact × feasibility and skips applications scored by nobody', () => {
    const plan = voted('scores', { scores: [['anna', 'A1', 2, 2], ['anna', 'A2', 5, 4], ['anna', 'A4', 3, 3], ['anna', 'A3', null, null]] });
    expect(starterCandidates(plan)).toEqual(['A2', 'A4']);
  });
});

describe('applying the results', () => {
  it('rounds each median to a whole score (a half goes up), and marks the starter candidates', () => {
    const plan = voted('scores', {
      scores: [
        ['anna', 'A1', 2, 4],
        ['ben', 'A1', 3, 5],
        ['anna', 'A4', 5, 1],
        ['ben', 'A4', 4, 2],
        ['chi', 'A4', 4, 1],
      ],
    });
    const applied = applyVoteResults(plan);
    expect([app(applied, 'A1').impact, app(applied, 'A1').feasibility]).toEqual([3, 5]);
    expect([app(applied, 'A4').impact, app(applied, 'A4').feasibility]).toEqual([4, 1]);
    expect(app(applied, 'A1').starter).toBe(true);
    expect(app(applied, 'A4').starter).toBe(true);
    // Unscored applications keep their scores and their objects.
    expect(app(applied, 'A2')).toBe(app(plan, 'A2'));
    expect(app(plan, 'A1').impact).toBe(3);
  });

  it('leaves a starter marked by hand marked, and an application whose medians it already has untouched', () => {
    let plan = voted('scores', { scores: [['anna', 'A1', 3, 3]] });
    plan = { ...plan, applications: plan.applications.map((a) => (a.id === 'A2' ? { ...a, starter: true } : a)) };
    const applied = applyVoteResults(plan);
    expect(app(applied, 'A2').starter).toBe(true);
    expect(app(applied, 'A1')).toMatchObject({ impact: 3, feasibility: 3, starter: true });
  });

  it('returns the same plan when nothing would change: no votes, or results already applied', () => {
    const none = voted('scores', {});
    expect(applyVoteResults(none)).toBe(none);
    const once = applyVoteResults(voted('dots', { dots: [['anna', 'A4', 2]] }));
    expect(app(once, 'A4').starter).toBe(true);
    expect(applyVoteResults(once)).toBe(once);
  });

  it('in dot mode marks the starters but leaves the scores alone', () => {
    const plan = voted('dots', { dots: [['anna', 'A4', 2], ['ben', 'A1', 1]] });
    const applied = applyVoteResults(plan);
    expect(applied.applications.map((a) => [a.id, a.impact, a.feasibility, a.starter])).toEqual(plan.applications.map((a) => [a.id, a.impact, a.feasibility, a.id === 'A4' || a.id === 'A1']));
  });
});
