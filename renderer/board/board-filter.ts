import type { PlanIndex } from '../../shared/plan-index';
import type { BoardFilter } from './board-view-store';
import { moneyOf, type ApplicationMoney } from './money-facts';

/* Find and filter: which items match. Matching dims the rest; it never changes the plan. */

export function filterIsActive(filter: BoardFilter): boolean {
  return filter.query.trim() !== '' || attributeFilters(filter);
}

/** Whether the filter reads money facts (pass them as `facts`, from moneyFactsOf(plan)). */
export const filtersByMoney = (filter: BoardFilter): boolean => filter.cost !== '' || filter.payback !== '';

/** The money facts the cost and payback filters read (money-facts.ts); none needed without those filters. */
type MoneyFacts = ReadonlyMap<string, ApplicationMoney>;
const NO_FACTS: MoneyFacts = new Map();

function moneyMatches(facts: MoneyFacts, applicationId: string, filter: BoardFilter): boolean {
  if (filter.cost === '' && filter.payback === '') return true;
  const money = moneyOf(facts, applicationId);
  if (filter.cost === 'not-estimated' && money.cost !== 'not-estimated') return false;
  if (filter.cost.startsWith('above:') && !(money.horizonCost !== null && money.horizonCost > Number(filter.cost.slice(6)))) return false;
  if (filter.payback === 'within' && money.payback !== 'within') return false;
  if (filter.payback === 'not-within' && !(money.payback === 'after' || money.payback === 'never' || money.payback === 'unscheduled')) return false;
  if (filter.payback === 'not-estimated' && money.payback !== 'not-estimated') return false;
  return true;
}

// Letters that do not decompose into a base letter and an accent ("Łódź" is found by "lodz").
const FOLD: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

const fold = (text: string) =>
  text
    .toLocaleLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøđßæœ]/g, (c) => FOLD[c]!);

/*
 * Folding is the costly part of matching (Unicode normalisation and two regular expressions), and
 * the same owners and titles are folded again at every keystroke and every edit of a big plan.
 */
const folded = new Map<string, string>();
const FOLDED_KEPT = 20_000;

function norm(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    if (folded.size >= FOLDED_KEPT) folded.clear();
    result = fold(text);
    folded.set(text, result);
  }
  return result;
}

function includesQuery(query: string, ...texts: (string | undefined)[]): boolean {
  return texts.some((t) => t !== undefined && norm(t).includes(query));
}

export function applicationMatches(index: PlanIndex, applicationId: string, filter: BoardFilter, facts: MoneyFacts = NO_FACTS): boolean {
  const app = index.applications.get(applicationId);
  if (!app) return false;
  if (filter.status && app.status !== filter.status) return false;
  if (filter.category && app.category !== filter.category) return false;
  if (!moneyMatches(facts, applicationId, filter)) return false;
  const kpis = (index.kpisOf.get(applicationId) ?? []).map((id) => index.kpis.get(id)!);
  if (filter.owner) {
    const owner = norm(filter.owner);
    if (norm(app.owner) !== owner && !kpis.some((k) => norm(k.owner) === owner)) return false;
  }
  const query = norm(filter.query.trim());
  if (!query) return true;
  const objective = app.objectiveId ? index.objectives.get(app.objectiveId) : undefined;
  const pillar = objective ? index.pillars.get(objective.pillarId) : undefined;
  return (
    includesQuery(query, app.title, app.description, app.owner, objective?.title, pillar?.title) ||
    kpis.some((k) => includesQuery(query, k.name, k.owner, k.unit, k.source))
  );
}

function attributeFilters(filter: BoardFilter): boolean {
  return filter.owner !== '' || filter.status !== '' || filter.category !== '' || filter.cost !== '' || filter.payback !== '';
}

export function objectiveMatches(index: PlanIndex, objectiveId: string, filter: BoardFilter, facts: MoneyFacts = NO_FACTS): boolean {
  const objective = index.objectives.get(objectiveId);
  if (!objective) return false;
  if ((index.applicationsOf.get(objectiveId) ?? []).some((id) => applicationMatches(index, id, filter, facts))) return true;
  if (attributeFilters(filter)) return false;
  const query = norm(filter.query.trim());
  return includesQuery(query, objective.title, objective.description, index.pillars.get(objective.pillarId)?.title);
}

export function pillarMatches(index: PlanIndex, pillarId: string, filter: BoardFilter, facts: MoneyFacts = NO_FACTS): boolean {
  const pillar = index.pillars.get(pillarId);
  if (!pillar) return false;
  if ((index.objectivesOf.get(pillarId) ?? []).some((id) => objectiveMatches(index, id, filter, facts))) return true;
  if (attributeFilters(filter)) return false;
  return includesQuery(norm(filter.query.trim()), pillar.title, pillar.description);
}

/** "3 of 12 AI applications match", for the filter bar. */
export function matchCount(index: PlanIndex, filter: BoardFilter, facts: MoneyFacts = NO_FACTS): { matching: number; total: number } {
  let matching = 0;
  for (const id of index.applications.keys()) if (applicationMatches(index, id, filter, facts)) matching++;
  return { matching, total: index.applications.size };
}

const ownersByIndex = new WeakMap<PlanIndex, string[]>();

/** Distinct owners of applications and KPIs, for the owner filter (once per plan). */
export function ownersOf(index: PlanIndex): string[] {
  let owners = ownersByIndex.get(index);
  if (!owners) {
    owners = distinctOwners(index);
    ownersByIndex.set(index, owners);
  }
  return owners;
}

function distinctOwners(index: PlanIndex): string[] {
  const owners = new Map<string, string>();
  for (const item of [...index.applications.values(), ...index.kpis.values()]) {
    const owner = item.owner.trim();
    if (!owner) continue;
    const key = norm(owner);
    if (!owners.has(key)) owners.set(key, owner);
  }
  return [...owners.values()].sort((a, b) => a.localeCompare(b));
}
