import {
  PointerSensor,
  type ClientRect,
  type Collision,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type PointerSensorOptions,
} from '@dnd-kit/core';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { isNoOpMove, parentKindOf, resolveDrop, type DropOver, type MatrixItem, type MatrixKind } from '../../shared/operations/matrix-drop';
import { hasChildren, indexPlan } from '../../shared/plan-index';
import { plannerStore } from '../store/store';
import { dragStore } from './drag-store';

/*
 * The board's dnd-kit wiring, free of components: ids, what each place accepts, collision detection
 * and the keyboard's moves. Every item is a place to drop (before or after it, or into it when it is
 * a parent); the tray is a list of its own.
 */

export interface DragData {
  item: MatrixItem;
}

export type DropData = { type: 'item'; kind: MatrixKind; id: string } | { type: 'list'; childKind: MatrixKind; parentId: string | null };

export const draggableId = (kind: MatrixKind, id: string) => `drag:${kind}:${id}`;

export function accepts(data: DropData, dragged: MatrixKind): boolean {
  if (data.type === 'list') return data.childKind === dragged;
  return data.kind === dragged || data.kind === parentKindOf(dragged);
}

/** Pillars sit side by side, so "after" is to the right; everything else stacks downwards. */
function isAfter(kind: MatrixKind, point: { x: number; y: number }, rect: ClientRect): boolean {
  return kind === 'pillar' ? point.x > rect.left + rect.width / 2 : point.y > rect.top + rect.height / 2;
}

export function dropOverOf(data: DropData, point: { x: number; y: number }, rect: ClientRect): DropOver {
  return data.type === 'list' ? data : { type: 'item', kind: data.kind, id: data.id, after: isAfter(data.kind, point, rect) };
}

