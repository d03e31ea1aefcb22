import { PointerSensor, useSensor, useSensors, type DraggableNode, type DragEndEvent, type DragMoveEvent, type DragStartEvent, type PointerSensorOptions } from '@dnd-kit/core';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useMemo, useRef } from 'react';
import { t } from '../../shared/i18n/active-locale';
import { unalignedGroupTitle } from '../../shared/labels';
import { indexPlan, pillarOf } from '../../shared/plan-index';
import { monthIndex, monthString, monthsBetween } from '../../shared/roadmap/months';
import { moveSchedule as moveScheduleOp, scheduleOf } from '../../shared/roadmap/schedule-ops';
import { addMilestone, moveMilestone, moveSchedule, scheduleApplication, unscheduleApplication } from '../store/roadmap-actions';
import { plannerStore } from '../store/store';
import { dragPreviewStore, setDragPreview, type DragPreview } from './drag-preview';
import { requestFocus } from './roadmap-view-state';
import { clampToHorizon } from './timeline-layout';
import { monthIndexAtClientX, type TimelineGeometry } from './timeline-geometry';

/** What is being dragged, carried in dnd-kit's `data`. */
export type RoadmapDragData =
  | { type: 'list-application'; applicationId: string }
  | { type: 'bar'; applicationId: string }
  | { type: 'milestone'; milestoneId: string }
  | { type: 'new-milestone'; title: string };

export const UNSCHEDULED_DROP_ID = 'roadmap:unscheduled';
/**
 * All bars share one draggable (the lanes area): with one per bar, every drag start, drop and
 * change of drop target re-rendered all of them, which took whole frames at 300 bars.
 */
export const BARS_DRAG_ID = 'roadmap:bars';
export const TIMELINE_DROP_ID = 'roadmap:timeline';
export const MILESTONES_DROP_ID = 'roadmap:milestones';

/** The bar that the current pointer press started on (set by the sensor, read when the drag starts). */
let pressedBarId: string | null = null;

/** The pointer sensor, which for the shared bars draggable only starts on a bar and notes which one. */
export class RoadmapPointerSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent }: ReactPointerEvent, { onActivation }: PointerSensorOptions, context?: { active: DraggableNode }) => {
        if (!nativeEvent.isPrimary || nativeEvent.button !== 0) return false;
        if (context?.active.id === BARS_DRAG_ID) {
          const bar = nativeEvent.target instanceof Element ? nativeEvent.target.closest<HTMLElement>('[data-bar][data-item-id]') : null;
          if (!bar?.dataset.itemId) return false;
          pressedBarId = bar.dataset.itemId;
        }
        onActivation?.({ event: nativeEvent });
        return true;
      },
    },
  ];
}

/** What a drag carries: the pressed bar for the shared bars draggable, else the draggable's own data. */
function dragDataOf(active: { id: string | number; data: { current?: unknown } }): RoadmapDragData | undefined {
  if (active.id === BARS_DRAG_ID) return pressedBarId ? { type: 'bar', applicationId: pressedBarId } : undefined;
  return active.data.current as RoadmapDragData | undefined;
}

interface Pointer {
  x: number;
  y: number;
}

function pointerOf(event: Event | null): Pointer | null {
  if (event && 'clientX' in event && typeof event.clientX === 'number') return { x: event.clientX, y: (event as PointerEvent).clientY };
  return null;
}

/** The lane under a client point ('unaligned' for the unaligned lane), if any. */
function laneAt(point: Pointer): string | undefined {
  for (const element of document.elementsFromPoint(point.x, point.y)) {
    const lane = element.closest<HTMLElement>('.lane[data-lane]');
    if (lane) return lane.dataset.lane;
  }
  return undefined;
}

/** Applications stay in their own pillar's lane: say so when one was dropped on another. */
function explainOwnLane(applicationId: string, laneId: string | null): void {
  const { plan, setStatusMessage } = plannerStore.getState();
  if (!plan) return;
  const index = indexPlan(plan);
  const title = index.applications.get(applicationId)?.title || t('roadmap.untitled.application');
  const pillar = laneId !== null ? index.pillars.get(laneId)?.title || t('domain.untitled.pillar') : unalignedGroupTitle();
  setStatusMessage(t('roadmap.dnd.ownLane', { title, pillar }));
}

