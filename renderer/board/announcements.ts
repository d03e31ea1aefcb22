import type { Announcements } from '@dnd-kit/core';
import { t } from '../../shared/i18n/active-locale';
import type { Translate } from '../../shared/i18n/translator';
import { unalignedIdeasPlace } from '../../shared/labels';
import type { Plan } from '../../shared/model';
import { childIds, currentPlace, type MatrixItem, type MatrixMove } from '../../shared/operations/matrix-drop';
import { indexPlan } from '../../shared/plan-index';

/* What a screen reader hears during a drag: the item by name and the place it would land in words. */

function titleOf(plan: Plan, item: MatrixItem): string {
  const index = indexPlan(plan);
  switch (item.kind) {
    case 'pillar':
      return index.pillars.get(item.id)?.title ?? '';
    case 'objective':
      return index.objectives.get(item.id)?.title ?? '';
    case 'application':
      return index.applications.get(item.id)?.title ?? '';
    case 'kpi':
      return index.kpis.get(item.id)?.name ?? '';
  }
}

/** "AI application “Chatbot”": the kind and the title, as a sentence says them (in German „…“, and the kind first). */
export function namedItem(kind: MatrixItem['kind'], title: string, translate: Translate = t): string {
  return translate('board.item.named', { kind, name: title.trim() || translate('board.item.untitled') });
}

export function itemName(plan: Plan, item: MatrixItem): string {
  return namedItem(item.kind, titleOf(plan, item));
}

/** "objective “Increase lead generation” in pillar “Customer Acquisition”, position 2 of 3". */
export function describePlace(plan: Plan, move: MatrixMove): string {
  const index = indexPlan(plan);
  const siblings = childIds(plan, move.kind, move.parentId).filter((id) => id !== move.id).length + 1;
  const position = t('board.place.position', { position: move.index + 1, count: siblings });
  const within = (parent: string) => t('board.place.within', { parent, position });
  switch (move.kind) {
    case 'pillar':
      return t('board.place.amongPillars', { position });
    case 'objective':
      return within(itemName(plan, { kind: 'pillar', id: move.parentId! }));
    case 'application': {
      if (move.parentId === null) return within(unalignedIdeasPlace());
      const objective = itemName(plan, { kind: 'objective', id: move.parentId });
      const pillarId = index.objectives.get(move.parentId)?.pillarId;
      return within(pillarId ? t('board.place.objectiveInPillar', { objective, pillar: itemName(plan, { kind: 'pillar', id: pillarId }) }) : objective);
    }
    case 'kpi':
      return within(itemName(plan, { kind: 'application', id: move.parentId! }));
  }
}

export function pickUpText(plan: Plan, item: MatrixItem): string {
  const place = currentPlace(plan, item);
  const name = itemName(plan, item);
  return place ? t('board.drag.pickedUpAt', { item: name, place: describePlace(plan, place) }) : t('board.drag.pickedUp', { item: name });
}

export function overText(plan: Plan, item: MatrixItem, target: MatrixMove | null, overAnything: boolean): string {
  const name = itemName(plan, item);
  if (target) return t('board.drag.wouldMove', { item: name, place: describePlace(plan, target) });
  return overAnything ? t('board.drag.staysIfDropped', { item: name }) : t('board.drag.nowhere', { item: name });
}

/** Spoken after the drop, with the plan after the move. */
export function dropText(plan: Plan, item: MatrixItem, move: MatrixMove | null): string {
  const name = itemName(plan, item);
  if (!move) return t('board.drag.unchanged', { item: name });
  return t('board.drag.moved', { item: name, place: describePlace(plan, move) });
}

export function cancelText(plan: Plan, item: MatrixItem): string {
  const place = currentPlace(plan, item);
  const name = itemName(plan, item);
  return place ? t('board.drag.cancelled', { item: name, place: describePlace(plan, place) }) : t('board.drag.cancelledInPlace', { item: name });
}

/*
 * dnd-kit announces only when the droppable under the pointer changes; the board has one droppable
 * and many places, so the board speaks through its own live region (BoardAnnouncer) instead.
 */
export const silentAnnouncements: Announcements = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

