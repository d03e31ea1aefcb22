import type { Application, Kpi, Phase, Plan } from '../model';
import { daysBetween } from '../checks/kpi-checkins';
import { monthIndex } from '../roadmap/months';
import { PERIODS_PER_YEAR } from './app-flows';
import { rampOf, shareAt } from './ramp';

/*
 * Planned against realised: what the KPIs' check-ins say has come back so far, set against what the
 * plan expected by the same day, and a status for each KPI rolled up to its application, objective
 * and pillar. `today` is injected ('YYYY-MM-DD'); nothing here reads a clock.
 */

export type ProgressStatus = 'on-track' | 'at-risk' | 'off-track' | 'no-data';

/** Worst first, so a roll-up takes the lowest index present. */
const SEVERITY: readonly ProgressStatus[] = ['off-track', 'at-risk', 'on-track', 'no-data'];

/** Improvement of `value` over the baseline in the KPI's good direction, never below 0. */
const gain = (kpi: Kpi, value: number) => Math.max(0, kpi.direction === 'up' ? value - kpi.baseline! : kpi.baseline! - value);

/**
 * Benefit realised from one KPI up to `today`: each check-in's improvement over the baseline holds
 * until the next check-in (the last until today), valued at its value per unit, day by day.
 */
export function realisedKpiBenefit(kpi: Kpi, today: string): number | null {
  if (kpi.baseline === null || kpi.value.perUnit === null || kpi.actuals.length === 0) return null;
  const perDay = (kpi.value.perUnit * PERIODS_PER_YEAR[kpi.value.per]) / 365;
  const actuals = [...kpi.actuals].filter((a) => a.date <= today).sort((a, b) => (a.date < b.date ? -1 : 1));
  let total = 0;
  actuals.forEach((a, i) => {
    const until = actuals[i + 1]?.date ?? today;
    total += gain(kpi, a.value) * perDay * Math.max(0, daysBetween(a.date, until));
  });
  return Math.round(total);
}

/** Progress of a KPI from baseline (0) to target (1) at its latest check-in by `today`. */
function latestProgress(kpi: Kpi, today: string): number | null {
  if (kpi.baseline === null || kpi.target === null || kpi.target === kpi.baseline) return null;
  let latest: { date: string; value: number } | null = null;
  for (const a of kpi.actuals) if (a.date <= today && (latest === null || a.date > latest.date)) latest = a;
  if (!latest) return null;
  return (latest.value - kpi.baseline) / (kpi.target - kpi.baseline);
}

/**
 * On track when the latest check-in has come at least 90 % of the way the ramp expects by today
 * (or met the target); at risk from half of it; off track below. Before the pilot nothing is
 * expected, so any check-in is on track.
 */
export function kpiStatus(kpi: Kpi, expectedShare: number, today: string): ProgressStatus {
  const progress = latestProgress(kpi, today);
  if (progress === null) return 'no-data';
  if (progress >= 1 || progress >= expectedShare * 0.9) return 'on-track';
  if (progress >= expectedShare * 0.5) return 'at-risk';
  return 'off-track';
}

export function worstStatus(statuses: Iterable<ProgressStatus>): ProgressStatus {
  let worst = SEVERITY.length - 1;
  for (const s of statuses) worst = Math.min(worst, SEVERITY.indexOf(s));
  return SEVERITY[worst]!;
}

export interface RealisedFigures {
  /** Benefit the KPIs' check-ins show so far, or null when no KPI with a value has a check-in. */
  realised: number | null;
  /** Benefit the plan expected from the same KPIs by today. */
  planned: number | null;
  status: ProgressStatus;
}

export interface PlanProgress {
  byKpi: ReadonlyMap<string, ProgressStatus>;
  byApplication: ReadonlyMap<string, RealisedFigures>;
  byObjective: ReadonlyMap<string, ProgressStatus>;
  byPillar: ReadonlyMap<string, ProgressStatus>;
  plan: RealisedFigures;
}

