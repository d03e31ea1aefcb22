import { useLayoutEffect, type RefObject } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { PlannerState } from '../store/types';
import { plannerStore, usePlanner } from '../store/store';
import { forgetDropPlaces } from './board-dnd';
import { dragStore } from './drag-store';
import { indexPlan, placeOfItem, type PlanIndex } from '../../shared/plan-index';

/*
 * Windowing of a big board. A board of 1,000 cards mounted whole is 20,000 elements: the first
 * render took nine times a blank board's, and every drag start and drop restyled all of them.
 *
 * From WINDOWED_FROM applications, each pillar column mounts only the first of its objectives, and
 * each objective only the first of its cards, as far down as the visible board reaches; the rest of
 * the list is one block of the height it is expected to take ("3 more AI applications"). A column or
 * objective wholly outside the visible board mounts none. Lists grow as the board scrolls and
 * shrink only when the whole list leaves, so what the user has seen stays put. Small boards mount
 * everything, so every card stays in the page.
 *
 * Always mounted, whatever the scroll: the lists that hold the selection (so that revealing it
 * finds it); a list holding the keyboard focus, and everything mounted when a drag starts, keep
 * their cards until focus leaves or the drag ends.
 */
export const WINDOWED_FROM = 150;

/** How far beyond the visible board lists mount, as fractions of its width and height. */
const AHEAD = { x: 0.5, y: 0.75 };

/** A pillar column's objectives or an objective's cards: the lists that windowing shortens. */
export type RegionKind = 'pillar' | 'objective';
const regionKey = (kind: RegionKind, id: string) => `${kind}:${id}`;
const splitKey = (key: string) => key.split(/:(.*)/s) as [RegionKind, string];

/** How many items of each list are in the page, by region key; a list not in the map mounts none. */
type Limits = ReadonlyMap<string, number>;

const windowStore = createStore<{ limits: Limits }>()(() => ({ limits: new Map<string, number>() }));

/**
 * Measured heights of lists, kept when they unmount, with what the list held then: a list whose
 * contents changed since (a card dropped into it, another plan opened) is estimated again.
 */
const heights = new Map<string, { height: number; contents: string }>();
const regions = new Map<HTMLElement, string>();
let board: HTMLElement | null = null;
let resizes: ResizeObserver | null = null;
let frame = 0;
let settling = false;
/** False from the board's first paint until the browser is idle: until then only what is in view mounts. */
let ahead = false;

// Measured on the board at its default size: a card with its "Add KPI" button, a KPI row (one or
// two lines), an objective's header with its padding, an "add" button below a list.
const APPLICATION_HEIGHT = 130;
const KPI_HEIGHT = 66;
const OBJECTIVE_HEAD_HEIGHT = 91;
const ADD_BUTTON_HEIGHT = 36;

/* Expected heights of what is not in the page, from the plan: a measured height wins when known. */

function applicationHeight(index: PlanIndex, applicationId: string): number {
  return APPLICATION_HEIGHT + (index.kpisOf.get(applicationId)?.length ?? 0) * KPI_HEIGHT;
}

/** What a list holds, to tell whether a height measured earlier still applies. */
function contentsOf(index: PlanIndex, key: string): string {
  const [kind, id] = splitKey(key);
  if (kind === 'objective') return (index.applicationsOf.get(id) ?? []).map((a) => `${a}/${index.kpisOf.get(a)?.length ?? 0}`).join(',');
  return (index.objectivesOf.get(id) ?? []).map((o) => contentsOf(index, regionKey('objective', o))).join(';');
}

function measured(index: PlanIndex, key: string): number | undefined {
  const known = heights.get(key);
  return known && known.contents === contentsOf(index, key) ? known.height : undefined;
}

const childrenOf = (index: PlanIndex, kind: RegionKind, id: string): readonly string[] =>
  (kind === 'pillar' ? index.objectivesOf.get(id) : index.applicationsOf.get(id)) ?? [];

