import type { Application, Kpi, Plan } from '../model';
import { monthIndex, monthString } from '../roadmap/months';
import { appFlows, FIGURE_MONTHS, type AppFlows } from './app-flows';

/*
 * The figures a board asks for, per application, per pillar and for the plan: cost and benefit over
 * the horizon, per calendar year and over three years, payback month, net value and ROI. Benefits
 * are ranges from the confidence (low ≤ mid ≤ high); costs are as entered, so every range of net
 * value and ROI is ordered the same way. A payback range runs from the earliest month (the high
 * benefit) to the latest (the low benefit).
 */

export interface Range {
  low: number;
  mid: number;
  high: number;
}

export interface PaybackRange {
  /** Months from the horizon's start (0 = its first month); null: not within five years. */
  low: number | null;
  mid: number | null;
  high: number | null;
}

export interface YearFigures {
  year: number;
  cost: number;
  benefit: Range;
}

export interface Figures {
  /** Something has a cost estimate / a benefit estimate; absent estimates are "not estimated", never 0. */
  costEstimated: boolean;
  benefitEstimated: boolean;
  /** Nothing of it is on the roadmap, so no figure over time can be worked out. */
  unscheduled: boolean;
  effortUnpriced: boolean;
  /** Yearly benefit at full run rate. */
  annualBenefit: Range | null;
  /** One-off and effort cost, whenever it falls. */
  oneOffCost: number | null;
  monthlyCost: number | null;
  horizon: { cost: number; benefit: Range; net: Range; roi: Range | null } | null;
  threeYears: { cost: number; benefit: Range; net: Range; roi: Range | null } | null;
  perYear: YearFigures[];
  payback: PaybackRange | null;
  /** Cost and benefit month by month from the horizon's start (FIGURE_MONTHS long), for charts. */
  monthlyFlows: { cost: readonly number[]; benefit: readonly number[] } | null;
}

interface Flows {
  cost: number[];
  low: number[];
  mid: number[];
  high: number[];
}

const scaled = (values: readonly number[], factor: number) => values.map((v) => Math.round(v * factor));

function widen(flows: AppFlows): Flows {
  return { cost: flows.cost, mid: flows.benefit, low: scaled(flows.benefit, 1 - flows.spread), high: scaled(flows.benefit, 1 + flows.spread) };
}

const sumTo = (values: readonly number[], months: number) => {
  let total = 0;
  for (let i = 0; i < months && i < values.length; i++) total += values[i]!;
  return total;
};

/** The first month where what came back covers what was spent, counting only once spending began. */
export function paybackMonth(cost: readonly number[], benefit: readonly number[]): number | null {
  let spent = 0;
  let back = 0;
  for (let m = 0; m < cost.length; m++) {
    spent += cost[m]!;
    back += benefit[m] ?? 0;
    if (spent > 0 && back >= spent) return m;
  }
  return null;
}

const roiOf = (net: number, cost: number) => (cost > 0 ? Math.round((net / cost) * 1000) / 10 : null);

function windowFigures(f: Flows, months: number) {
  const cost = sumTo(f.cost, months);
  const benefit = { low: sumTo(f.low, months), mid: sumTo(f.mid, months), high: sumTo(f.high, months) };
  const net = { low: benefit.low - cost, mid: benefit.mid - cost, high: benefit.high - cost };
  const low = roiOf(net.low, cost);
  const roi = low === null ? null : { low, mid: roiOf(net.mid, cost)!, high: roiOf(net.high, cost)! };
  return { cost, benefit, net, roi };
}

function yearRows(f: Flows, horizonStart: string, horizonMonths: number): YearFigures[] {
  const origin = monthIndex(horizonStart);
  const rows: YearFigures[] = [];
  for (let m = 0; m < horizonMonths; m++) {
    const year = Number(monthString(origin + m).slice(0, 4));
    let row = rows[rows.length - 1];
    if (!row || row.year !== year) rows.push((row = { year, cost: 0, benefit: { low: 0, mid: 0, high: 0 } }));
    row.cost += f.cost[m]!;
    row.benefit.low += f.low[m]!;
    row.benefit.mid += f.mid[m]!;
    row.benefit.high += f.high[m]!;
  }
  return rows;
}

interface Part {
  flows: AppFlows;
  /** The flows widened to the confidence range, made once per flows. */
  widened: Flows;
  scheduled: boolean;
}

/** What the figures of several applications are made from; sums of sums are sums, so the plan adds up its pillars'. */
interface Sum {
  parts: number;
  scheduled: number;
  costEstimated: boolean;
  benefitEstimated: boolean;
  effortUnpriced: boolean;
  annual: Range;
  oneOff: number;
  monthly: number | null;
  flows: Flows;
}

