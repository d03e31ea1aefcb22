import { PLAN_CAPS } from './schema/plan-schema';

type CappedList = keyof typeof PLAN_CAPS;

/** What each capped list holds, as a sentence says it. */
const LIST_NOUNS: Record<CappedList, string> = {
  pillars: 'pillars',
  objectives: 'objectives',
  applications: 'AI applications',
  kpis: 'KPIs',
  milestones: 'milestones',
  dependencies: 'dependencies',
  acknowledgements: 'acknowledged findings',
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

const count = (n: number) => n.toLocaleString('en');

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

/** "7,000 KPIs; at most 6,000 are allowed." */
export const overCapDetail = ({ list, items, cap }: ListOverCap): string => `${count(items)} ${LIST_NOUNS[list]}; at most ${count(cap)} are allowed.`;

/** One sentence a person can act on, for a plan whose lists go past the caps (`over` is not empty). */
export function overCapsMessage(over: readonly ListOverCap[]): string {
  const [first] = over;
  const what = `${count(first!.items)} ${LIST_NOUNS[first!.list]} (at most ${count(first!.cap)})${over.length > 1 ? ' and other lists past their limits' : ''}`;
  return `The plan holds ${what}: more than AI Alignment Planner can show and export in good time, so it was not opened. Split it into smaller plans, one per business unit for instance, and open each on its own.`;
}
