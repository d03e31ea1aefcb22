import { useShallow } from 'zustand/react/shallow';
import type { Confidence, DirectBenefit, PhaseKind } from '../../shared/model';
import { PHASE_KINDS } from '../../shared/schema/plan-schema';
import { CONFIDENCES } from '../../shared/schema/value-schema';
import { phaseLabel } from '../../shared/roadmap/phases';
import { kpiAnnualBenefit } from '../../shared/value/app-flows';
import { planFigures, type Figures } from '../../shared/value/figures';
import { planProgress } from '../../shared/value/realised';
import { minorToInput } from '../../shared/value/money';
import { indexPlan } from '../../shared/plan-index';
import { today } from '../clock';
import { ChoiceField, SelectField, TextField } from '../details/fields';
import { useLocale, useT } from '../i18n/use-t';
import { selectApplication } from '../store/plan-selectors';
import { usePlanner } from '../store/store';
import {
  addDirectBenefit,
  removeDirectBenefit,
  renameDirectBenefit,
  setApplicationDayRate,
  setConfidence,
  setDirectBenefitAmount,
  setMonthlyCost,
  setMonthlyFrom,
  setPhaseCost,
  setPhaseEffort,
  setPilotShare,
} from '../store/value-actions';
import { MoneyField } from './MoneyField';
import { RangeText } from './RangeText';
import { useMoney } from './money-locale';
import { DaysField, PercentField } from './QuantityFields';
import { paybackText, roiText, STATUS_MARKS, statusText } from './value-text';
import './value.css';

const CONFIDENCE_KEYS = {
  low: 'valueUi.confidence.low',
  medium: 'valueUi.confidence.medium',
  high: 'valueUi.confidence.high',
} as const;

