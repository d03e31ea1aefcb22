import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Phase } from '../../shared/model';

/*
 * Where a drag would land, while it is under way. Kept apart from the plan store so that a drag
 * never enters undo history, and read through narrow selectors so only the dragged item re-renders.
 */
export type DragPreview =
  /** A bar moved in time or resized: its phases as they would be. */
  | { kind: 'phases'; applicationId: string; phases: Phase[] }
  /** A scheduled bar held over the Unscheduled list. */
  | { kind: 'unschedule'; applicationId: string }
  /** An application from the list over the timeline: where it would start. */
  | { kind: 'schedule'; applicationId: string; laneId: string | null; month: string; overOtherLane: boolean }
  /** A milestone (existing, or new from the palette when `milestoneId` is null) and its month. */
  | { kind: 'milestone'; milestoneId: string | null; title: string; month: string }
  /** A dependency being drawn from a bar's end to the pointer, in lanes-area coordinates. */
  | { kind: 'link'; applicationId: string; x: number; y: number; targetId: string | null };

interface DragPreviewState {
  preview: DragPreview | null;
}

export const dragPreviewStore = createStore<DragPreviewState>()(() => ({ preview: null }));

export function setDragPreview(preview: DragPreview | null): void {
  dragPreviewStore.setState({ preview });
}

export function useDragPreview<T>(selector: (preview: DragPreview | null) => T): T {
  return useStore(dragPreviewStore, (s) => selector(s.preview));
}
