import { useEffect, type RefObject } from 'react';
import { monthIndex, monthString } from '../../shared/roadmap/months';
import { scheduleOf } from '../../shared/roadmap/schedule-ops';
import { isTextField } from '../commands/text-field';
import { deleteMilestone, moveMilestone, moveSchedule, resizePhase, unscheduleApplication } from '../store/roadmap-actions';
import { plannerStore } from '../store/store';

/** What one key does to the selected bar or milestone; each press is one undo step. */
export function applyRoadmapKey(key: string, shift: boolean): boolean {
  const { plan, selection, select } = plannerStore.getState();
  if (!plan || !selection) return false;
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  const remove = key === 'Delete' || key === 'Backspace';
  if (selection.kind === 'application') {
    const schedule = scheduleOf(plan, selection.id);
    if (!schedule) return false;
    if (remove) return unscheduleApplication(selection.id);
    if (!step) return false;
    if (!shift) return moveSchedule(selection.id, step);
    // Shift changes the bar's length at its end: the last phase grows or shrinks.
    const last = schedule.phases[schedule.phases.length - 1]!;
    return resizePhase(selection.id, last.kind, last.months + step);
  }
  if (selection.kind === 'milestone') {
    const milestone = plan.roadmap.milestones.find((m) => m.id === selection.id);
    if (!milestone) return false;
    if (remove) {
      const done = deleteMilestone(milestone.id);
      if (done) select(null);
      return done;
    }
    if (!step || shift) return false;
    return moveMilestone(milestone.id, monthString(monthIndex(milestone.month) + step));
  }
  return false;
}

/**
 * Arrows, Shift+arrows and Delete act on the selected roadmap item while focus is on the roadmap
 * (or nowhere in particular), never while typing or on another control.
 */
export function useRoadmapKeyboard(rootRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (!['ArrowLeft', 'ArrowRight', 'Delete', 'Backspace'].includes(event.key)) return;
      if (plannerStore.getState().alert) return;
      const active = document.activeElement;
      if (isTextField(active) || active instanceof HTMLSelectElement) return;
      const root = rootRef.current;
      const onRoadmap = !active || active === document.body || active.id === 'view-panel' || active.matches('main.view') || (root?.contains(active) ?? false);
      if (!onRoadmap) return;
      // Inside the sidebar, only the bars' own keys apply (buttons keep theirs).
      if (active instanceof HTMLButtonElement && event.key.startsWith('Arrow')) return;
      if (applyRoadmapKey(event.key, event.shiftKey)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [rootRef]);
}
