import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { obligationTierLabel } from '../../shared/governance/governance-labels';
import { formatDay } from '../../shared/i18n/format';
import { stackLabels } from '../../shared/roadmap/label-rows';
import { monthIndex, monthLabel } from '../../shared/roadmap/months';
import { useRoomScale } from '../display/use-room-scale';
import { useLocale, useT } from '../i18n/use-t';
import { LABEL_WIDTH, MILESTONE_BASE_HEIGHT, MILESTONE_LABEL_GAP, MILESTONE_LABEL_ROW, milestoneLabelSpan } from '../roadmap/timeline-layout';
import { useTimelineGeometry } from '../roadmap/timeline-geometry';
import { plannerStore, usePlanner } from '../store/store';
import { dutiesDue } from './DutiesPanel';
import type { DutyWithinHorizon } from '../../shared/governance/obligations';
import './governance.css';

const LABEL_FONT = 13;
const NO_DUTIES: readonly DutyWithinHorizon[] = [];

interface DutyMarkerData {
  key: string;
  month: string;
  kind: 'duty' | 'literacy';
  label: string;
  name: string;
}

/** The duties of one month, as one marker: its label names the tiers, its accessible name every duty and the applications concerned. */
function useMarkers(): DutyMarkerData[] {
  const t = useT();
  const locale = useLocale();
  const due = usePlanner((s) => (s.plan ? dutiesDue(s.plan, t) : NO_DUTIES));
  const literacy = usePlanner((s) => s.plan?.governance.literacyMonth ?? null);
  const titles = usePlanner(useShallow((s) => s.plan?.applications.map((a) => `${a.id}\u0000${a.title}`) ?? []));
  const titleOf = new Map(titles.map((entry) => entry.split('\u0000') as [string, string]));
  const byMonth = new Map<string, DutyWithinHorizon[]>();
  for (const d of due) byMonth.set(d.month, [...(byMonth.get(d.month) ?? []), d]);
  const markers: DutyMarkerData[] = [...byMonth].map(([month, duties]) => {
    const tiers = [...new Set(duties.map((d) => obligationTierLabel(d.obligation.tier, t)))].join(', ');
    const apps = [...new Set(duties.flatMap((d) => d.applications))].map((id) => titleOf.get(id)?.trim() || t('domain.untitled.application'));
    const label = t('governanceUi.roadmap.duties', { count: duties.length, tiers });
    return {
      key: `duty:${month}`,
      month,
      kind: 'duty',
      label,
      // Starts with the words shown, so speech and sight name the marker alike.
      name: t('governanceUi.roadmap.dutiesName', {
        label,
        date: formatDay(duties[0]!.obligation.applies, locale, 'long'),
        duties: duties.map((d) => d.obligation.duty).join(' '),
        applications: apps.join(', '),
      }),
    };
  });
  if (literacy) {
    markers.push({ key: 'literacy', month: literacy, kind: 'literacy', label: t('governanceUi.roadmap.literacy'), name: t('governanceUi.roadmap.literacyName', { month: monthLabel(literacy, locale) }) });
  }
  return markers.sort((a, b) => a.month.localeCompare(b.month));
}

/**
 * The AI Act duties that start within the horizon and the staff AI-literacy step, as a row of
 * markers of their own kind under the milestones (#16). A marker opens the Governance view.
 */
export const RoadmapDutyRow = memo(function RoadmapDutyRow() {
  const { monthWidth, startIndex, horizonMonths } = useTimelineGeometry();
  const scale = useRoomScale();
  const t = useT();
  const markers = useMarkers().filter((m) => {
    const at = monthIndex(m.month) - startIndex;
    return at >= 0 && at < horizonMonths;
  });
  if (markers.length === 0) return null;
  const xOf = (month: string) => (monthIndex(month) - startIndex + 0.5) * monthWidth;
  const rows = stackLabels(
    markers.map((m) => milestoneLabelSpan(xOf(m.month), m.label, LABEL_FONT * scale)),
    MILESTONE_LABEL_GAP,
  );
  const rowCount = Math.max(1, ...rows.map((r) => r + 1));
  const height = (MILESTONE_BASE_HEIGHT + (rowCount - 1) * MILESTONE_LABEL_ROW) * scale;
  return (
    <div className="timeline__duties" style={{ height }} data-testid="roadmap-duties">
      <div className="timeline__corner timeline__corner--duties" style={{ width: LABEL_WIDTH }}>
        <span className="timeline__duties-heading">
          <span className="duty-mark" aria-hidden="true" />
          {t('governanceUi.roadmap.heading')}
        </span>
      </div>
      <ul className="timeline__duty-area" style={{ width: horizonMonths * monthWidth }} aria-label={t('governanceUi.roadmap.heading')}>
        {markers.map((m, i) => (
          <li key={m.key} className="duty-marker-item" style={{ left: xOf(m.month), top: (4 + (rows[i] ?? 0) * MILESTONE_LABEL_ROW) * scale }}>
            <button
              type="button"
              className={`duty-marker duty-marker--${m.kind}`}
              data-testid="duty-marker"
              data-kind={m.kind}
              data-month={m.month}
              aria-label={m.name}
              title={m.name}
              onClick={() => plannerStore.getState().setActiveView('governance')}
            >
              <span className={m.kind === 'duty' ? 'duty-mark' : 'literacy-mark'} aria-hidden="true" />
              <span className="duty-marker__label">{m.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
});

/** The roadmap legend's entries for the duty row's marks, shown when the row has such a mark. */
export function DutyLegend() {
  const t = useT();
  const due = usePlanner((s) => (s.plan ? dutiesDue(s.plan, t).length > 0 : false));
  const literacy = usePlanner((s) => {
    const month = s.plan?.governance.literacyMonth;
    if (!s.plan || !month) return false;
    const at = monthIndex(month) - monthIndex(s.plan.meta.horizonStart);
    return at >= 0 && at < s.plan.meta.horizonMonths;
  });
  if (!due && !literacy) return null;
  return (
    <ul className="roadmap__legend roadmap__legend--duties" aria-label={t('governanceUi.roadmap.legend')}>
      {due && (
        <li>
          <span className="duty-mark" aria-hidden="true" />
          {t('governanceUi.roadmap.legend.duty')}
        </li>
      )}
      {literacy && (
        <li>
          <span className="literacy-mark" aria-hidden="true" />
          {t('governanceUi.roadmap.literacy')}
        </li>
      )}
    </ul>
  );
}
