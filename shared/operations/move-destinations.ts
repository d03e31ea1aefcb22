import { unalignedIdeasTitle } from '../labels';
import type { Plan } from '../model';
import { indexPlan } from '../plan-index';
import { addMonths } from '../roadmap/months';
import { monthInLanguage } from '../month-text';
import { t as activeT } from '../i18n/active-locale';
import type { MessageKey, Translate } from '../i18n/translator';
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

const titled = (t: Translate, text: string, fallback: MessageKey) => t('domain.move.quoted', { title: text.trim() || t(fallback) });

/** The matrix places an item may move to, grouped as a person looks for them; labels in t's language. */
export function matrixDestinations(plan: Plan, item: MatrixItem, t: Translate = activeT): DestinationGroup<MatrixMove>[] {
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
        const other = titled(t, index.pillars.get(otherId)?.title ?? '', 'domain.untitled.pillar');
        if (move)
          destinations.push({
            key: `pillar:${otherId}`,
            label: t(at > here ? 'domain.move.after' : 'domain.move.before', { title: other, position: String(move.index + 1) }),
            move,
          });
      });
      push(null, destinations);
      break;
    }
    case 'objective':
      push(
        null,
        index.pillarIds.flatMap((pillarId) => into('pillar', pillarId, titled(t, index.pillars.get(pillarId)?.title ?? '', 'domain.untitled.pillar'))),
      );
      break;
    case 'application': {
      for (const pillarId of index.pillarIds) {
        const objectives = index.objectivesOf.get(pillarId) ?? [];
        push(
          titled(t, index.pillars.get(pillarId)?.title ?? '', 'domain.untitled.pillar'),
          objectives.flatMap((objectiveId) => into('objective', objectiveId, titled(t, index.objectives.get(objectiveId)?.title ?? '', 'domain.untitled.objective'))),
        );
      }
      const unaligned = place.parentId === null ? null : to({ type: 'list', childKind: 'application', parentId: null });
      if (unaligned) push(null, [{ key: 'unaligned', label: unalignedIdeasTitle(t), move: unaligned }]);
      break;
    }
    case 'kpi': {
      const applicationsIn = (objectiveId: string | null) =>
        (index.applicationsOf.get(objectiveId) ?? []).flatMap((appId) =>
          into('application', appId, titled(t, index.applications.get(appId)?.title ?? '', 'domain.untitled.application')),
        );
      for (const pillarId of index.pillarIds) {
        for (const objectiveId of index.objectivesOf.get(pillarId) ?? []) {
          push(titled(t, index.objectives.get(objectiveId)?.title ?? '', 'domain.untitled.objective'), applicationsIn(objectiveId));
        }
      }
      push(unalignedIdeasTitle(t), applicationsIn(null));
      break;
    }
  }
  return groups;
}

/** Steps a roadmap bar may take, in months: a quarter and a month, earlier and later. */
const ROADMAP_STEPS: readonly { months: number; label: MessageKey }[] = [
  { months: -3, label: 'domain.move.quarterEarlier' },
  { months: -1, label: 'domain.move.monthEarlier' },
  { months: 1, label: 'domain.move.monthLater' },
  { months: 3, label: 'domain.move.quarterLater' },
];

/** Where a scheduled application's bar may move: each step moves every phase (moveSchedule). */
export function roadmapDestinations(plan: Plan, applicationId: string, t: Translate = activeT): DestinationGroup<number>[] {
  const schedule = scheduleOf(plan, applicationId);
  if (!schedule) return [];
  const first = schedule.phases.reduce((a, p) => (p.start < a ? p.start : a), schedule.phases[0]!.start);
  const destinations = ROADMAP_STEPS.filter((step) => moveSchedule(plan, applicationId, step.months) !== plan).map((step) => ({
    key: `months:${step.months}`,
    label: t('domain.move.stepStarts', { step: t(step.label), month: monthInLanguage(addMonths(first, step.months), t) }),
    move: step.months,
  }));
  return destinations.length > 0 ? [{ heading: null, destinations }] : [];
}

export interface Scores {
  impact: number;
  feasibility: number;
}

/** The other impact and feasibility values a card on the 2×2 may take, one score at a time. */
export function priorityDestinations(plan: Plan, applicationId: string, t: Translate = activeT): DestinationGroup<Scores>[] {
  const app = indexPlan(plan).applications.get(applicationId);
  if (!app) return [];
  const options = (heading: string, field: keyof Scores): DestinationGroup<Scores> => ({
    heading,
    destinations: [5, 4, 3, 2, 1]
      .map((value) => ({ ...{ impact: app.impact, feasibility: app.feasibility }, [field]: value }))
      .filter((scores) => setScores(plan, applicationId, scores.impact, scores.feasibility) !== plan)
      .map((scores) => ({ key: `${field}:${scores[field]}`, label: t('domain.move.score', { heading, value: scores[field] }), move: scores })),
  });
  return [options(t('domain.move.impact'), 'impact'), options(t('domain.move.feasibility'), 'feasibility')];
}
