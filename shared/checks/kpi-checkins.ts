import { dateSchema } from '../schema/plan-schema';
import type { Actual, Cadence, Kpi, Plan } from '../model';
import { updateById } from '../operations/ordered';

/*
 * KPI check-ins: dated actual values recorded after launch, so that drift shows. A KPI's actuals
 * are kept sorted by date, one per date.
 */

/** Days since the last check-in after which one is overdue: twice the cadence, plus some slack. */
export const CHECKIN_OVERDUE_DAYS: Record<Cadence, number> = { weekly: 14, monthly: 45, quarterly: 120 };

const isDate = (date: string) => dateSchema.safeParse(date).success;

/** Records a dated value (replacing one on the same date) and keeps the check-ins sorted by date. */
export function addActual(plan: Plan, kpiId: string, actual: { date: string; value: number; note?: string }): Plan {
  if (!isDate(actual.date) || !Number.isFinite(actual.value)) return plan;
  const created: Actual = { date: actual.date, value: actual.value, note: actual.note ?? '' };
  const kpis = updateById(plan.kpis, kpiId, (k) => {
    const same = k.actuals.find((a) => a.date === created.date);
    if (same && Object.is(same.value, created.value) && same.note === created.note) return k;
    const actuals = [...k.actuals.filter((a) => a.date !== created.date), created].sort(byDate);
    return { ...k, actuals };
  });
  return kpis === plan.kpis ? plan : { ...plan, kpis };
}

/** Removes the check-in recorded on `date`. */
export function removeActual(plan: Plan, kpiId: string, date: string): Plan {
  const kpis = updateById(plan.kpis, kpiId, (k) =>
    k.actuals.some((a) => a.date === date) ? { ...k, actuals: k.actuals.filter((a) => a.date !== date) } : k,
  );
  return kpis === plan.kpis ? plan : { ...plan, kpis };
}

function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/**
 * How far a value falls short of the target in the KPI's good direction; 0 once the target is met
 * or beaten (overshooting an "up" target is not a shortfall). Null without a target.
 */
export function shortfall(kpi: Pick<Kpi, 'target' | 'direction'>, value: number): number | null {
  if (kpi.target === null) return null;
  return Math.max(0, kpi.direction === 'up' ? kpi.target - value : value - kpi.target);
}

export interface TrendPoint {
  date: string;
  value: number;
  note: string;
  /** |target − value|, or null without a target. */
  distanceToTarget: number | null;
  /** How far short of the target in the good direction (0 when met), or null without a target. */
  shortfall: number | null;
  /** 0 at the baseline, 1 at the target (may run below 0 or above 1); null without both. */
  progress: number | null;
  /** True when this value meets or beats the target. */
  metTarget: boolean | null;
}

export interface KpiTrend {
  baseline: number | null;
  target: number | null;
  direction: Kpi['direction'];
  points: TrendPoint[];
  /** Smallest and largest of baseline, target and every value: the sparkline's vertical range. */
  range: { min: number; max: number } | null;
}

/** The KPI's check-ins by date with their distance to target, for the detail panel's sparkline. */
export function kpiTrend(kpi: Kpi): KpiTrend {
  const { baseline, target, direction } = kpi;
  const span = baseline !== null && target !== null && target !== baseline ? target - baseline : null;
  const points = [...kpi.actuals].sort(byDate).map((a): TrendPoint => {
    const short = shortfall(kpi, a.value);
    return {
      date: a.date,
      value: a.value,
      note: a.note,
      distanceToTarget: target === null ? null : Math.abs(target - a.value),
      shortfall: short,
      progress: span === null ? null : (a.value - baseline!) / span,
      metTarget: short === null ? null : short === 0,
    };
  });
  const values = [...points.map((p) => p.value), ...(baseline === null ? [] : [baseline]), ...(target === null ? [] : [target])];
  const range = values.length ? { min: Math.min(...values), max: Math.max(...values) } : null;
  return { baseline, target, direction, points, range };
}

/**
 * True when the latest two check-ins each moved further from the target than the value before
 * (the baseline counts as the value before the first check-in), in the KPI's good direction.
 */
export function isDrifting(kpi: Kpi): boolean {
  if (kpi.target === null) return false;
  const series = [...(kpi.baseline === null ? [] : [kpi.baseline]), ...[...kpi.actuals].sort(byDate).map((a) => a.value)];
  if (series.length < 3) return false;
  const [a, b, c] = series.slice(-3).map((v) => shortfall(kpi, v)!) as [number, number, number];
  return b > a && c > b;
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * Days past the cadence's allowance since the last check-in, as of `today` (0 or less: not overdue), or null when it has no
 * check-in yet or `today` is not a YYYY-MM-DD date. Callers decide which KPIs are live enough.
 */
export function checkinOverdueDays(kpi: Kpi, today: string): number | null {
  const last = lastCheckinDate(kpi);
  if (!isDate(today) || last === null) return null;
  return daysBetween(last, today) - CHECKIN_OVERDUE_DAYS[kpi.cadence];
}

/** The latest check-in's date, or null. */
export function lastCheckinDate(kpi: Kpi): string | null {
  return kpi.actuals.reduce<string | null>((latest, a) => (latest === null || a.date > latest ? a.date : latest), null);
}
