import type { Plan } from '../../shared/model';
import { starterCandidates, tallyVotes } from '../../shared/workshop/tally';
import { generatePlan, seededRandom } from '../../tests/fixtures/generate-plan';
import { median, ms } from './measure';

const SHAPE = { pillars: 10, objectivesPerPillar: 10, applicationsPerObjective: 10, kpisPerApplication: 1 };
const PARTICIPANTS = 20;
const DOTS_EACH = 50;
const TARGET_MS = 50;
const REPETITIONS = 15;
const WARM_UP = 3;

/**
 * The benches' 1,000-application plan with a full room's votes: 20 people, each scoring every
 * application (20,000 score votes) or giving their 50 dots over the plan.
 */
function votedPlan(mode: 'dots' | 'scores'): Plan {
  const plan = generatePlan({ ...SHAPE, scheduled: true, startMonth: '2027-01' });
  const random = seededRandom(17);
  const participants = Array.from({ length: PARTICIPANTS }, (_, i) => ({ id: `person${i + 1}`, name: `Person ${i + 1}` }));
  const score = () => 1 + Math.floor(random() * 5);
  const scores = mode === 'scores' ? participants.flatMap((p) => plan.applications.map((a) => ({ participantId: p.id, applicationId: a.id, impact: score(), feasibility: score() }))) : [];
  const dots =
    mode === 'dots'
      ? participants.flatMap((p) => {
          const given = new Map<string, number>();
          for (let d = 0; d < DOTS_EACH; d++) {
            const id = plan.applications[Math.floor(random() * plan.applications.length)]!.id;
            given.set(id, (given.get(id) ?? 0) + 1);
          }
          return [...given].map(([applicationId, count]) => ({ participantId: p.id, applicationId, count }));
        })
      : [];
  return {
    ...plan,
    workshop: {
      ...plan.workshop,
      participants,
      voting: { mode, dotsPerPerson: DOTS_EACH, secret: true, revealed: true, ballotsDone: participants.map((p) => p.id) },
      dots,
      scores,
    },
  };
}

/** What the reveal computes: the tally (totals, medians, spreads) and the starter candidates named from it. */
function reveal(plan: Plan): void {
  starterCandidates(plan, tallyVotes(plan));
}

/** The tally and the reveal's data, timed several times over a fresh copy of the votes each time (no cache can help). */
export async function run(): Promise<void> {
  for (const mode of ['scores', 'dots'] as const) {
    const plan = votedPlan(mode);
    const votes = mode === 'scores' ? plan.workshop.scores.length : plan.workshop.dots.length;
    const times: number[] = [];
    for (let round = 0; round < WARM_UP + REPETITIONS; round++) {
      const copy = { ...plan, workshop: { ...plan.workshop, dots: [...plan.workshop.dots], scores: [...plan.workshop.scores] } };
      const started = performance.now();
      reveal(copy);
      if (round >= WARM_UP) times.push(performance.now() - started);
    }
    console.log(
      `tally and reveal, ${PARTICIPANTS} participants × ${plan.applications.length.toLocaleString('en-US')} applications, ${mode} (${votes.toLocaleString('en-US')} votes): median ${ms(median(times))}, max ${ms(Math.max(...times))} over ${REPETITIONS} runs (target ≤ ${TARGET_MS} ms)`,
    );
  }
}
