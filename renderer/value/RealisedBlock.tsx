import { useMemo } from 'react';
import { planProgress, type PlanProgress, type ProgressStatus } from '../../shared/value/realised';
import { today } from '../clock';
import { useT } from '../i18n/use-t';
import { plannerStore, usePlanner } from '../store/store';
import { useMoney } from './money-locale';
import { STATUS_MARKS, statusText } from './value-text';

/** What the KPIs' check-ins show has come back so far, against what the plan expected by today. */
export function RealisedBlock() {
  const t = useT();
  const money = useMoney();
  const plan = usePlanner((s) => s.plan);
  const day = today();
  const progress = useMemo(() => (plan ? planProgress(plan, day) : null), [plan, day]);
  if (!plan || !progress) return null;
  const rows = plan.applications.filter((a) => {
    const p = progress.byApplication.get(a.id);
    return p && (p.realised !== null || p.status !== 'no-data');
  });
  const select = (id: string) => plannerStore.getState().select({ kind: 'application', id });
  return (
    <section className="value-block" aria-labelledby="value-realised-title">
      <h3 id="value-realised-title" className="insight-page__subtitle">
        {t('valueUi.realised.title')}
      </h3>
      <p className="value-block__hint">{t('valueUi.realised.hint')}</p>
      {rows.length === 0 ? (
        <p className="value-empty">{t('valueUi.realised.none')}</p>
      ) : (
        <table className="value-budget" data-testid="value-realised">
          <thead>
            <tr>
              <th scope="col">{t('valueUi.table.application')}</th>
              <th scope="col" className="value-table__num-col">
                {t('valueUi.realised.planned')}
              </th>
              <th scope="col" className="value-table__num-col">
                {t('valueUi.realised.realised')}
              </th>
              <th scope="col">{t('valueUi.realised.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => {
              const p = progress.byApplication.get(a.id)!;
              return (
                <tr key={a.id} data-testid="realised-row" data-item-id={a.id}>
                  <th scope="row">
                    <button type="button" className="value-link" onClick={() => select(a.id)}>
                      {a.title.trim() || t('domain.untitled.application')}
                    </button>
                  </th>
                  <td className="value-table__num">{money.compact(p.planned)}</td>
                  <td className="value-table__num">{money.compact(p.realised)}</td>
                  <td>
                    <span className={`value-status value-status--${p.status}`} data-status={p.status}>
                      <span aria-hidden="true">{STATUS_MARKS[p.status]} </span>
                      {statusText(p.status, t)}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="value-total">
              <th scope="row">{t('valueUi.table.planTotal')}</th>
              <td className="value-table__num">{money.compact(progress.plan.planned)}</td>
              <td className="value-table__num">{money.compact(progress.plan.realised)}</td>
              <td>
                <span className={`value-status value-status--${progress.plan.status}`}>
                  <span aria-hidden="true">{STATUS_MARKS[progress.plan.status]} </span>
                  {statusText(progress.plan.status, t)}
                </span>
              </td>
            </tr>
          </tfoot>
        </table>
      )}
      <StatusRollup progress={progress} />
    </section>
  );
}

function StatusBadge({ status }: { status: ProgressStatus }) {
  const t = useT();
  return (
    <span className={`value-status value-status--${status}`} data-status={status}>
      <span aria-hidden="true">{STATUS_MARKS[status]} </span>
      {statusText(status, t)}
    </span>
  );
}

/** KPI progress rolled up: each pillar's and objective's status is the worst of the KPIs under it with check-ins. */
function StatusRollup({ progress }: { progress: PlanProgress }) {
  const t = useT();
  const plan = usePlanner((s) => s.plan);
  if (!plan) return null;
  const pillars = plan.pillars.filter((p) => progress.byPillar.get(p.id) !== 'no-data');
  if (pillars.length === 0) return null;
  return (
    <div className="value-rollup" data-testid="value-rollup">
      <h4 className="value-rollup__title">{t('valueUi.realised.rollupTitle')}</h4>
      <ul className="value-rollup__list">
        {pillars.map((pillar) => (
          <li key={pillar.id} data-testid="rollup-pillar" data-item-id={pillar.id}>
            <span className="value-rollup__name">{pillar.title.trim() || t('domain.untitled.pillar')}</span>{' '}
            <StatusBadge status={progress.byPillar.get(pillar.id)!} />
            <ul className="value-rollup__list">
              {plan.objectives
                .filter((o) => o.pillarId === pillar.id && progress.byObjective.get(o.id) !== 'no-data')
                .map((o) => (
                  <li key={o.id} data-testid="rollup-objective" data-item-id={o.id}>
                    <span className="value-rollup__name">{o.title.trim() || t('domain.untitled.objective')}</span>{' '}
                    <StatusBadge status={progress.byObjective.get(o.id)!} />
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
