import { useShallow } from 'zustand/react/shallow';
import type { ItemKind } from '../../shared/model';
import type { MatrixKind } from '../../shared/operations/matrix-drop';
import { usePlanner } from '../store/store';
import { applicationMatches, filterIsActive, filtersByMoney, objectiveMatches, pillarMatches } from './board-filter';
import { moneyFactsOf } from './money-facts';
import { useBoardView } from './board-view-store';
import { useDrag } from './drag-store';
import { indexPlan } from '../../shared/plan-index';

export function useSelected(kind: ItemKind, id: string): boolean {
  return usePlanner((s) => s.selection?.kind === kind && s.selection.id === id);
}

/** True when a filter is on and this item does not match it (it is then dimmed, never hidden). */
export function useDimmed(kind: 'pillar' | 'objective' | 'application', id: string): boolean {
  const filter = useBoardView((s) => s.filter);
  return usePlanner((s) => {
    if (!s.plan || !filterIsActive(filter)) return false;
    const index = indexPlan(s.plan);
    const facts = filtersByMoney(filter) ? moneyFactsOf(s.plan) : undefined;
    if (kind === 'application') return !applicationMatches(index, id, filter, facts);
    if (kind === 'objective') return !objectiveMatches(index, id, filter, facts);
    return !pillarMatches(index, id, filter, facts);
  });
}

/**
 * Where the drop indicator goes in one list, as an index among the rendered children (which still
 * include the dragged item at its old place), or -1. Only the list under the drop re-renders.
 */
export function useDropGap(kind: MatrixKind, parentId: string | null, ids: readonly string[]): number {
  const target = useDrag(useShallow((s) => (s.target && s.target.kind === kind && s.target.parentId === parentId ? s.target : null)));
  if (!target) return -1;
  const at = ids.indexOf(target.id);
  return at >= 0 && target.index >= at ? target.index + 1 : target.index;
}

export function DropLine() {
  return <li className="drop-line" aria-hidden="true" data-testid="drop-indicator" />;
}
