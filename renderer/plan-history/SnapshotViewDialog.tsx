import { useMemo } from 'react';
import { listSnapshots, snapshotPlan } from '../../shared/history/snapshots';
import { statusLabel } from '../../shared/labels';
import type { Plan } from '../../shared/model';
import { formatNumber } from '../../shared/i18n/format';
import type { AnyLocale } from '../../shared/i18n/locales';
import type { Translate } from '../../shared/i18n/translator';
import { ModalDialog } from '../components/ModalDialog';
import { useLocale, useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import { HistoryError } from './HistoryError';
import { backToList, closePlanHistory, compareWithNow, restoreFromHistory } from './plan-history-actions';
import { usePlanHistory } from './plan-history-store';
import { formatTakenAt } from './plan-history-text';

/**
 * A snapshot, read only: its pillars, objectives, applications and KPIs as they were, in a dialog
 * over the plan (nothing in it can be edited, and the plan behind stays as it is).
 */
export function SnapshotViewDialog() {
  const t = useT();
  const locale = useLocale();
  const snapshotId = usePlanHistory((s) => (s.dialog?.kind === 'view' ? s.dialog.snapshotId : null));
  const fromList = usePlanHistory((s) => s.fromList);
  const plan = usePlanner((s) => s.plan);
  const info = useMemo(() => (plan && snapshotId ? (listSnapshots(plan).find((s) => s.id === snapshotId) ?? null) : null), [plan, snapshotId]);
  const state = useMemo(() => (plan && snapshotId ? snapshotPlan(plan, snapshotId) : null), [plan, snapshotId]);
  if (!snapshotId || !info || !state) return null;

  return (
    <ModalDialog
      title={t('planHistory.view.title', { name: info.name })}
      description={t('planHistory.view.lead', { date: formatTakenAt(info.takenAt, locale) })}
      role="dialog"
      block="history-dialog"
      onCancel={fromList ? backToList : closePlanHistory}
    >
      <div className="history-dialog__form">
        <div className="history-dialog__scroll">
          {info.note && <p className="history-dialog__note">{info.note}</p>}
          <HistoryError />
          {state.status === 'ok' ? <PlanOutline plan={state.plan} t={t} locale={locale} /> : <p className="dialog-alert history-error">{state.message}</p>}
        </div>
        <div className="history-dialog__actions">
          {fromList && (
            <button type="button" className="button history-dialog__back" onClick={backToList}>
              {t('planHistory.back')}
            </button>
          )}
          <button type="button" className="button" onClick={() => compareWithNow(snapshotId)}>
            {t('planHistory.view.compare')}
          </button>
          <button type="button" className="button" onClick={() => restoreFromHistory(snapshotId)}>
            {t('planHistory.view.restore')}
          </button>
          <button type="button" className="button button--primary" data-autofocus="" onClick={closePlanHistory}>
            {t('planHistory.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}

/** The plan's tree as plain text: pillar › objective › application (status) › KPI (target). */
function PlanOutline({ plan, t, locale }: { plan: Plan; t: Translate; locale: AnyLocale }) {
  const unaligned = plan.applications.filter((a) => a.objectiveId === null);
  const applications = (objectiveId: string | null) => plan.applications.filter((a) => a.objectiveId === objectiveId);
  const renderApplications = (list: Plan['applications']) => (
    <ul className="snapshot-view__applications">
      {list.map((application) => (
        <li key={application.id} className="snapshot-view__application">
          <span className="snapshot-view__application-title">{application.title}</span> <span className="snapshot-view__status">{statusLabel(application.status, t)}</span>
          {plan.kpis.some((k) => k.applicationId === application.id) && (
            <ul className="snapshot-view__kpis">
              {plan.kpis
                .filter((k) => k.applicationId === application.id)
                .map((kpi) => (
                  <li key={kpi.id}>
                    {t('planHistory.view.kpi', { name: kpi.name })}
                    {kpi.target !== null && ` · ${t('planHistory.view.target', { target: `${formatNumber(kpi.target, locale)}${kpi.unit ? ` ${kpi.unit}` : ''}` })}`}
                  </li>
                ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="snapshot-view">
      <p className="snapshot-view__plan">{t('planHistory.view.planTitle', { title: plan.meta.title })}</p>
      {plan.pillars.length === 0 && <p className="history-dialog__empty">{t('planHistory.view.empty')}</p>}
      {plan.pillars.map((pillar) => {
        const objectives = plan.objectives.filter((o) => o.pillarId === pillar.id);
        return (
          <section key={pillar.id} className="snapshot-view__pillar">
            <h3 className="snapshot-view__pillar-title">{pillar.title}</h3>
            {objectives.length === 0 && <p className="history-dialog__empty">{t('planHistory.view.noObjectives')}</p>}
            <ul className="snapshot-view__objectives">
              {objectives.map((objective) => (
                <li key={objective.id} className="snapshot-view__objective">
                  <span className="snapshot-view__objective-title">{objective.title}</span>
                  {renderApplications(applications(objective.id))}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {unaligned.length > 0 && (
        <section className="snapshot-view__pillar">
          <h3 className="snapshot-view__pillar-title">{t('planHistory.view.unaligned')}</h3>
          {renderApplications(unaligned)}
        </section>
      )}
    </div>
  );
}
