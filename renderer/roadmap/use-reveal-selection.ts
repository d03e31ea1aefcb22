import { useEffect, type RefObject } from 'react';
import { plannerStore } from '../store/store';

/**
 * When the selection changes (a click here, a finding elsewhere), scroll the selected bar or
 * milestone into view. The bar wins over the same application in the Unscheduled list.
 */
export function useRevealSelection(rootRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const reveal = (selection: { kind: string; id: string } | null) => {
      const root = rootRef.current;
      if (!root || !selection) return;
      const selector = `[data-item-kind="${selection.kind}"][data-item-id="${CSS.escape(selection.id)}"]`;
      const element = root.querySelector<HTMLElement>(`.timeline ${selector}`) ?? root.querySelector<HTMLElement>(selector);
      element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    };
    // Coming to the roadmap with something already selected shows it too.
    requestAnimationFrame(() => reveal(plannerStore.getState().selection));
    return plannerStore.subscribe((state, previous) => {
      if (state.selection !== previous.selection) requestAnimationFrame(() => reveal(state.selection));
    });
  }, [rootRef]);
}
