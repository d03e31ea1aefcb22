import { useLayoutEffect, useState, type RefObject } from 'react';
import { WINDOWED_FROM } from '../board/board-window';
import type { PlannerState } from '../store/types';
import type { DragPreview } from './drag-preview';

/*
 * Windowing of a big roadmap. Its rows sit at tops the layout computes (timeline-layout.ts), so the
 * page needs only the bars near the visible part of the timeline: from WINDOWED_FROM scheduled
 * applications (the board's threshold), bars mount when their row comes within a screen of the
 * view and leave when it is further. Lanes, their labels and the arrows keep their full geometry, so
 * heights, sticky labels and arrow routes are the same as with every bar mounted.
 *
 * Always mounted, whatever the scroll: the selected bar (so that revealing it finds it, and the bar
 * that has the keyboard focus, which selects it), and the bar being dragged or linked from.
 */

export const isRoadmapWindowed = (s: PlannerState) => (s.plan?.roadmap.schedules.length ?? 0) >= WINDOWED_FROM;

/** A vertical stretch of the lanes area, in px from its top. */
export interface Band {
  top: number;
  bottom: number;
}

/** Everything, for a roadmap that is not windowed. */
export const WHOLE: Band = { top: -Infinity, bottom: Infinity };

/**
 * The band is kept in steps of half a screen, so scrolling re-renders the bars only when the view
 * moves into a new step; with a screen's margin on each side, the bars are ready before they show.
 */
function bandAround(visibleTop: number, visibleHeight: number): Band {
  const step = Math.max(100, Math.round(visibleHeight / 2));
  const top = Math.floor((visibleTop - visibleHeight) / step) * step;
  const bottom = Math.ceil((visibleTop + 2 * visibleHeight) / step) * step;
  return { top, bottom };
}

/**
 * The band of the lanes area near the scroller's view; WHOLE when not windowed. Measured before
 * the first paint, and again on scroll and on any change in the scroller's or the lanes' size.
 */
export function useLanesBand(lanesRef: RefObject<HTMLElement | null>, windowed: boolean): Band {
  // Until measured: the top of the lanes, a window's height of it.
  const [band, setBand] = useState<Band>(() => bandAround(0, typeof window === 'undefined' ? 800 : window.innerHeight));
  useLayoutEffect(() => {
    const lanes = lanesRef.current;
    // Found from the lanes: the scroller's own ref is not set yet when the lanes' effects run.
    const scroller = lanes?.closest<HTMLElement>('.roadmap__scroller');
    if (!windowed || !scroller || !lanes) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const visibleTop = scroller.getBoundingClientRect().top - lanes.getBoundingClientRect().top;
      const next = bandAround(visibleTop, scroller.clientHeight);
      setBand((previous) => (previous.top === next.top && previous.bottom === next.bottom ? previous : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    const resizes = new ResizeObserver(schedule);
    resizes.observe(scroller);
    resizes.observe(lanes);
    scroller.addEventListener('scroll', schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      scroller.removeEventListener('scroll', schedule);
    };
  }, [lanesRef, windowed]);
  return windowed ? band : WHOLE;
}

/** Whether a row from `top` to `bottom` lies in the band. */
export const inBand = (band: Band, top: number, bottom: number) => bottom > band.top && top < band.bottom;

/** The application a drag or a drawn link holds, which stays mounted wherever it is. */
export const heldByDrag = (preview: DragPreview | null): string | null => (preview && 'applicationId' in preview ? preview.applicationId : null);
