import { useDraggable } from '@dnd-kit/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type { MatrixItem, MatrixKind } from '../../shared/operations/matrix-drop';
import { isTextField } from '../commands/text-field';
import { moveMenuHandlers, moveTargetProps } from '../move/open-move-menu';
import { armItem, disarmItem, useArmedItems, type ArmedItem, type Binding } from './armed-store';
import { countShellRender } from './bench-counters';
import { draggableId, type DragData } from './board-dnd';
import { requestDelete } from './delete-flow';
import { dragStore } from './drag-store';
import { useT } from '../i18n/use-t';

export const DRAG_INSTRUCTIONS_ID = 'board-drag-instructions';

/*
 * The wrapper of one matrix item. A dnd-kit draggable re-renders on every change of a drag, so a
 * board of 1,000 cards registers one only for the cards under the pointer or the keyboard focus
 * ("armed"): hovering or focusing a card arms it before the press that starts a drag. The card's
 * contents are memoised on its id alone and never re-render for a drag.
 */
export function useItemShell(kind: MatrixKind, id: string) {
  countShellRender();
  const t = useT();
  const [binding, setBinding] = useState<Binding | null>(null);
  const nodeRef = useRef<HTMLElement | null>(null);
  const handleRef = useRef<HTMLButtonElement | null>(null);
  const armed = useMemo<ArmedItem>(() => ({ key: `${kind}:${id}`, kind, id, nodeRef, handleRef, onBinding: setBinding }), [kind, id]);

  const arm = useCallback(() => {
    if (!dragStore.getState().active) armItem(armed);
  }, [armed]);
  const disarm = useCallback(() => {
    const active = dragStore.getState().active;
    if (!active || active.kind !== kind || active.id !== id) disarmItem(armed.key);
  }, [armed, kind, id]);
  useEffect(() => () => disarmItem(armed.key), [armed]);
  const onBlur = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) disarm();
    },
    [disarm],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Delete' || event.defaultPrevented || isTextField(event.target as Element)) return;
      event.preventDefault();
      event.stopPropagation();
      requestDelete({ kind, id } satisfies MatrixItem);
    },
    [kind, id],
  );

  const { onKeyDown: onHandleKeyDown, ...pointerListeners } = (binding?.listeners ?? {}) as Record<string, (event: unknown) => void>;
  return {
    nodeRef,
    isDragging: binding?.isDragging ?? false,
    wrapperProps: {
      ref: nodeRef as RefObject<never>,
      'data-item-kind': kind,
      'data-item-id': id,
      ...moveTargetProps('board'),
      ...moveMenuHandlers(),
      onKeyDown,
      onPointerEnter: arm,
      onPointerLeave: disarm,
      onFocus: arm,
      onBlur,
      ...pointerListeners,
    },
    handleProps: {
      ref: handleRef,
      ...binding?.attributes,
      // After dnd-kit's attributes, whose role description is always the English "draggable".
      'aria-roledescription': t('board.drag.roleDescription'),
      'aria-describedby': DRAG_INSTRUCTIONS_ID,
      onKeyDown: onHandleKeyDown,
    },
  };
}

/** Inside DndContext: one draggable per armed card. */
export function ArmedDraggables() {
  const items = useArmedItems();
  return (
    <>
      {[...items.values()].map((item) => (
        <DragBinder key={item.key} item={item} />
      ))}
    </>
  );
}

function DragBinder({ item }: { item: ArmedItem }) {
  const { kind, id, nodeRef, handleRef, onBinding } = item;
  const data = useMemo<DragData>(() => ({ item: { kind, id } }), [kind, id]);
  const { listeners, attributes, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: draggableId(kind, id), data });
  useLayoutEffect(() => {
    setNodeRef(nodeRef.current);
    setActivatorNodeRef(handleRef.current);
  });
  useLayoutEffect(() => onBinding({ listeners, attributes, isDragging }), [listeners, attributes, isDragging, onBinding]);
  useLayoutEffect(() => () => onBinding(null), [onBinding]);
  return null;
}
