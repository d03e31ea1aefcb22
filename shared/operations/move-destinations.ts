import { unalignedIdeasTitle } from '../labels';
import type { Plan } from '../model';
import { indexPlan } from '../plan-index';
import { addMonths, monthLabel } from '../roadmap/months';
import { moveSchedule, scheduleOf } from '../roadmap/schedule-ops';
import { setScores } from '../checks/starters';
import { currentPlace, isNoOpMove, resolveDrop, type DropOver, type MatrixItem, type MatrixMove } from './matrix-drop';

/*
 * Where "Move to…" may send an item, for people who cannot or would rather not drag (WCAG 2.2 SC
 * 2.5.7). Every destination is found with the rule the drag uses (resolveDrop for the matrix,
 * moveSchedule for the roadmap, setScores for the 2×2), so the menu never offers a place a drop
 * would refuse, and never the place the item is already in.
 */

export interface Destination<M> {
  /** Stable within one menu (for React keys and tests). */
  key: string;
  label: string;
  move: M;
}

export interface DestinationGroup<M> {
  /** A heading for the group (a pillar's title); null for a list without headings. */
  heading: string | null;
  destinations: Destination<M>[];
}

const titled = (text: string, fallback: string) => `“${text.trim() || fallback}”`;

/** The matrix places an item may move to, grouped as a person looks for them. */
export function matrixDestinations(plan: Plan, item: MatrixItem): DestinationGroup<MatrixMove>[] {
  const place = currentPlace(plan, item);
  if (!place) return [];
  const index = indexPlan(plan);
  const to = (over: DropOver): MatrixMove | null => {
    const move = resolveDrop(plan, item, over);
    return move && !isNoOpMove(plan, move) ? move : null;
  };
  const into = (parentKind: 'pillar' | 'objective' | 'application', parentId: string, label: string): Destination<MatrixMove>[] => {
    if (parentId === place.parentId) return [];
    const move = to({ type: 'item', kind: parentKind, id: parentId, after: false });
    return move ? [{ key: `${parentKind}:${parentId}`, label, move }] : [];
  };
  const groups: DestinationGroup<MatrixMove>[] = [];
  const push = (heading: string | null, destinations: Destination<MatrixMove>[]) => {
    if (destinations.length > 0) groups.push({ heading, destinations });
  };

  switch (item.kind) {
    case 'pillar': {
      const here = index.pillarIds.indexOf(item.id);
      const destinations: Destination<MatrixMove>[] = [];
      index.pillarIds.forEach((otherId, at) => {
        if (otherId === item.id) return;
        const move = to({ type: 'item', kind: 'pillar', id: otherId, after: at > here });
        const other = titled(index.pillars.get(otherId)?.title ?? '', 'Untitled pillar');
        if (move) destinations.push({ key: `pillar:${otherId}`, label: `${at > here ? 'After' : 'Before'} ${other} (position ${move.index + 1})`, move });
      });
      push(null, destinations);
      break;
    }
    case 'objective':
      push(
        null,
        index.pillarIds.flatMap((pillarId) => into('pillar', pillarId, titled(index.pillars.get(pillarId)?.title ?? '', 'Untitled pillar'))),
      );
      break;
    case 'application': {
      for (const pillarId of index.pillarIds) {
        const objectives = index.objectivesOf.get(pillarId) ?? [];
        push(
          titled(index.pillars.get(pillarId)?.title ?? '', 'Untitled pillar'),
          objectives.flatMap((objectiveId) => into('objective', objectiveId, titled(index.objectives.get(objectiveId)?.title ?? '', 'Untitled objective'))),
        );
      }
      const unaligned = place.parentId === null ? null : to({ type: 'list', childKind: 'application', parentId: null });
      if (unaligned) push(null, [{ key: 'unaligned', label: unalignedIdeasTitle(), move: unaligned }]);
      break;
    }
    case 'kpi': {
      const applicationsIn = (objectiveId: string | null) =>
        (index.applicationsOf.get(objectiveId) ?? []).flatMap((appId) => into('application', appId, titled(index.applications.get(appId)?.title ?? '', 'Untitled AI application')));
      for (const pillarId of index.pillarIds) {
        for (const objectiveId of index.objectivesOf.get(pillarId) ?? []) {
          push(titled(index.objectives.get(objectiveId)?.title ?? '', 'Untitled objective'), applicationsIn(objectiveId));
        }
      }
      push(unalignedIdeasTitle(), applicationsIn(null));
      break;
    }
  }
  return groups;
}

/** Steps a roadmap bar may take, in months: a quarter and a month, earlier and later. */
const ROADMAP_STEPS: readonly { months: number; label: string }[] = [
  { months: -3, label: 'A quarter earlier' },
  { months: -1, label: 'A month earlier' },
  { months: 1, label: 'A month later' },
  { months: 3, label: 'A quarter later' },
];

/** Where a scheduled application's bar may move: each step moves every phase (moveSchedule). */
export function roadmapDestinations(plan: Plan, applicationId: string): DestinationGroup<number>[] {
  const schedule = scheduleOf(plan, applicationId);
  if (!schedule) return [];
  const first = schedule.phases.reduce((a, p) => (p.start < a ? p.start : a), schedule.phases[0]!.start);
  const destinations = ROADMAP_STEPS.filter((step) => moveSchedule(plan, applicationId, step.months) !== plan).map((step) => ({
    key: `months:${step.months}`,
    label: `${step.label} (starts ${monthLabel(addMonths(first, step.months))})`,
    move: step.months,
  }));
  return destinations.length > 0 ? [{ heading: null, destinations }] : [];
}

export interface Scores {
  impact: number;
  feasibility: number;
}

/** The other impact and feasibility values a card on the 2×2 may take, one score at a time. */
export function priorityDestinations(plan: Plan, applicationId: string): DestinationGroup<Scores>[] {
  const app = indexPlan(plan).applications.get(applicationId);
  if (!app) return [];
  const options = (heading: string, field: keyof Scores): DestinationGroup<Scores> => ({
    heading,
    destinations: [5, 4, 3, 2, 1]
      .map((value) => ({ ...{ impact: app.impact, feasibility: app.feasibility }, [field]: value }))
      .filter((scores) => setScores(plan, applicationId, scores.impact, scores.feasibility) !== plan)
      .map((scores) => ({ key: `${field}:${scores[field]}`, label: `${heading} ${scores[field]}`, move: scores })),
  });
  return [options('Impact', 'impact'), options('Feasibility', 'feasibility')];
}
