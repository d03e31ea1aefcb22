import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { MatrixItem, MatrixMove } from '../../shared/operations/matrix-drop';

/*
 * The drag in progress, outside the plan and outside the cards' props: only the list that shows
 * the drop indicator and the overlay subscribe, so a drag re-renders them and not the board.
 */
export interface DragState {
  active: MatrixItem | null;
  /** Where the item would land if dropped now; null when over nothing that accepts it. */
  target: MatrixMove | null;
  /** How the last drag ended, for the screen-reader announcement that follows it. */
  lastResult: { item: MatrixItem; move: MatrixMove | null } | null;
  /** The latest sentence for screen readers: picked up, would move to, moved, cancelled. */
  message: string;
}

export const dragStore = createStore<DragState>()(() => ({ active: null, target: null, lastResult: null, message: '' }));

export function useDrag<T>(selector: (state: DragState) => T): T {
  return useStore(dragStore, selector);
}

export function sameMove(a: MatrixMove | null, b: MatrixMove | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.kind === b.kind && a.id === b.id && a.parentId === b.parentId && a.index === b.index;
}
