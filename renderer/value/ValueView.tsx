import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { intlTag } from '../../shared/i18n/locales';
import type { Plan } from '../../shared/model';
import { indexPlan, pillarOf } from '../../shared/plan-index';
import type { Figures } from '../../shared/value/figures';
import { planFigures } from '../../shared/value/figures';
import { CURRENCY_CODES } from '../../shared/value/currencies';
import { budgetByYear } from '../../shared/value/spend';
import { isWindowed } from '../board/board-window';
import { gapProps, useListWindow, windowItemProps } from '../components/list-window';
import { useLocale, useT } from '../i18n/use-t';
import { selectApplication, selectPillar } from '../store/plan-selectors';
import { plannerStore, usePlanner } from '../store/store';
import type { PlannerState } from '../store/types';
import { setPlanCurrency, setPlanDayRate, setYearBudget } from '../store/value-actions';
import { MoneyField } from './MoneyField';
import { RangeText } from './RangeText';
import { currencyName, moneyLocale, useMoney, type MoneyFormat } from './money-locale';
import { FIRST_DIRECTION, retiredCount, SORT_KEYS, valueGroups, type Sort, type SortKey } from './value-table';
import { formatPercent, paybackText, roiText } from './value-text';
import { RealisedBlock } from './RealisedBlock';
import '../styles/insight.css';
import './value.css';

const COLUMN_KEYS = {
  title: 'valueUi.table.application',
  cost: 'valueUi.table.cost',
  annual: 'valueUi.table.annual',
  payback: 'valueUi.table.payback',
  net: 'valueUi.table.net',
  roi: 'valueUi.table.roi',
} as const;

const selectSelectedApplication = (s: PlannerState) => (s.selection?.kind === 'application' ? s.selection.id : null);
const ROW_HEIGHT = 64;
const rowEstimate = () => ROW_HEIGHT;

/** The figure cells of a row or a total: the middle estimate, and the range under it when it is one. */
function FigureCells({ figures, horizonStart, money }: { figures: Figures | undefined; horizonStart: string; money: MoneyFormat }) {
  const t = useT();
  const locale = useLocale();
  if (!figures) return null;
  const cell = (key: string, main: string, range: string | null, missing: boolean) => (
    <td key={key} className={`value-table__num${missing ? ' value-table__num--missing' : ''}`} data-column={key}>
      <span className="value-table__main">{main}</span>
      {range && (
        <span className="value-table__range">
          <RangeText text={range} />
        </span>
      )}
    </td>
  );
  const unscheduled = figures.unscheduled && (figures.costEstimated || figures.benefitEstimated);
  const notOnRoadmap = t('valueUi.table.unscheduled');
  const span = (r: { low: number; high: number } | null | undefined) => (r && r.low !== r.high ? money.range({ low: r.low, mid: r.low, high: r.high }, { compact: true }) : null);
  const payback = paybackText(figures.payback, horizonStart, t, locale);
  const roi = figures.horizon?.roi ?? null;
  return (
    <>
      {cell('cost', unscheduled ? notOnRoadmap : money.compact(figures.horizon?.cost ?? null), null, !figures.horizon)}
      {cell('annual', money.compact(figures.annualBenefit?.mid ?? null), span(figures.annualBenefit), !figures.annualBenefit)}
      {cell('payback', unscheduled ? notOnRoadmap : payback.main, payback.range, figures.payback === null)}
      {cell('net', unscheduled ? notOnRoadmap : money.compact(figures.horizon?.net.mid ?? null), span(figures.horizon?.net), !figures.horizon)}
      {cell('roi', roi ? formatPercent(roi.mid, money.locale) : t('valueUi.notEstimated'), roi && roi.low !== roi.high ? roiText(roi, money.locale, t) : null, !roi)}
    </>
  );
}

const ValueRow = memo(function ValueRow({ id, horizonStart, money, showPillar }: { id: string; horizonStart: string; money: MoneyFormat; showPillar: boolean }) {
  const t = useT();
  const app = usePlanner((s) => selectApplication(id)(s));
  const pillar = usePlanner((s) => {
    if (!showPillar || !s.plan) return null;
    const index = indexPlan(s.plan);
    const pillarId = pillarOf(index, { kind: 'application', id });
    return pillarId === null ? t('valueUi.table.unaligned') : index.pillars.get(pillarId)?.title.trim() || t('domain.untitled.pillar');
  });
  const figures = usePlanner((s) => (s.plan ? planFigures(s.plan).byApplication.get(id) : undefined));
  const selected = usePlanner((s) => s.selection?.kind === 'application' && s.selection.id === id);
  const ref = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  if (!app) return null;
  const select = () => plannerStore.getState().select({ kind: 'application', id });
  return (
    <tr ref={ref} className="value-row" data-testid="value-row" data-item-kind="application" data-item-id={id} data-selected={selected || undefined} onClick={select} {...windowItemProps(id)}>
      <th scope="row" className="value-row__head">
        <button type="button" className="value-row__title" aria-pressed={selected} onClick={select}>
          {app.title.trim() || t('domain.untitled.application')}
        </button>
        {pillar && <span className="value-row__pillar">{pillar}</span>}
      </th>
      <FigureCells figures={figures} horizonStart={horizonStart} money={money} />
    </tr>
  );
});

