import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, useMemo } from 'react';
import { unalignedGroupTitle } from '../../shared/labels';
import { monthIndex } from '../../shared/roadmap/months';
import { thisMonth as currentMonth } from '../clock';
import { defaultPhases } from '../../shared/roadmap/phases';
import { roadmapBounds } from '../../shared/roadmap/roadmap-rules';
import { useRoomScale } from '../display/use-room-scale';
import { useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import { Bar, PhaseTrack } from './Bar';
import { DependencyArrows } from './DependencyArrows';
import { useDragPreview } from './drag-preview';
import { useTimelineGeometry } from './timeline-geometry';
import { barGeometry, LABEL_WIDTH, lanesLayout, rowGeometry, type LaneRow, type LanesLayout, type RowGeometry } from './timeline-layout';
import { heldByDrag, inBand, isRoadmapWindowed, useLanesBand } from './roadmap-window';
import type { PlannerState } from '../store/types';
import { BARS_DRAG_ID, TIMELINE_DROP_ID } from './use-roadmap-dnd';

/** A swimlane per pillar, in the matrix's order, with a row per scheduled application. */
export function Lanes() {
  const plan = usePlanner((s) => s.plan);
  const t = useT();
  // Rows grow with the room size, as the type in them does (roadmap.css scales the bars alike).
  const scale = useRoomScale();
  const rows = useMemo(() => rowGeometry(scale), [scale]);
  const layout = useMemo(() => (plan ? lanesLayout(plan, unalignedGroupTitle(t), rows) : null), [plan, t, rows]);
  if (!layout) return null;
  if (layout.lanes.length === 0) return <p className="timeline__empty">{t('roadmap.lanes.empty')}</p>;
  return (
    <div className="timeline__lanes" style={{ height: layout.height }}>
      <LaneLabels layout={layout} />
      <LanesBody layout={layout} rows={rows} />
    </div>
  );
}

function LaneLabels({ layout }: { layout: LanesLayout }) {
  const t = useT();
  return (
    <div className="timeline__lane-labels" style={{ width: LABEL_WIDTH, height: layout.height }}>
      {layout.lanes.map((lane, i) => (
        <div
          key={lane.pillarId ?? 'unaligned'}
          className="lane-label"
          data-lane={lane.pillarId ?? 'unaligned'}
          data-odd={i % 2 === 1 || undefined}
          style={{ top: lane.top, height: lane.height }}
        >
          <span className="lane-label__title">{lane.title || t('domain.untitled.pillar')}</span>
          <span className="lane-label__count">{t('roadmap.lane.scheduled', { count: lane.rows.length })}</span>
        </div>
      ))}
    </div>
  );
}

const selectSelectedApplication = (s: PlannerState) => (s.selection?.kind === 'application' ? s.selection.id : null);

function LanesBody({ layout, rows }: { layout: LanesLayout; rows: RowGeometry }) {
  const { monthWidth, horizonMonths, lanesRef } = useTimelineGeometry();
  const { setNodeRef, isOver } = useDroppable({ id: TIMELINE_DROP_ID });
  const bars = useDraggable({ id: BARS_DRAG_ID });
  const t = useT();
  const band = useLanesBand(lanesRef, usePlanner(isRoadmapWindowed));
  const selected = usePlanner(selectSelectedApplication);
  const held = useDragPreview(heldByDrag);
  const mounted = (row: LaneRow) => inBand(band, row.top, row.top + rows.rowHeight) || row.applicationId === selected || row.applicationId === held;
  return (
    <div
      className="timeline__lanes-body"
      data-over={isOver || undefined}
      ref={(node) => {
        setNodeRef(node);
        bars.setNodeRef(node);
        lanesRef.current = node;
      }}
      {...bars.listeners}
      style={{ width: horizonMonths * monthWidth, height: layout.height, ['--month-width' as string]: `${monthWidth}px` }}
    >
      <GridMarks />
      {layout.lanes.map((lane, i) => (
        <div
          key={lane.pillarId ?? 'unaligned'}
          className="lane"
          role="group"
          aria-label={t('roadmap.lane.label', { title: lane.title || t('domain.untitled.pillar') })}
          data-lane={lane.pillarId ?? 'unaligned'}
          data-odd={i % 2 === 1 || undefined}
          style={{ top: lane.top, height: lane.height }}
        >
          <div className="lane__slot" style={{ top: lane.slotTop - lane.top }} />
        </div>
      ))}
      {layout.lanes.flatMap((lane) => lane.rows.filter(mounted).map((row) => <Bar key={row.applicationId} id={row.applicationId} top={row.top} />))}
      <DependencyArrows rowTop={layout.rowTop} height={layout.height} rows={rows} band={band} />
      <ScheduleGhost layout={layout} rows={rows} />
    </div>
  );
}

/** Quarter boundaries and this month's column. */
const GridMarks = memo(function GridMarks() {
  const { monthWidth, startIndex, horizonMonths } = useTimelineGeometry();
  const meta = usePlanner((s) => s.plan?.meta);
  if (!meta) return null;
  const { quarters } = roadmapBounds({ meta });
  const thisMonth = monthIndex(currentMonth()) - startIndex;
  return (
    <>
      {quarters.slice(1).map((q) => (
        <div key={q.key} className="timeline__quarter-line" style={{ left: q.offset * monthWidth }} />
      ))}
      {thisMonth >= 0 && thisMonth < horizonMonths && (
        <div className="timeline__today" style={{ left: thisMonth * monthWidth, width: monthWidth }} aria-hidden="true" />
      )}
    </>
  );
});

/** Where an application dragged from the list would land: a faint bar in its own lane's slot. */
function ScheduleGhost({ layout, rows }: { layout: LanesLayout; rows: RowGeometry }) {
  const { monthWidth, startIndex } = useTimelineGeometry();
  const preview = useDragPreview((p) => (p?.kind === 'schedule' ? p : null));
  if (!preview) return null;
  const lane = layout.lanes.find((l) => l.pillarId === preview.laneId);
  if (!lane) return null;
  const phases = defaultPhases(preview.month);
  const geometry = barGeometry(phases, startIndex, monthWidth);
  return (
    <div className="bar bar--ghost" style={{ left: geometry.left, top: lane.slotTop - rows.titleBottom, width: geometry.width }} aria-hidden="true" data-testid="schedule-ghost">
      <PhaseTrack phases={geometry.phases} applicationId={null} />
    </div>
  );
}
