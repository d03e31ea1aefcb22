import { useId } from 'react';
import { HORIZON_MAX_MONTHS, HORIZON_MIN_MONTHS, PHASE_KINDS } from '../../shared/schema/plan-schema';
import { addMonths, monthIndex, monthLabel } from '../../shared/roadmap/months';
import { thisMonth } from '../clock';
import { PHASE_LABELS } from '../../shared/roadmap/phases';
import { setHorizon } from '../store/roadmap-actions';
import { usePlanner } from '../store/store';
import { setZoom, useZoom } from './roadmap-view-state';

const LENGTHS = Array.from({ length: HORIZON_MAX_MONTHS - HORIZON_MIN_MONTHS + 1 }, (_, i) => HORIZON_MIN_MONTHS + i);

/** The horizon (first month and length), the zoom, today, and the phase colours. */
export function RoadmapControls() {
  const start = usePlanner((s) => s.plan?.meta.horizonStart ?? '');
  const months = usePlanner((s) => s.plan?.meta.horizonMonths ?? HORIZON_MIN_MONTHS);
  const zoom = useZoom();
  const startId = useId();
  const lengthId = useId();
  const today = thisMonth();
  const offset = start ? monthIndex(today) - monthIndex(start) : 0;
  const todayNote = offset < 0 ? 'before the horizon' : offset >= months ? 'after the horizon' : null;
  return (
    <div className="roadmap__controls" role="group" aria-label="Roadmap horizon and zoom">
      <div className="roadmap__field">
        <label htmlFor={startId}>Starts</label>
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
        <label htmlFor={lengthId}>Length</label>
        <select id={lengthId} value={months} onChange={(event) => setHorizon({ months: Number(event.target.value) })}>
          {LENGTHS.map((n) => (
            <option key={n} value={n}>
              {n} months
            </option>
          ))}
        </select>
      </div>
      {start && <span className="roadmap__range">to {monthLabel(addMonths(start, months - 1))}</span>}
      <div className="segmented" role="radiogroup" aria-label="Zoom">
        {(['month', 'quarter'] as const).map((z) => (
          <button key={z} type="button" role="radio" aria-checked={zoom === z} className="segmented__option" onClick={() => setZoom(z)}>
            {z === 'month' ? 'Months' : 'Quarters'}
          </button>
        ))}
      </div>
      <span className="roadmap__today" data-outside={todayNote ? true : undefined}>
        <span className="roadmap__today-swatch" aria-hidden="true" /> Today: {monthLabel(today)}
        {todayNote && `, ${todayNote}`}
      </span>
      <ul className="roadmap__legend" aria-label="Phases">
        {PHASE_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`roadmap__legend-swatch phase--${kind}`} aria-hidden="true" />
            {PHASE_LABELS[kind]}
          </li>
        ))}
      </ul>
    </div>
  );
}
