import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/translator';
import { catalogueOf } from '../../../../shared/i18n/translator';
import { LOCALES } from '../../../../shared/i18n/locales';
import { KPI_FAMILIES } from '../../../../shared/schema/plan-schema';
import {
  BUSINESS_FUNCTIONS,
  USE_CASE_UNITS,
  USE_CASES,
  foldForSearch,
  searchUseCases,
  findUseCase,
  libraryUnitText,
  groupByFunction,
} from '../../../../shared/workshop/use-case-library';

const en = translator('en');
const de = translator('de');
const vi = translator('vi');

describe('the SME use-case library', () => {
  it('holds at least 25 entries with unique keys', () => {
    expect(USE_CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(USE_CASES.map((u) => u.key)).size).toBe(USE_CASES.length);
  });

  it('has at least four entries for each of the five business functions, and none filed under "other"', () => {
    expect(BUSINESS_FUNCTIONS).toEqual(['customer-support', 'sales-marketing', 'operations-logistics', 'finance-admin', 'hr-talent']);
    for (const category of BUSINESS_FUNCTIONS) expect(USE_CASES.filter((u) => u.category === category).length, category).toBeGreaterThanOrEqual(4);
    expect(USE_CASES.every((u) => (BUSINESS_FUNCTIONS as readonly string[]).includes(u.category))).toBe(true);
  });

  it('includes the use cases the issue names', () => {
    const keys = USE_CASES.map((u) => u.key);
    for (const key of [
      'support-chatbot',
      'smart-routing',
      'lead-scoring',
      'content-drafting',
      'demand-forecasting',
      'stock-optimisation',
      'route-planning',
      'invoice-matching',
      'expense-categorisation',
      'anomaly-detection',
      'cv-screening',
      'interview-scheduling',
    ])
      expect(keys).toContain(key);
  });

  it('gives every entry two or more KPIs, each of a measurable family with a unit, a direction and a cadence', () => {
    const measurable = KPI_FAMILIES.filter((f) => f !== 'qualitative' && f !== 'other');
    for (const u of USE_CASES) {
      expect(u.kpis.length, u.key).toBeGreaterThanOrEqual(2);
      expect(u.kpis.length, u.key).toBeLessThanOrEqual(3);
      for (const kpi of u.kpis) {
        expect(measurable, `${u.key} ${kpi.name}`).toContain(kpi.family);
        expect(USE_CASE_UNITS).toContain(kpi.unit);
        expect(['up', 'down']).toContain(kpi.direction);
        expect(['weekly', 'monthly', 'quarterly']).toContain(kpi.cadence);
        expect(en(kpi.name)).not.toBe(kpi.name);
      }
    }
  });

  it('uses all five families of measure across the library (time saved, errors, throughput, satisfaction, money)', () => {
    const families = new Set(USE_CASES.flatMap((u) => u.kpis.map((k) => k.family)));
    expect([...families].sort()).toEqual(['customer-satisfaction', 'error-reduction', 'financial', 'throughput', 'time-saved']);
  });

  it('has every text of every entry in English, German and Vietnamese, each a non-empty line of its own', () => {
    for (const locale of LOCALES) {
      const catalogue = catalogueOf(locale);
      for (const u of USE_CASES) {
        for (const key of [u.title, u.problem, u.feasibility, u.risks, ...u.kpis.map((k) => k.name)]) {
          expect(catalogue[key]?.trim(), `${locale} ${key}`).toBeTruthy();
          expect(catalogue[key], `${locale} ${key}`).not.toContain('\n');
        }
      }
    }
    // Translated, not copied: the German and Vietnamese titles differ from the English ones.
    for (const u of USE_CASES) {
      expect(de(u.title), u.key).not.toBe(en(u.title));
      expect(vi(u.title), u.key).not.toBe(en(u.title));
    }
  });

  it('writes money units in the plan’s currency', () => {
    expect(libraryUnitText('moneyPerMonth', en, 'GBP')).toBe('GBP per month');
    expect(libraryUnitText('moneyPerMonth', de, 'EUR')).toBe('EUR pro Monat');
    expect(libraryUnitText('money', vi, 'VND')).toBe('VND');
  });

  it('finds an entry by key, and nothing for an unknown key', () => {
    expect(findUseCase('invoice-matching')?.category).toBe('finance-admin');
    expect(findUseCase('no-such-thing')).toBeUndefined();
  });
});

describe('searching the library', () => {
  const keysOf = (list: readonly { key: string }[]) => list.map((u) => u.key);

  it('keeps every entry for an empty or blank query', () => {
    expect(searchUseCases('', en)).toHaveLength(USE_CASES.length);
    expect(searchUseCases('   ', en)).toHaveLength(USE_CASES.length);
  });

  it('matches the title, ignoring case', () => {
    expect(keysOf(searchUseCases('ROUTE PLANNING', en))).toEqual(['route-planning']);
  });

  it('matches the problem an entry solves', () => {
    expect(keysOf(searchUseCases('kilometres', en))).toEqual(['route-planning']);
  });

  it('matches the business function, so "HR and talent" lists that function’s entries', () => {
    expect(keysOf(searchUseCases('hr and talent', en))).toEqual(keysOf(USE_CASES.filter((u) => u.category === 'hr-talent')));
  });

  it('needs every word of the query, in any order', () => {
    expect(keysOf(searchUseCases('invoices supplier', en))).toEqual(['invoice-matching']);
    expect(searchUseCases('invoices zebra', en)).toEqual([]);
  });

  it('ignores accents: German "qualitat" finds "Qualitätsprüfung", Vietnamese "hoa don" finds "hóa đơn"', () => {
    expect(keysOf(searchUseCases('qualitatsprufung', de))).toEqual(['quality-inspection']);
    expect(keysOf(searchUseCases('doi chieu hoa don', vi))).toEqual(['invoice-matching']);
    expect(keysOf(searchUseCases('ĐỐI CHIẾU', vi))).toEqual(['invoice-matching']);
  });

  it('searches in the language it is given', () => {
    expect(keysOf(searchUseCases('Tourenplanung', de))).toEqual(['route-planning']);
    expect(searchUseCases('Tourenplanung', en)).toEqual([]);
  });

  it('folds text for comparison: lower case, no marks, đ as d, single spaces', () => {
    expect(foldForSearch('  Đối   CHIẾU  Ärger ')).toBe('doi chieu arger');
  });

  it('groups entries by business function in the functions’ order, leaving out functions with none', () => {
    const groups = groupByFunction(searchUseCases('forecast', en));
    expect(groups.map((g) => g.category)).toEqual(['operations-logistics', 'finance-admin']);
    expect(groups.flatMap((g) => keysOf(g.entries))).toEqual(['demand-forecasting', 'cash-flow-forecast']);
    expect(groupByFunction(USE_CASES).map((g) => g.category)).toEqual([...BUSINESS_FUNCTIONS]);
  });
});