const emptyFlows = (): Flows => ({ cost: new Array(FIGURE_MONTHS).fill(0), low: new Array(FIGURE_MONTHS).fill(0), mid: new Array(FIGURE_MONTHS).fill(0), high: new Array(FIGURE_MONTHS).fill(0) });

function addFlows(into: Flows, w: Flows): void {
  for (let m = 0; m < FIGURE_MONTHS; m++) {
    into.cost[m]! += w.cost[m]!;
    into.low[m]! += w.low[m]!;
    into.mid[m]! += w.mid[m]!;
    into.high[m]! += w.high[m]!;
  }
}

function sumOf(parts: readonly Part[]): Sum {
  const sum: Sum = { parts: parts.length, scheduled: 0, costEstimated: false, benefitEstimated: false, effortUnpriced: false, annual: { low: 0, mid: 0, high: 0 }, oneOff: 0, monthly: null, flows: emptyFlows() };
  for (const part of parts) {
    const { flows } = part;
    sum.costEstimated ||= flows.costEstimated;
    sum.benefitEstimated ||= flows.benefitEstimated;
    sum.effortUnpriced ||= flows.effortUnpriced;
    if (flows.annualBenefit !== null) {
      sum.annual.low += Math.round(flows.annualBenefit * (1 - flows.spread));
      sum.annual.mid += flows.annualBenefit;
      sum.annual.high += Math.round(flows.annualBenefit * (1 + flows.spread));
    }
    sum.oneOff += flows.oneOffTotal;
    if (flows.monthly !== null) sum.monthly = (sum.monthly ?? 0) + flows.monthly;
    if (!part.scheduled) continue;
    sum.scheduled += 1;
    addFlows(sum.flows, part.widened);
  }
  return sum;
}

function mergeSums(sums: readonly Sum[]): Sum {
  const total: Sum = { parts: 0, scheduled: 0, costEstimated: false, benefitEstimated: false, effortUnpriced: false, annual: { low: 0, mid: 0, high: 0 }, oneOff: 0, monthly: null, flows: emptyFlows() };
  for (const s of sums) {
    total.parts += s.parts;
    total.scheduled += s.scheduled;
    total.costEstimated ||= s.costEstimated;
    total.benefitEstimated ||= s.benefitEstimated;
    total.effortUnpriced ||= s.effortUnpriced;
    total.annual.low += s.annual.low;
    total.annual.mid += s.annual.mid;
    total.annual.high += s.annual.high;
    total.oneOff += s.oneOff;
    if (s.monthly !== null) total.monthly = (total.monthly ?? 0) + s.monthly;
    addFlows(total.flows, s.flows);
  }
  return total;
}

/** Figures of one application or the sum of several (a pillar, the plan). */
function figuresOfSum(s: Sum, plan: Plan): Figures {
  const { costEstimated, benefitEstimated, flows: sum } = s;
  const timed = s.scheduled > 0 && (costEstimated || benefitEstimated);
  const horizon = timed ? windowFigures(sum, plan.meta.horizonMonths) : null;
  const threeYears = timed ? windowFigures(sum, 36) : null;
  const payback =
    timed && costEstimated && benefitEstimated
      ? { low: paybackMonth(sum.cost, sum.high), mid: paybackMonth(sum.cost, sum.mid), high: paybackMonth(sum.cost, sum.low) }
      : null;
  return {
    costEstimated,
    benefitEstimated,
    unscheduled: s.parts > 0 && s.scheduled === 0,
    effortUnpriced: s.effortUnpriced,
    annualBenefit: benefitEstimated ? s.annual : null,
    oneOffCost: costEstimated ? s.oneOff : null,
    monthlyCost: s.monthly,
    horizon: horizon && { ...horizon, roi: costEstimated && benefitEstimated ? horizon.roi : null },
    threeYears: threeYears && { ...threeYears, roi: costEstimated && benefitEstimated ? threeYears.roi : null },
    perYear: timed ? yearRows(sum, plan.meta.horizonStart, plan.meta.horizonMonths) : [],
    payback,
    monthlyFlows: timed ? { cost: sum.cost, benefit: sum.mid } : null,
  };
}

const figuresOf = (parts: readonly Part[], plan: Plan): Figures => figuresOfSum(sumOf(parts), plan);

export interface PlanFigures {
  byApplication: ReadonlyMap<string, Figures>;
  byPillar: ReadonlyMap<string, Figures>;
  plan: Figures;
  /** The flows behind the figures, for charts (spend per quarter by pillar). */
  flowsByApplication: ReadonlyMap<string, AppFlows>;
}

/*
 * One edit changes one application, its KPIs or its schedule; the others keep their objects, so
 * their flows and figures are reused, and so are the figures of the pillars they did not touch
 * (a 1,000-application plan recomputes in a few milliseconds). The cache is keyed on the
 * application object and checks the rest.
 */
