import { memo } from 'react';
import { monthIndex } from '../../shared/roadmap/months';
import { thisMonth as currentMonth } from '../clock';
import { roadmapBounds, type QuarterGroup } from '../../shared/roadmap/roadmap-rules';
import { useRoomScale } from '../display/use-room-scale';
import { usePlanner } from '../store/store';
import { selectIndex } from './roadmap-derived';
import { useTimelineGeometry } from './timeline-geometry';
import { LABEL_WIDTH } from './timeline-layout';

const MONTH_INITIALS = 'JFMAMJJASOND';

/**
 * "Q1 2027", or "Q1 ’27" and "Q1" where the quarter is too narrow for the year (at 14 px bold), and
 * nothing in a sliver (a horizon starting in a quarter's last month); its title names it on hover.
 */
function quarterText(label: string, width: number): string {
  if (width >= 72) return label;
  if (width >= 58) return `${label.slice(0, 2)} ’${label.slice(-2)}`;
  if (width >= 26) return label.slice(0, 2);
  return '';
}

/** The months of the horizon grouped by quarter, this month marked, and the pilots starting per quarter. */
export const TimelineHeader = memo(function TimelineHeader() {
  const { monthWidth, horizonMonths } = useTimelineGeometry();
  // The thresholds are for Normal; a larger room size needs proportionally wider quarters.
  const scale = useRoomScale();
  const meta = usePlanner((s) => s.plan?.meta);
  if (!meta) return null;
  const bounds = roadmapBounds({ meta });
  const thisMonth = monthIndex(currentMonth());
  const narrow = monthWidth < 48;
  return (
    <div className="timeline__header">
      <div className="timeline__corner" style={{ width: LABEL_WIDTH }}>
        <span className="timeline__corner-title">Pillars</span>
        <span className="timeline__corner-note">Pilots starting</span>
      </div>
      <div className="timeline__header-months" style={{ width: horizonMonths * monthWidth }}>
        <div className="timeline__quarters">
          {bounds.quarters.map((q) => (
            <div key={q.key} className="timeline__quarter" title={q.label} style={{ left: q.offset * monthWidth, width: q.months * monthWidth }}>
              {quarterText(q.label, (q.months * monthWidth) / scale)}
            </div>
          ))}
        </div>
        <div className="timeline__months">
          {bounds.months.map((m) => {
            const current = monthIndex(m.month) === thisMonth;
            return (
              <div
                key={m.month}
                className="timeline__month"
                data-current={current || undefined}
                title={current ? `${m.label} (this month)` : m.label}
                style={{ left: m.offset * monthWidth, width: monthWidth }}
              >
                {narrow ? MONTH_INITIALS[Number(m.month.slice(5, 7)) - 1] : m.label.slice(0, 3)}
              </div>
            );
          })}
        </div>
        <PilotCounts quarters={bounds.quarters} />
      </div>
    </div>
  );
});

function PilotCounts({ quarters }: { quarters: readonly QuarterGroup[] }) {
  const { monthWidth } = useTimelineGeometry();
  const index = usePlanner(selectIndex);
  if (!index) return null;
  const pilots = new Map(index.pilotsPerQuarter.map((q) => [q.key, q.applicationIds.length]));
  return (
    <div className="timeline__pilots">
      {quarters.map((q) => {
        const crowded = index.crowdedQuarterKeys.has(q.key);
        const count = pilots.get(q.key) ?? 0;
        const { offset, months } = q;
        return (
          <div
            key={q.key}
            className="timeline__pilot-count"
            data-crowded={crowded || undefined}
            data-count={count}
            data-quarter={q.key}
            title={crowded ? `${count} pilots start in ${q.label}: more than two early on is one big bet.` : `${count} pilot${count === 1 ? '' : 's'} start in ${q.label}`}
            style={{ left: offset * monthWidth, width: months * monthWidth }}
          >
            {count > 0 && (
              <>
                {crowded && <span aria-hidden="true">⚠ </span>}
                {count}
                <span className="timeline__pilot-word">{`\u00a0pilot${count === 1 ? '' : 's'}`}</span>
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}
