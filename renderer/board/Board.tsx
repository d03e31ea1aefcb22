import {
  DndContext,
  KeyboardSensor,
  MeasuringStrategy,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isNoOpMove, resolveDrop } from '../../shared/operations/matrix-drop';
import { commitPendingEdit } from '../commands/text-field';
import { moveMatrixItem } from '../store/board-actions';
import { addPillar } from '../store/plan-actions';
import { selectPillarIds } from '../store/plan-selectors';
import { plannerStore, usePlanner } from '../store/store';
import { cancelText, dropText, overText, pickUpText, silentAnnouncements } from './announcements';
import { BoardDragOverlay } from './BoardDragOverlay';
import {
  BOARD_DROP_ID,
  boardCollision,
  BoardPointerSensor,
  boardKeyboardCoordinates,
  dropOverOfCollision,
  forgetDropPlaces,
  measureDropPlaces,
  type DragData,
} from './board-dnd';
import { isWindowed, useBoardWindow } from './board-window';
import { dragStore, sameMove, useDrag } from './drag-store';
import { PillarColumn } from './PillarColumn';
import { QuickAdd } from './QuickAdd';
import { UnalignedTray } from './UnalignedTray';
import { ArmedDraggables, DRAG_INSTRUCTIONS_ID } from './use-item-dnd';
import { useT } from '../i18n/use-t';
import { useRevealSelection } from './use-reveal-selection';

const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };
// Only the outer edges scroll, so dropping on a card near the bottom of the window stays possible.
const AUTO_SCROLL = { threshold: { x: 0.06, y: 0.07 }, acceleration: 10 };

function say(message: string) {
  dragStore.setState({ message });
}

function onDragStart({ active }: DragStartEvent) {
  const item = (active.data.current as DragData).item;
  commitPendingEdit();
  measureDropPlaces();
  dragStore.setState({ active: item, target: null, lastResult: null });
  const plan = plannerStore.getState().plan;
  if (plan) say(pickUpText(plan, item));
}

/** Keeps the target (and so the indicator and the spoken place) in step with the pointer or the keyboard. */
function onDragMove({ collisions }: DragMoveEvent) {
  const { active, target } = dragStore.getState();
  const plan = plannerStore.getState().plan;
  if (!active || !plan) return;
  const over = dropOverOfCollision(collisions?.[0]);
  let next = over ? resolveDrop(plan, active, over) : null;
  if (next && isNoOpMove(plan, next)) next = null;
  if (sameMove(next, target)) return;
  dragStore.setState({ target: next });
  say(overText(plan, active, next, over !== null));
}

/** A drop is one store action and one undo step; nothing in the plan changed before it. */
function onDragEnd(event: DragEndEvent) {
  onDragMove(event);
  const { active, target } = dragStore.getState();
  forgetDropPlaces();
  if (active && target) moveMatrixItem(target);
  dragStore.setState({ active: null, target: null, lastResult: active ? { item: active, move: target } : null });
  const plan = plannerStore.getState().plan;
  if (!active || !plan) return;
  say(dropText(plan, active, target));
  // A keyboard drop re-creates the card in its new list: give the focus back to its grip.
  if (typeof KeyboardEvent !== 'undefined' && event.activatorEvent instanceof KeyboardEvent) focusGripLater(active.kind, active.id);
}

function onDragCancel() {
  const { active } = dragStore.getState();
  forgetDropPlaces();
  dragStore.setState({ active: null, target: null });
  const plan = plannerStore.getState().plan;
  if (active && plan) say(cancelText(plan, active));
}

function focusGripLater(kind: string, id: string) {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`.board [data-item-kind="${kind}"][data-item-id="${CSS.escape(id)}"] [data-drag-handle]`)?.focus(),
  );
}

export function Board() {
  const t = useT();
  // Made again when the language changes (t is then a new function), so dnd-kit's instructions follow it.
  const accessibility = useMemo(
    () => ({ announcements: silentAnnouncements, screenReaderInstructions: { draggable: t('board.drag.instructions') } }),
    [t],
  );
  const pillarIds = usePlanner(useShallow(selectPillarIds));
  const lanesRef = useRef<HTMLDivElement>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  useBoardWindow(boardRef, usePlanner(isWindowed));
  // Here rather than in BoardView: coming back from the table shows the row chosen there.
  useRevealSelection();
  const sensors = useSensors(
    useSensor(BoardPointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates, scrollBehavior: 'auto' }),
  );
  return (
    <>
      {/* The board is a sibling of DndContext, not its child: a drag's context changes then walk
          only the few components below, not 2,000 cards. */}
      <DndContext
        sensors={sensors}
        collisionDetection={boardCollision}
        measuring={MEASURING}
        autoScroll={AUTO_SCROLL}
        accessibility={accessibility}
        onDragStart={onDragStart}
        onDragMove={onDragMove}
        onDragOver={onDragMove}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
      >
        <BoardDroppable nodeRef={lanesRef} />
        <ArmedDraggables />
        <BoardDragOverlay />
      </DndContext>
      <div ref={boardRef} className="board" tabIndex={-1} data-testid="board">
        <div ref={lanesRef} className="board__lanes">
          <UnalignedTray />
          {pillarIds.map((id, index) => (
            <PillarColumn key={id} id={id} index={index} />
          ))}
          <div className="board__add-pillar">
            <QuickAdd
              label={t('board.pillar.add')}
              fieldLabel={t('board.pillar.newTitle')}
              placeholder={t('board.pillar.placeholder')}
              onAdd={(title) => addPillar(title)}
            />
          </div>
        </div>
      </div>
      <p id={DRAG_INSTRUCTIONS_ID} className="visually-hidden">
        {accessibility.screenReaderInstructions.draggable}
      </p>
      <BoardAnnouncer />
    </>
  );
}

/** The one dnd-kit droppable: the board's content, inside the element that scrolls (for auto-scroll). */
function BoardDroppable({ nodeRef }: { nodeRef: RefObject<HTMLDivElement | null> }) {
  const { setNodeRef } = useDroppable({ id: BOARD_DROP_ID });
  useLayoutEffect(() => setNodeRef(nodeRef.current));
  return null;
}

function BoardAnnouncer() {
  const message = useDrag((s) => s.message);
  return (
    <div role="status" aria-live="assertive" aria-atomic="true" className="visually-hidden" data-testid="board-announcer">
      {message}
    </div>
  );
}
