import type { Application, Milestone, Plan, Schedule } from '../../shared/model';
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

const cache = new WeakMap<Plan, RoadmapIndex>();

export function roadmapIndex(plan: Plan): RoadmapIndex {
  let index = cache.get(plan);
  if (!index) {
    index = buildIndex(plan);
    cache.set(plan, index);
  }
  return index;
}

function buildIndex(plan: Plan): RoadmapIndex {
  const applications = new Map(plan.applications.map((a) => [a.id, a]));
  const milestones = new Map(plan.roadmap.milestones.map((m) => [m.id, m]));
  const titleOf = (id: string) => applications.get(id)?.title || 'Untitled application';
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
    const described = describeWarning(w, titleOf, milestones);
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

/** One plain sentence per warning, naming the item. */
export function describeWarning(w: RoadmapWarning, titleOf: (id: string) => string, milestones: Map<string, Milestone>): RoadmapWarningItem {
  switch (w.rule) {
    case 'scale-before-pilot':
      return {
        key: `${w.rule}:${w.applicationId}`,
        item: { kind: 'application', id: w.applicationId },
        message: `${titleOf(w.applicationId)}: scale starts in ${monthLabel(w.scaleStart)}, before its pilot ends in ${monthLabel(w.pilotLastMonth)}. Measure the pilot before scaling.`,
      };
    case 'dependency-backwards':
      return {
        key: `${w.rule}:${w.dependencyId}`,
        item: { kind: 'application', id: w.toId },
        message: `${titleOf(w.toId)} starts in ${monthLabel(w.dependentStart)}, before ${titleOf(w.fromId)}, which it builds on, finishes in ${monthLabel(w.predecessorLastMonth)}.`,
      };
    case 'outside-horizon': {
      const title = w.item.kind === 'application' ? titleOf(w.item.id) : `Milestone “${milestones.get(w.item.id)?.title ?? ''}”`;
      const where = w.side === 'before' ? 'starts before the horizon' : w.side === 'after' ? 'runs past the end of the horizon' : 'runs outside the horizon at both ends';
      return { key: `${w.rule}:${w.item.id}`, item: w.item, message: `${title} ${where}.` };
    }
    case 'crowded-quarter':
      return {
        key: `${w.rule}:${w.key}`,
        item: w.applicationIds[0] ? { kind: 'application', id: w.applicationIds[0] } : null,
        message: `${w.applicationIds.length} pilots start in ${w.quarter}: more than two at once early on is one big bet, not small steps.`,
      };
  }
}

const EMPTY = '';

export const selectIndex = (s: PlannerState): RoadmapIndex | null => (s.plan ? roadmapIndex(s.plan) : null);
export const selectSchedule = (id: string) => (s: PlannerState) => (s.plan ? roadmapIndex(s.plan).schedules.get(id) : undefined);
export const selectApplicationOf = (id: string) => (s: PlannerState) => (s.plan ? roadmapIndex(s.plan).applications.get(id) : undefined);
export const selectWarningsOf = (id: string) => (s: PlannerState) => (s.plan ? (roadmapIndex(s.plan).warningsOf.get(id) ?? EMPTY) : EMPTY);
export const selectIsSelected = (kind: string, id: string) => (s: PlannerState) => s.selection?.kind === kind && s.selection.id === id;
