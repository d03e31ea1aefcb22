import type { MouseEvent } from 'react';
import type { ItemKind } from '../../shared/model';
import { plannerStore } from '../store/store';

/** Click selects the item; the innermost item wins. Selection is view state only. */
export function selectOnClick(kind: ItemKind, id: string): (event: MouseEvent) => void {
  return (event) => {
    event.stopPropagation();
    const { selection, select } = plannerStore.getState();
    if (selection?.kind !== kind || selection.id !== id) select({ kind, id });
  };
}
