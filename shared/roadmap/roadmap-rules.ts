import type { AnyLocale } from '../i18n/locales';
import type { Plan } from '../model';
import { monthIndex, monthLabel, monthString, quarterLabel } from './months';
import { scheduleSpan } from './phases';

/*
 * The roadmap's grid (months and quarters of the horizon) and its incremental-guidance rules, as
 * pure functions of the plan. The timeline, the PDF Gantt and the alignment checks share them.
 * Month spans are half-open: a phase covers [start, start + months).
 */

/** Only this many pilots may start in one quarter early on before it looks like one big bet. */
export const MAX_EARLY_PILOTS_PER_QUARTER = 2;
/** "Early on": the first this many months of the horizon. */
export const EARLY_MONTHS = 6;

export interface HorizonMonth {
  /** "YYYY-MM". */
  month: string;
  /** 0 for the horizon's first month. */
  offset: number;
  /** "Mar 2027", in the language asked for. */
  label: string;
  /** "Q1 2027", in the language asked for. */
  quarter: string;
}

export interface QuarterGroup {
  /** "Q1 2027", in the language asked for. */
  label: string;
  /** "2027-Q1": sortable and safe in keys. */
  key: string;
  /** The first month of this quarter inside the horizon (the horizon may start mid-quarter). */
  firstMonth: string;
  /** Offset of `firstMonth` from the horizon's start. */
  offset: number;
  /** How many of the quarter's months lie inside the horizon (1–3). */
  months: number;
}

export interface RoadmapBounds {
  start: string;
  /** The first month after the horizon (exclusive end). */
  end: string;
  /** The last month inside the horizon. */
  last: string;
  startIndex: number;
  endIndex: number;
  months: HorizonMonth[];
  quarters: QuarterGroup[];
}

