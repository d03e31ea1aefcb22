import { DndContext, DragOverlay, pointerWithin } from '@dnd-kit/core';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { monthIndex } from '../../shared/roadmap/months';
import { useT } from '../i18n/use-t';
import { SILENT_DRAG_ANNOUNCEMENTS } from '../components/silent-drag-announcements';
import { usePlanner } from '../store/store';
import '../styles/roadmap.css';
import { DragChip } from './DragChip';
import { Lanes } from './Lanes';
import { MilestoneRow } from './MilestoneRow';
import { RoadmapDutyRow } from '../governance/RoadmapDutyRow';
import { RoadmapControls } from './RoadmapControls';
import { RoadmapSidebar } from './RoadmapSidebar';
import { SpendChart } from './SpendChart';
import { TimelineHeader } from './TimelineHeader';
import { monthWidthFor, LABEL_WIDTH } from './timeline-layout';
import { TimelineGeometryContext, type TimelineGeometry } from './timeline-geometry';
import { useRoadmapDnd } from './use-roadmap-dnd';
import { useRoadmapKeyboard } from './use-roadmap-keyboard';
import { useRevealSelection } from './use-reveal-selection';
import { ROADMAP_KEYS_HINT_ID, useZoom } from './roadmap-view-state';

/** The incremental roadmap: a timeline of months by quarter, a swimlane per pillar, and the Unscheduled list. */
export function RoadmapView() {
  const horizonStart = usePlanner((s) => s.plan?.meta.horizonStart ?? '2027-01');
  const horizonMonths = usePlanner((s) => s.plan?.meta.horizonMonths ?? 12);
  const zoom = useZoom();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const lanesRef = useRef<HTMLDivElement>(null);
  const milestonesRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(1000);
  const t = useT();
  const instructions = useMemo(() => ({ draggable: t('roadmap.instructions') }), [t]);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const measure = () => setAvailable(scroller.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);

  const monthWidth = monthWidthFor(zoom, horizonMonths, available);
  const geometry = useMemo<TimelineGeometry>(
    () => ({ startIndex: monthIndex(horizonStart), horizonMonths, monthWidth, lanesRef, milestonesRef }),
    [horizonStart, horizonMonths, monthWidth],
  );
  const geometryRef = useRef<TimelineGeometry | null>(geometry);
  useLayoutEffect(() => {
    geometryRef.current = geometry;
  }, [geometry]);

  const dnd = useRoadmapDnd(geometryRef);
  useRoadmapKeyboard(rootRef);
  useRevealSelection(rootRef);

  return (
    <div className={`roadmap roadmap--${zoom}`} ref={rootRef} data-testid="roadmap">
      <p id={ROADMAP_KEYS_HINT_ID} className="visually-hidden">
        {t('roadmap.keysHint')}
      </p>
      <RoadmapControls />
      <DndContext
        sensors={dnd.sensors}
        collisionDetection={pointerWithin}
        onDragStart={dnd.onDragStart}
        onDragMove={dnd.onDragMove}
        onDragOver={dnd.onDragOver}
        onDragEnd={dnd.onDragEnd}
        onDragCancel={dnd.onDragCancel}
        accessibility={{ screenReaderInstructions: instructions, announcements: SILENT_DRAG_ANNOUNCEMENTS }}
      >
        <TimelineGeometryContext.Provider value={geometry}>
          <div className="roadmap__body">
            <RoadmapSidebar />
            <div className="roadmap__scroller" ref={scrollerRef}>
              <div className="timeline" style={{ width: LABEL_WIDTH + horizonMonths * monthWidth, ['--month-width' as string]: `${monthWidth}px` }}>
                <TimelineHeader />
                <MilestoneRow />
                <RoadmapDutyRow />
                <Lanes />
              </div>
            </div>
            <SpendChart />
          </div>
        </TimelineGeometryContext.Provider>
        <DragOverlay dropAnimation={null}>
          <DragChip />
        </DragOverlay>
      </DndContext>
    </div>
  );
}
