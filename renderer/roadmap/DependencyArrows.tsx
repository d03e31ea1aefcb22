import type { Phase } from '../../shared/model';
import { scheduleSpan } from '../../shared/roadmap/phases';
import { usePlanner } from '../store/store';
import { useDragPreview } from './drag-preview';
import { selectIndex } from './roadmap-derived';
import { useTimelineGeometry } from './timeline-geometry';
import { arrowPath } from './timeline-layout';

/** Vertical centre of the phase track within a row (see .bar__track). */
const TRACK_MIDDLE = 31;

/** Finish-to-start dependencies as arrows from a predecessor's end to its dependent's start. */
export function DependencyArrows({ rowTop, height }: { rowTop: Map<string, number>; height: number }) {
  const { monthWidth, startIndex, horizonMonths } = useTimelineGeometry();
  const dependencies = usePlanner((s) => s.plan?.roadmap.dependencies);
  const index = usePlanner(selectIndex);
  const moving = useDragPreview((p) => (p?.kind === 'phases' ? p : null));
  const link = useDragPreview((p) => (p?.kind === 'link' ? p : null));
  if (!index || !dependencies) return null;
  const phasesOf = (id: string): readonly Phase[] | undefined =>
    moving?.applicationId === id ? moving.phases : index.schedules.get(id)?.phases;
  const x = (month: number) => (month - startIndex) * monthWidth;

  const arrows = dependencies.flatMap((d) => {
    const from = phasesOf(d.fromId);
    const to = phasesOf(d.toId);
    const y1 = rowTop.get(d.fromId);
    const y2 = rowTop.get(d.toId);
    if (!from || !to || y1 === undefined || y2 === undefined) return [];
    const a = scheduleSpan(from);
    const b = scheduleSpan(to);
    const backwards = b.start < a.end;
    return [
      <path
        key={d.id}
        className="dependency"
        data-dependency={d.id}
        data-backwards={backwards || undefined}
        d={arrowPath({ x1: x(a.end), y1: y1 + TRACK_MIDDLE, x2: x(b.start), y2: y2 + TRACK_MIDDLE })}
        markerEnd={backwards ? 'url(#roadmap-arrow-bad)' : 'url(#roadmap-arrow)'}
      />,
    ];
  });

  let rubberBand = null;
  if (link) {
    const from = phasesOf(link.applicationId);
    const y1 = rowTop.get(link.applicationId);
    if (from && y1 !== undefined)
      rubberBand = <line className="dependency dependency--drawing" x1={x(scheduleSpan(from).end)} y1={y1 + TRACK_MIDDLE} x2={link.x} y2={link.y} markerEnd="url(#roadmap-arrow)" />;
  }

  return (
    <svg className="timeline__arrows" width={horizonMonths * monthWidth} height={height} aria-hidden="true">
      <defs>
        <marker id="roadmap-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="dependency__head" />
        </marker>
        <marker id="roadmap-arrow-bad" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="dependency__head dependency__head--bad" />
        </marker>
      </defs>
      {arrows}
      {rubberBand}
    </svg>
  );
}
