import type { Plan } from '../../shared/model';
import { PHASE_KINDS } from '../../shared/schema/plan-schema';
import { planFigures } from '../../shared/value/figures';
import { planProgress } from '../../shared/value/realised';
import { spendByQuarter } from '../../shared/value/spend';
import { setOneOffCost } from '../../shared/value/value-ops';
import { generatePlan, seededRandom } from '../../tests/fixtures/generate-plan';
import { compare, ms, ratio } from './measure';

const SHAPE = { pillars: 10, objectivesPerPillar: 10, applicationsPerObjective: 10, kpisPerApplication: 1 };
const TODAY = '2027-09-15';
const TARGET_MS = 16;
const REPETITIONS = 25;
const WARM_UP = 5;

/**
 * The benches' 1,000-application plan with money in it: a cost for every phase, effort at a day
 * rate, a monthly licence, each KPI valued per unit and three check-ins each, so every figure
 * (flows, payback, per year, spend per quarter, planned against realised) has work to do.
 */
export function valuedPlan(): Plan {
  const plan = generatePlan({ ...SHAPE, scheduled: true, startMonth: '2027-01', actualsPerKpi: 3 });
  const random = seededRandom(15);
  const amount = (max: number) => Math.round(random() * max) * 100;
  return {
    ...plan,
    finance: { ...plan.finance, dayRate: 480_00, budgets: [{ year: 2027, amount: 20_000_000_00 }, { year: 2028, amount: 30_000_000_00 }] },
    applications: plan.applications.map((a) => ({
      ...a,
      value: {
        ...a.value,
        oneOff: Object.fromEntries(PHASE_KINDS.map((kind) => [kind, amount(20_000)])) as typeof a.value.oneOff,
        effortDays: Object.fromEntries(PHASE_KINDS.map((kind) => [kind, Math.round(random() * 30)])) as typeof a.value.effortDays,
        monthly: amount(800),
        confidence: (['low', 'medium', 'high'] as const)[Math.floor(random() * 3)]!,
      },
    })),
    kpis: plan.kpis.map((k) => ({ ...k, value: { perUnit: amount(150), per: 'month' as const } })),
  };
}

/** Every figure the app shows after an edit: the figures per application, pillar and plan, spend per quarter, planned against realised. */
function everyFigure(plan: Plan): void {
  planFigures(plan);
  spendByQuarter(plan);
  planProgress(plan, TODAY);
}

/**
 * One edit (a phase's one-off cost of one application) and every figure recomputed, against the
 * same figures of a plan whose every application is new to the caches (what a first open costs).
 */
export async function run(): Promise<void> {
  const start = valuedPlan();
  everyFigure(start);
  const rounds = WARM_UP + REPETITIONS;
  // The edits are made beforehand, each on the plan before it, as a person typing into the panel would.
  const edited: Plan[] = [];
  let plan = start;
  for (let i = 0; i < rounds; i++) {
    const app = plan.applications[(i * 137) % plan.applications.length]!;
    plan = setOneOffCost(plan, app.id, 'pilot', (app.value.oneOff.pilot ?? 0) + 1_000_00);
    edited.push(plan);
  }
  // New application and pillar objects: nothing of them is in the caches, and computing them evicts nothing the edits use.
  const fresh = Array.from({ length: rounds }, () => ({ ...start, pillars: start.pillars.map((p) => ({ ...p })), applications: start.applications.map((a) => ({ ...a })) }));
  let e = 0;
  let f = 0;
  const result = await compare(() => everyFigure(edited[e++]!), () => everyFigure(fresh[f++]!), { repetitions: REPETITIONS, warmUp: WARM_UP });
  console.log(
    `recomputing every figure after one edit on 1,000 applications: ${ms(result.subject)} (target ≤ ${TARGET_MS} ms); / every figure from scratch: ${ratio(result.ratio)}   [from scratch ${ms(result.baseline)}]`,
  );
}
