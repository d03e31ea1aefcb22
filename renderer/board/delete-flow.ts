import type { Plan } from '../../shared/model';
import { childIds, currentPlace, parentKindOf, type MatrixItem, type MatrixKind } from '../../shared/operations/matrix-drop';
import { deleteMatrixItem } from '../store/board-actions';
import { plannerStore } from '../store/store';
import { boardViewStore } from './board-view-store';
import { indexPlan } from '../../shared/plan-index';

const CHILD_KIND: Record<MatrixKind, MatrixKind | null> = { pillar: 'objective', objective: 'application', application: 'kpi', kpi: null };

/** How many items a deletion takes with it: "2 objectives, 5 AI applications, 9 KPIs". */
export function descendantsOf(plan: Plan, item: MatrixItem): { objectives: number; applications: number; kpis: number } {
  const index = indexPlan(plan);
  const counts = { objectives: 0, applications: 0, kpis: 0 };
  const visit = (kind: MatrixKind, id: string) => {
    const childKind = CHILD_KIND[kind];
    if (!childKind) return;
    const ids =
      childKind === 'objective' ? index.objectivesOf.get(id) : childKind === 'application' ? index.applicationsOf.get(id) : index.kpisOf.get(id);
    for (const childId of ids ?? []) {
      if (childKind === 'objective') counts.objectives++;
      else if (childKind === 'application') counts.applications++;
      else counts.kpis++;
      visit(childKind, childId);
    }
  };
  visit(item.kind, item.id);
  return counts;
}

/** Delete asks first only when the item has children; either way it is one undo step. */
export function requestDelete(item: MatrixItem): void {
  const plan = plannerStore.getState().plan;
  if (!plan) return;
  const counts = descendantsOf(plan, item);
  if (counts.objectives + counts.applications + counts.kpis > 0) boardViewStore.getState().setPendingDelete(item);
  else deleteNow(item);
}

/** Deletes, clears a selection that pointed into the deleted item, and keeps keyboard focus nearby. */
export function deleteNow(item: MatrixItem): void {
  const state = plannerStore.getState();
  const plan = state.plan;
  if (!plan) return;
  const neighbour = neighbourOf(plan, item);
  if (!deleteMatrixItem(item)) return;
  const selection = state.selection;
  if (selection && !stillExists(plannerStore.getState().plan!, selection)) state.select(null);
  requestAnimationFrame(() => {
    const element = neighbour && document.querySelector<HTMLElement>(`[data-item-kind="${neighbour.kind}"][data-item-id="${CSS.escape(neighbour.id)}"]`);
    const handle = element?.querySelector<HTMLElement>('[data-drag-handle]');
    (handle ?? document.querySelector<HTMLElement>('.board'))?.focus();
  });
}

function stillExists(plan: Plan, item: { kind: string; id: string }): boolean {
  const index = indexPlan(plan);
  if (item.kind === 'pillar') return index.pillars.has(item.id);
  if (item.kind === 'objective') return index.objectives.has(item.id);
  if (item.kind === 'application') return index.applications.has(item.id);
  if (item.kind === 'kpi') return index.kpis.has(item.id);
  return true;
}

/** The next sibling, else the previous one, else the parent. */
function neighbourOf(plan: Plan, item: MatrixItem): MatrixItem | null {
  const place = currentPlace(plan, item);
  if (!place) return null;
  const siblings = childIds(plan, item.kind, place.parentId);
  const next = siblings[place.index + 1] ?? siblings[place.index - 1];
  if (next) return { kind: item.kind, id: next };
  const parentKind = parentKindOf(item.kind);
  return parentKind && place.parentId ? { kind: parentKind, id: place.parentId } : null;
}
