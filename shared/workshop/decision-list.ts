import type { Translate } from '../i18n/translator';
import type { Decision, ItemKind, Plan } from '../model';

/*
 * How the room's decisions are read back (#17 §4): their status on a given day, the order the panel,
 * the PDF and `aiplan check` list them in, and what a decision's linked item is called now. Pure: the
 * day comes in as YYYY-MM-DD, the words through `t`.
 */

export type DecisionStatus = 'open' | 'overdue' | 'done';

export type DecisionLink = NonNullable<Decision['link']>;

/** Done wins; an open decision is overdue from the day after its due date. */
export const decisionStatus = (d: Pick<Decision, 'done' | 'due'>, today: string): DecisionStatus =>
  d.done ? 'done' : d.due !== null && d.due < today ? 'overdue' : 'open';

/** Open decisions first, soonest due first and those without a date after them; then the done ones, in the same order. Stable otherwise. */
export function orderedDecisions<D extends Pick<Decision, 'done' | 'due'>>(decisions: readonly D[]): D[] {
  const rank = (d: D) => (d.done ? 1 : 0);
  return decisions
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || dueOrder(a.d.due, b.d.due) || a.i - b.i)
    .map(({ d }) => d);
}

const dueOrder = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** True for a real calendar day written YYYY-MM-DD (not 2027-02-30, not 2027-13-01). */
export function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const LINK_KINDS: readonly ItemKind[] = ['pillar', 'objective', 'application', 'kpi', 'milestone'];

const UNTITLED: Record<ItemKind, Parameters<Translate>[0]> = {
  pillar: 'domain.untitled.pillar',
  objective: 'domain.untitled.objective',
  application: 'domain.untitled.application',
  kpi: 'domain.untitled.kpi',
  milestone: 'domain.untitled.milestone',
};

export interface LinkableItem {
  kind: ItemKind;
  id: string;
  title: string;
}

/** Every item a decision can be about, by kind in the plan's order, titled (an empty title reads "Untitled …"). */
export function linkableItems(plan: Pick<Plan, 'pillars' | 'objectives' | 'applications' | 'kpis' | 'roadmap'>, t: Translate): LinkableItem[] {
  const titled = (kind: ItemKind, id: string, title: string): LinkableItem => ({ kind, id, title: title.trim() || t(UNTITLED[kind]) });
  return [
    ...plan.pillars.map((p) => titled('pillar', p.id, p.title)),
    ...plan.objectives.map((o) => titled('objective', o.id, o.title)),
    ...plan.applications.map((a) => titled('application', a.id, a.title)),
    ...plan.kpis.map((k) => titled('kpi', k.id, k.name)),
    ...plan.roadmap.milestones.map((m) => titled('milestone', m.id, m.title)),
  ];
}

/** The linked item's title now; null when it has since been deleted. */
export function linkedTitle(plan: Pick<Plan, 'pillars' | 'objectives' | 'applications' | 'kpis' | 'roadmap'>, link: DecisionLink, t: Translate): string | null {
  const item = linkableItems(plan, t).find((i) => i.kind === link.kind && i.id === link.id);
  return item ? item.title : null;
}

/** Counts for a summary line: open (not yet due or undated), overdue and done. */
export function decisionCounts(decisions: readonly Pick<Decision, 'done' | 'due'>[], today: string): Record<DecisionStatus, number> {
  const counts: Record<DecisionStatus, number> = { open: 0, overdue: 0, done: 0 };
  for (const d of decisions) counts[decisionStatus(d, today)] += 1;
  return counts;
}
