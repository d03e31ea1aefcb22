import type { Plan } from '../../shared/model';
import * as matrix from '../../shared/operations/matrix';
import { loadPlanFromText, serialisePlan } from '../../shared/plan-load';
import { diffPlans } from '../../shared/history/plan-diff';
import { mergePlans } from '../../shared/history/plan-merge';
import { planItems } from '../../shared/history/plan-items';
import { takeSnapshot } from '../../shared/history/snapshots';
import { generatePlan, seededRandom } from '../../tests/fixtures/generate-plan';
import { compare, median, ms, ratio } from './measure';

/*
 * The plan over time (#20): a diff of two 10,000-item plans (target ≤ 200 ms), a three-way merge of
 * three (≤ 500 ms), and a 1,000-application plan holding 20 snapshots, each about 5 % different from
 * the one before: its file size (≤ 3×) and its open time (≤ 2×), both against the plan alone.
 */

const REPETITIONS = 9;
const WARM_UP = 2;

/** About `fraction` of the items edited: titles, scores and KPI targets changed, a few applications deleted and added. */
function edited(plan: Plan, fraction: number, seed: number, prefix: string): Plan {
  const random = seededRandom(seed);
  let next: Plan = {
    ...plan,
    applications: plan.applications.map((a) => (random() < fraction ? { ...a, title: `${a.title} (${prefix})`, impact: 1 + ((a.impact + 1) % 5) } : a)),
    kpis: plan.kpis.map((k) => (random() < fraction ? { ...k, target: (k.target ?? 0) + 1 } : k)),
    objectives: plan.objectives.map((o) => (random() < fraction ? { ...o, description: `${o.description} Revised by ${prefix}.` } : o)),
  };
  const changes = Math.max(1, Math.round(plan.applications.length * fraction * 0.1));
  for (let i = 0; i < changes; i++) {
    next = matrix.deleteApplication(next, next.applications[Math.floor(random() * next.applications.length)]!.id);
    next = matrix.addApplication(next, { id: `${prefix}-new-${i}`, objectiveId: next.objectives[Math.floor(random() * next.objectives.length)]!.id, title: `New idea ${i}` });
  }
  return next;
}

function timed(run: () => unknown): number {
  const times: number[] = [];
  for (let round = 0; round < WARM_UP + REPETITIONS; round++) {
    const started = performance.now();
    run();
    if (round >= WARM_UP) times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * A plan of about 10,000 items: 100 pillars, 900 objectives and applications, 4,500 KPIs, 900
 * schedules, 2,800 acknowledged findings; below the caps, so that both sides' new applications fit.
 */
function tenThousandItems(): Plan {
  const plan = generatePlan({ pillars: 100, objectivesPerPillar: 9, applicationsPerObjective: 1, kpisPerApplication: 5, scheduled: true, startMonth: '2027-01', seed: 20 });
  const acknowledgements = Array.from({ length: 2800 }, (_, i) => ({ findingKey: `rule:application:A${i}`, note: '', at: '2027-01-01T09:00:00.000Z' }));
  return { ...plan, acknowledgements };
}

export async function run(): Promise<void> {
  const big = tenThousandItems();
  const ours = edited(big, 0.05, 1, 'ours');
  const theirs = edited(big, 0.05, 2, 'theirs');
  const items = planItems(big).size;
  const diff = diffPlans(big, ours);
  console.log(`diff of two ${items.toLocaleString('en')}-item plans (${diff.items.length} changes): ${ms(timed(() => diffPlans(big, ours)))}   [target ≤ 200 ms]`);
  const merge = mergePlans(big, ours, theirs);
  console.log(`three-way merge of three (${merge.conflicts.length} conflicts, ${merge.problems.length} problems): ${ms(timed(() => mergePlans(big, ours, theirs)))}   [target ≤ 500 ms]`);

  let plan = generatePlan({ pillars: 20, objectivesPerPillar: 5, applicationsPerObjective: 10, kpisPerApplication: 2, scheduled: true, startMonth: '2027-01', seed: 21 });
  const takeStarted = performance.now();
  for (let i = 1; i <= 20; i++) {
    plan = takeSnapshot(plan, { id: `s${i}`, name: `Review ${i}`, takenAt: `2027-${String(1 + (i % 12)).padStart(2, '0')}-01T09:00:00.000Z` });
    if (i < 20) plan = edited(plan, 0.05, 100 + i, `r${i}`);
  }
  const takeMs = (performance.now() - takeStarted) / 20;
  const withHistory = serialisePlan(plan);
  const alone = serialisePlan({ ...plan, history: { snapshots: [] } });
  const kb = (text: string) => `${Math.round(text.length / 1024).toLocaleString('en')} KB`;
  console.log(`1,000 applications with 20 snapshots: ${kb(withHistory)} against ${kb(alone)} alone = ${ratio(withHistory.length / alone.length)}   [target ≤ 3×]   (taking a snapshot with its edits: ${ms(takeMs)} each)`);
  const opened = await compare(
    () => loadPlanFromText(withHistory),
    () => loadPlanFromText(alone),
    { repetitions: REPETITIONS, warmUp: WARM_UP },
  );
  console.log(`  opening it: ${ms(opened.subject)} against ${ms(opened.baseline)} alone = ${ratio(opened.ratio)}   [target ≤ 2×]`);
}