/** "2027-02" → "2027-Q1". */
export function quarterKey(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Every month of the horizon, in order, with its label and quarter (in English unless a language is given). */
export function horizonMonths(plan: Pick<Plan, 'meta'>, locale: AnyLocale = 'en'): HorizonMonth[] {
  const start = monthIndex(plan.meta.horizonStart);
  return Array.from({ length: plan.meta.horizonMonths }, (_, offset) => {
    const month = monthString(start + offset);
    return { month, offset, label: monthLabel(month, locale), quarter: quarterLabel(month, locale) };
  });
}

/** The horizon's first, last and end months, and its months grouped by calendar quarter. */
export function roadmapBounds(plan: Pick<Plan, 'meta'>, locale: AnyLocale = 'en'): RoadmapBounds {
  const months = horizonMonths(plan, locale);
  const quarters: QuarterGroup[] = [];
  for (const m of months) {
    const last = quarters[quarters.length - 1];
    const key = quarterKey(m.month);
    if (last && last.key === key) last.months += 1;
    else quarters.push({ label: m.quarter, key, firstMonth: m.month, offset: m.offset, months: 1 });
  }
  const startIndex = monthIndex(plan.meta.horizonStart);
  const endIndex = startIndex + plan.meta.horizonMonths;
  return { start: plan.meta.horizonStart, end: monthString(endIndex), last: monthString(endIndex - 1), startIndex, endIndex, months, quarters };
}

/** Pilot start of each scheduled application that has a pilot phase, in the plan's application order. */
function pilotStarts(plan: Plan): { applicationId: string; start: number }[] {
  const order = new Map(plan.applications.map((a, i) => [a.id, i]));
  const starts: { applicationId: string; start: number; order: number }[] = [];
  for (const s of plan.roadmap.schedules) {
    const pilot = s.phases.find((p) => p.kind === 'pilot');
    if (pilot) starts.push({ applicationId: s.applicationId, start: monthIndex(pilot.start), order: order.get(s.applicationId) ?? Infinity });
  }
  return starts.sort((a, b) => a.start - b.start || a.order - b.order);
}

/**
 * Every quarter of the horizon, in order, with the applications whose pilot starts in it (by pilot
 * start, then matrix order). Pilots outside the horizon are left out: another rule flags them.
 */
export function pilotsStartingPerQuarter(plan: Plan): { quarter: string; key: string; firstMonth: string; applicationIds: string[] }[] {
  const bounds = roadmapBounds(plan);
  const groups = bounds.quarters.map((q) => ({ quarter: q.label, key: q.key, firstMonth: q.firstMonth, applicationIds: [] as string[] }));
  const byKey = new Map(groups.map((g) => [g.key, g]));
  for (const p of pilotStarts(plan)) {
    if (p.start < bounds.startIndex || p.start >= bounds.endIndex) continue;
    byKey.get(quarterKey(monthString(p.start)))?.applicationIds.push(p.applicationId);
  }
  return groups;
}

// Rules

export interface ScaleBeforePilot {
  rule: 'scale-before-pilot';
  applicationId: string;
  scaleStart: string;
  /** The pilot's last month; scale should start after it. */
  pilotLastMonth: string;
}

export interface BackwardsDependency {
  rule: 'dependency-backwards';
  dependencyId: string;
  /** The predecessor, which should finish first. */
  fromId: string;
  /** The dependent, which starts too early. */
  toId: string;
  dependentStart: string;
  predecessorLastMonth: string;
}

export interface OutsideHorizon {
  rule: 'outside-horizon';
  item: { kind: 'application' | 'milestone'; id: string };
  /** Starts before the horizon, runs past its end, or both. */
  side: 'before' | 'after' | 'both';
}

export interface CrowdedQuarter {
  rule: 'crowded-quarter';
  quarter: string;
  key: string;
  /** The pilots starting in this quarter within the early months, by start. */
  applicationIds: string[];
}

export type RoadmapWarning = ScaleBeforePilot | BackwardsDependency | OutsideHorizon | CrowdedQuarter;

/** Applications whose scale phase starts before their pilot has ended. */
export function scaleBeforePilot(plan: Plan): ScaleBeforePilot[] {
  const warnings: ScaleBeforePilot[] = [];
  for (const s of plan.roadmap.schedules) {
    const pilot = s.phases.find((p) => p.kind === 'pilot');
    const scale = s.phases.find((p) => p.kind === 'scale');
    if (!pilot || !scale) continue;
    const pilotEnd = monthIndex(pilot.start) + pilot.months;
    if (monthIndex(scale.start) < pilotEnd)
      warnings.push({ rule: 'scale-before-pilot', applicationId: s.applicationId, scaleStart: scale.start, pilotLastMonth: monthString(pilotEnd - 1) });
  }
  return warnings;
}

/**
 * Dependencies whose dependent starts (its first phase) before its predecessor's last phase has
 * ended. Dependencies with an unscheduled end cannot run backwards and are skipped.
 */
export function backwardsDependencies(plan: Plan): BackwardsDependency[] {
  const spans = new Map(plan.roadmap.schedules.map((s) => [s.applicationId, scheduleSpan(s.phases)]));
  const warnings: BackwardsDependency[] = [];
  for (const d of plan.roadmap.dependencies) {
    const from = spans.get(d.fromId);
    const to = spans.get(d.toId);
    if (!from || !to || d.fromId === d.toId) continue;
    if (to.start < from.end)
      warnings.push({
        rule: 'dependency-backwards',
        dependencyId: d.id,
        fromId: d.fromId,
        toId: d.toId,
        dependentStart: monthString(to.start),
        predecessorLastMonth: monthString(from.end - 1),
      });
  }
  return warnings;
}

/** Scheduled applications (any phase) and milestones that start before or run past the horizon. */
export function itemsOutsideHorizon(plan: Plan): OutsideHorizon[] {
  const { startIndex, endIndex } = roadmapBounds(plan);
  const side = (start: number, end: number): OutsideHorizon['side'] | null => {
    const before = start < startIndex;
    const after = end > endIndex;
    return before && after ? 'both' : before ? 'before' : after ? 'after' : null;
  };
  const warnings: OutsideHorizon[] = [];
  for (const s of plan.roadmap.schedules) {
    const span = scheduleSpan(s.phases);
    const where = side(span.start, span.end);
    if (where) warnings.push({ rule: 'outside-horizon', item: { kind: 'application', id: s.applicationId }, side: where });
  }
  for (const m of plan.roadmap.milestones) {
    const at = monthIndex(m.month);
    const where = side(at, at + 1);
    if (where) warnings.push({ rule: 'outside-horizon', item: { kind: 'milestone', id: m.id }, side: where });
  }
  return warnings;
}

/**
 * Quarters in which more than two pilots start within the horizon's first six months. Only pilots
 * starting in those months count, so a quarter that straddles month six counts its early part.
 */
export function crowdedEarlyQuarters(plan: Plan): CrowdedQuarter[] {
  const { startIndex } = roadmapBounds(plan);
  const earlyEnd = startIndex + Math.min(EARLY_MONTHS, plan.meta.horizonMonths);
  const byQuarter = new Map<string, string[]>();
  for (const p of pilotStarts(plan)) {
    if (p.start < startIndex || p.start >= earlyEnd) continue;
    const key = quarterKey(monthString(p.start));
    const ids = byQuarter.get(key);
    if (ids) ids.push(p.applicationId);
    else byQuarter.set(key, [p.applicationId]);
  }
  const warnings: CrowdedQuarter[] = [];
  for (const [key, applicationIds] of byQuarter) {
    if (applicationIds.length > MAX_EARLY_PILOTS_PER_QUARTER) {
      const year = key.slice(0, 4);
      warnings.push({ rule: 'crowded-quarter', quarter: `${key.slice(5)} ${year}`, key, applicationIds });
    }
  }
  return warnings;
}

/** Every roadmap warning, rule by rule, for the timeline to mark. */
export function roadmapWarnings(plan: Plan): RoadmapWarning[] {
  return [...scaleBeforePilot(plan), ...backwardsDependencies(plan), ...itemsOutsideHorizon(plan), ...crowdedEarlyQuarters(plan)];
}
