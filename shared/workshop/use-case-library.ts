import type { Approach, Cadence, Category, Direction, KpiFamily } from '../model';
import type { MessageKey, Translate } from '../i18n/translator';
import { CATEGORY_KEYS } from '../labels';
import { CATEGORIES } from '../schema/plan-schema';
import { USE_CASE_ENTRIES } from './use-case-entries';

/*
 * The library of SME AI use cases (#17 §2): ideas to browse in the workshop, each with the problem it
 * solves, the usual approach, what makes it feasible, KPIs to measure it by and its typical risks.
 * Inserting one (insert-use-case.ts) turns it into an application of the plan with those KPIs.
 */

/** The business functions the library is grouped by: every category but "other". */
export type BusinessFunction = Exclude<Category, 'other'>;
export const BUSINESS_FUNCTIONS: readonly BusinessFunction[] = CATEGORIES.filter((c): c is BusinessFunction => c !== 'other');

/** The units the library's KPIs are measured in; money units name the plan's currency. */
export const USE_CASE_UNITS = [
  'percent',
  'minutesPerCase',
  'minutesPerDay',
  'hoursPerWeek',
  'hoursPerMonth',
  'hoursPerCase',
  'hours',
  'days',
  'perWeek',
  'perMonth',
  'score',
  'kmPerDelivery',
  'moneyPerMonth',
  'money',
] as const;
export type UseCaseUnit = (typeof USE_CASE_UNITS)[number];

const UNIT_KEYS: Record<UseCaseUnit, MessageKey> = {
  percent: 'useCases.unit.percent',
  minutesPerCase: 'useCases.unit.minutesPerCase',
  minutesPerDay: 'useCases.unit.minutesPerDay',
  hoursPerWeek: 'useCases.unit.hoursPerWeek',
  hoursPerMonth: 'useCases.unit.hoursPerMonth',
  hoursPerCase: 'useCases.unit.hoursPerCase',
  hours: 'useCases.unit.hours',
  days: 'useCases.unit.days',
  perWeek: 'useCases.unit.perWeek',
  perMonth: 'useCases.unit.perMonth',
  score: 'useCases.unit.score',
  kmPerDelivery: 'useCases.unit.kmPerDelivery',
  moneyPerMonth: 'useCases.unit.moneyPerMonth',
  money: 'useCases.unit.money',
};

export interface UseCaseKpi {
  name: MessageKey;
  family: Exclude<KpiFamily, 'qualitative' | 'other'>;
  unit: UseCaseUnit;
  direction: Direction;
  cadence: Cadence;
}

export interface UseCase {
  /** Stable across versions and languages: what a drag or a test names. */
  key: string;
  category: BusinessFunction;
  approach: Approach;
  title: MessageKey;
  /** The one-line problem it solves. */
  problem: MessageKey;
  /** Typical feasibility factors, in a line. */
  feasibility: MessageKey;
  /** Typical risks, in a line. */
  risks: MessageKey;
  kpis: readonly UseCaseKpi[];
}

export const USE_CASES: readonly UseCase[] = USE_CASE_ENTRIES;

const BY_KEY = new Map(USE_CASES.map((u) => [u.key, u]));
export const findUseCase = (key: string): UseCase | undefined => BY_KEY.get(key);

/** A KPI unit in t's language; money in the plan's currency code. */
export const libraryUnitText = (unit: UseCaseUnit, t: Translate, currency: string): string => t(UNIT_KEYS[unit], { currency });

/**
 * Text as a search compares it: lower case, accents and marks dropped ("Qualität" finds "qualitat",
 * Vietnamese "hóa đơn" finds "hoa don"; đ has no decomposition, so it is mapped by hand).
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The entries whose title, problem or business function contains every word of the query (in t's
 * language, case and accents ignored), in library order; an empty query keeps them all.
 */
export function searchUseCases(query: string, t: Translate, entries: readonly UseCase[] = USE_CASES): UseCase[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (!words.length) return [...entries];
  return entries.filter((u) => {
    const haystack = foldForSearch(`${t(u.title)} ${t(u.problem)} ${t(CATEGORY_KEYS[u.category])}`);
    return words.every((w) => haystack.includes(w));
  });
}

/** Entries grouped by business function, in the functions' order; functions with none are left out. */
export function groupByFunction(entries: readonly UseCase[]): { category: BusinessFunction; entries: UseCase[] }[] {
  return BUSINESS_FUNCTIONS.map((category) => ({ category, entries: entries.filter((u) => u.category === category) })).filter((g) => g.entries.length > 0);
}
