import type { Plan } from '../../shared/model';
import { indexPlan } from '../../shared/plan-index';
import { planFigures, type Figures } from '../../shared/value/figures';

/*
 * The Value view's table as data: applications grouped by pillar in plan order (the unaligned ideas
 * last), each group sorted by the chosen column. What is not estimated sorts last whichever way,
 * so flipping the order never buries the figures under the gaps.
 */

export const SORT_KEYS = ['title', 'cost', 'annual', 'payback', 'net', 'roi'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  key: SortKey | null;
  direction: SortDirection;
}

/** The first click sorts titles A→Z and payback earliest first; money biggest first. */
export const FIRST_DIRECTION: Record<SortKey, SortDirection> = {
  title: 'ascending',
  cost: 'descending',
  annual: 'descending',
  payback: 'ascending',
  net: 'descending',
  roi: 'descending',
};

export interface ValueGroup {
  /** The pillar's id; null for the applications not aligned to an objective yet, or for all of them once sorted. */
  pillarId: string | null;
  applicationIds: readonly string[];
}

/** The number a column sorts by; null when not estimated. A payback beyond five years sorts after every month. */
export function sortValue(figures: Figures | undefined, key: Exclude<SortKey, 'title'>): number | null {
  if (!figures) return null;
  switch (key) {
    case 'cost':
      return figures.horizon?.cost ?? null;
    case 'annual':
      return figures.annualBenefit?.mid ?? null;
    case 'payback':
      return figures.payback === null ? null : (figures.payback.mid ?? Number.MAX_SAFE_INTEGER);
    case 'net':
      return figures.horizon?.net.mid ?? null;
    case 'roi':
      return figures.horizon?.roi?.mid ?? null;
  }
}

const collator = new Map<string, Intl.Collator>();
function compareText(locale: string, a: string, b: string): number {
  let c = collator.get(locale);
  if (!c) collator.set(locale, (c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return c.compare(a, b);
}

/**
 * The applications of the table (retired ones left out, as the totals leave them out): grouped by
 * pillar in plan order while no column is sorted; sorted across the whole plan once one is, so that
 * "which pays back first" has one answer.
 */
export function valueGroups(plan: Plan, sort: Sort, locale: string): ValueGroup[] {
  const index = indexPlan(plan);
  const figures = planFigures(plan).byApplication;
  const live = (id: string) => index.applications.get(id)?.status !== 'retired';
  const groups: ValueGroup[] = index.pillarIds.map((pillarId) => ({
    pillarId,
    applicationIds: (index.objectivesOf.get(pillarId) ?? []).flatMap((o) => index.applicationsOf.get(o) ?? []).filter(live),
  }));
  const unaligned = (index.applicationsOf.get(null) ?? []).filter(live);
  if (unaligned.length > 0) groups.push({ pillarId: null, applicationIds: unaligned });
  const { key, direction } = sort;
  if (key === null) return groups;
  const sign = direction === 'ascending' ? 1 : -1;
  const compare =
    key === 'title'
      ? (a: string, b: string) => sign * compareText(locale, index.applications.get(a)?.title ?? '', index.applications.get(b)?.title ?? '')
      : (a: string, b: string) => {
          const va = sortValue(figures.get(a), key);
          const vb = sortValue(figures.get(b), key);
          if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
          return sign * (va - vb);
        };
  return [{ pillarId: null, applicationIds: groups.flatMap((g) => g.applicationIds).sort(compare) }];
}

/** Retired applications, which the table and the totals leave out. */
export const retiredCount = (plan: Plan): number => plan.applications.filter((a) => a.status === 'retired').length;
