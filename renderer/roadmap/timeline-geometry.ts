import { createContext, useContext, type RefObject } from 'react';

/** What every part of the timeline needs to turn months into pixels and pointers into months. */
export interface TimelineGeometry {
  startIndex: number;
  horizonMonths: number;
  monthWidth: number;
  /** The lanes area: x = 0 is the horizon's first month, y = 0 the first lane's top. */
  lanesRef: RefObject<HTMLDivElement | null>;
  /** The milestone row's month area. */
  milestonesRef: RefObject<HTMLDivElement | null>;
}

export const TimelineGeometryContext = createContext<TimelineGeometry | null>(null);

export function useTimelineGeometry(): TimelineGeometry {
  const geometry = useContext(TimelineGeometryContext);
  if (!geometry) throw new Error('useTimelineGeometry outside the roadmap');
  return geometry;
}

/** The horizon month index under a client x, from an element whose left edge is the horizon's start. */
export function monthIndexAtClientX(geometry: TimelineGeometry, element: HTMLElement | null, clientX: number): number {
  const left = element?.getBoundingClientRect().left ?? 0;
  return geometry.startIndex + Math.floor((clientX - left) / geometry.monthWidth);
}