function GroupRows({ pillarId, ids, horizonStart, money, sorted }: { pillarId: string | null; ids: readonly string[]; horizonStart: string; money: MoneyFormat; sorted: boolean }) {
  const t = useT();
  const ref = useRef<HTMLTableSectionElement>(null);
  const windowed = usePlanner(isWindowed);
  const selected = usePlanner(selectSelectedApplication);
  const pillar = usePlanner((s) => (pillarId === null ? undefined : selectPillar(pillarId)(s)));
  const total = usePlanner((s) => (s.plan && pillarId !== null ? planFigures(s.plan).byPillar.get(pillarId) : undefined));
  const segments = useListWindow(ref, { windowed, ids, kind: 'value-row', estimate: rowEstimate, held: [selected] });
  const name = pillarId === null ? t('valueUi.table.unaligned') : pillar?.title.trim() || t('domain.untitled.pillar');
  return (
    <tbody ref={ref} className="value-group" data-testid="value-group">
      {!sorted && (
        <tr className="value-group__head">
          <th scope="colgroup" colSpan={SORT_KEYS.length}>
            {name}
          </th>
        </tr>
      )}
      {ids.length === 0 && (
        <tr>
          <td colSpan={SORT_KEYS.length} className="value-table__empty">
            {t('valueUi.table.noApplications')}
          </td>
        </tr>
      )}
      {segments.map((segment) =>
        segment.kind === 'item' ? (
          <ValueRow key={segment.id} id={segment.id} horizonStart={horizonStart} money={money} showPillar={sorted} />
        ) : (
          <tr key={segment.key} className="window-gap" {...gapProps(segment)}>
            <td colSpan={SORT_KEYS.length} style={{ padding: 0, border: 0 }} />
          </tr>
        ),
      )}
      {/* A pillar of one application would repeat its row. */}
      {!sorted && total && ids.length > 1 && <PillarTotal name={name} figures={total} horizonStart={horizonStart} money={money} />}
    </tbody>
  );
}

function PillarTotal({ name, figures, horizonStart, money }: { name: string; figures: Figures; horizonStart: string; money: MoneyFormat }) {
  const t = useT();
  return (
    <tr className="value-total" data-testid="pillar-total">
      <th scope="row">{t('valueUi.table.pillarTotal', { pillar: name })}</th>
      <FigureCells figures={figures} horizonStart={horizonStart} money={money} />
    </tr>
  );
}

/** Once sorted across the plan, the pillars' totals follow the rows in a block of their own. */
function PillarTotals({ plan, horizonStart, money }: { plan: Plan; horizonStart: string; money: MoneyFormat }) {
  const t = useT();
  const byPillar = planFigures(plan).byPillar;
  return (
    <tbody className="value-group">
      <tr className="value-group__head">
        <th scope="colgroup" colSpan={SORT_KEYS.length}>
          {t('valueUi.table.pillarTotals')}
        </th>
      </tr>
      {plan.pillars.map((p) => (
        <PillarTotal key={p.id} name={p.title.trim() || t('domain.untitled.pillar')} figures={byPillar.get(p.id)!} horizonStart={horizonStart} money={money} />
      ))}
    </tbody>
  );
}

function SortHeader({ column, sort, onSort }: { column: SortKey; sort: Sort; onSort: (key: SortKey) => void }) {
  const t = useT();
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'} className={column === 'title' ? 'value-table__title-col' : 'value-table__num-col'}>
      <button type="button" className="value-table__sort" onClick={() => onSort(column)} data-testid={`sort-${column}`}>
        {t(COLUMN_KEYS[column])}
        {/* Only the sorted column carries a mark: six idle arrows cost a narrow table its title column. */}
        {active && (
          <span className="value-table__sort-mark" aria-hidden="true">
            {sort.direction === 'ascending' ? '▲' : '▼'}
          </span>
        )}
      </button>
    </th>
  );
}

