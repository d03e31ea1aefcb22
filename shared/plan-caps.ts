import { PLAN_CAPS } from './schema/plan-schema';
import { t as activeT } from './i18n/active-locale';
import type { MessageKey, Translate } from './i18n/translator';

type CappedList = keyof typeof PLAN_CAPS;

/** What each capped list holds, as a sentence says it. */
const LIST_NOUNS: Record<CappedList, MessageKey> = {
  pillars: 'domain.caps.noun.pillars',
  objectives: 'domain.caps.noun.objectives',
  applications: 'domain.caps.noun.applications',
  kpis: 'domain.caps.noun.kpis',
  milestones: 'domain.caps.noun.milestones',
  dependencies: 'domain.caps.noun.dependencies',
  acknowledgements: 'domain.caps.noun.acknowledgements',
};

/** Where each capped list sits in a plan document. */
const LIST_PLACES: Record<CappedList, (doc: Record<string, unknown>) => unknown> = {
  pillars: (doc) => doc.pillars,
  objectives: (doc) => doc.objectives,
  applications: (doc) => doc.applications,
  kpis: (doc) => doc.kpis,
  milestones: (doc) => roadmapOf(doc)?.milestones,
  dependencies: (doc) => roadmapOf(doc)?.dependencies,
  acknowledgements: (doc) => doc.acknowledgements,
};

const roadmapOf = (doc: Record<string, unknown>) =>
  typeof doc.roadmap === 'object' && doc.roadmap !== null ? (doc.roadmap as Record<string, unknown>) : undefined;

export interface ListOverCap {
  list: CappedList;
  items: number;
  cap: number;
}

/**
 * The lists of a plan document (parsed, not yet validated) that hold more items than the app is
 * measured to handle; empty when every list is within its cap. Counting only, so that an oversized
 * file is refused before the costly checks run on it.
 */
export function listsOverCaps(doc: unknown): ListOverCap[] {
  if (typeof doc !== 'object' || doc === null) return [];
  const over: ListOverCap[] = [];
  for (const list of Object.keys(PLAN_CAPS) as CappedList[]) {
    const items = LIST_PLACES[list](doc as Record<string, unknown>);
    if (Array.isArray(items) && items.length > PLAN_CAPS[list]) over.push({ list, items: items.length, cap: PLAN_CAPS[list] });
  }
  return over;
}

/** "7,000 KPIs; at most 6,000 are allowed.", in the active language (one argument, so that it suits `map`). */
export const overCapDetail = (over: ListOverCap): string => overCapDetailIn(over, activeT);

/** The same in t's language. */
export const overCapDetailIn = ({ list, items, cap }: ListOverCap, t: Translate): string => t('domain.caps.detail', { items, noun: t(LIST_NOUNS[list]), cap });

/** One sentence a person can act on, for a plan whose lists go past the caps (`over` is not empty). */
export function overCapsMessage(over: readonly ListOverCap[], t: Translate = activeT): string {
  const { list, items, cap } = over[0]!;
  return t('domain.caps.message', { items, noun: t(LIST_NOUNS[list]), cap, others: over.length > 1 ? 'yes' : 'no' });
}
