import { useEffect } from 'react';
import type { ItemRef } from '../../shared/model';
import { plannerStore } from '../store/store';
import { boardViewStore } from './board-view-store';
import { indexPlan, placeOfItem } from '../../shared/plan-index';

const frames = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));

function elementOf(item: ItemRef): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-item-kind="${item.kind}"][data-item-id="${CSS.escape(item.id)}"]`);
}

function pillarOf(item: ItemRef): string | null {
  const plan = plannerStore.getState().plan;
  return plan ? placeOfItem(indexPlan(plan), item).pillarId : null;
}

/**
 * When the selection changes (a click here, a finding clicked in another view), the board expands
 * the item's column if it was collapsed, scrolls the item into view and, unless the user is busy
 * elsewhere, puts keyboard focus on it.
 */
export function reveal(item: ItemRef): void {
  const pillarId = pillarOf(item);
  if (pillarId) boardViewStore.getState().expand(pillarId);
  frames(() => {
    const element = elementOf(item);
    if (!element) return;
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const active = document.activeElement;
    const idle = !active || active === document.body || active.classList.contains('board') || active.id === 'view-panel';
    if (idle) element.querySelector<HTMLElement>('[data-drag-handle]')?.focus({ preventScroll: true });
  });
}

export function useRevealSelection(): void {
  useEffect(() => {
    const initial = plannerStore.getState().selection;
    if (initial) reveal(initial);
    return plannerStore.subscribe((state, previous) => {
      if (state.selection && state.selection !== previous.selection) reveal(state.selection);
    });
  }, []);
}
