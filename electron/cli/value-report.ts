import { activeLocale, t as activeT } from '../../shared/i18n/active-locale';
import { intlTag } from '../../shared/i18n/locales';
import type { Translate } from '../../shared/i18n/translator';
import type { Plan } from '../../shared/model';
import { monthLabel } from '../../shared/roadmap/months';
import { paybackCalendarMonth, planFigures, type Figures, type Range } from '../../shared/value/figures';
import { formatMoneyWhole, minorDigits } from '../../shared/value/money';
import { planProgress, type ProgressStatus, type RealisedFigures } from '../../shared/value/realised';
import { budgetByYear } from '../../shared/value/spend';

/*
 * The "value" block of `aiplan check --json` (#15): the same figures the Value view and the board
 * pack show, from shared/value. Amounts are integers in the currency's minor unit (cents for EUR),
 * exactly as the plan stores them; null always means "not estimated", never 0.
 */

/** Cost and benefit over one window (the horizon, or three years from its start). */
export interface WindowReport {
  cost: number | null;
  benefit: Range | null;
  /** Benefit − cost; null unless both cost and benefit are estimated. */
  net: Range | null;
  /** Net ÷ cost in percent (one decimal); null unless both are estimated and there is a cost. */
  roi: Range | null;
}

export interface FiguresReport {
  costEstimated: boolean;
  benefitEstimated: boolean;
  /** Nothing of it is on the roadmap, so there are no figures over time. */
  scheduled: boolean;
  /** Effort days were entered that no day rate prices: the costs leave them out. */
  effortUnpriced: boolean;
  /** Yearly benefit at full run rate. */
  annualBenefit: Range | null;
  oneOffCost: number | null;
  monthlyCost: number | null;
  horizon: WindowReport | null;
  threeYears: WindowReport | null;
  /** The calendar month ("YYYY-MM") cumulative benefit first covers cumulative cost; inside, null is "not within five years". Low is the earliest. */
  payback: { low: string | null; mid: string | null; high: string | null } | null;
}

export interface RealisedReport {
  /** What the plan expected from the checked-in KPIs by today, and what their check-ins show. */
  planned: number | null;
  realised: number | null;
  status: ProgressStatus;
}

export interface ValueReport {
  currency: string;
  /** Decimal places of the currency's minor unit: an amount of 123456 with 2 is 1,234.56. */
  minorDigits: number;
  dayRate: number | null;
  horizon: { start: string; months: number };
  applications: ({ id: string; title: string; pillarId: string | null; retired: boolean; realised: RealisedReport } & FiguresReport)[];
  /** Totals per pillar and for the plan leave retired applications out. */
  pillars: ({ id: string; title: string; status: ProgressStatus } & FiguresReport)[];
  plan: FiguresReport & { realised: RealisedReport };
  /** Each calendar year the horizon touches (only its months inside the horizon), with its budget. */
  years: { year: number; cost: number | null; benefit: Range | null; budget: number | null; over: number | null }[];
  /** The day planned and realised benefit are counted to (the report's today). */
  realisedAsOf: string;
}

function windowReport(w: Figures['horizon'], f: Figures): WindowReport | null {
  if (!w) return null;
  const both = f.costEstimated && f.benefitEstimated;
  return { cost: f.costEstimated ? w.cost : null, benefit: f.benefitEstimated ? w.benefit : null, net: both ? w.net : null, roi: both ? w.roi : null };
}

function figuresReport(plan: Plan, f: Figures): FiguresReport {
  const month = (m: number | null) => (m === null ? null : paybackCalendarMonth(plan, m));
  return {
    costEstimated: f.costEstimated,
    benefitEstimated: f.benefitEstimated,
    scheduled: !f.unscheduled,
    effortUnpriced: f.effortUnpriced,
    annualBenefit: f.annualBenefit,
    oneOffCost: f.oneOffCost,
    monthlyCost: f.monthlyCost,
    horizon: windowReport(f.horizon, f),
    threeYears: windowReport(f.threeYears, f),
    payback: f.payback && { low: month(f.payback.low), mid: month(f.payback.mid), high: month(f.payback.high) },
  };
}

const realisedReport = (r: RealisedFigures | undefined): RealisedReport => ({ planned: r?.planned ?? null, realised: r?.realised ?? null, status: r?.status ?? 'no-data' });

export function valueReport(plan: Plan, today: string): ValueReport {
  const figures = planFigures(plan);
  const progress = planProgress(plan, today);
  const pillarOfObjective = new Map(plan.objectives.map((o) => [o.id, o.pillarId]));
  const budgets = new Map(budgetByYear(plan).map((y) => [y.year, y]));
  return {
    currency: plan.finance.currency,
    minorDigits: minorDigits(plan.finance.currency),
    dayRate: plan.finance.dayRate,
    horizon: { start: plan.meta.horizonStart, months: plan.meta.horizonMonths },
    applications: plan.applications.map((a) => ({
      id: a.id,
      title: a.title,
      pillarId: a.objectiveId === null ? null : (pillarOfObjective.get(a.objectiveId) ?? null),
      retired: a.status === 'retired',
      ...figuresReport(plan, figures.byApplication.get(a.id)!),
      realised: realisedReport(progress.byApplication.get(a.id)),
    })),
    pillars: plan.pillars.map((p) => ({
      id: p.id,
      title: p.title,
      ...figuresReport(plan, figures.byPillar.get(p.id)!),
      status: progress.byPillar.get(p.id) ?? 'no-data',
    })),
    plan: { ...figuresReport(plan, figures.plan), realised: realisedReport(progress.plan) },
    years: figures.plan.perYear.map((y) => {
      const budget = budgets.get(y.year)?.budget ?? null;
      const { costEstimated, benefitEstimated } = figures.plan;
      return {
        year: y.year,
        cost: costEstimated ? y.cost : null,
        benefit: benefitEstimated ? y.benefit : null,
        budget,
        over: budget === null ? null : Math.max(0, y.cost - budget),
      };
    }),
    realisedAsOf: today,
  };
}

/** One line for `aiplan check` without --json: the plan's cost, net value and payback over the horizon. */
export function formatValueSummary(report: ValueReport, t: Translate = activeT): string {
  const { plan } = report;
  if (!plan.costEstimated && !plan.benefitEstimated) return t('value.cli.none');
  const money = (minor: number | null) => (minor === null ? t('value.pdf.notEstimated') : formatMoneyWhole(minor, report.currency, intlTag(activeLocale())));
  const net = plan.horizon?.net ?? null;
  const payback = plan.payback === null ? t('value.pdf.notEstimated') : plan.payback.mid === null ? t('value.pdf.paybackBeyond') : monthLabel(plan.payback.mid, activeLocale());
  return t('value.cli.summary', {
    cost: money(plan.horizon?.cost ?? null),
    net: net === null ? t('value.pdf.notEstimated') : t('value.cli.range', { mid: money(net.mid), low: money(net.low), high: money(net.high) }),
    payback,
  });
}
