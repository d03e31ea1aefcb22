import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import type { RefObject } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { MatrixKind } from '../../shared/operations/matrix-drop';

export interface Binding {
  listeners: DraggableSyntheticListeners;
  attributes: DraggableAttributes;
  isDragging: boolean;
}

export interface ArmedItem {
  key: string;
  kind: MatrixKind;
  id: string;
  nodeRef: RefObject<HTMLElement | null>;
  handleRef: RefObject<HTMLButtonElement | null>;
  onBinding: (binding: Binding | null) => void;
}

/*
 * The cards under the pointer or the keyboard focus, which get a dnd-kit draggable. Their
 * draggables are rendered inside DndContext (ArmedDraggables) while the board itself sits outside
 * it: every change of a drag then walks a few components instead of the whole board.
 */
export const armedStore = createStore<{ items: ReadonlyMap<string, ArmedItem> }>()(() => ({ items: new Map() }));

export function armItem(item: ArmedItem): void {
  const items = armedStore.getState().items;
  if (items.get(item.key) === item) return;
  armedStore.setState({ items: new Map(items).set(item.key, item) });
}

export function disarmItem(key: string): void {
  const items = armedStore.getState().items;
  if (!items.has(key)) return;
  const next = new Map(items);
  next.delete(key);
  armedStore.setState({ items: next });
}

export function useArmedItems(): ReadonlyMap<string, ArmedItem> {
  return useStore(armedStore, (s) => s.items);
}
