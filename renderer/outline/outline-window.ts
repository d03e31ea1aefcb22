import type { ItemRef } from '../../shared/model';
import { indexPlan, placeOfItem } from '../../shared/plan-index';
import { isWindowed } from '../board/board-window';
import { onDisplayChange, roomScale } from '../display/display-preferences';
import { plannerStore } from '../store/store';
import type { PlannerState } from '../store/types';

/*
 * What the outline of a big plan keeps in the page (components/list-window.ts windows each
 * pillar's objectives and each objective's applications): the expected heights of what it leaves
 * out, and the items it always holds.
 */

export { isWindowed as isOutlineWindowed };

// Measured at Normal room size, with the space after each: an application with its facts (and no
// KPI), each KPI row, an objective's heading with the space around its list.
const APPLICATION_HEIGHT = 100;
const KPI_HEIGHT = 34;
const OBJECTIVE_HEAD_HEIGHT = 90;

let scale = 0;
onDisplayChange(() => {
  scale = 0;
});
/** The room scale, read once per room size (reading it computes styles). */
function currentScale(): number {
  if (!scale) scale = roomScale();
  return scale;
}

export function applicationEstimate(applicationId: string): number {
  const plan = plannerStore.getState().plan;
  const kpis = plan ? (indexPlan(plan).kpisOf.get(applicationId)?.length ?? 0) : 0;
  return (APPLICATION_HEIGHT + kpis * KPI_HEIGHT) * currentScale();
}

export function objectiveEstimate(objectiveId: string): number {
  const plan = plannerStore.getState().plan;
  const applications = plan ? (indexPlan(plan).applicationsOf.get(objectiveId) ?? []) : [];
  return OBJECTIVE_HEAD_HEIGHT * currentScale() + applications.reduce((sum, id) => sum + applicationEstimate(id), 0);
}

/** Items the outline must have in the page: the selection, a title about to open, a sibling being typed. */
function itemsOfInterest(s: PlannerState): ItemRef[] {
  const items: ItemRef[] = [];
  if (s.selection) items.push(s.selection);
  if (s.draftSibling) items.push(s.draftSibling);
  const edit = s.pendingEdit?.match(/^(pillar|objective|application|kpi):(.*):title$/s);
  if (edit) items.push({ kind: edit[1] as ItemRef['kind'], id: edit[2]! });
  return items;
}

/** The objectives of a pillar held in the page, one per line (a string, so selectors compare it cheaply). */
export const heldObjectivesOf = (pillarId: string) => (s: PlannerState): string => {
  if (!s.plan) return '';
  const index = indexPlan(s.plan);
  return itemsOfInterest(s)
    .map((item) => placeOfItem(index, item))
    .filter((place) => place.pillarId === pillarId && place.objectiveId !== null)
    .map((place) => place.objectiveId)
    .join('\n');
};

/** The applications under an objective (null: the unaligned ideas) held in the page, one per line. */
export const heldApplicationsOf = (objectiveId: string | null) => (s: PlannerState): string => {
  if (!s.plan) return '';
  const index = indexPlan(s.plan);
  return itemsOfInterest(s)
    .map((item) => (item.kind === 'application' ? item.id : item.kind === 'kpi' ? index.kpis.get(item.id)?.applicationId : undefined))
    .filter((id): id is string => id !== undefined && index.applications.get(id)?.objectiveId === objectiveId)
    .join('\n');
};
