import type { Phase } from '../../shared/model';
import { scheduleSpan } from '../../shared/roadmap/phases';
import { useRoomScale } from '../display/use-room-scale';
import { useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import { useDragPreview } from './drag-preview';
import { selectIndex } from './roadmap-derived';
import { useTimelineGeometry } from './timeline-geometry';
import { inBand, type Band } from './roadmap-window';
import { arrowPath, estimateTextWidth, titleLineMaxWidth, type RowGeometry, type TitleSpan } from './timeline-layout';

/** The bars' title type at Normal room size (--font-size-min). */
const TITLE_FONT = 13;

/**
 * Finish-to-start dependencies as arrows from a predecessor's end to its dependent's start, routed
 * clear of the bars' titles. Routes come from the layout, never from the bars in the page, so an
 * arrow to a bar a big roadmap has not mounted runs where it would with every bar there; only
 * arrows that reach into the band are drawn (the rest are out of sight).
 */
export function DependencyArrows({ rowTop, height, rows, band }: { rowTop: Map<string, number>; height: number; rows: RowGeometry; band: Band }) {
  const { monthWidth, startIndex, horizonMonths } = useTimelineGeometry();
  const dependencies = usePlanner((s) => s.plan?.roadmap.dependencies);
  const index = usePlanner(selectIndex);
  const moving = useDragPreview((p) => (p?.kind === 'phases' ? p : null));
  const link = useDragPreview((p) => (p?.kind === 'link' ? p : null));
  const scale = useRoomScale();
  const t = useT();
  if (!index || !dependencies) return null;
  const phasesOf = (id: string): readonly Phase[] | undefined =>
    moving?.applicationId === id ? moving.phases : index.schedules.get(id)?.phases;
  const x = (month: number) => (month - startIndex) * monthWidth;

  // Where each bar's title line reaches, estimated at the type size shown (as Bar lays it out).
  const fontPx = TITLE_FONT * scale;
  const badgeWidth = estimateTextWidth(t('roadmap.starter.badge'), fontPx) + fontPx;
  const titles: TitleSpan[] = dependencies.length
    ? [...rowTop].flatMap(([id, top]) => {
        const phases = phasesOf(id);
        const app = index.applications.get(id);
        if (!phases || !app) return [];
        const span = scheduleSpan(phases);
        const text = estimateTextWidth(app.title || t('roadmap.untitled.application'), fontPx);
        const extras = (app.starter ? badgeWidth : 0) + (index.warningsOf.has(id) ? 1.6 * fontPx : 0);
        const width = Math.min(text + extras, Math.max((span.end - span.start) * monthWidth, titleLineMaxWidth(scale)));
        return [{ top, left: x(span.start), right: x(span.start) + width }];
      })
    : [];

  const arrows = dependencies.flatMap((d) => {
    const from = phasesOf(d.fromId);
    const to = phasesOf(d.toId);
    const y1 = rowTop.get(d.fromId);
    const y2 = rowTop.get(d.toId);
    if (!from || !to || y1 === undefined || y2 === undefined) return [];
    if (!inBand(band, Math.min(y1, y2) - rows.rowHeight, Math.max(y1, y2) + rows.rowHeight)) return [];
    const a = scheduleSpan(from);
    const b = scheduleSpan(to);
    const backwards = b.start < a.end;
    return [
      <path
        key={d.id}
        className="dependency"
        data-dependency={d.id}
        data-backwards={backwards || undefined}
        d={arrowPath({ x1: x(a.end), top1: y1, x2: x(b.start), top2: y2 }, titles, rows)}
        markerEnd={backwards ? 'url(#roadmap-arrow-bad)' : 'url(#roadmap-arrow)'}
      />,
    ];
  });

  let rubberBand = null;
  if (link) {
    const from = phasesOf(link.applicationId);
    const y1 = rowTop.get(link.applicationId);
    if (from && y1 !== undefined)
      rubberBand = <line className="dependency dependency--drawing" x1={x(scheduleSpan(from).end)} y1={y1 + rows.trackMiddle} x2={link.x} y2={link.y} markerEnd="url(#roadmap-arrow)" />;
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
