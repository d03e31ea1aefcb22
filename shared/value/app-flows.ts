import type { Application, Confidence, Finance, Kpi, Phase, PhaseKind, ValuePeriod } from '../model';
import { PHASE_KINDS } from '../schema/plan-schema';
import { monthIndex } from '../roadmap/months';
import { rampOf, shareAt } from './ramp';

/*
 * One application's money month by month, from the plan's first month on. Everything here is pure
 * and integer: costs are spread in whole minor units (the remainder goes to a phase's first months),
 * and a month's benefit is rounded once.
 */

/** Months of cash flow computed from the horizon's start: the horizon (≤ 24), three years, and a payback within five. */
export const FIGURE_MONTHS = 60;

/** How far confidence widens a benefit estimate either way. Costs are taken as entered. */
export const CONFIDENCE_SPREAD: Record<Confidence, number> = { high: 0.1, medium: 0.25, low: 0.5 };

export const PERIODS_PER_YEAR: Record<ValuePeriod, number> = { week: 52, month: 12, quarter: 4, year: 1 };

/** The yearly benefit at full run rate of moving a KPI from baseline to target; null without all three numbers. */
export function kpiAnnualBenefit(kpi: Pick<Kpi, 'baseline' | 'target' | 'direction' | 'value'>): number | null {
  const { baseline, target, direction, value } = kpi;
  if (baseline === null || target === null || value.perUnit === null) return null;
  const improvement = direction === 'up' ? target - baseline : baseline - target;
  return Math.max(0, Math.round(improvement * value.perUnit * PERIODS_PER_YEAR[value.per]));
}

export interface AppFlows {
  /** Cost in each month from the horizon's start (index 0); earlier costs fall in month 0. */
  cost: number[];
  /** Benefit in each month at the estimate's middle. */
  benefit: number[];
  /** Yearly benefit at full run rate (KPIs and direct benefits), or null when nothing is estimated. */
  annualBenefit: number | null;
  /** True when any cost field holds an amount (0 included: "it costs nothing" is an estimate). */
  costEstimated: boolean;
  benefitEstimated: boolean;
  /** Effort days were entered but no day rate prices them. */
  effortUnpriced: boolean;
  /** One-off and effort cost in total, and the monthly running cost. */
  oneOffTotal: number;
  monthly: number | null;
  spread: number;
}

/** Adds `amount` spread over `months` months from `from` (indices relative to the horizon), in whole units. */
function spreadInto(flows: number[], from: number, months: number, amount: number): void {
  const n = Math.max(1, months);
  const each = Math.floor(amount / n);
  let rest = amount - each * n;
  for (let i = 0; i < n; i++) {
    const at = Math.min(flows.length - 1, Math.max(0, from + i));
    flows[at]! += each + (rest > 0 ? 1 : 0);
    if (rest > 0) rest--;
  }
}

function phaseStartOf(phases: readonly Phase[], kind: PhaseKind): Phase | null {
  return phases.find((p) => p.kind === kind) ?? null;
}

/** The phase a monthly cost starts with, or the next one that exists, or the first. */
function monthlyStart(phases: readonly Phase[], from: PhaseKind): number {
  const order = PHASE_KINDS.indexOf(from);
  for (const kind of PHASE_KINDS.slice(order)) {
    const p = phaseStartOf(phases, kind);
    if (p) return monthIndex(p.start);
  }
  return Math.min(...phases.map((p) => monthIndex(p.start)));
}

export function appFlows(
  app: Pick<Application, 'value'>,
  kpis: readonly Pick<Kpi, 'baseline' | 'target' | 'direction' | 'value'>[],
  phases: readonly Phase[] | null,
  finance: Pick<Finance, 'dayRate'>,
  horizonStart: string,
): AppFlows {
  const v = app.value;
  const cost = new Array<number>(FIGURE_MONTHS).fill(0);
  const benefit = new Array<number>(FIGURE_MONTHS).fill(0);
  const origin = monthIndex(horizonStart);
  const rate = v.dayRate ?? finance.dayRate;
  let costEstimated = v.monthly !== null;
  let effortUnpriced = false;
  let oneOffTotal = 0;

  const firstStart = phases && phases.length > 0 ? Math.min(...phases.map((p) => monthIndex(p.start))) : null;
  for (const kind of PHASE_KINDS) {
    const cash = v.oneOff[kind];
    const days = v.effortDays[kind];
    if (cash !== null) costEstimated = true;
    if (days !== null) {
      costEstimated = true;
      if (rate === null && days > 0) effortUnpriced = true;
    }
    const amount = (cash ?? 0) + (days !== null && rate !== null ? Math.round(days * rate) : 0);
    oneOffTotal += amount;
    if (amount === 0 || firstStart === null || !phases) continue;
    const phase = phaseStartOf(phases, kind);
    // A cost for a phase the roadmap does not have is booked where the schedule starts.
    if (phase) spreadInto(cost, monthIndex(phase.start) - origin, phase.months, amount);
    else spreadInto(cost, firstStart - origin, 1, amount);
  }
  if (v.monthly !== null && v.monthly > 0 && phases && phases.length > 0) {
    const from = Math.max(0, monthlyStart(phases, v.monthlyFrom) - origin);
    for (let m = from; m < FIGURE_MONTHS; m++) cost[m]! += v.monthly;
  }

  let annual: number | null = null;
  for (const k of kpis) {
    const a = kpiAnnualBenefit(k);
    if (a !== null) annual = (annual ?? 0) + a;
  }
  for (const d of v.directBenefits) annual = (annual ?? 0) + d.annual;

  const ramp = phases ? rampOf(phases, v.pilotShare) : null;
  if (annual !== null && annual > 0 && ramp) {
    for (let m = Math.max(0, ramp.start - origin); m < FIGURE_MONTHS; m++) {
      benefit[m] = Math.round((annual * shareAt(ramp, origin + m)) / 1200);
    }
  }
  return {
    cost,
    benefit,
    annualBenefit: annual,
    costEstimated,
    benefitEstimated: annual !== null,
    effortUnpriced,
    oneOffTotal,
    monthly: v.monthly,
    spread: CONFIDENCE_SPREAD[v.confidence],
  };
}