const centerOf = (rect: ClientRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
const contains = (rect: ClientRect, p: { x: number; y: number }) => p.x >= rect.left && p.x <= rect.right && p.y >= rect.top && p.y <= rect.bottom;

export const BOARD_DROP_ID = 'board';

interface MeasuredDrop {
  data: DropData;
  rect: ClientRect;
}

interface DropNode {
  element: HTMLElement;
  data: DropData;
  /** The places directly inside this one (an objective's applications, an application's KPIs). */
  children: DropNode[];
}

const DROP_SELECTOR = '[data-item-kind][data-item-id], [data-drop-list]';

/*
 * Drop places are read straight from the DOM instead of registering 2,000 dnd-kit droppables: those
 * would all re-render on every change of the drag. When a drag starts only the tree of places is
 * collected (no layout read); each collision then measures just the places on the way down to the
 * point: the columns, the objectives of the column under it, the applications of that objective…,
 * a few dozen rectangles in the current layout. Places are nested on screen as in the DOM, so a
 * place outside its parent's rectangle can never hold the point. As nothing is remembered between
 * moves, scrolling needs no correction; a big board that mounts more cards as it scrolls
 * (board-window.ts) drops the collected tree, and the next move collects it again.
 */
let places: DropNode[] | null = null;

function dropDataOf(element: HTMLElement): DropData {
  const list = element.dataset.dropList;
  if (list !== undefined) return { type: 'list', childKind: 'application', parentId: list || null };
  return { type: 'item', kind: element.dataset.itemKind as MatrixKind, id: element.dataset.itemId! };
}

export function measureDropPlaces(): void {
  const board = document.querySelector<HTMLElement>('.board');
  const roots: DropNode[] = [];
  const nodes = new Map<Element, DropNode>();
  // Document order: a parent place comes before the places inside it.
  for (const element of board?.querySelectorAll<HTMLElement>(DROP_SELECTOR) ?? []) {
    const node: DropNode = { element, data: dropDataOf(element), children: [] };
    nodes.set(element, node);
    const parentElement = element.parentElement?.closest(DROP_SELECTOR);
    const parent = parentElement ? nodes.get(parentElement) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  places = roots;
}

export function forgetDropPlaces(): void {
  places = null;
}

function rectOf(element: HTMLElement): ClientRect {
  const r = element.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
}

/** Every place whose rectangle holds the point, outermost first, measured now. */
function placesAt(point: { x: number; y: number }): MeasuredDrop[] {
  if (!places) measureDropPlaces();
  const hits: MeasuredDrop[] = [];
  const visit = (nodes: readonly DropNode[]) => {
    for (const node of nodes) {
      const rect = rectOf(node.element);
      if (!contains(rect, point)) continue;
      hits.push({ data: node.data, rect });
      visit(node.children);
    }
  };
  visit(places!);
  return hits;
}

/** Every place on the board, measured now (the keyboard looks for the next place in any direction). */
function allPlaces(): MeasuredDrop[] {
  if (!places) measureDropPlaces();
  const all: MeasuredDrop[] = [];
  const visit = (nodes: readonly DropNode[]) => {
    for (const node of nodes) {
      all.push({ data: node.data, rect: rectOf(node.element) });
      visit(node.children);
    }
  };
  visit(places!);
  return all;
}

/** The innermost place that accepts the dragged kind and contains the point. */
export function smallestAccepting<T extends { data: DropData; rect: ClientRect }>(drops: readonly T[], point: { x: number; y: number }, dragged: MatrixKind): T | null {
  let best: T | null = null;
  let bestArea = Infinity;
  for (const drop of drops) {
    if (!accepts(drop.data, dragged) || !contains(drop.rect, point)) continue;
    const area = drop.rect.width * drop.rect.height;
    if (area < bestArea) {
      bestArea = area;
      best = drop;
    }
  }
  return best;
}

/**
 * The pointer (or, when the keyboard drags, the centre of the dragged card) over the innermost
 * place that accepts it. The collision carries the `DropOver`, so the board resolves the move from
 * the same facts the indicator shows.
 */
export const boardCollision: CollisionDetection = ({ active, collisionRect, pointerCoordinates }) => {
  const dragged = (active.data.current as DragData | undefined)?.item;
  if (!dragged) return [];
  const point = pointerCoordinates ?? centerOf(collisionRect);
  const hit = smallestAccepting(placesAt(point), point, dragged.kind);
  return hit ? [{ id: BOARD_DROP_ID, data: { over: dropOverOf(hit.data, point, hit.rect) } }] : [];
};

export function dropOverOfCollision(collision: Collision | undefined | null): DropOver | null {
  return (collision?.data?.over as DropOver | undefined) ?? null;
}

/** Points a keyboard drag can move to over one place: before and after an item, or into a parent. */
function keyboardPoints(data: DropData, rect: ClientRect, dragged: MatrixKind): { x: number; y: number }[] {
  if (data.type === 'list') return [centerOf(rect)];
  if (data.kind === dragged) {
    if (dragged === 'pillar') {
      const y = rect.top + Math.min(rect.height / 2, 40);
      return [
        { x: rect.left + rect.width * 0.25, y },
        { x: rect.left + rect.width * 0.75, y },
      ];
    }
    const x = rect.left + rect.width / 2;
    // Close to the item's top and bottom edges, so that a tall card's own children never sit between.
    const edge = Math.min(rect.height / 4, 14);
    return [
      { x, y: rect.top + edge },
      { x, y: rect.bottom - edge },
    ];
  }
  return [{ x: rect.left + rect.width / 2, y: rect.top + Math.min(rect.height / 2, 24) }];
}

const COLUMN_TOLERANCE = 90;

/**
 * Arrow keys step through the places where the item can land: up and down within a column,
 * left and right to the nearest place in the next column. Each step is a different move; places
 * equal to the current one are skipped, so no key press seems to do nothing.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const direction = event.code;
  if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(direction)) return undefined;
  event.preventDefault();
  const { active, collisionRect } = context;
  const plan = plannerStore.getState().plan;
  const dragged = (active?.data.current as DragData | undefined)?.item;
  if (!collisionRect || !dragged || !plan) return undefined;

  const here = centerOf(collisionRect);
  const current = dragStore.getState().target;
  const currentKey = current ? `${current.parentId}:${current.index}` : 'origin';
  const candidates: { x: number; y: number }[] = [];
  for (const { data, rect } of allPlaces()) {
    if (!accepts(data, dragged.kind)) continue;
    // A parent is a place of its own only while it holds nothing of the dragged kind.
    if (data.type === 'item' && data.kind !== dragged.kind && hasChildren(indexPlan(plan), data.kind, data.id)) continue;
    for (const point of keyboardPoints(data, rect, dragged.kind)) {
      const move = resolveDrop(plan, dragged, dropOverOf(data, point, rect));
      if (!move || isNoOpMove(plan, move) || `${move.parentId}:${move.index}` === currentKey) continue;
      candidates.push(point);
    }
  }

  const target = pickInDirection(candidates, here, direction);
  if (!target) return undefined;
  return { x: target.x - collisionRect.width / 2, y: target.y - collisionRect.height / 2 };
};

export function pickInDirection<P extends { x: number; y: number }>(candidates: readonly P[], here: { x: number; y: number }, direction: string): P | null {
  let best: P | null = null;
  if (direction === 'ArrowDown' || direction === 'ArrowUp') {
    const sign = direction === 'ArrowDown' ? 1 : -1;
    for (const c of candidates) {
      if (Math.abs(c.x - here.x) > COLUMN_TOLERANCE || (c.y - here.y) * sign <= 1) continue;
      if (!best || (c.y - best.y) * sign < 0) best = c;
    }
    return best;
  }
  const sign = direction === 'ArrowRight' ? 1 : -1;
  const ahead = candidates.filter((c) => (c.x - here.x) * sign > COLUMN_TOLERANCE);
  if (ahead.length === 0) return null;
  const nearestX = ahead.reduce((x, c) => ((c.x - x) * sign < 0 ? c.x : x), ahead[0]!.x);
  for (const c of ahead) {
    if (Math.abs(c.x - nearestX) > COLUMN_TOLERANCE) continue;
    if (!best || Math.abs(c.y - here.y) < Math.abs(best.y - here.y)) best = c;
  }
  return best;
}

const INTERACTIVE = 'input, textarea, select, a[href], [contenteditable="true"], button:not([data-drag-handle])';

/** Whether a press lands on a pillar itself (its header or the column around its objectives), away from its grip. */
function onPillarAwayFromGrip(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest<HTMLElement>('[data-item-kind]')?.dataset.itemKind === 'pillar' && !target.closest('[data-drag-handle]');
}

/**
 * A pointer drag starts anywhere on a card except in its fields and buttons (the grip excepted);
 * a pillar, a whole column under a sticky header, only from its own grip, so that a press on the
 * header or between objectives never moves a column by accident.
 */
export class BoardPointerSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent: event }: ReactPointerEvent, { onActivation }: PointerSensorOptions) => {
        if (!event.isPrimary || event.button !== 0) return false;
        if (event.target instanceof Element && event.target.closest(INTERACTIVE)) return false;
        if (onPillarAwayFromGrip(event.target)) return false;
        onActivation?.({ event });
        return true;
      },
    },
  ];
}

