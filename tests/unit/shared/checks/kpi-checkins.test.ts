import { describe, expect, it } from 'vitest';
import { addActual, checkinOverdueDays, daysBetween, isDrifting, kpiTrend, removeActual, shortfall } from '../../../../shared/checks/kpi-checkins';
import { updateKpi } from '../../../../shared/operations/matrix';
import { planSchema } from '../../../../shared/schema/plan-schema';
import type { Kpi, Plan } from '../../../../shared/model';
import { healthyPlan } from './plan-builder';

const k1 = (plan: Plan): Kpi => plan.kpis.find((k) => k.id === 'k1')!;

/** Leads per month, up is good: baseline 40, target 60. */
function leads(): Plan {
  return updateKpi(healthyPlan(), 'k1', { name: 'Qualified leads', baseline: 40, target: 60, direction: 'up', cadence: 'monthly' });
}

function withValues(plan: Plan, values: [string, number][]): Plan {
  return values.reduce((p, [date, value]) => addActual(p, 'k1', { date, value }), plan);
}

describe('addActual and removeActual', () => {
  it('keeps check-ins sorted by date whatever order they are entered in', () => {
    const plan = withValues(leads(), [['2027-03-01', 45], ['2027-01-15', 41], ['2027-02-01', 44]]);
    expect(k1(plan).actuals.map((a) => a.date)).toEqual(['2027-01-15', '2027-02-01', '2027-03-01']);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('replaces a check-in on the same date instead of adding a second one', () => {
    let plan = withValues(leads(), [['2027-02-01', 44]]);
    plan = addActual(plan, 'k1', { date: '2027-02-01', value: 47, note: 'corrected' });
    expect(k1(plan).actuals).toEqual([{ date: '2027-02-01', value: 47, note: 'corrected' }]);
  });

  it('refuses a malformed date, a non-finite value or an unknown KPI, and an identical entry changes nothing', () => {
    const plan = withValues(leads(), [['2027-02-01', 44]]);
    expect(addActual(plan, 'k1', { date: '2027-2-1', value: 1 })).toBe(plan);
    expect(addActual(plan, 'k1', { date: '2027-02-30x', value: 1 })).toBe(plan);
    expect(addActual(plan, 'k1', { date: '2027-03-01', value: Number.POSITIVE_INFINITY })).toBe(plan);
    expect(addActual(plan, 'nope', { date: '2027-03-01', value: 1 })).toBe(plan);
    expect(addActual(plan, 'k1', { date: '2027-02-01', value: 44 })).toBe(plan);
  });

  it('removes the check-in of a date', () => {
    const plan = withValues(leads(), [['2027-02-01', 44], ['2027-03-01', 45]]);
    expect(k1(removeActual(plan, 'k1', '2027-02-01')).actuals.map((a) => a.date)).toEqual(['2027-03-01']);
    expect(removeActual(plan, 'k1', '2027-04-01')).toBe(plan);
  });
});

describe('kpiTrend', () => {
  it('gives each check-in its distance to target, shortfall, progress from baseline and whether it met the target', () => {
    const trend = kpiTrend(k1(withValues(leads(), [['2027-01-01', 45], ['2027-02-01', 65]])));
    expect(trend).toMatchObject({ baseline: 40, target: 60, direction: 'up', range: { min: 40, max: 65 } });
    expect(trend.points).toEqual([
      { date: '2027-01-01', value: 45, note: '', distanceToTarget: 15, shortfall: 15, progress: 0.25, metTarget: false },
      { date: '2027-02-01', value: 65, note: '', distanceToTarget: 5, shortfall: 0, progress: 1.25, metTarget: true },
    ]);
  });

  it('respects a down-is-good direction', () => {
    const plan = withValues(healthyPlan(), [['2027-01-01', 13], ['2027-02-01', 7]]);
    expect(kpiTrend(k1(plan)).points.map((p) => [p.shortfall, p.progress, p.metTarget])).toEqual([[5, 0.5, false], [0, 1.1, true]]);
  });

  it('has nulls where the KPI lacks a target or baseline', () => {
    const plan = withValues(updateKpi(leads(), 'k1', { target: null, baseline: null }), [['2027-01-01', 45]]);
    expect(kpiTrend(k1(plan)).points[0]).toMatchObject({ distanceToTarget: null, shortfall: null, progress: null, metTarget: null });
    expect(kpiTrend(k1(updateKpi(leads(), 'k1', { target: null, baseline: null }))).range).toBeNull();
  });
});

describe('isDrifting', () => {
  it('is true when the latest two check-ins each moved further from target, counting the baseline as the first value', () => {
    expect(isDrifting(k1(withValues(leads(), [['2027-01-01', 38], ['2027-02-01', 35]])))).toBe(true);
    expect(isDrifting(k1(withValues(leads(), [['2027-01-01', 50], ['2027-02-01', 48], ['2027-03-01', 47]])))).toBe(true);
  });

  it('is false for one bad step, a flat step, an improvement, a target already beaten, or no target', () => {
    expect(isDrifting(k1(withValues(leads(), [['2027-01-01', 50], ['2027-02-01', 48]])))).toBe(false);
    expect(isDrifting(k1(withValues(leads(), [['2027-01-01', 38], ['2027-02-01', 38]])))).toBe(false);
    expect(isDrifting(k1(withValues(leads(), [['2027-01-01', 38], ['2027-02-01', 35], ['2027-03-01', 36]])))).toBe(false);
    expect(isDrifting(k1(withValues(leads(), [['2027-01-01', 70], ['2027-02-01', 66], ['2027-03-01', 62]])))).toBe(false);
    expect(isDrifting(k1(withValues(updateKpi(leads(), 'k1', { target: null }), [['2027-01-01', 38], ['2027-02-01', 35]])))).toBe(false);
  });

  it('needs three values when there is no baseline', () => {
    const noBaseline = updateKpi(leads(), 'k1', { baseline: null });
    expect(isDrifting(k1(withValues(noBaseline, [['2027-01-01', 38], ['2027-02-01', 35]])))).toBe(false);
    expect(isDrifting(k1(withValues(noBaseline, [['2027-01-01', 38], ['2027-02-01', 35], ['2027-03-01', 30]])))).toBe(true);
  });

  it('reads check-ins by date, not by the order they were entered', () => {
    const plan = withValues(leads(), [['2027-02-01', 35], ['2027-01-01', 38]]);
    expect(isDrifting(k1(plan))).toBe(true);
  });
});

describe('shortfall, daysBetween and checkinOverdueDays', () => {
  it('measure a shortfall only on the wrong side of the target', () => {
    expect(shortfall({ target: 60, direction: 'up' }, 50)).toBe(10);
    expect(shortfall({ target: 60, direction: 'up' }, 70)).toBe(0);
    expect(shortfall({ target: 8, direction: 'down' }, 10)).toBe(2);
    expect(shortfall({ target: null, direction: 'down' }, 10)).toBeNull();
  });

  it('count calendar days across months, leap days and years', () => {
    expect(daysBetween('2027-03-01', '2027-04-15')).toBe(45);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-12-31', '2028-01-01')).toBe(1);
    expect(daysBetween('2027-01-10', '2027-01-01')).toBe(-9);
  });

  it('report how many days past the cadence the last check-in is', () => {
    const kpi = k1(withValues(leads(), [['2027-03-01', 45]]));
    expect(checkinOverdueDays(kpi, '2027-04-20')).toBe(5);
    expect(checkinOverdueDays(kpi, '2027-03-10')).toBeLessThan(0);
    expect(checkinOverdueDays(k1(leads()), '2027-04-20')).toBeNull();
  });
});
