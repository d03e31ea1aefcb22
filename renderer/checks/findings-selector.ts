import { alignmentFindings, CHECKS, findingCounts, type CheckId, type CheckView, type Finding } from '../../shared/checks/alignment-checks';
import type { ViewId } from '../../shared/commands/command-catalogue';
import { activeLocale } from '../../shared/i18n/active-locale';
import type { AnyLocale } from '../../shared/i18n/locales';
import { translator } from '../../shared/i18n/translator';
import type { Plan } from '../../shared/model';
import type { PlannerState } from '../store/types';
import { today as clockToday } from '../clock';

const NONE: readonly Finding[] = [];

/**
 * Findings of a plan, memoised on the plan object, the day and the language their messages are
 * written in: the badge, the panel and the views share one computation, and zustand gets the same
 * array back until one of them changes.
 */
export function createFindingsSelector(today: () => string = clockToday) {
  let last: { plan: Plan; today: string; locale: AnyLocale; findings: readonly Finding[] } | null = null;
  return (s: Pick<PlannerState, 'plan'>): readonly Finding[] => {
    if (!s.plan) return NONE;
    const day = today();
    const locale = activeLocale();
    if (last && last.plan === s.plan && last.today === day && last.locale === locale) return last.findings;
    last = { plan: s.plan, today: day, locale, findings: alignmentFindings(s.plan, { today: day }, translator(locale)) };
    return last.findings;
  };
}

export const selectFindings = createFindingsSelector();

export type FindingCounts = ReturnType<typeof findingCounts>;

const countsCache = new WeakMap<readonly Finding[], FindingCounts>();

/** Counts of open findings by severity (acknowledged counted apart), memoised on the findings array. */
export function countsOf(findings: readonly Finding[]): FindingCounts {
  let counts = countsCache.get(findings);
  if (!counts) countsCache.set(findings, (counts = findingCounts(findings)));
  return counts;
}

export const selectFindingCounts = (s: Pick<PlannerState, 'plan'>): FindingCounts => countsOf(selectFindings(s));

export const openCount = (c: FindingCounts) => c.high + c.medium + c.low;

const CHECK_BY_ID = new Map<CheckId, (typeof CHECKS)[number]>(CHECKS.map((c) => [c.id, c]));

export function checkOf(id: CheckId) {
  return CHECK_BY_ID.get(id)!;
}

/**
 * The app view that shows a check's items, given the views that exist: the board (or the outline)
 * for the matrix and its KPIs, the roadmap, or the insight views themselves.
 */
const VIEW_CANDIDATES: Record<CheckView, readonly ViewId[]> = {
  matrix: ['board', 'plan'],
  kpis: ['board', 'plan'],
  roadmap: ['roadmap', 'board', 'plan'],
  priorities: ['priorities', 'plan'],
  dimensions: ['dimensions', 'board', 'plan'],
  governance: ['governance', 'board', 'plan'],
  // The Value view's row of the application; without it, the board, whose detail panel shows the figures.
  value: ['value', 'board', 'plan'],
  // A decision past its due date: the Workshop's decisions list (reveal.ts opens that panel).
  workshop: ['workshop', 'plan'],
};

export function viewForCheck(view: CheckView, existing: readonly ViewId[]): ViewId | null {
  return VIEW_CANDIDATES[view].find((id) => existing.includes(id)) ?? null;
}
