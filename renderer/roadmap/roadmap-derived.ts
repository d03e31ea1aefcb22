import type { Application, Milestone, Plan, Schedule } from '../../shared/model';
import { activeLocale, t } from '../../shared/i18n/active-locale';
import { formatQuarter } from '../../shared/i18n/format';
import type { AnyLocale } from '../../shared/i18n/locales';
import { monthLabel } from '../../shared/roadmap/months';
import { pilotsStartingPerQuarter, roadmapWarnings, type RoadmapWarning } from '../../shared/roadmap/roadmap-rules';
import type { PlannerState } from '../store/types';

/*
 * Indexes and warnings derived from one plan object, computed once per plan (a WeakMap keyed on
 * the immutable plan) so that hundreds of bars can each select their own piece cheaply.
 */

export interface RoadmapWarningItem {
  key: string;
  item: { kind: 'application' | 'milestone'; id: string } | null;
  message: string;
}

export interface RoadmapIndex {
  applications: Map<string, Application>;
  schedules: Map<string, Schedule>;
  milestones: Map<string, Milestone>;
  /** Warning sentences per application and milestone, joined for cheap equality in selectors. */
  warningsOf: Map<string, string>;
  warnings: RoadmapWarningItem[];
  backwardsDependencyIds: Set<string>;
  crowdedQuarterKeys: Set<string>;
  pilotsPerQuarter: ReturnType<typeof pilotsStartingPerQuarter>;
}

/** Per plan, in the language its warnings were written in: switching language writes them anew. */
const cache = new WeakMap<Plan, { locale: AnyLocale; index: RoadmapIndex }>();

export function roadmapIndex(plan: Plan): RoadmapIndex {
  const locale = activeLocale();
  let entry = cache.get(plan);
  if (entry?.locale !== locale) {
    entry = { locale, index: buildIndex(plan, locale) };
    cache.set(plan, entry);
  }
  return entry.index;
}

function buildIndex(plan: Plan, locale: AnyLocale): RoadmapIndex {
  const applications = new Map(plan.applications.map((a) => [a.id, a]));
  const milestones = new Map(plan.roadmap.milestones.map((m) => [m.id, m]));
  const titleOf = (id: string) => applications.get(id)?.title || t('roadmap.untitled.application');
  const warnings: RoadmapWarningItem[] = [];
  const perItem = new Map<string, string[]>();
  const note = (id: string, message: string) => {
    const list = perItem.get(id);
    if (list) list.push(message);
    else perItem.set(id, [message]);
  };
  const backwardsDependencyIds = new Set<string>();
  const crowdedQuarterKeys = new Set<string>();
  for (const w of roadmapWarnings(plan)) {
    const described = describeWarning(w, titleOf, milestones, locale);
    warnings.push(described);
    if (w.rule === 'crowded-quarter') {
      crowdedQuarterKeys.add(w.key);
      for (const id of w.applicationIds) note(id, described.message);
    } else if (described.item) note(described.item.id, described.message);
    if (w.rule === 'dependency-backwards') backwardsDependencyIds.add(w.dependencyId);
  }
  return {
    applications,
    schedules: new Map(plan.roadmap.schedules.map((s) => [s.applicationId, s])),
    milestones,
    warningsOf: new Map([...perItem].map(([id, list]) => [id, list.join('\n')])),
    warnings,
    backwardsDependencyIds,
    crowdedQuarterKeys,
    pilotsPerQuarter: pilotsStartingPerQuarter(plan),
  };
}

/** One plain sentence per warning, naming the item, in the language shown (months and quarters in `locale`). */
export function describeWarning(w: RoadmapWarning, titleOf: (id: string) => string, milestones: Map<string, Milestone>, locale: AnyLocale = activeLocale()): RoadmapWarningItem {
  switch (w.rule) {
    case 'scale-before-pilot':
      return {
        key: `${w.rule}:${w.applicationId}`,
        item: { kind: 'application', id: w.applicationId },
        message: t('roadmap.warning.scaleBeforePilot', { title: titleOf(w.applicationId), scaleStart: monthLabel(w.scaleStart, locale), pilotEnd: monthLabel(w.pilotLastMonth, locale) }),
      };
    case 'dependency-backwards':
      return {
        key: `${w.rule}:${w.dependencyId}`,
        item: { kind: 'application', id: w.toId },
        message: t('roadmap.warning.dependencyBackwards', {
          dependent: titleOf(w.toId),
          start: monthLabel(w.dependentStart, locale),
          predecessor: titleOf(w.fromId),
          end: monthLabel(w.predecessorLastMonth, locale),
        }),
      };
    case 'outside-horizon': {
      const item = w.item.kind === 'application' ? titleOf(w.item.id) : t('roadmap.warning.milestoneName', { title: milestones.get(w.item.id)?.title ?? '' });
      return { key: `${w.rule}:${w.item.id}`, item: w.item, message: t('roadmap.warning.outsideHorizon', { item, side: w.side }) };
    }
    case 'crowded-quarter':
      return {
        key: `${w.rule}:${w.key}`,
        item: w.applicationIds[0] ? { kind: 'application', id: w.applicationIds[0] } : null,
        message: t('roadmap.warning.crowdedQuarter', { count: w.applicationIds.length, quarter: formatQuarter(Number(w.key.slice(0, 4)), Number(w.key.slice(6)), locale) }),
      };
  }
}

const EMPTY = '';

export const selectIndex = (s: PlannerState): RoadmapIndex | null => (s.plan ? roadmapIndex(s.plan) : null);
export const selectSchedule = (id: string) => (s: PlannerState) => (s.plan ? roadmapIndex(s.plan).schedules.get(id) : undefined);
export const selectApplicationOf = (id: string) => (s: PlannerState) => (s.plan ? roadmapIndex(s.plan).applications.get(id) : undefined);
export const selectWarningsOf = (id: string) => (s: PlannerState) => (s.plan ? (roadmapIndex(s.plan).warningsOf.get(id) ?? EMPTY) : EMPTY);
export const selectIsSelected = (kind: string, id: string) => (s: PlannerState) => s.selection?.kind === kind && s.selection.id === id;