function samePreview(a: DragPreview | null, b: DragPreview | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The roadmap's drag-and-drop: while dragging, only a preview changes (snapped to whole months);
 * the drop becomes one store action. The real pointer position is tracked so that months are read
 * off the grid as it is now, scrolled or not.
 */
export function useRoadmapDnd(geometryRef: { current: TimelineGeometry | null }) {
  const sensors = useSensors(useSensor(RoadmapPointerSensor, { activationConstraint: { distance: 5 } }));
  const pointer = useRef<Pointer>({ x: 0, y: 0 });
  const start = useRef<Pointer>({ x: 0, y: 0 });

  return useMemo(() => {
    const track = (event: PointerEvent) => {
      pointer.current = { x: event.clientX, y: event.clientY };
    };
    const stopTracking = () => window.removeEventListener('pointermove', track, true);

    const monthAt = (element: HTMLElement | null, x: number) => {
      const g = geometryRef.current!;
      return monthIndexAtClientX(g, element, x);
    };

    const previewFor = (data: RoadmapDragData, overId: string | null): DragPreview | null => {
      const g = geometryRef.current;
      const plan = plannerStore.getState().plan;
      if (!g || !plan) return null;
      const lanes = g.lanesRef.current;
      switch (data.type) {
        case 'bar': {
          if (overId === UNSCHEDULED_DROP_ID) return { kind: 'unschedule', applicationId: data.applicationId };
          const delta = monthAt(lanes, pointer.current.x) - monthAt(lanes, start.current.x);
          const moved = scheduleOf(moveScheduleOp(plan, data.applicationId, delta), data.applicationId);
          return moved ? { kind: 'phases', applicationId: data.applicationId, phases: moved.phases } : null;
        }
        case 'list-application': {
          if (overId !== TIMELINE_DROP_ID) return null;
          const month = clampToHorizon(monthAt(lanes, pointer.current.x), g.startIndex, g.horizonMonths);
          const laneId = pillarOf(indexPlan(plan), { kind: 'application', id: data.applicationId });
          const overLane = laneAt(pointer.current);
          const overOtherLane = overLane !== undefined && overLane !== (laneId ?? 'unaligned');
          return { kind: 'schedule', applicationId: data.applicationId, laneId, month: monthString(month), overOtherLane };
        }
        case 'milestone': {
          const milestone = plan.roadmap.milestones.find((m) => m.id === data.milestoneId);
          if (!milestone) return null;
          const row = g.milestonesRef.current;
          const delta = monthAt(row, pointer.current.x) - monthAt(row, start.current.x);
          return { kind: 'milestone', milestoneId: milestone.id, title: milestone.title, month: monthString(monthIndex(milestone.month) + delta) };
        }
        case 'new-milestone': {
          if (overId !== TIMELINE_DROP_ID && overId !== MILESTONES_DROP_ID) return null;
          const month = clampToHorizon(monthAt(g.milestonesRef.current, pointer.current.x), g.startIndex, g.horizonMonths);
          return { kind: 'milestone', milestoneId: null, title: data.title, month: monthString(month) };
        }
      }
    };

    const update = (event: DragMoveEvent | DragStartEvent) => {
      const data = dragDataOf(event.active);
      if (!data) return;
      const overId = 'over' in event && event.over ? String(event.over.id) : null;
      const next = previewFor(data, overId);
      if (!samePreview(dragPreviewStore.getState().preview, next)) setDragPreview(next);
    };

    return {
      sensors,
      onDragStart(event: DragStartEvent) {
        const at = pointerOf(event.activatorEvent) ?? { x: 0, y: 0 };
        start.current = at;
        pointer.current = at;
        window.addEventListener('pointermove', track, true);
        update(event);
      },
      onDragMove: update,
      onDragOver: update,
      onDragEnd(event: DragEndEvent) {
        stopTracking();
        const data = dragDataOf(event.active);
        const overId = event.over ? String(event.over.id) : null;
        const preview = data ? previewFor(data, overId) : null;
        setDragPreview(null);
        if (!data || !preview) return;
        const select = plannerStore.getState().select;
        switch (preview.kind) {
          case 'unschedule':
            unscheduleApplication(preview.applicationId);
            break;
          case 'phases': {
            const plan = plannerStore.getState().plan;
            const before = plan && scheduleOf(plan, preview.applicationId);
            const first = before?.phases[0];
            const moved = preview.phases.find((p) => p.kind === first?.kind);
            if (first && moved) {
              moveSchedule(preview.applicationId, monthsBetween(first.start, moved.start));
            }
            break;
          }
          case 'schedule':
            if (scheduleApplication(preview.applicationId, preview.month)) {
              requestFocus(preview.applicationId);
              select({ kind: 'application', id: preview.applicationId });
              if (preview.overOtherLane) explainOwnLane(preview.applicationId, preview.laneId);
            }
            break;
          case 'milestone':
            if (preview.milestoneId) {
              moveMilestone(preview.milestoneId, preview.month);
            } else {
              const id = addMilestone(preview.title, preview.month);
              if (id) select({ kind: 'milestone', id });
            }
            break;
          case 'link':
            break;
        }
      },
      onDragCancel() {
        stopTracking();
        setDragPreview(null);
      },
    };
  }, [sensors, geometryRef]);
}
