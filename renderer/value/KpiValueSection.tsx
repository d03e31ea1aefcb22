import { VALUE_PERIODS } from '../../shared/schema/value-schema';
import type { ValuePeriod } from '../../shared/model';
import { kpiAnnualBenefit } from '../../shared/value/app-flows';
import { SelectField } from '../details/fields';
import { useT } from '../i18n/use-t';
import { selectKpi } from '../store/plan-selectors';
import { usePlanner } from '../store/store';
import { setKpiValuePeriod, setKpiValuePerUnit } from '../store/value-actions';
import { MoneyField } from './MoneyField';
import { useMoney } from './money-locale';
import './value.css';

const PERIOD_KEYS = {
  week: 'valueUi.kpi.per.week',
  month: 'valueUi.kpi.per.month',
  quarter: 'valueUi.kpi.per.quarter',
  year: 'valueUi.kpi.per.year',
} as const;

/** What one unit of a KPI's improvement is worth, and the yearly benefit of reaching its target (#15). */
export function KpiValueSection({ id }: { id: string }) {
  const t = useT();
  const money = useMoney();
  const kpi = usePlanner((s) => selectKpi(id)(s));
  if (!kpi) return null;
  const unit = kpi.unit.trim();
  const periods = Object.fromEntries(VALUE_PERIODS.map((p) => [p, t(PERIOD_KEYS[p])])) as Record<ValuePeriod, string>;
  const annual = kpiAnnualBenefit(kpi);
  const missing = kpi.baseline === null || kpi.target === null;
  return (
    <div className="value-section" key={id} data-testid="kpi-value">
      <div className="detail-row">
        <MoneyField label={unit ? t('valueUi.kpi.perUnit', { unit }) : t('valueUi.kpi.perUnitPlain')} value={kpi.value.perUnit} onCommit={(minor) => setKpiValuePerUnit(id, minor)} testId="kpi-per-unit" />
        <SelectField label={t('valueUi.kpi.counted')} value={kpi.value.per} options={VALUE_PERIODS} labels={periods} onChange={(p) => setKpiValuePeriod(id, p)} />
      </div>
      {kpi.value.perUnit !== null && (
        <p className="value-note" data-testid="kpi-value-sentence">
          {unit
            ? t('valueUi.kpi.sentence', { amount: money.exact(kpi.value.perUnit), unit, period: t(PERIOD_KEYS[kpi.value.per]) })
            : t('valueUi.kpi.sentencePlain', { amount: money.exact(kpi.value.perUnit), period: t(PERIOD_KEYS[kpi.value.per]) })}
        </p>
      )}
      <dl className="value-results">
        <div className="value-results__row" data-testid="kpi-annual">
          <dt>{t('valueUi.kpi.annual')}</dt>
          <dd>{annual === null ? t('valueUi.notEstimated') : t('valueUi.perYear', { amount: money.whole(annual) })}</dd>
        </div>
      </dl>
      {kpi.value.perUnit !== null && missing && <p className="value-note value-note--caution">{t('valueUi.kpi.needsBaselineTarget')}</p>}
    </div>
  );
}
