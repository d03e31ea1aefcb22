import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { kindLabel, unalignedIdeasPlace } from '../../shared/labels';
import type { Plan } from '../../shared/model';
import { childIds, currentPlace, type MatrixItem, type MatrixMove } from '../../shared/operations/matrix-drop';
import { indexPlan } from '../../shared/plan-index';

/* What a screen reader hears during a drag: the item by name and the place it would land in words. */

const quoted = (text: string) => `“${text.trim() || 'Untitled'}”`;

export function itemName(plan: Plan, item: MatrixItem): string {
  const index = indexPlan(plan);
  switch (item.kind) {
    case 'pillar':
      return quoted(index.pillars.get(item.id)?.title ?? '');
    case 'objective':
      return quoted(index.objectives.get(item.id)?.title ?? '');
    case 'application':
      return quoted(index.applications.get(item.id)?.title ?? '');
    case 'kpi':
      return quoted(index.kpis.get(item.id)?.name ?? '');
  }
}

/** "objective “Increase lead generation” in pillar “Customer Acquisition”, position 2 of 3". */
export function describePlace(plan: Plan, move: MatrixMove): string {
  const index = indexPlan(plan);
  const siblings = childIds(plan, move.kind, move.parentId).filter((id) => id !== move.id).length + 1;
  const position = `position ${move.index + 1} of ${siblings}`;
  switch (move.kind) {
    case 'pillar':
      return `${position} among the pillars`;
    case 'objective':
      return `pillar ${itemName(plan, { kind: 'pillar', id: move.parentId! })}, ${position}`;
    case 'application': {
      if (move.parentId === null) return `${unalignedIdeasPlace()}, ${position}`;
      const objective = index.objectives.get(move.parentId);
      const pillar = objective ? ` in pillar ${itemName(plan, { kind: 'pillar', id: objective.pillarId })}` : '';
      return `objective ${itemName(plan, { kind: 'objective', id: move.parentId })}${pillar}, ${position}`;
    }
    case 'kpi':
      return `AI application ${itemName(plan, { kind: 'application', id: move.parentId! })}, ${position}`;
  }
}

export function pickUpText(plan: Plan, item: MatrixItem): string {
  const place = currentPlace(plan, item);
  const where = place ? `, in ${describePlace(plan, place)}` : '';
  return `Picked up ${kindLabel(item.kind)} ${itemName(plan, item)}${where}.`;
}

export function overText(plan: Plan, item: MatrixItem, target: MatrixMove | null, overAnything: boolean): string {
  const name = `${kindLabel(item.kind)} ${itemName(plan, item)}`;
  if (target) return `${name} would move to ${describePlace(plan, target)}.`;
  return overAnything ? `${name} stays where it is if dropped here.` : `${name} is not over a place where it can go.`;
}

/** Spoken after the drop, with the plan after the move. */
export function dropText(plan: Plan, item: MatrixItem, move: MatrixMove | null): string {
  const name = `${kindLabel(item.kind)} ${itemName(plan, item)}`;
  if (!move) return `${name} was dropped where it was; nothing changed.`;
  return `Moved ${name} to ${describePlace(plan, move)}.`;
}

export function cancelText(plan: Plan, item: MatrixItem): string {
  const place = currentPlace(plan, item);
  return `Move cancelled. ${kindLabel(item.kind)} ${itemName(plan, item)} stays in ${place ? describePlace(plan, place) : 'its place'}.`;
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

export const boardScreenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this item, press Space. While moving, the up and down arrows step through the places in a column, ' +
    'left and right go to the next column. Press Space again to drop it there, or Escape to cancel.',
};
