import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { onDisplayChange } from '../display/display-preferences';

/*
 * Windowing of a long list in a scrolling view (the outline's objectives and applications, the
 * Dimensions table's rows): only the items near the visible part of their scroll box are in the
 * page, from the first in reach to the last; the runs before and after are gaps of the height they
 * are expected to take (measured when they were last in the page, estimated otherwise). The board
 * has its own scheme (board/board-window.ts), with the same threshold.
 *
 * Always in the page, wherever they are: the items the caller holds (the selection and its
 * ancestors, an item about to be edited), and the item holding the keyboard focus.
 *
 * An item is the list element's child marked with `windowItemProps(id)`; a gap, with `gapProps`.
 */

/** What a windowed list renders, in order: an item, or a gap standing for the items between two indices. */
export type WindowSegment = { kind: 'item'; id: string; index: number } | { kind: 'gap'; key: string; from: number; to: number; height: number };

export interface ListWindowOptions {
  /** Whether the list is windowed at all: when false, every item is in the page. */
  windowed: boolean;
  ids: readonly string[];
  /** The kind of item (e.g. 'outline-application'), naming the heights remembered for its items. */
  kind: string;
  /** The expected height of an item not measured yet, with the space between items, in px. */
  estimate: (id: string) => number;
  /** Items kept in the page wherever they are. */
  held?: readonly (string | null | undefined)[];
}

/**
 * Heights of items measured while they were in the page, by kind and id, and how far the
 * measurements of each kind ran from the estimates on average; a new room size forgets them.
 */
const measuredHeights = new Map<string, number>();
const drift = new Map<string, { measured: number; estimated: number }>();
onDisplayChange(() => {
  measuredHeights.clear();
  drift.clear();
});
const heightKey = (kind: string, id: string) => `${kind}:${id}`;

function remember(kind: string, id: string, height: number, estimate: (id: string) => number): void {
  const key = heightKey(kind, id);
  if (measuredHeights.get(key) === height) return;
  const sums = drift.get(kind) ?? { measured: 0, estimated: 0 };
  if (!measuredHeights.has(key)) drift.set(kind, { measured: sums.measured + height, estimated: sums.estimated + estimate(id) });
  measuredHeights.set(key, height);
}

/**
 * The height an item is expected to take: measured when known, else its estimate scaled as the
 * measured items of its kind ran (cards are taller beside an open panel, rows shorter in a wide window).
 */
export function itemHeight(kind: string, id: string, estimate: (id: string) => number): number {
  const known = measuredHeights.get(heightKey(kind, id));
  if (known !== undefined) return known;
  const sums = drift.get(kind);
  return sums && sums.estimated > 0 ? (estimate(id) * sums.measured) / sums.estimated : estimate(id);
}

/**
 * Scrolls a just-selected item into view, and again over the next frames while the items mounting
 * around it settle to their real heights (the estimates above it may have been off).
 */
export function revealSettling(element: HTMLElement | null): () => void {
  let frames = 10;
  let frame = 0;
  const reveal = () => {
    if (element?.isConnected) element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    frame = --frames > 0 ? requestAnimationFrame(reveal) : 0;
  };
  reveal();
  return () => cancelAnimationFrame(frame);
}

export const windowItemProps = (id: string) => ({ 'data-window-item': id });
/**
 * A gap's attributes and size. Never a scroll anchor: when items mount in its place, the browser
 * keeps what the person sees still by an item's position, not by a gap that is about to change.
 */
export const gapProps = (segment: Extract<WindowSegment, { kind: 'gap' }>) => ({
  'data-window-gap': `${segment.from}-${segment.to}`,
  'aria-hidden': true as const,
  'data-testid': 'window-gap',
  style: { blockSize: segment.height, overflowAnchor: 'none' as const },
});

/** A run of indices mounted, first to last inclusive (empty when first > last), and the item with the focus. */
interface Mounted {
  first: number;
  last: number;
  focused: string | null;
}

const NOTHING: Mounted = { first: 0, last: -1, focused: null };

/** The nearest ancestor that scrolls vertically, or null for the page itself. */
function scrollBoxOf(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return null;
}

/**
 * Which of `ids` are in the page: returns the segments to render. The list element (`listRef`) must
 * hold the items and gaps as its direct children, in order.
 */
