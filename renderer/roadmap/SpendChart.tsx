import { memo, useId, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { Plan } from '../../shared/model';
import { unalignedGroupTitle } from '../../shared/labels';
import { quarterLabel } from '../../shared/roadmap/months';
import { planFigures } from '../../shared/value/figures';
import { budgetByYear, spendByQuarter, type QuarterSpend, type YearBudget } from '../../shared/value/spend';
import { useRoomScale } from '../display/use-room-scale';
import { useLocale, useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import { useMoney, type MoneyFormat } from '../value/money-locale';
import { compactWhole } from '../format/compact-money';
import { budgetShare, fittingText, quarterSpan, seriesColour, tallestTotal, yearSpans } from './spend-chart-layout';
import { toggleSpendChart, useSpendChartFolded } from './spend-chart-state';
import { useTimelineGeometry } from './timeline-geometry';
import { LABEL_WIDTH } from './timeline-layout';
import './spend-chart.css';

/** The text of the totals and the year labels, at Normal room size (--font-size-min). */
const TOTAL_FONT = 13;

interface Series {
  pillarId: string | null;
  title: string;
  colour: string;
}

interface SpendData {
  quarters: QuarterSpend[];
  years: YearBudget[];
  /** The pillars that spend anything in the horizon, in the plan's order (unaligned ideas last). */
  series: Series[];
  horizonTotal: number;
  costEstimated: boolean;
}

function spendData(plan: Plan, unalignedTitle: string, untitled: string): SpendData {
  const quarters = spendByQuarter(plan);
  const spending = new Set<string | null>();
  for (const q of quarters) for (const part of q.byPillar) if (part.amount > 0) spending.add(part.pillarId);
  const series: Series[] = plan.pillars
    .map((p, i) => ({ pillarId: p.id as string | null, title: p.title.trim() || untitled, colour: seriesColour(i) }))
    .filter((s) => spending.has(s.pillarId));
  if (spending.has(null)) series.push({ pillarId: null, title: unalignedTitle, colour: seriesColour(null) });
  return {
    quarters,
    years: budgetByYear(plan),
    series,
    horizonTotal: quarters.reduce((sum, q) => sum + q.total, 0),
    costEstimated: planFigures(plan).plan.costEstimated,
  };
}

/**
 * Spend per quarter under the timeline, stacked by pillar, with each year's spend against its
 * budget. It sits below the scrolling timeline (never over a lane) and follows its horizontal
 * scroll, so each column stays under its quarter's months at every zoom. It reads the plan from the
 * store, so a bar dropped elsewhere moves the columns at once; a visually hidden table says the
 * same amounts to a screen reader.
 */
export function SpendChart() {
  const plan = usePlanner((s) => s.plan);
  const folded = useSpendChartFolded();
  const t = useT();
  const money = useMoney();
  const headingId = useId();
  const plotId = useId();
  const data = useMemo(() => (plan ? spendData(plan, unalignedGroupTitle(t), t('domain.untitled.pillar')) : null), [plan, t]);
  if (!data) return null;
  const open = !folded && data.costEstimated;
  return (
    <section className="spend-chart" aria-labelledby={headingId} data-folded={!open || undefined} data-testid="spend-chart">
      <div className="spend-chart__head">
        <h2 className="spend-chart__heading" id={headingId}>
          <button type="button" className="spend-chart__toggle" aria-expanded={open} aria-controls={plotId} disabled={!data.costEstimated} onClick={toggleSpendChart}>
            <span className="spend-chart__caret" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {t('valueViews.spend.heading')}
          </button>
        </h2>
        {/* Folded, the chart says its sum; open, the years under the columns do, and the legend takes the line. */}
        {!data.costEstimated ? (
          <span className="spend-chart__none">{t('valueViews.spend.none')}</span>
        ) : (
          !open && (
            <span className="spend-chart__total" data-testid="spend-horizon-total">
              {t('valueViews.spend.horizonTotal', { amount: money.whole(data.horizonTotal) })}
            </span>
          )
        )}
        {open && (
          <ul className="spend-chart__legend" aria-label={t('valueViews.spend.legend')}>
            {data.series.map((s) => (
              <li key={s.pillarId ?? 'unaligned'} className="spend-chart__legend-item">
                <span className="spend-chart__swatch" style={{ background: s.colour }} aria-hidden="true" />
                {s.title}
              </li>
            ))}
          </ul>
        )}
      </div>
      {open && <SpendPlot id={plotId} data={data} money={money} />}
    </section>
  );
}

const SpendPlot = memo(function SpendPlot({ id, data, money }: { id: string; data: SpendData; money: MoneyFormat }) {
  const { startIndex, monthWidth, horizonMonths } = useTimelineGeometry();
  const plotRef = useRef<HTMLDivElement>(null);
  const viewportRef = useRef<HTMLDivElement>(null);
  const scale = useRoomScale();
  const t = useT();
  const locale = useLocale();
  useFollowTimelineScroll(plotRef, viewportRef);

  const tallest = tallestTotal(data.quarters);
  const years = yearSpans(data.quarters, startIndex, monthWidth);
  // Bold text runs wider than the estimate's average letter.
  const fontPx = TOTAL_FONT * scale * 1.1;
  const titleOf = (pillarId: string | null) => data.series.find((s) => s.pillarId === pillarId)?.title ?? '';
  return (
    <div className="spend-chart__plot" id={id} ref={plotRef}>
      <div className="spend-chart__corner" style={{ width: LABEL_WIDTH }} aria-hidden="true">
        <span className="spend-chart__axis spend-chart__axis--quarters">{t('valueViews.spend.perQuarter')}</span>
        <span className="spend-chart__axis spend-chart__axis--years">{t('valueViews.spend.perYear')}</span>
      </div>
      <div className="spend-chart__viewport" ref={viewportRef} aria-hidden="true">
        <div className="spend-chart__track" style={{ width: horizonMonths * monthWidth }}>
          {data.quarters.map((q) => {
            const { left, width } = quarterSpan(q, startIndex, monthWidth);
            const label = quarterLabel(q.firstMonth, locale);
            const parts = q.byPillar.filter((p) => p.amount > 0);
            const title = [t('valueViews.spend.quarterTitle', { quarter: label, total: money.whole(q.total) }), ...parts.map((p) => t('valueViews.spend.segment', { pillar: titleOf(p.pillarId), amount: money.whole(p.amount) }))].join('\n');
            return (
              <div key={`${q.year}-${q.quarter}`} className="spend-col" style={{ left, width }} title={title} data-quarter={`${q.year}-Q${q.quarter}`} data-total={q.total}>
                <span className="spend-col__total">{q.total > 0 ? fittingText([money.whole(q.total), money.compact(q.total), compactWhole(q.total, money.currency, money.locale)], width, fontPx) : ''}</span>
                <span className="spend-col__stack" style={{ height: `calc(var(--spend-area) * ${q.total / tallest})` }}>
                  {parts.map((p) => (
                    <span
                      key={p.pillarId ?? 'unaligned'}
                      className="spend-col__segment"
                      style={{ flexGrow: p.amount, background: data.series.find((s) => s.pillarId === p.pillarId)?.colour }}
                      data-pillar={p.pillarId ?? 'unaligned'}
                    />
                  ))}
                </span>
              </div>
            );
          })}
          {data.years.map((y) => {
            const span = years.get(y.year);
            if (!span) return null;
            const texts = yearTexts(y, money, t);
            return (
              <div key={y.year} className="spend-year" style={{ left: span.left, width: span.width }} title={texts[0]} data-over={y.over > 0 || undefined} data-year={y.year}>
                <span className="spend-year__text">
                  {y.over > 0 && <span aria-hidden="true">⚠ </span>}
                  {fittingText(texts, span.width - (y.over > 0 ? 2 * fontPx : 0), fontPx)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
      <SpendTables data={data} money={money} />
    </div>
  );
});

/** A year's label, longest first: spend against the budget, or the spend alone when no budget is set. */
function yearTexts(y: YearBudget, money: MoneyFormat, t: ReturnType<typeof useT>): string[] {
  const spend = money.whole(y.spend);
  const share = budgetShare(y);
  if (y.budget === null || share === null) return [t('valueViews.spend.year.noBudget', { year: y.year, spend }), t('valueViews.spend.year.spendOnly', { year: y.year, spend: money.compact(y.spend) }), money.compact(y.spend)];
  const values = { year: y.year, spend, budget: money.whole(y.budget), over: money.whole(y.over), share: share / 100 };
  if (y.over > 0) return [t('valueViews.spend.year.over', values), t('valueViews.spend.year.overShort', values), t('valueViews.spend.year.share', values)];
  return [t('valueViews.spend.year.budget', values), t('valueViews.spend.year.budgetShort', values), t('valueViews.spend.year.share', values)];
}

/** The chart's amounts as tables, for a screen reader (the columns are a picture of them). */
function SpendTables({ data, money }: { data: SpendData; money: MoneyFormat }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="visually-hidden">
      <table>
        <caption>{t('valueViews.spend.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('valueViews.spend.table.quarter')}</th>
            {data.series.map((s) => (
              <th key={s.pillarId ?? 'unaligned'} scope="col">
                {s.title}
              </th>
            ))}
            <th scope="col">{t('valueViews.spend.table.total')}</th>
          </tr>
        </thead>
        <tbody>
          {data.quarters.map((q) => (
            <tr key={`${q.year}-${q.quarter}`}>
              <th scope="row">{quarterLabel(q.firstMonth, locale)}</th>
              {data.series.map((s) => (
                <td key={s.pillarId ?? 'unaligned'}>{money.whole(q.byPillar.find((p) => p.pillarId === s.pillarId)?.amount ?? 0)}</td>
              ))}
              <td>{money.whole(q.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('valueViews.spend.table.yearCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('valueViews.spend.table.year')}</th>
            <th scope="col">{t('valueViews.spend.table.spend')}</th>
            <th scope="col">{t('valueViews.spend.table.budget')}</th>
          </tr>
        </thead>
        <tbody>
          {data.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td>{money.whole(y.spend)}</td>
              <td>
                {y.budget === null
                  ? t('valueViews.spend.table.noBudget')
                  : y.over > 0
                    ? t('valueViews.spend.table.over', { budget: money.whole(y.budget), over: money.whole(y.over) })
                    : money.whole(y.budget)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Keeps the chart's months under the timeline's: its viewport scrolls sideways with the timeline
 * (and the timeline with it, for a swipe over the chart), and keeps clear of the timeline's vertical
 * scrollbar. It sets scroll positions, never state, so scrolling renders nothing.
 */
function useFollowTimelineScroll(plotRef: RefObject<HTMLDivElement | null>, viewportRef: RefObject<HTMLDivElement | null>) {
  useLayoutEffect(() => {
    const plot = plotRef.current;
    const viewport = viewportRef.current;
    const scroller = plot?.closest('.roadmap__body')?.querySelector<HTMLElement>('.roadmap__scroller');
    if (!plot || !viewport || !scroller) return;
    const follow = () => {
      if (viewport.scrollLeft !== scroller.scrollLeft) viewport.scrollLeft = scroller.scrollLeft;
    };
    const lead = () => {
      if (scroller.scrollLeft !== viewport.scrollLeft) scroller.scrollLeft = viewport.scrollLeft;
    };
    const fit = () => {
      plot.style.paddingRight = `${Math.max(0, scroller.offsetWidth - scroller.clientWidth)}px`;
      follow();
    };
    fit();
    const resizes = new ResizeObserver(fit);
    resizes.observe(scroller);
    scroller.addEventListener('scroll', follow, { passive: true });
    viewport.addEventListener('scroll', lead, { passive: true });
    return () => {
      resizes.disconnect();
      scroller.removeEventListener('scroll', follow);
      viewport.removeEventListener('scroll', lead);
    };
  }, [plotRef, viewportRef]);
}
