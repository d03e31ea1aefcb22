import type { Application, Kpi, Objective, Pillar } from '../../shared/model';
import {
  deleteApplication,
  deleteKpi,
  deleteObjective,
  deletePillar,
  updateApplication,
  updateKpi,
  updateObjective,
  updatePillar,
} from '../../shared/operations/matrix';
import { applyMove, type MatrixItem, type MatrixMove } from '../../shared/operations/matrix-drop';
import { commit } from './plan-actions';

/*
 * Verbs of the board and the detail panel. A drop is one call of `moveMatrixItem`: one undo step.
 * Field edits pass a coalesceKey per item and field, so typing a sentence is one step.
 */

export const moveMatrixItem = (move: MatrixMove): boolean => commit((p) => applyMove(p, move));

export function deleteMatrixItem(item: MatrixItem): boolean {
  switch (item.kind) {
    case 'pillar':
      return commit((p) => deletePillar(p, item.id));
    case 'objective':
      return commit((p) => deleteObjective(p, item.id));
    case 'application':
      return commit((p) => deleteApplication(p, item.id));
    case 'kpi':
      return commit((p) => deleteKpi(p, item.id));
  }
}

/** Typing coalesces per item and field; a choice (a select, a radio) is a step of its own. */
const options = (kind: string, id: string, patch: object, typing: boolean) =>
  typing ? { coalesceKey: `${kind}:${id}:${Object.keys(patch).sort().join(',')}` } : undefined;

export const editPillar = (id: string, patch: Partial<Omit<Pillar, 'id'>>, typing = false) =>
  commit((p) => updatePillar(p, id, patch), options('pillar', id, patch, typing));

export const editObjective = (id: string, patch: Partial<Omit<Objective, 'id' | 'pillarId'>>, typing = false) =>
  commit((p) => updateObjective(p, id, patch), options('objective', id, patch, typing));

export const editApplication = (id: string, patch: Partial<Omit<Application, 'id' | 'objectiveId'>>, typing = false) =>
  commit((p) => updateApplication(p, id, patch), options('application', id, patch, typing));

export const editKpi = (id: string, patch: Partial<Omit<Kpi, 'id' | 'applicationId'>>, typing = false) =>
  commit((p) => updateKpi(p, id, patch), options('kpi', id, patch, typing));