/** Planned KPI benefit from the ramp's start to `today`, month by month at the ramp's share. */
function plannedKpiBenefit(annual: number, ramp: ReturnType<typeof rampOf>, today: string): number {
  if (!ramp) return 0;
  const now = monthIndex(today.slice(0, 7));
  let total = 0;
  for (let m = ramp.start; m < now; m++) total += (annual * shareAt(ramp, m)) / 1200;
  // The current month counts by the days gone.
  total += ((annual * shareAt(ramp, now)) / 1200) * ((Number(today.slice(8, 10)) - 1) / 30);
  return Math.round(total);
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const cache = new WeakMap<Plan, Map<string, PlanProgress>>();

/** One application's progress, kept while it, its KPIs, its schedule and the day stay the same (one edit recomputes one). */
interface AppProgress {
  kpis: readonly Kpi[];
  phases: unknown;
  today: string;
  figures: RealisedFigures;
  byKpi: [string, ProgressStatus][];
}
const appCache = new WeakMap<Application, AppProgress>();

const sameKpis = (a: readonly Kpi[], b: readonly Kpi[]) => a.length === b.length && a.every((k, i) => k === b[i]);

function appProgress(app: Application, kpis: readonly Kpi[], phases: readonly Phase[] | undefined, today: string): AppProgress {
  const hit = appCache.get(app);
  if (hit && hit.today === today && hit.phases === phases && sameKpis(hit.kpis, kpis)) return hit;
  const ramp = phases ? rampOf(phases, app.value.pilotShare) : null;
  const expected = ramp ? shareAt(ramp, monthIndex(today.slice(0, 7))) / 100 : 0;
  let realised: number | null = null;
  let planned: number | null = null;
  const byKpi: [string, ProgressStatus][] = [];
  for (const kpi of kpis) {
    byKpi.push([kpi.id, kpiStatus(kpi, expected, today)]);
    const r = realisedKpiBenefit(kpi, today);
    if (r === null) continue;
    realised = (realised ?? 0) + r;
    const annual = kpi.target === null ? 0 : gain(kpi, kpi.target) * kpi.value.perUnit! * PERIODS_PER_YEAR[kpi.value.per];
    planned = (planned ?? 0) + plannedKpiBenefit(annual, ramp, today);
  }
  const entry = { kpis, phases, today, figures: { realised, planned, status: worstStatus(byKpi.map(([, status]) => status)) }, byKpi };
  appCache.set(app, entry);
  return entry;
}

export function planProgress(plan: Plan, today: string): PlanProgress {
  let perDay = cache.get(plan);
  const hit = perDay?.get(today);
  if (hit) return hit;
  const phasesOf = new Map(plan.roadmap.schedules.map((s) => [s.applicationId, s.phases]));
  const byKpi = new Map<string, ProgressStatus>();
  const byApplication = new Map<string, RealisedFigures>();
  const kpisOf = new Map<string, Kpi[]>();
  for (const k of plan.kpis) pushTo(kpisOf, k.applicationId, k);
  let planRealised: number | null = null;
  let planPlanned: number | null = null;
  for (const app of plan.applications) {
    const progress = appProgress(app, kpisOf.get(app.id) ?? [], phasesOf.get(app.id), today);
    for (const [id, status] of progress.byKpi) byKpi.set(id, status);
    const { realised, planned } = progress.figures;
    byApplication.set(app.id, progress.figures);
    if (realised !== null) planRealised = (planRealised ?? 0) + realised;
    if (planned !== null) planPlanned = (planPlanned ?? 0) + planned;
  }
  const appStatusesOf = new Map<string, ProgressStatus[]>();
  for (const a of plan.applications) {
    if (a.objectiveId === null) continue;
    pushTo(appStatusesOf, a.objectiveId, byApplication.get(a.id)!.status);
  }
  const byObjective = new Map<string, ProgressStatus>();
  const objectiveStatusesOf = new Map<string, ProgressStatus[]>();
  for (const o of plan.objectives) {
    const status = worstStatus(appStatusesOf.get(o.id) ?? []);
    byObjective.set(o.id, status);
    pushTo(objectiveStatusesOf, o.pillarId, status);
  }
  const byPillar = new Map<string, ProgressStatus>();
  for (const p of plan.pillars) byPillar.set(p.id, worstStatus(objectiveStatusesOf.get(p.id) ?? []));
  const result = {
    byKpi,
    byApplication,
    byObjective,
    byPillar,
    plan: { realised: planRealised, planned: planPlanned, status: worstStatus(byPillar.values()) },
  };
  if (!perDay) cache.set(plan, (perDay = new Map()));
  perDay.set(today, result);
  return result;
}
