import { activeLocale } from '../i18n/active-locale';
import { intlTag, LOCALES, PSEUDO_LOCALE, type AnyLocale } from '../i18n/locales';
import { translator, type Translate } from '../i18n/translator';
import type { Application, ItemRef, Plan } from '../model';
import { monthInLanguage } from '../month-text';
import { addMonths } from '../roadmap/months';
import { PHASE_KINDS } from '../schema/plan-schema';
import { planFigures, paybackCalendarMonth } from '../value/figures';
import { formatMoneyWhole } from '../value/money';
import { budgetByYear } from '../value/spend';

/*
 * The money findings of #15: a year over its budget, costs with nothing expected back, a payback
 * past the horizon, a starter project among the most expensive, effort nobody has priced. Run by
 * alignment-checks.ts like every other check; the figures come from shared/value, memoised per plan.
 */

export type ValueCheckId = 'year-over-budget' | 'cost-without-benefit' | 'payback-past-horizon' | 'expensive-starter' | 'effort-without-day-rate';

/** The part of the checks' context the value checks read. */
export interface ValueCheckContext {
  plan: Plan;
  /** Applications that are not retired. */
  active: Application[];
  t: Translate;
}

export interface ValueDraft {
  keyPart: string;
  item: { kind: 'application'; id: string } | null;
  itemTitle: string;
  message: string;
  related?: ItemRef[];
}

/** Below this many costed applications "the most expensive quarter" means little. */
export const EXPENSIVE_STARTER_MIN_COSTED = 4;

const ALL_LOCALES: readonly AnyLocale[] = [...LOCALES, PSEUDO_LOCALE];

/**
 * The language t writes in, so amounts are formatted the way its sentences are. translator() hands
 * out one function per language; anything else (the active-language t) writes in the active one.
 */
function localeOf(t: Translate): AnyLocale {
  return ALL_LOCALES.find((locale) => translator(locale) === t) ?? activeLocale();
}

const money = (ctx: ValueCheckContext, minor: number) => formatMoneyWhole(minor, ctx.plan.finance.currency, intlTag(localeOf(ctx.t)));
const appTitle = (ctx: ValueCheckContext, a: Application) => (a.title.trim() === '' ? ctx.t('domain.untitled.application') : a.title);
const appDraft = (ctx: ValueCheckContext, a: Application, message: string): ValueDraft => ({
  keyPart: a.id,
  item: { kind: 'application', id: a.id },
  itemTitle: appTitle(ctx, a),
  message,
});

function yearsOverBudget(ctx: ValueCheckContext): ValueDraft[] {
  const over = budgetByYear(ctx.plan).filter((y) => y.budget !== null && y.over > 0);
  if (!over.length) return [];
  const { flowsByApplication } = planFigures(ctx.plan);
  const origin = ctx.plan.meta.horizonStart;
  return over.map((y) => {
    // The applications that spend in that year, to highlight.
    const related: ItemRef[] = [];
    for (const a of ctx.active) {
      const cost = flowsByApplication.get(a.id)?.cost;
      if (!cost) continue;
      for (let m = 0; m < ctx.plan.meta.horizonMonths; m++) {
        if (cost[m]! > 0 && addMonths(origin, m).startsWith(`${y.year}-`)) {
          related.push({ kind: 'application', id: a.id });
          break;
        }
      }
    }
    return {
      keyPart: String(y.year),
      item: null,
      itemTitle: ctx.t('value.finding.budgetTitle', { year: y.year }),
      message: ctx.t('value.finding.overBudget', { year: y.year, spend: money(ctx, y.spend), budget: money(ctx, y.budget!), over: money(ctx, y.over) }),
      related,
    };
  });
}

function costsWithoutBenefit(ctx: ValueCheckContext): ValueDraft[] {
  const { byApplication } = planFigures(ctx.plan);
  return ctx.active
    .filter((a) => {
      const f = byApplication.get(a.id);
      return f !== undefined && f.costEstimated && !f.benefitEstimated;
    })
    .map((a) => appDraft(ctx, a, ctx.t('value.finding.costWithoutBenefit')));
}

function paybackPastHorizon(ctx: ValueCheckContext): ValueDraft[] {
  const { byApplication } = planFigures(ctx.plan);
  const { horizonStart, horizonMonths } = ctx.plan.meta;
  const last = monthInLanguage(addMonths(horizonStart, horizonMonths - 1), ctx.t);
  const drafts: ValueDraft[] = [];
  for (const a of ctx.active) {
    const payback = byApplication.get(a.id)?.payback;
    // Without both estimates and a schedule there is no payback to judge (other findings say so).
    if (!payback) continue;
    if (payback.mid === null) drafts.push(appDraft(ctx, a, ctx.t('value.finding.paybackNever')));
    else if (payback.mid >= horizonMonths)
      drafts.push(appDraft(ctx, a, ctx.t('value.finding.paybackPastHorizon', { month: monthInLanguage(paybackCalendarMonth(ctx.plan, payback.mid), ctx.t), last })));
  }
  return drafts;
}

function expensiveStarters(ctx: ValueCheckContext): ValueDraft[] {
  const { byApplication } = planFigures(ctx.plan);
  const costed = ctx.active
    .map((a) => ({ a, cost: byApplication.get(a.id)?.horizon?.cost ?? null, estimated: byApplication.get(a.id)?.costEstimated === true }))
    .filter((c): c is { a: Application; cost: number; estimated: true } => c.estimated && c.cost !== null);
  if (costed.length < EXPENSIVE_STARTER_MIN_COSTED) return [];
  const costs = costed.map((c) => c.cost).sort((x, y) => y - x);
  const quarter = Math.ceil(costed.length / 4);
  // Dearer than the first application outside the top quarter: equal costs are never "among the most expensive".
  const threshold = costs[quarter]!;
  return costed
    .filter((c) => c.a.starter && c.cost > threshold)
    .map((c) =>
      appDraft(
        ctx,
        c.a,
        ctx.t('value.finding.expensiveStarter', { cost: money(ctx, c.cost), rank: costs.indexOf(c.cost) + 1, count: costed.length }),
      ),
    );
}

function effortUnpriced(ctx: ValueCheckContext): ValueDraft[] {
  const { flowsByApplication } = planFigures(ctx.plan);
  return ctx.active
    .filter((a) => flowsByApplication.get(a.id)?.effortUnpriced === true)
    .map((a) => {
      const days = PHASE_KINDS.reduce((sum, kind) => sum + (a.value.effortDays[kind] ?? 0), 0);
      return appDraft(ctx, a, ctx.t('value.finding.effortUnpriced', { days }));
    });
}

export const VALUE_RUNNERS: Record<ValueCheckId, (ctx: ValueCheckContext) => ValueDraft[]> = {
  'year-over-budget': yearsOverBudget,
  'cost-without-benefit': costsWithoutBenefit,
  'payback-past-horizon': paybackPastHorizon,
  'expensive-starter': expensiveStarters,
  'effort-without-day-rate': effortUnpriced,
};