const childHeight = (index: PlanIndex, kind: RegionKind, child: string): number =>
  kind === 'pillar' ? OBJECTIVE_HEAD_HEIGHT + listHeight(index, 'objective', child) : applicationHeight(index, child);

/** A column's objectives or an objective's cards from the `from`-th on; from 0, with the "add" button. */
export function listHeight(index: PlanIndex, kind: RegionKind, id: string, from = 0): number {
  const known = from === 0 ? measured(index, regionKey(kind, id)) : undefined;
  if (known !== undefined) return known;
  const children = childrenOf(index, kind, id);
  let height = from === 0 ? ADD_BUTTON_HEIGHT : 0;
  for (let i = from; i < children.length; i++) height += childHeight(index, kind, children[i]!);
  return height;
}

export const isWindowed = (s: PlannerState) => (s.plan?.applications.length ?? 0) >= WINDOWED_FROM;

/** The keys of the lists that hold the selection. */
function regionsOfSelection(s: PlannerState): readonly string[] {
  if (!s.selection || !s.plan) return [];
  const { pillarId, objectiveId } = placeOfItem(indexPlan(s.plan), s.selection);
  if (!pillarId || !objectiveId) return [];
  return s.selection.kind === 'objective' ? [regionKey('pillar', pillarId)] : [regionKey('pillar', pillarId), regionKey('objective', objectiveId)];
}

/** How many of this column's objectives, or this objective's cards, are in the page now. */
export function useRegionLimit(kind: RegionKind, id: string): number {
  const key = regionKey(kind, id);
  const windowed = usePlanner(isWindowed);
  const selected = usePlanner((s) => regionsOfSelection(s).includes(key));
  const limit = useStore(windowStore, (s) => s.limits.get(key) ?? 0);
  return !windowed || selected ? Infinity : limit;
}

/** The attribute that marks the block standing for a list's unmounted rest. */
export const restBlockProps = (kind: RegionKind, id: string) => ({ 'data-window-rest': regionKey(kind, id), 'data-testid': 'window-pending' });

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/**
 * Recomputes how much of each list is near the visible board: scroll, resize and size changes call
 * it. The board's first paint mounts only what is in view; once the browser is idle the lists
 * reach a little beyond the edges, so that scrolling finds them ready.
 */
function refreshWindow(): void {
  cancelAnimationFrame(frame);
  frame = 0;
  const plan = plannerStore.getState().plan;
  if (!board || !plan) return;
  const index = indexPlan(plan);
  const view = board.getBoundingClientRect();
  const dx = ahead ? view.width * AHEAD.x : 0;
  const dy = ahead ? view.height * AHEAD.y : 0;
  const area = { left: view.left - dx, right: view.right + dx, top: view.top - dy, bottom: view.bottom + dy };
  const dragging = dragStore.getState().active !== null;
  const focused = document.activeElement;
  const current = windowStore.getState().limits;
  const next = new Map<string, number>();
  for (const [element, key] of regions) {
    const had = current.get(key) ?? 0;
    const rect = element.getBoundingClientRect();
    if (overlaps(rect, area)) {
      // No block for the rest: the whole list is in the page (it holds the selection).
      const rest = element.querySelector<HTMLElement>(`[data-window-rest="${key}"]`);
      grow(index, key, had, rest ? rest.getBoundingClientRect().top : -Infinity, area, next);
    } else if (had > 0 && (dragging || (focused !== null && element.contains(focused)))) {
      next.set(key, had);
    } else if (had > 0) {
      rememberHeight(index, key, element);
    }
  }
  if (next.size === current.size && [...next].every(([key, limit]) => current.get(key) === limit)) return;
  windowStore.setState({ limits: next });
  // The drag's places were collected from the cards in the page; the next collision re-collects.
  forgetDropPlaces();
}

