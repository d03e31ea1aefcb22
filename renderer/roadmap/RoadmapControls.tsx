import { useId } from 'react';
import { HORIZON_MAX_MONTHS, HORIZON_MIN_MONTHS, PHASE_KINDS } from '../../shared/schema/plan-schema';
import { addMonths, monthIndex, monthLabel } from '../../shared/roadmap/months';
import { thisMonth } from '../clock';
import { phaseLabel } from '../../shared/roadmap/phases';
import { useLocale, useT } from '../i18n/use-t';
import { setHorizon } from '../store/roadmap-actions';
import { usePlanner } from '../store/store';
import { setZoom, useZoom } from './roadmap-view-state';
import { DutyLegend } from '../governance/RoadmapDutyRow';

const LENGTHS = Array.from({ length: HORIZON_MAX_MONTHS - HORIZON_MIN_MONTHS + 1 }, (_, i) => HORIZON_MIN_MONTHS + i);

/** The horizon (first month and length), the zoom, today, and the phase colours. */
export function RoadmapControls() {
  const start = usePlanner((s) => s.plan?.meta.horizonStart ?? '');
  const months = usePlanner((s) => s.plan?.meta.horizonMonths ?? HORIZON_MIN_MONTHS);
  const zoom = useZoom();
  const startId = useId();
  const lengthId = useId();
  const t = useT();
  const locale = useLocale();
  const today = thisMonth();
  const offset = start ? monthIndex(today) - monthIndex(start) : 0;
  const todayOutside = offset < 0 ? 'before' : offset >= months ? 'after' : null;
  return (
    <div className="roadmap__controls" role="group" aria-label={t('roadmap.controls.label')}>
      <div className="roadmap__field">
        <label htmlFor={startId}>{t('roadmap.controls.starts')}</label>
        <input
          id={startId}
          type="month"
          value={start}
          onChange={(event) => {
            if (/^\d{4}-\d{2}$/.test(event.target.value)) setHorizon({ start: event.target.value });
          }}
        />
      </div>
      <div className="roadmap__field">
        <label htmlFor={lengthId}>{t('roadmap.controls.length')}</label>
        <select id={lengthId} value={months} onChange={(event) => setHorizon({ months: Number(event.target.value) })}>
          {LENGTHS.map((n) => (
            <option key={n} value={n}>
              {t('roadmap.controls.lengthOption', { count: n })}
            </option>
          ))}
        </select>
      </div>
      {start && <span className="roadmap__range">{t('roadmap.controls.to', { month: monthLabel(addMonths(start, months - 1), locale) })}</span>}
      <div className="segmented" role="radiogroup" aria-label={t('roadmap.controls.zoom')}>
        {(['month', 'quarter'] as const).map((z) => (
          <button key={z} type="button" role="radio" aria-checked={zoom === z} className="segmented__option" onClick={() => setZoom(z)}>
            {z === 'month' ? t('roadmap.controls.zoom.months') : t('roadmap.controls.zoom.quarters')}
          </button>
        ))}
      </div>
      <span className="roadmap__today" data-outside={todayOutside ? true : undefined}>
        <span className="roadmap__today-swatch" aria-hidden="true" /> {t('roadmap.controls.today', { month: monthLabel(today, locale), outside: todayOutside ?? 'no' })}
      </span>
      <ul className="roadmap__legend" aria-label={t('roadmap.controls.phases')}>
        {PHASE_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`roadmap__legend-swatch phase--${kind}`} aria-hidden="true" />
            {phaseLabel(kind, t)}
          </li>
        ))}
      </ul>
      <DutyLegend />
    </div>
  );
}
