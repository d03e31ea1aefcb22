import { memo } from 'react';
import type { Translate } from '../../shared/i18n/translator';
import { monthIndex, monthNameLabel } from '../../shared/roadmap/months';
import { thisMonth as currentMonth } from '../clock';
import { roadmapBounds, type QuarterGroup } from '../../shared/roadmap/roadmap-rules';
import { useRoomScale } from '../display/use-room-scale';
import { useLocale, useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import { selectIndex } from './roadmap-derived';
import { useTimelineGeometry } from './timeline-geometry';
import { estimateTextWidth, LABEL_WIDTH } from './timeline-layout';

/** Month names at 13 px: a name wider than its column shows as an initial ("J", or "1" in Vietnamese). */
const MONTH_FONT = 13;

/** The width a quarter label needs at 14 px bold: the English thresholds, more for a longer label. */
const quarterNeeds = (text: string, least: number) => Math.max(least, Math.ceil(text.length * 9.6));

/**
 * "Q1 2027", or "Q1 ’27" and "Q1" where the quarter is too narrow for the year (at 14 px bold), and
 * nothing in a sliver (a horizon starting in a quarter's last month); its title names it on hover.
 * A longer language ("1. Quartal 2027") steps down to the shorter forms sooner.
 */
function quarterText(q: QuarterGroup, width: number, t: Translate): string {
  if (width >= quarterNeeds(q.label, 72)) return q.label;
  const values = { quarter: Number(q.key.slice(6)), shortYear: q.key.slice(2, 4) };
  const medium = t('roadmap.header.quarter.medium', values);
  if (width >= quarterNeeds(medium, 58)) return medium;
  const short = t('roadmap.header.quarter.short', values);
  if (width >= quarterNeeds(short, 26)) return short;
  return '';
}

/** The months of the horizon grouped by quarter, this month marked, and the pilots starting per quarter. */
export const TimelineHeader = memo(function TimelineHeader() {
  const { monthWidth, horizonMonths } = useTimelineGeometry();
  // The thresholds are for Normal; a larger room size needs proportionally wider quarters.
  const scale = useRoomScale();
  const t = useT();
  const locale = useLocale();
  const meta = usePlanner((s) => s.plan?.meta);
  if (!meta) return null;
  const bounds = roadmapBounds({ meta }, locale);
  const thisMonth = monthIndex(currentMonth());
  const narrow = monthWidth < 48;
  const monthName = (month: string) => {
    const name = monthNameLabel(month, locale);
    return narrow || estimateTextWidth(name, MONTH_FONT * scale) > monthWidth - 6 ? monthNameLabel(month, locale, 'narrow') : name;
  };
  return (
    <div className="timeline__header">
      <div className="timeline__corner" style={{ width: LABEL_WIDTH }}>
        <span className="timeline__corner-title">{t('roadmap.header.pillars')}</span>
        <span className="timeline__corner-note">{t('roadmap.header.pilotsStarting')}</span>
      </div>
      <div className="timeline__header-months" style={{ width: horizonMonths * monthWidth }}>
        <div className="timeline__quarters">
          {bounds.quarters.map((q) => (
            <div key={q.key} className="timeline__quarter" title={q.label} style={{ left: q.offset * monthWidth, width: q.months * monthWidth }}>
              {quarterText(q, (q.months * monthWidth) / scale, t)}
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
                title={current ? t('roadmap.header.thisMonth', { month: m.label }) : m.label}
                style={{ left: m.offset * monthWidth, width: monthWidth }}
              >
                {monthName(m.month)}
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
  const t = useT();
  if (!index) return null;
  const pilots = new Map(index.pilotsPerQuarter.map((q) => [q.key, q.applicationIds.length]));
  return (
    <div className="timeline__pilots">
      {quarters.map((q) => {
        const crowded = index.crowdedQuarterKeys.has(q.key);
        const count = pilots.get(q.key) ?? 0;
        const { offset, months } = q;
        const quarter = q.label;
        return (
          <div
            key={q.key}
            className="timeline__pilot-count"
            data-crowded={crowded || undefined}
            data-count={count}
            data-quarter={q.key}
            title={crowded ? t('roadmap.header.pilots.crowded', { count, quarter }) : t('roadmap.header.pilots', { count, quarter })}
            style={{ left: offset * monthWidth, width: months * monthWidth }}
          >
            {count > 0 && (
              <>
                {crowded && <span aria-hidden="true">⚠ </span>}
                {count}
                <span className="timeline__pilot-word">{`\u00a0${t('roadmap.header.pilotWord', { count })}`}</span>
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}
