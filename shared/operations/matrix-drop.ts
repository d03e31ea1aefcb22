import type { Plan } from '../model';
import { childIdsOf, hasItem, indexPlan, type MatrixKind } from '../plan-index';
import { moveApplication, moveKpi, moveObjective, movePillar } from './matrix';

export type { MatrixKind };

/*
 * Where a dragged matrix item may land. The board translates what lies under the pointer (or the
 * keyboard's target) into a `MatrixMove`; this module decides whether that move is allowed and
 * applies it with the pure move of its level. Nothing here knows about the DOM or dnd-kit.
 */

export interface MatrixItem {
  kind: MatrixKind;
  id: string;
}

/**
 * A move to `index` among the children of `parentId`, counted without the moved item itself.
 * `parentId` is null for pillars (they have no parent) and for the unaligned-ideas tray.
 */
export interface MatrixMove extends MatrixItem {
  parentId: string | null;
  index: number;
}

/** What lies under the drop point: an item (drop before or after it, or into it), or an empty list. */
export type DropOver =
  | { type: 'item'; kind: MatrixKind; id: string; after: boolean }
  | { type: 'list'; childKind: MatrixKind; parentId: string | null };

const PARENT_KIND: Record<MatrixKind, MatrixKind | null> = { pillar: null, objective: 'pillar', application: 'objective', kpi: 'application' };

export function parentKindOf(kind: MatrixKind): MatrixKind | null {
  return PARENT_KIND[kind];
}

function exists(plan: Plan, item: MatrixItem): boolean {
  return hasItem(indexPlan(plan), item);
}

/** The parent id of an item (null for a pillar or an unaligned idea); undefined when it does not exist. */
export function parentOf(plan: Plan, item: MatrixItem): string | null | undefined {
  const index = indexPlan(plan);
  switch (item.kind) {
    case 'pillar':
      return index.pillars.has(item.id) ? null : undefined;
    case 'objective':
      return index.objectives.get(item.id)?.pillarId;
    case 'application':
      return index.applications.get(item.id)?.objectiveId;
    case 'kpi':
      return index.kpis.get(item.id)?.applicationId;
  }
}

/** Ids of the items of `kind` under `parentId`, in order. */
export function childIds(plan: Plan, kind: MatrixKind, parentId: string | null): readonly string[] {
  return childIdsOf(indexPlan(plan), kind, parentId);
}

/** Where an item is now, in the same terms as a move. */
export function currentPlace(plan: Plan, item: MatrixItem): MatrixMove | null {
  const parentId = parentOf(plan, item);
  if (parentId === undefined) return null;
  return { ...item, parentId, index: childIds(plan, item.kind, parentId).indexOf(item.id) };
}

function parentExists(plan: Plan, kind: MatrixKind, parentId: string | null): boolean {
  const parentKind = parentKindOf(kind);
  if (parentKind === null) return parentId === null;
  // Only applications may live without a parent: the unaligned-ideas tray.
  if (parentId === null) return kind === 'application';
  return exists(plan, { kind: parentKind, id: parentId });
}

/**
 * The move a drop makes, or null when the drop is refused: a target of the wrong level (a pillar
 * onto a KPI, an application onto a pillar), the item onto itself, an item that does not exist.
 * Levels are strict, so an item can never be dropped into its own descendant.
 */
export function resolveDrop(plan: Plan, dragged: MatrixItem, over: DropOver): MatrixMove | null {
  if (!exists(plan, dragged)) return null;
  const siblingsOf = (parentId: string | null) => childIds(plan, dragged.kind, parentId).filter((id) => id !== dragged.id);

  if (over.type === 'list') {
    if (over.childKind !== dragged.kind || !parentExists(plan, dragged.kind, over.parentId)) return null;
    return { ...dragged, parentId: over.parentId, index: siblingsOf(over.parentId).length };
  }

  if (over.kind === dragged.kind) {
    if (over.id === dragged.id) return null;
    const parentId = parentOf(plan, over);
    if (parentId === undefined) return null;
    const index = siblingsOf(parentId).indexOf(over.id) + (over.after ? 1 : 0);
    return { ...dragged, parentId, index };
  }

  if (over.kind === parentKindOf(dragged.kind)) {
    if (!exists(plan, over)) return null;
    return { ...dragged, parentId: over.id, index: siblingsOf(over.id).length };
  }
  return null;
}

/** True when the move would leave the item where it is. */
export function isNoOpMove(plan: Plan, move: MatrixMove): boolean {
  const place = currentPlace(plan, move);
  return place !== null && place.parentId === move.parentId && place.index === move.index;
}

/** Applies a move with the pure operation of its level; returns the same plan when refused. */
export function applyMove(plan: Plan, move: MatrixMove): Plan {
  if (!parentExists(plan, move.kind, move.parentId)) return plan;
  switch (move.kind) {
    case 'pillar':
      return movePillar(plan, move.id, move.index);
    case 'objective':
      return moveObjective(plan, move.id, move.parentId!, move.index);
    case 'application':
      return moveApplication(plan, move.id, move.parentId, move.index);
    case 'kpi':
      return moveKpi(plan, move.id, move.parentId!, move.index);
  }
}
