import type { MouseEvent } from 'react';
import type { ItemKind } from '../../shared/model';
import { plannerStore, usePlanner } from '../store/store';

/** Click-to-select for an outline item; the innermost item wins. Selection is view state only. */
export function useSelectable(kind: ItemKind, id: string) {
  const selected = usePlanner((s) => s.selection?.kind === kind && s.selection.id === id);
  return {
    'data-selected': selected || undefined,
    onClick: (event: MouseEvent) => {
      event.stopPropagation();
      plannerStore.getState().select({ kind, id });
    },
  };
}