export function useListWindow(listRef: RefObject<HTMLElement | null>, options: ListWindowOptions): readonly WindowSegment[] {
  const { windowed, ids, kind, estimate, held = [] } = options;
  const [mounted, setMounted] = useState<Mounted>(NOTHING);
  const latest = useRef({ ids, kind, estimate });
  useLayoutEffect(() => {
    latest.current = { ids, kind, estimate };
  });

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return;
    const scrollBox = scrollBoxOf(list);
    let frame = 0;
    const measure = () => {
      frame = 0;
      const { ids, kind, estimate } = latest.current;
      const next = measureWindow(list, scrollBox, ids, kind, estimate);
      setMounted((previous) => (previous.first === next.first && previous.last === next.last && previous.focused === next.focused ? previous : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    const resizes = new ResizeObserver(schedule);
    resizes.observe(list);
    if (scrollBox) resizes.observe(scrollBox);
    // Scroll events do not bubble; caught on the way down, any scroll box moving the list is heard.
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    list.addEventListener('focusin', schedule);
    list.addEventListener('focusout', schedule);
    return () => {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      document.removeEventListener('scroll', schedule, { capture: true });
      list.removeEventListener('focusin', schedule);
      list.removeEventListener('focusout', schedule);
    };
  }, [listRef, windowed]);

  const heldKey = held.filter(Boolean).join('\n');
  return useMemo(() => {
    if (!windowed) return ids.map((id, index) => ({ kind: 'item' as const, id, index }));
    const keep = new Set(heldKey ? heldKey.split('\n') : []);
    if (mounted.focused) keep.add(mounted.focused);
    const segments: WindowSegment[] = [];
    let gapFrom = -1;
    let gapHeight = 0;
    const closeGap = (to: number) => {
      if (gapFrom < 0) return;
      segments.push({ kind: 'gap', key: `gap:${gapFrom}`, from: gapFrom, to, height: gapHeight });
      gapFrom = -1;
      gapHeight = 0;
    };
    ids.forEach((id, index) => {
      if ((index >= mounted.first && index <= mounted.last) || keep.has(id)) {
        closeGap(index);
        segments.push({ kind: 'item', id, index });
        return;
      }
      if (gapFrom < 0) gapFrom = index;
      gapHeight += itemHeight(kind, id, estimate);
    });
    closeGap(ids.length);
    return segments;
  }, [windowed, ids, kind, estimate, mounted, heldKey]);
}

/**
 * Remembers the heights of the items in the page, then finds the run of items within a screen of
 * the scroll box's visible part, walking the list's children (items where they are, gaps
 * divided by the heights they stand for).
 */
function measureWindow(list: HTMLElement, scrollBox: HTMLElement | null, ids: readonly string[], kind: string, estimate: (id: string) => number): Mounted {
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const view = scrollBox?.getBoundingClientRect();
  const top = Math.max(view?.top ?? 0, 0);
  const bottom = Math.min(view?.bottom ?? window.innerHeight, window.innerHeight);
  const reach = Math.max(bottom - top, 200);
  const area = { top: top - reach, bottom: bottom + reach };

  const parts = Array.from(list.children).filter((child): child is HTMLElement => child instanceof HTMLElement && (child.dataset.windowItem !== undefined || child.dataset.windowGap !== undefined));
  const rowGap = parseFloat(getComputedStyle(list).rowGap) || 0;
  const tops = parts.map((part) => part.getBoundingClientRect().top);
  let first = Infinity;
  let last = -Infinity;
  const reached = (index: number, from: number, height: number) => {
    if (from + height > area.top && from < area.bottom) {
      first = Math.min(first, index);
      last = Math.max(last, index);
    }
  };
  parts.forEach((part, p) => {
    const at = tops[p]!;
    const id = part.dataset.windowItem;
    if (id !== undefined) {
      const index = indexOf.get(id);
      if (index === undefined) return;
      const height = p + 1 < parts.length ? tops[p + 1]! - at : part.getBoundingClientRect().height + rowGap;
      remember(kind, id, height, estimate);
      reached(index, at, height);
      return;
    }
    const [from, to] = part.dataset.windowGap!.split('-').map(Number) as [number, number];
    let y = at;
    for (let index = from; index < to && y < area.bottom; index++) {
      const height = itemHeight(kind, ids[index]!, estimate);
      reached(index, y, height);
      y += height;
    }
  });

  const focused = focusedItem(list);
  return first <= last ? { first, last, focused } : { ...NOTHING, focused };
}

/** The item holding the keyboard focus, or whose companion after it does (a card's "Move to…" button). */
function focusedItem(list: HTMLElement): string | null {
  let child: Element | null = document.activeElement;
  while (child && child.parentElement !== list) child = child.parentElement;
  for (; child; child = child.previousElementSibling) {
    if (!(child instanceof HTMLElement) || child.dataset.windowGap !== undefined) return null;
    if (child.dataset.windowItem !== undefined) return child.dataset.windowItem;
  }
  return null;
}