/**
 * Lengthens a list whose unmounted rest starts at `top` until the expected rest starts below the
 * area (a `top` of -Infinity takes the whole list). The objectives a column adds are not in the
 * page yet: those expected in the area get their cards in the same render, and the next refresh
 * corrects any guess from what it measures.
 */
function grow(index: PlanIndex, key: string, had: number, top: number, area: Rect, next: Map<string, number>): void {
  const [kind, id] = splitKey(key);
  const children = childrenOf(index, kind, id);
  let limit = had;
  let y = top;
  while (limit < children.length && y < area.bottom) {
    const child = children[limit]!;
    const height = childHeight(index, kind, child);
    if (kind === 'pillar' && y + height > area.top) grow(index, regionKey('objective', child), next.get(regionKey('objective', child)) ?? 0, y + OBJECTIVE_HEAD_HEIGHT, area, next);
    y += height;
    limit++;
  }
  // At least one: a list in the area shows something, and an empty one its "add" button.
  next.set(key, Math.max(limit, 1, next.get(key) ?? 0));
}

function rememberHeight(index: PlanIndex, key: string, element: HTMLElement): void {
  const contents = element.querySelector<HTMLElement>(`[data-window-contents="${key}"]`);
  if (contents) heights.set(key, { height: contents.getBoundingClientRect().height, contents: contentsOf(index, key) });
}

/** The attribute that marks a list's contents, measured when the list unmounts. */
export const contentsProps = (kind: RegionKind, id: string) => ({ 'data-window-contents': regionKey(kind, id) });

function scheduleRefresh(): void {
  if (!frame && board) frame = requestAnimationFrame(refreshWindow);
}

/**
 * Lists that just mounted inside a list that just grew are measured before the browser paints, so
 * the view never shows a frame of placeholders where cards belong.
 */
function settleBeforePaint(): void {
  if (settling || !board) return;
  settling = true;
  queueMicrotask(() => {
    settling = false;
    refreshWindow();
  });
}

/**
 * Each column and objective on a windowed board registers its element; a change in its size moves
 * those below or beside it.
 */
export function useWindowedRegion(kind: RegionKind, id: string, nodeRef: RefObject<HTMLElement | null>): void {
  const windowed = usePlanner(isWindowed);
  useLayoutEffect(() => {
    const element = nodeRef.current;
    if (!windowed || !element) return;
    regions.set(element, regionKey(kind, id));
    resizes?.observe(element);
    settleBeforePaint();
    return () => {
      regions.delete(element);
      resizes?.unobserve(element);
    };
  }, [kind, id, nodeRef, windowed]);
}

/**
 * The board's scrolling element drives the window. Its layout effect runs after the lists'
 * (children first), so the first paint of a big board already has the cards in view.
 */
export function useBoardWindow(boardRef: RefObject<HTMLElement | null>, windowed: boolean): void {
  useLayoutEffect(() => {
    const element = boardRef.current;
    if (!windowed || !element) return;
    board = element;
    ahead = false;
    resizes = new ResizeObserver(scheduleRefresh);
    resizes.observe(element);
    for (const region of regions.keys()) resizes.observe(region);
    element.addEventListener('scroll', scheduleRefresh, { passive: true });
    element.addEventListener('focusout', scheduleRefresh);
    // Lists held for the drag are let go when it ends.
    const unsubscribe = dragStore.subscribe((s, previous) => {
      if (previous.active && !s.active) scheduleRefresh();
    });
    refreshWindow();
    const idle = requestIdleCallback(
      () => {
        ahead = true;
        refreshWindow();
      },
      { timeout: 500 },
    );
    return () => {
      cancelIdleCallback(idle);
      unsubscribe();
      element.removeEventListener('scroll', scheduleRefresh);
      element.removeEventListener('focusout', scheduleRefresh);
      resizes?.disconnect();
      resizes = null;
      board = null;
      cancelAnimationFrame(frame);
      frame = 0;
      windowStore.setState({ limits: new Map() });
    };
  }, [boardRef, windowed]);
}