function ApplicationsTable() {
  const t = useT();
  const money = useMoney();
  const plan = usePlanner((s) => s.plan);
  const [sort, setSort] = useState<Sort>({ key: null, direction: 'ascending' });
  const groups = useMemo(() => (plan ? valueGroups(plan, sort, moneyLocale()) : []), [plan, sort]);
  if (!plan) return null;
  const onSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: FIRST_DIRECTION[key] }));
  const retired = retiredCount(plan);
  const sorted = sort.key !== null;
  const horizonStart = plan.meta.horizonStart;
  return (
    <section className="value-block value-block--wide" aria-labelledby="value-table-title">
      <div className="value-block__head">
        <h3 id="value-table-title" className="insight-page__subtitle">
          {t('valueUi.table.title')}
        </h3>
        {sorted && (
          <button type="button" className="button" onClick={() => setSort({ key: null, direction: 'ascending' })} data-testid="group-by-pillar">
            {t('valueUi.table.groupByPillar')}
          </button>
        )}
      </div>
      <p className="value-block__hint">{t('valueUi.table.hint', { months: plan.meta.horizonMonths })}</p>
      <div className="value-table__scroll">
        <table className="value-table" data-testid="value-table" aria-labelledby="value-table-title">
          <thead>
            <tr>
              {SORT_KEYS.map((key) => (
                <SortHeader key={key} column={key} sort={sort} onSort={onSort} />
              ))}
            </tr>
          </thead>
          {groups.map((g) => (
            <GroupRows key={sorted ? '(sorted)' : (g.pillarId ?? '(unaligned)')} pillarId={g.pillarId} ids={g.applicationIds} horizonStart={horizonStart} money={money} sorted={sorted} />
          ))}
          {sorted && <PillarTotals plan={plan} horizonStart={horizonStart} money={money} />}
          <tfoot>
            <tr className="value-total value-total--plan" data-testid="plan-total">
              <th scope="row">{t('valueUi.table.planTotal')}</th>
              <FigureCells figures={planFigures(plan).plan} horizonStart={horizonStart} money={money} />
            </tr>
          </tfoot>
        </table>
      </div>
      {retired > 0 && <p className="value-block__hint">{t('valueUi.table.retired', { count: retired })}</p>}
    </section>
  );
}

/** The plan's currency and day rate. */
function MoneySettings() {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const currency = usePlanner((s) => s.plan?.finance.currency ?? 'EUR');
  const dayRate = usePlanner((s) => s.plan?.finance.dayRate ?? null);
  const options = useMemo(() => CURRENCY_CODES.map((code) => ({ code, name: currencyName(code, intlTag(locale)) })), [locale]);
  return (
    <section className="value-block value-settings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="insight-page__subtitle">
        {t('valueUi.settings.title')}
      </h3>
      <div className="value-settings__fields">
        <div className="detail-field">
          <label htmlFor={`${id}-currency`} className="detail-field__label">
            {t('valueUi.settings.currency')}
          </label>
          <select id={`${id}-currency`} className="detail-field__input" value={currency} onChange={(e) => setPlanCurrency(e.target.value)} data-testid="plan-currency">
            {options.map((o) => (
              <option key={o.code} value={o.code}>
                {o.name === o.code ? o.code : t('valueUi.settings.currencyOption', { code: o.code, name: o.name })}
              </option>
            ))}
          </select>
          <p className="detail-field__hint">{t('valueUi.settings.currencyHint')}</p>
        </div>
        <MoneyField label={t('valueUi.settings.dayRate')} value={dayRate} hint={t('valueUi.settings.dayRateHint')} onCommit={setPlanDayRate} testId="plan-day-rate" />
      </div>
    </section>
  );
}

/** Budget per calendar year of the horizon against the planned spend. */
function BudgetBlock() {
  const t = useT();
  const money = useMoney();
  const plan = usePlanner((s) => s.plan);
  const years = useMemo(() => (plan ? budgetByYear(plan) : []), [plan]);
  return (
    <section className="value-block" aria-labelledby="value-budget-title">
      <h3 id="value-budget-title" className="insight-page__subtitle">
        {t('valueUi.budget.title')}
      </h3>
      <p className="value-block__hint">{t('valueUi.budget.hint')}</p>
      <table className="value-budget" data-testid="value-budget">
        <thead>
          <tr>
            <th scope="col">{t('valueUi.budget.year')}</th>
            <th scope="col">{t('valueUi.budget.budget', { currency: money.currency })}</th>
            <th scope="col" className="value-table__num-col">
              {t('valueUi.budget.spend')}
            </th>
            <th scope="col" className="value-table__num-col">
              {t('valueUi.budget.left')}
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year} data-testid="budget-year" data-year={y.year} data-over={y.over > 0 || undefined}>
              <th scope="row">{y.year}</th>
              <td>
                <MoneyField
                  hideLabel
                  showCurrency={false}
                  label={t('valueUi.budget.budgetOf', { year: y.year })}
                  value={y.budget}
                  placeholder={t('valueUi.budget.none')}
                  onCommit={(minor) => setYearBudget(y.year, minor)}
                  testId={`budget-${y.year}`}
                />
              </td>
              <td className="value-table__num">{money.compact(y.spend)}</td>
              <td className={`value-table__num${y.over > 0 ? ' value-budget__over' : ''}`}>
                {y.budget === null ? (
                  t('valueUi.budget.noBudget')
                ) : y.over > 0 ? (
                  <>
                    <span aria-hidden="true">▲ </span>
                    {t('valueUi.budget.over', { amount: money.compact(y.over) })}
                  </>
                ) : (
                  money.compact(y.budget - y.spend)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Value (#15): what each application costs and returns, the budget per year, planned against realised. */
export function ValueView() {
  const t = useT();
  return (
    <div className="value-view insight-page" data-testid="value-view">
      <header className="insight-page__header">
        <div>
          <h2 className="insight-page__title">{t('valueUi.view.title')}</h2>
          <p className="insight-page__lead">{t('valueUi.view.lead')}</p>
        </div>
      </header>
      <div className="value-view__grid">
        <ApplicationsTable />
        <BudgetBlock />
        <RealisedBlock />
        <MoneySettings />
      </div>
    </div>
  );
}

