import { describe, expect, it } from 'vitest';
import { createPlan, integrityProblems, loadPlanFromText, sequentialIds, serialisePlan, TEMPLATES } from '../../../shared';
import { alignmentFindings } from '../../../shared/checks/alignment-checks';
import { setActiveLocale } from '../../../shared/i18n/active-locale';
import { NOW, blankPlanForTest, examplePlanForTest } from './plan-fixtures';

const exampleIn = (locale: 'en' | 'de' | 'vi' | 'en-XA') => createPlan('example', { now: NOW, newId: sequentialIds('id'), startMonth: '2027-01', locale });

describe('templates', () => {
  it('the example holds the four rows of the stock example, each with an objective, application and KPI', () => {
    const plan = examplePlanForTest();
    expect(plan.pillars.map((p) => p.title)).toEqual(['Customer Acquisition', 'Operational Efficiency', 'Product Innovation', 'Customer Retention']);
    expect(plan.objectives).toHaveLength(4);
    expect(plan.applications).toHaveLength(4);
    expect(plan.kpis).toHaveLength(4);
    expect(plan.kpis.every((k) => k.baseline !== null && k.target !== null && k.owner)).toBe(true);
    expect(integrityProblems(plan)).toEqual([]);
  });

  it('the example is scheduled in small steps: every application has four phases inside the horizon', () => {
    const plan = examplePlanForTest();
    expect(plan.roadmap.schedules).toHaveLength(4);
    expect(plan.roadmap.schedules.every((s) => s.phases.map((p) => p.kind).join() === 'pilot,refine,standardise,scale')).toBe(true);
    expect(plan.applications.filter((a) => a.starter)).toHaveLength(2);
  });

  it('a blank plan is valid and empty', () => {
    const plan = blankPlanForTest();
    expect(plan.pillars).toEqual([]);
    expect(loadPlanFromText(serialisePlan(plan)).ok).toBe(true);
  });

  it('the same inputs give the same plan (no clock or randomness inside)', () => {
    expect(examplePlanForTest()).toEqual(examplePlanForTest());
  });

  describe('in German and Vietnamese', () => {
    for (const locale of ['de', 'vi'] as const) {
      it(`${locale}: the example is a valid plan that loads back unchanged, shaped like the English one`, () => {
        const plan = exampleIn(locale);
        const loaded = loadPlanFromText(serialisePlan(plan));
        expect(loaded.ok && loaded.plan).toEqual(plan);
        expect(integrityProblems(plan)).toEqual([]);
        const english = examplePlanForTest();
        // Same ids, numbers, schedule and flags: only the words differ.
        const numbers = (p: typeof plan) => p.kpis.map((k) => [k.id, k.baseline, k.target, k.direction, k.cadence]);
        expect(numbers(plan)).toEqual(numbers(english));
        expect(plan.roadmap).toEqual({ ...english.roadmap, milestones: plan.roadmap.milestones });
        expect(plan.roadmap.milestones.map((m) => m.month)).toEqual(english.roadmap.milestones.map((m) => m.month));
        expect(plan.pillars.map((p) => p.title)).not.toEqual(english.pillars.map((p) => p.title));
        expect(alignmentFindings(plan, { today: '2026-11-23' }).map((f) => f.key)).toEqual(alignmentFindings(english, { today: '2026-11-23' }).map((f) => f.key));
      });

      it(`${locale}: a blank plan is valid and titled in its language`, () => {
        const plan = createPlan('blank', { now: NOW, newId: sequentialIds('id'), startMonth: '2027-01', locale });
        expect(loadPlanFromText(serialisePlan(plan)).ok).toBe(true);
        expect(plan.meta.title).not.toBe(blankPlanForTest().meta.title);
      });
    }

    it('writes the German example in German and the Vietnamese one in Vietnamese', () => {
      expect(exampleIn('de').pillars.map((p) => p.title)).toEqual(['Kundengewinnung', 'Operative Effizienz', 'Produktinnovation', 'Kundenbindung']);
      expect(exampleIn('de').meta).toMatchObject({ title: 'KI-Ausrichtungsplan', organisation: 'Beispiel GmbH' });
      expect(exampleIn('vi').pillars[0]!.title).toBe('Thu hút khách hàng');
      expect(exampleIn('vi').kpis[1]).toMatchObject({ unit: 'phút', baseline: 18, target: 8 });
    });

    it('writes English for pseudo-localisation and when no language is given', () => {
      expect(serialisePlan(exampleIn('en-XA'))).toBe(serialisePlan(examplePlanForTest()));
      expect(serialisePlan(exampleIn('en'))).toBe(serialisePlan(examplePlanForTest()));
    });

    it('names the templates in the active language', () => {
      expect(TEMPLATES.map((t) => t.label)).toEqual(['Start from the example', 'Blank plan']);
      setActiveLocale('de');
      try {
        expect(TEMPLATES.map((t) => t.label)).toEqual(['Mit dem Beispiel beginnen', 'Leerer Plan']);
      } finally {
        setActiveLocale('en');
      }
    });
  });
});
