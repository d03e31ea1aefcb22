import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { stackLabels } from '../../shared/roadmap/label-rows';
import { monthIndex, monthLabel } from '../../shared/roadmap/months';
import { useLocale, useT } from '../i18n/use-t';
import { plannerStore, usePlanner } from '../store/store';
import { useRoomScale } from '../display/use-room-scale';
import { useDragPreview } from './drag-preview';
import { selectIsSelected, selectWarningsOf } from './roadmap-derived';
import { takeFocusRequest } from './roadmap-view-state';
import { useTimelineGeometry } from './timeline-geometry';
import { LABEL_WIDTH, MILESTONE_BASE_HEIGHT, MILESTONE_LABEL_GAP, MILESTONE_LABEL_ROW, milestoneLabelSpan } from './timeline-layout';
import { MILESTONES_DROP_ID, type RoadmapDragData } from './use-roadmap-dnd';

const LABEL_FONT = 13;

/** Dated diamonds with their titles, stacked so that neighbouring titles never overlap. */
export const MilestoneRow = memo(function MilestoneRow() {
  const { monthWidth, startIndex, milestonesRef, horizonMonths } = useTimelineGeometry();
  const milestones = usePlanner(useShallow((s) => s.plan?.roadmap.milestones ?? []));
  const newPreview = useDragPreview((p) => (p?.kind === 'milestone' && p.milestoneId === null ? p : null));
  const { setNodeRef, isOver } = useDroppable({ id: MILESTONES_DROP_ID });
  // Labels grow with the room size; their widths and rows are estimated at the size shown.
  const scale = useRoomScale();
  const t = useT();
  const xOf = (month: string) => (monthIndex(month) - startIndex + 0.5) * monthWidth;
  const rows = stackLabels(
    milestones.map((m) => milestoneLabelSpan(xOf(m.month), m.title, LABEL_FONT * scale)),
    MILESTONE_LABEL_GAP,
  );
  const rowCount = Math.max(1, ...rows.map((r) => r + 1));
  const height = (MILESTONE_BASE_HEIGHT + (rowCount - 1) * MILESTONE_LABEL_ROW) * scale;
  return (
    <div className="timeline__milestones" style={{ height }}>
      <div className="timeline__corner timeline__corner--milestones" style={{ width: LABEL_WIDTH }}>
        {t('roadmap.milestones.heading')}
      </div>
      <div
        className="timeline__milestone-area"
        data-over={isOver || undefined}
        ref={(node) => {
          setNodeRef(node);
          milestonesRef.current = node;
        }}
        style={{ width: horizonMonths * monthWidth }}
      >
        {milestones.map((m, i) => (
          <MilestoneMarker key={m.id} id={m.id} title={m.title} month={m.month} row={rows[i] ?? 0} />
        ))}
        {newPreview && (
          <div className="milestone milestone--ghost" style={{ left: xOf(newPreview.month), top: 4 }} aria-hidden="true">
            <span className="milestone-diamond" />
            <span className="milestone__label">{newPreview.title}</span>
          </div>
        )}
        {milestones.length === 0 && !newPreview && <span className="timeline__milestone-empty">{t('roadmap.milestones.empty')}</span>}
      </div>
    </div>
  );
});

const MilestoneMarker = memo(function MilestoneMarker({ id, title, month, row }: { id: string; title: string; month: string; row: number }) {
  const scale = useRoomScale();
  const t = useT();
  const locale = useLocale();
  const { monthWidth, startIndex } = useTimelineGeometry();
  const previewMonth = useDragPreview((p) => (p?.kind === 'milestone' && p.milestoneId === id ? p.month : null));
  const selected = usePlanner(selectIsSelected('milestone', id));
  const warning = usePlanner(selectWarningsOf(id));
  const data: RoadmapDragData = { type: 'milestone', milestoneId: id };
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({ id: `milestone:${id}`, data });
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (takeFocusRequest(id)) ref.current?.focus();
  }, [id]);
  const shown = previewMonth ?? month;
  const left = (monthIndex(shown) - startIndex + 0.5) * monthWidth;
  const when = monthLabel(shown, locale);
  const named = t('roadmap.milestone.title', { title, month: when });
  return (
    <div
      ref={(node) => {
        setNodeRef(node);
        ref.current = node;
      }}
      className="milestone"
      data-item-kind="milestone"
      data-item-id={id}
      data-selected={selected || undefined}
      data-warning={warning ? true : undefined}
      data-dragging={isDragging || undefined}
      style={{ left, top: (4 + row * MILESTONE_LABEL_ROW) * scale }}
      {...attributes}
      {...listeners}
      aria-roledescription={t('roadmap.milestone.roleDescription')}
      aria-label={t('roadmap.milestone.label', { title, month: when, hasWarning: warning ? 'yes' : 'no', warning })}
      title={warning ? `${named}\n${warning}` : named}
      onClick={() => plannerStore.getState().select({ kind: 'milestone', id })}
    >
      <span className="milestone-diamond" aria-hidden="true" />
      <span className="milestone__label">{title || t('domain.untitled.milestone')}</span>
    </div>
  );
});
