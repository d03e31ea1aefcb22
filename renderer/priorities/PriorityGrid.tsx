import { DndContext, DragOverlay, PointerSensor, pointerWithin, useDroppable, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { Fragment, memo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/use-t';
import { SILENT_DRAG_ANNOUNCEMENTS } from '../components/silent-drag-announcements';
import type { PlannerState } from '../store/types';
import { setApplicationScores } from '../store/insight-actions';
import { selectApplication } from '../store/plan-selectors';
import { plannerStore, usePlanner } from '../store/store';
import { CardFace, PriorityCard } from './PriorityCard';
import { isWindowed } from '../board/board-window';
import { gapProps, useListWindow } from '../components/list-window';
import { cellId, parseCellId, QUADRANTS, quadrantOf, SCORES } from './quadrants';

const IMPACT_DESC = [...SCORES].reverse();

/** Ids of the applications in one cell, in plan order. */
const selectIdsInCell = (impact: number, feasibility: number) => (s: PlannerState) =>
  s.plan?.applications.filter((a) => a.impact === impact && a.feasibility === feasibility).map((a) => a.id) ?? [];

/** A card at Normal room size (a title of one or two lines over its scores), with the space after it. */
const CARD_HEIGHT = 64;
const cardEstimate = () => CARD_HEIGHT;
const selectSelectedApplication = (s: PlannerState) => (s.selection?.kind === 'application' ? s.selection.id : null);

/**
 * A cell of the grid. In a big plan only the cards near the view are in the page
 * (components/list-window.ts), with blank gaps of the expected height for the rest; the selected
 * card is always there.
 */
const Cell = memo(function Cell({ impact, feasibility }: { impact: number; feasibility: number }) {
  const ids = usePlanner(useShallow(selectIdsInCell(impact, feasibility)));
  const { setNodeRef, isOver } = useDroppable({ id: cellId(impact, feasibility) });
  const listRef = useRef<HTMLDivElement | null>(null);
  const selected = usePlanner(selectSelectedApplication);
  const segments = useListWindow(listRef, { windowed: usePlanner(isWindowed), ids, kind: 'priority-card', estimate: cardEstimate, held: [selected] });
  return (
    <div
      ref={(node) => {
        listRef.current = node;
        setNodeRef(node);
      }}
      className={`prio-cell prio-cell--${quadrantOf(impact, feasibility).id}${isOver ? ' prio-cell--over' : ''}`}
      style={{ gridRow: 7 - impact, gridColumn: feasibility + 2 }}
      data-testid="priority-cell"
      data-impact={impact}
      data-feasibility={feasibility}
    >
      {segments.map((segment) =>
        segment.kind === 'item' ? <PriorityCard key={segment.id} id={segment.id} /> : <div key={segment.key} className="window-gap" {...gapProps(segment)} />,
      )}
    </div>
  );
});

function DraggedCard({ id }: { id: string }) {
  const app = usePlanner((s) => selectApplication(id)(s));
  if (!app) return null;
  return (
    <div className="prio-card prio-card--overlay">
      <CardFace title={app.title} impact={app.impact} feasibility={app.feasibility} starter={app.starter} />
    </div>
  );
}

/**
 * Impact (up) × feasibility (right) on the 1–5 grid. A drop snaps to the cell under the pointer
 * and sets both scores in one undo step; nothing is committed while dragging.
 */
export function PriorityGrid() {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  const [dragged, setDragged] = useState<string | null>(null);
  const t = useT();

  const onDragStart = (event: DragStartEvent) => setDragged(String(event.active.id));
  // Selecting only on drop: the detail panel opening mid-drag would move the cells under the pointer.
  const onDragEnd = (event: DragEndEvent) => {
    setDragged(null);
    const id = String(event.active.id);
    const cell = event.over ? parseCellId(event.over.id) : null;
    if (cell) setApplicationScores(id, cell.impact, cell.feasibility);
    plannerStore.getState().select({ kind: 'application', id });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={pointerWithin}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
      accessibility={{ announcements: SILENT_DRAG_ANNOUNCEMENTS, screenReaderInstructions: { draggable: t('priorities.card.description') } }}
    >
      <div className="prio-chart" role="group" aria-label={t('priorities.chart.label')}>
        <span className="prio-chart__y-title" aria-hidden="true">
          {t('priorities.chart.impact')}
        </span>
        {QUADRANTS.map((q) => {
          const top = q.impact[1] === 5;
          const columns = `${q.feasibility[0] + 2} / ${q.feasibility[1] + 3}`;
          return (
            <Fragment key={q.id}>
              <div
                className={`prio-quadrant prio-quadrant--${q.id}`}
                style={{ gridRow: top ? `1 / ${8 - q.impact[0]}` : `${7 - q.impact[1]} / 8`, gridColumn: columns }}
                aria-hidden="true"
              />
              <div className={`prio-quadrant__caption prio-quadrant__caption--${q.id}`} style={{ gridRow: top ? 1 : 7, gridColumn: columns }} data-testid="quadrant">
                <span className="prio-quadrant__label">{t(q.label)}</span> <span className="prio-quadrant__hint">{t(q.hint)}</span>
              </div>
            </Fragment>
          );
        })}
        {IMPACT_DESC.map((n) => (
          <span key={`y${n}`} className="prio-chart__tick prio-chart__tick--y" style={{ gridRow: 7 - n }} aria-hidden="true">
            {n}
          </span>
        ))}
        {IMPACT_DESC.map((impact) => SCORES.map((feasibility) => <Cell key={cellId(impact, feasibility)} impact={impact} feasibility={feasibility} />))}
        {SCORES.map((n) => (
          <span key={`x${n}`} className="prio-chart__tick prio-chart__tick--x" style={{ gridColumn: n + 2 }} aria-hidden="true">
            {n}
          </span>
        ))}
        <span className="prio-chart__x-title" aria-hidden="true">
          {t('priorities.chart.feasibility')}
        </span>
      </div>
      <DragOverlay dropAnimation={null}>{dragged ? <DraggedCard id={dragged} /> : null}</DragOverlay>
    </DndContext>
  );
}