/** One-off cash and effort days of each phase, as a grid whose row is the phase and column the kind. */
function PhaseCosts({ id }: { id: string }) {
  const t = useT();
  const money = useMoney();
  const value = usePlanner((s) => selectApplication(id)(s)?.value);
  if (!value) return null;
  return (
    <table className="value-phases" aria-label={t('valueUi.phases.table')}>
      <thead>
        <tr>
          <th scope="col">{t('valueUi.phases.phase')}</th>
          <th scope="col">{t('valueUi.phases.oneOff', { currency: money.currency })}</th>
          <th scope="col">{t('valueUi.phases.effort')}</th>
        </tr>
      </thead>
      <tbody>
        {PHASE_KINDS.map((phase) => (
          <tr key={phase}>
            <th scope="row">{phaseLabel(phase, t)}</th>
            <td>
              <MoneyField
                hideLabel
                label={t('valueUi.phases.oneOffOf', { phase: phaseLabel(phase, t) })}
                value={value.oneOff[phase]}
                onCommit={(minor) => setPhaseCost(id, phase, minor)}
                showCurrency={false}
                testId={`one-off-${phase}`}
              />
            </td>
            <td>
              <DaysField
                hideLabel
                label={t('valueUi.phases.effortOf', { phase: phaseLabel(phase, t) })}
                value={value.effortDays[phase]}
                onCommit={(days) => setPhaseEffort(id, phase, days)}
                testId={`effort-${phase}`}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DirectBenefitRow({ applicationId, benefit }: { applicationId: string; benefit: DirectBenefit }) {
  const t = useT();
  return (
    <li className="value-benefit" data-testid="direct-benefit">
      <TextField label={t('valueUi.benefit.label')} value={benefit.label} placeholder={t('valueUi.benefit.label.placeholder')} onChange={(v) => renameDirectBenefit(applicationId, benefit.id, v)} />
      <MoneyField label={t('valueUi.benefit.annual')} value={benefit.annual} required onCommit={(minor) => minor !== null && setDirectBenefitAmount(applicationId, benefit.id, minor)} />
      <button
        type="button"
        className="button value-benefit__remove"
        aria-label={t('valueUi.benefit.removeOne', { label: benefit.label.trim() || t('valueUi.benefit.unnamed') })}
        onClick={() => removeDirectBenefit(applicationId, benefit.id)}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </li>
  );
}

/** Each KPI's yearly benefit at target, so the team sees where the application's benefit comes from. */
function KpiBenefits({ id }: { id: string }) {
  const t = useT();
  const money = useMoney();
  const select = usePlanner((s) => s.select);
  const kpis = usePlanner(
    useShallow((s) => {
      if (!s.plan) return [];
      const index = indexPlan(s.plan);
      return (index.kpisOf.get(id) ?? []).flatMap((kpiId) => index.kpis.get(kpiId) ?? []);
    }),
  );
  if (kpis.length === 0) return <p className="value-note">{t('valueUi.kpis.none')}</p>;
  return (
    <ul className="value-kpis" aria-label={t('valueUi.kpis.title')}>
      {kpis.map((k) => (
        <li key={k.id}>
          <button type="button" className="value-link" onClick={() => select({ kind: 'kpi', id: k.id })}>
            {k.name.trim() || t('valueUi.kpis.unnamed')}
          </button>
          <span className="value-kpis__amount">
            {kpiAnnualBenefit(k) === null ? t('valueUi.kpis.noValue') : t('valueUi.perYear', { amount: money.whole(kpiAnnualBenefit(k)) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Results({ id, figures }: { id: string; figures: Figures }) {
  const t = useT();
  const locale = useLocale();
  const money = useMoney();
  const horizonStart = usePlanner((s) => s.plan?.meta.horizonStart ?? null);
  const months = usePlanner((s) => s.plan?.meta.horizonMonths ?? 0);
  const progress = usePlanner((s) => (s.plan ? planProgress(s.plan, today()).byApplication.get(id) : undefined));
  if (horizonStart === null) return null;
  const horizon = { start: horizonStart, months };
  const payback = paybackText(figures.payback, horizon.start, t, locale);
  const rows: { key: string; label: string; value: string; detail?: string | null }[] = [
    { key: 'annual', label: t('valueUi.result.annual'), value: money.range(figures.annualBenefit) },
    { key: 'cost', label: t('valueUi.result.cost', { months: horizon.months }), value: figures.horizon ? money.whole(figures.horizon.cost) : money.whole(null) },
    { key: 'payback', label: t('valueUi.result.payback'), value: payback.main, detail: payback.range },
    { key: 'net', label: t('valueUi.result.net', { months: horizon.months }), value: money.range(figures.horizon?.net ?? null) },
    { key: 'roi', label: t('valueUi.result.roi', { months: horizon.months }), value: roiText(figures.horizon?.roi ?? null, money.locale, t) },
    { key: 'net3', label: t('valueUi.result.net3'), value: money.range(figures.threeYears?.net ?? null) },
    { key: 'roi3', label: t('valueUi.result.roi3'), value: roiText(figures.threeYears?.roi ?? null, money.locale, t) },
  ];
  return (
    <>
      {figures.unscheduled && <p className="value-note value-note--caution">{t('valueUi.result.unscheduled')}</p>}
      {figures.effortUnpriced && <p className="value-note value-note--caution">{t('valueUi.result.effortUnpriced')}</p>}
      <dl className="value-results" data-testid="value-results">
        {rows.map((r) => (
          <div key={r.key} className="value-results__row" data-testid={`result-${r.key}`}>
            <dt>{r.label}</dt>
            <dd>
              <RangeText text={r.value} />
              {r.detail && (
                <span className="value-results__detail">
                  <RangeText text={r.detail} />
                </span>
              )}
            </dd>
          </div>
        ))}
        <div className="value-results__row" data-testid="result-realised">
          <dt>{t('valueUi.result.realised')}</dt>
          <dd>
            {progress && progress.realised !== null
              ? t('valueUi.result.realisedOf', { realised: money.whole(progress.realised), planned: money.whole(progress.planned) })
              : t('valueUi.result.noCheckins')}
            {progress && progress.status !== 'no-data' && (
              <span className={`value-status value-status--${progress.status}`} data-status={progress.status}>
                <span aria-hidden="true">{STATUS_MARKS[progress.status]} </span>
                {statusText(progress.status, t)}
              </span>
            )}
          </dd>
        </div>
      </dl>
    </>
  );
}

/** The Value section of an application's detail panel: its costs, benefits and what they come to (#15). */
export function ValueSection({ id }: { id: string }) {
  const t = useT();
  const money = useMoney();
  const value = usePlanner((s) => selectApplication(id)(s)?.value);
  const planDayRate = usePlanner((s) => s.plan?.finance.dayRate ?? null);
  const figures = usePlanner((s) => (s.plan ? planFigures(s.plan).byApplication.get(id) : undefined));
  if (!value) return null;
  const phaseLabels = Object.fromEntries(PHASE_KINDS.map((p) => [p, phaseLabel(p, t)])) as Record<PhaseKind, string>;
  return (
    // Keyed by the application, so a half-typed amount never carries over to the next one selected.
    <div className="value-section" key={id} data-testid="value-section">
      <h4 className="value-section__sub">{t('valueUi.section.costs')}</h4>
      <PhaseCosts id={id} />
      <div className="detail-row">
        <MoneyField label={t('valueUi.monthly')} value={value.monthly} onCommit={(minor) => setMonthlyCost(id, minor)} testId="monthly-cost" />
        <SelectField label={t('valueUi.monthlyFrom')} value={value.monthlyFrom} options={PHASE_KINDS} labels={phaseLabels} onChange={(v) => setMonthlyFrom(id, v)} />
      </div>
      <MoneyField
        label={t('valueUi.dayRate')}
        value={value.dayRate}
        placeholder={planDayRate === null ? undefined : minorToInput(planDayRate, money.currency)}
        hint={planDayRate === null ? t('valueUi.dayRate.noPlanRate') : t('valueUi.dayRate.planRate', { amount: money.exact(planDayRate) })}
        onCommit={(minor) => setApplicationDayRate(id, minor)}
        testId="day-rate"
      />
      <h4 className="value-section__sub">{t('valueUi.section.benefits')}</h4>
      <KpiBenefits id={id} />
      {value.directBenefits.length > 0 && (
        <ul className="value-benefits" aria-label={t('valueUi.benefit.list')}>
          {value.directBenefits.map((b) => (
            <DirectBenefitRow key={b.id} applicationId={id} benefit={b} />
          ))}
        </ul>
      )}
      {value.directBenefits.length < 20 && (
        <button type="button" className="button value-benefit__add" onClick={() => addDirectBenefit(id)}>
          <span aria-hidden="true">+ </span>
          {t('valueUi.benefit.add')}
        </button>
      )}
      <PercentField label={t('valueUi.pilotShare')} hint={t('valueUi.pilotShare.hint')} value={value.pilotShare} onCommit={(v) => setPilotShare(id, v)} testId="pilot-share" />
      <ChoiceField<Confidence>
        label={t('valueUi.confidence')}
        hint={t('valueUi.confidence.hint')}
        value={value.confidence}
        options={CONFIDENCES}
        labelOf={(c) => t(CONFIDENCE_KEYS[c])}
        onChange={(c) => setConfidence(id, c)}
      />
      <h4 className="value-section__sub">{t('valueUi.section.results')}</h4>
      {figures && <Results id={id} figures={figures} />}
    </div>
  );
}
