import { pointerWithin, rectIntersection, type CollisionDetection } from '@dnd-kit/core';

/*
 * Dragging a library use case onto the ideas (#17 §2): the cards are the draggables, the ideas
 * column the one place to drop. The drop is translated into one store action (insertUseCase).
 */

/** The droppable id of the ideas column. */
export const IDEAS_DROP_ID = 'workshop-ideas-drop';

/** What a dragged library card carries. */
export interface UseCaseDragData {
  type: 'use-case';
  key: string;
}

export const useCaseDragId = (key: string) => `use-case:${key}`;

export const isUseCaseDrag = (data: unknown): data is UseCaseDragData =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'use-case' && typeof (data as { key?: unknown }).key === 'string';

/** Under the pointer when there is one; the keyboard has none, so by the dragged card's rectangle. */
export const ideasCollision: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args));