interface Cached {
  kpis: readonly Kpi[];
  phases: unknown;
  dayRate: number | null;
  horizonStart: string;
  part: Part;
  /** The application's own figures, for this horizon length. */
  figures: Figures | null;
  horizonMonths: number;
}
const flowCache = new WeakMap<Application, Cached>();

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((k, i) => k === b[i]);

function cachedEntry(app: Application, kpis: readonly Kpi[], phases: Plan['roadmap']['schedules'][number]['phases'] | null, plan: Plan): Cached {
  const hit = flowCache.get(app);
  if (hit && hit.phases === phases && hit.dayRate === plan.finance.dayRate && hit.horizonStart === plan.meta.horizonStart && sameList(hit.kpis, kpis)) return hit;
  const flows = appFlows(app, kpis, phases, plan.finance, plan.meta.horizonStart);
  const entry: Cached = {
    kpis,
    phases,
    dayRate: plan.finance.dayRate,
    horizonStart: plan.meta.horizonStart,
    part: { flows, widened: widen(flows), scheduled: phases !== null },
    figures: null,
    horizonMonths: plan.meta.horizonMonths,
  };
  flowCache.set(app, entry);
  return entry;
}

/** A pillar's sum and figures, kept while its applications' parts and the horizon stay the same. */
const pillarCache = new WeakMap<object, { parts: Part[]; horizonStart: string; horizonMonths: number; sum: Sum; figures: Figures }>();

function pillarFigures(pillar: object, parts: Part[], plan: Plan): { sum: Sum; figures: Figures } {
  const hit = pillarCache.get(pillar);
  if (hit && hit.horizonStart === plan.meta.horizonStart && hit.horizonMonths === plan.meta.horizonMonths && sameList(hit.parts, parts)) return hit;
  const sum = sumOf(parts);
  const entry = { parts, horizonStart: plan.meta.horizonStart, horizonMonths: plan.meta.horizonMonths, sum, figures: figuresOfSum(sum, plan) };
  pillarCache.set(pillar, entry);
  return entry;
}

const planCache = new WeakMap<Plan, PlanFigures>();

/** Every figure of the plan; memoised per plan object, and per application across edits. */
export function planFigures(plan: Plan): PlanFigures {
  const hit = planCache.get(plan);
  if (hit) return hit;
  const kpisOf = new Map<string, Kpi[]>();
  for (const k of plan.kpis) {
    const list = kpisOf.get(k.applicationId);
    if (list) list.push(k);
    else kpisOf.set(k.applicationId, [k]);
  }
  const phasesOf = new Map(plan.roadmap.schedules.map((s) => [s.applicationId, s.phases]));
  const pillarOfObjective = new Map(plan.objectives.map((o) => [o.id, o.pillarId]));
  const byApplication = new Map<string, Figures>();
  const flowsByApplication = new Map<string, AppFlows>();
  const partsByPillar = new Map<string, Part[]>();
  const unaligned: Part[] = [];
  for (const app of plan.applications) {
    const entry = cachedEntry(app, kpisOf.get(app.id) ?? [], phasesOf.get(app.id) ?? null, plan);
    const { part } = entry;
    if (!entry.figures || entry.horizonMonths !== plan.meta.horizonMonths) {
      entry.figures = figuresOf([part], plan);
      entry.horizonMonths = plan.meta.horizonMonths;
    }
    flowsByApplication.set(app.id, part.flows);
    byApplication.set(app.id, entry.figures);
    if (app.status === 'retired') continue;
    const pillarId = app.objectiveId === null ? undefined : pillarOfObjective.get(app.objectiveId);
    if (pillarId === undefined) {
      unaligned.push(part);
      continue;
    }
    const list = partsByPillar.get(pillarId);
    if (list) list.push(part);
    else partsByPillar.set(pillarId, [part]);
  }
  const byPillar = new Map<string, Figures>();
  // The plan is the sum of its pillars' sums and of the applications not yet aligned.
  const sums: Sum[] = [sumOf(unaligned)];
  for (const pillar of plan.pillars) {
    const { sum, figures } = pillarFigures(pillar, partsByPillar.get(pillar.id) ?? [], plan);
    byPillar.set(pillar.id, figures);
    sums.push(sum);
    partsByPillar.delete(pillar.id);
  }
  // Parts under a pillar the plan does not list (never in a valid plan) still count for the plan.
  for (const parts of partsByPillar.values()) sums.push(sumOf(parts));
  const result = { byApplication, byPillar, plan: figuresOfSum(mergeSums(sums), plan), flowsByApplication };
  planCache.set(plan, result);
  return result;
}

/** A payback month index as the calendar month it falls in. */
export const paybackCalendarMonth = (plan: Plan, months: number): string => monthString(monthIndex(plan.meta.horizonStart) + months);
