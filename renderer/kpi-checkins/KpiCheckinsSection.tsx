import { useId, useState, type FormEvent } from 'react';
import { checkinOverdueDays, isDrifting, kpiTrend, type KpiTrend } from '../../shared/checks/kpi-checkins';
import type { Kpi } from '../../shared/model';
import { today } from '../clock';
import { formatNumber } from '../format/kpi-format';
import { useT } from '../i18n/use-t';
import { addKpiCheckin, removeKpiCheckin } from '../store/insight-actions';
import { selectKpi } from '../store/plan-selectors';
import { usePlanner } from '../store/store';
import { sparklineGeometry } from './sparkline';
import '../styles/insight.css';

const trendCache = new WeakMap<Kpi, KpiTrend>();
const trendOf = (kpi: Kpi) => trendCache.get(kpi) ?? (trendCache.set(kpi, kpiTrend(kpi)), trendCache.get(kpi)!);

/** The check-ins against baseline (dashed) and target (dotted), as an inline SVG with a text summary. */
function Sparkline({ kpi }: { kpi: Kpi }) {
  const t = useT();
  const trend = trendOf(kpi);
  const g = sparklineGeometry(trend);
  const unit = kpi.unit.trim();
  const latest = trend.points[trend.points.length - 1];
  const summary = latest
    ? t('kpi.trend.summary', {
        value: `${formatNumber(latest.value)}${unit ? ` ${unit}` : ''}`,
        date: latest.date,
        baseline: formatNumber(trend.baseline),
        target: formatNumber(trend.target),
      })
    : t('kpi.checkins.none');
  return (
    <figure className="sparkline" data-testid="kpi-trend" data-points={trend.points.length}>
      <svg width={g.width} height={g.height} viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={t('kpi.trend.label', { summary })}>
        {g.baselineY !== null && <line className="sparkline__baseline" x1={0} x2={g.width} y1={g.baselineY} y2={g.baselineY} />}
        {g.targetY !== null && <line className="sparkline__target" x1={0} x2={g.width} y1={g.targetY} y2={g.targetY} />}
        {g.dots.length > 1 && <polyline className="sparkline__line" points={g.points} data-testid="sparkline-line" />}
        {g.dots.map((d) => (
          <circle key={d.date} className={`sparkline__dot${d.metTarget ? ' sparkline__dot--met' : ''}`} cx={d.x} cy={d.y} r={3.5}>
            <title>{`${d.date}: ${formatNumber(d.value)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="sparkline__caption">
        <span className="sparkline__key sparkline__key--baseline">{t('kpi.trend.baseline', { value: formatNumber(trend.baseline) })}</span>
        <span className="sparkline__key sparkline__key--target">{t('kpi.trend.target', { value: formatNumber(trend.target) })}</span>
        {/* Without check-ins the list below says so; saying it here too would say it twice. */}
        {latest && <span className="sparkline__summary">{summary}</span>}
      </figcaption>
    </figure>
  );
}

/** Dated actual values of a KPI after launch, so drift shows: a section of the KPI detail panel. */
export function KpiCheckinsSection({ id }: { id: string }) {
  const kpi = usePlanner((s) => selectKpi(id)(s));
  const [date, setDate] = useState(() => today());
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const formId = useId();
  const t = useT();
  if (!kpi) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = Number(value.replace(',', '.'));
    if (value.trim() === '' || !Number.isFinite(number)) return setError(t('kpi.checkins.error.value'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError(t('kpi.checkins.error.date'));
    setError(null);
    addKpiCheckin(id, { date, value: number, note: note.trim() });
    setValue('');
    setNote('');
  };

  const overdue = checkinOverdueDays(kpi, today());
  const drifting = isDrifting(kpi);
  const newestFirst = [...kpi.actuals].reverse();
  return (
    <div className="checkins" data-testid="kpi-checkins">
      <Sparkline kpi={kpi} />
      {drifting && (
        <p className="checkins__warning" role="status">
          <span aria-hidden="true">▲ </span>
          {t('kpi.checkins.drifting')}
        </p>
      )}
      {overdue !== null && overdue > 0 && (
        <p className="checkins__warning" role="status">
          <span aria-hidden="true">■ </span>
          {t('kpi.checkins.overdue', { cadence: kpi.cadence, days: overdue })}
        </p>
      )}
      <form className="checkins__form" onSubmit={submit} aria-label={t('kpi.checkins.form')}>
        <label htmlFor={`${formId}-date`}>{t('kpi.checkins.date')}</label>
        <input id={`${formId}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        <label htmlFor={`${formId}-value`}>
          {t('kpi.checkins.value')}
          {kpi.unit.trim() ? ` (${kpi.unit.trim()})` : ''}
        </label>
        <input id={`${formId}-value`} type="text" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={error ? true : undefined} />
        <label htmlFor={`${formId}-note`}>{t('kpi.checkins.note')}</label>
        <input id={`${formId}-note`} type="text" value={note} maxLength={10_000} onChange={(e) => setNote(e.target.value)} placeholder={t('kpi.checkins.note.placeholder')} />
        <button type="submit" className="button button--primary">
          {t('kpi.checkins.add')}
        </button>
        {error && (
          <p className="checkins__error" role="alert">
            {error}
          </p>
        )}
      </form>
      {newestFirst.length === 0 ? (
        <p className="checkins__empty">{t('kpi.checkins.empty', { cadence: kpi.cadence })}</p>
      ) : (
        <table className="checkins__table" aria-label={t('kpi.checkins.table')}>
          <thead>
            <tr>
              <th scope="col">{t('kpi.checkins.date')}</th>
              <th scope="col">{t('kpi.checkins.value')}</th>
              <th scope="col">{t('kpi.checkins.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('kpi.checkins.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((a) => (
              <tr key={a.date} data-testid="checkin" data-date={a.date}>
                <td>{a.date}</td>
                <td>{formatNumber(a.value)}</td>
                <td>{a.note}</td>
                <td>
                  <button type="button" className="checkins__remove" aria-label={t('kpi.checkins.removeOne', { date: a.date })} onClick={() => removeKpiCheckin(id, a.date)}>
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
