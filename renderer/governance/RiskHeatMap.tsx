import { riskStatusLabel } from '../../shared/governance/governance-labels';
import { useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import { allRisks, HIGH_RISK_SCORE, scoreBand, type PlacedRisk } from './governance-selectors';
import { governanceUiStore, useGovernanceUi } from './governance-ui-store';
import { openGovernanceSection } from './open-governance';

const SCALE = [1, 2, 3, 4, 5] as const;
const NO_RISKS: readonly PlacedRisk[] = [];

/** Every risk of the plan on a likelihood × impact grid; a cell lists its risks below when clicked. */
export function RiskHeatMap() {
  const risks = usePlanner((s) => (s.plan ? allRisks(s.plan) : NO_RISKS));
  const cell = useGovernanceUi((s) => s.heatCell);
  const t = useT();
  const countAt = (likelihood: number, impact: number) => risks.filter((r) => r.likelihood === likelihood && r.impact === impact).length;
  const high = risks.filter((r) => r.likelihood * r.impact >= HIGH_RISK_SCORE).length;
  const listed = cell ? risks.filter((r) => r.likelihood === cell.likelihood && r.impact === cell.impact) : [];
  return (
    <section className="governance-block" aria-labelledby="governance-risks-title" data-testid="risk-heat-map">
      <h3 id="governance-risks-title" className="insight-page__subtitle">
        {t('governanceUi.risks.title')}
      </h3>
      <p className="governance-block__hint">{t('governanceUi.risks.summary', { count: risks.length, high })}</p>
      <div className="risk-map">
        <span className="risk-map__axis risk-map__axis--y" aria-hidden="true">
          {t('governanceUi.risks.likelihood')}
        </span>
        <table className="risk-map__grid" aria-label={t('governanceUi.risks.grid')}>
          <tbody>
            {[...SCALE].reverse().map((likelihood) => (
              <tr key={likelihood}>
                <th scope="row" className="risk-map__head">
                  <span className="visually-hidden">{t('governanceUi.risks.likelihood')} </span>
                  {likelihood}
                </th>
                {SCALE.map((impact) => {
                  const count = countAt(likelihood, impact);
                  const selected = cell?.likelihood === likelihood && cell.impact === impact;
                  return (
                    <td key={impact} className={`risk-cell risk-cell--${scoreBand(likelihood * impact)}`}>
                      <button
                        type="button"
                        className="risk-cell__button"
                        data-testid="risk-cell"
                        data-likelihood={likelihood}
                        data-impact={impact}
                        data-count={count}
                        aria-pressed={selected}
                        aria-label={t('governanceUi.risks.cell', { likelihood, impact, count })}
                        onClick={() => governanceUiStore.getState().setHeatCell(selected ? null : { likelihood, impact })}
                      >
                        {count > 0 ? count : ''}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              {SCALE.map((impact) => (
                <th key={impact} scope="col" className="risk-map__head">
                  <span className="visually-hidden">{t('governanceUi.risks.impact')} </span>
                  {impact}
                </th>
              ))}
            </tr>
          </tfoot>
        </table>
        <span className="risk-map__axis risk-map__axis--x" aria-hidden="true">
          {t('governanceUi.risks.impact')}
        </span>
      </div>
      <p className="risk-map__legend">
        <span className="risk-legend risk-cell--high">{t('governanceUi.risks.band.high')}</span>
        <span className="risk-legend risk-cell--medium">{t('governanceUi.risks.band.medium')}</span>
        <span className="risk-legend risk-cell--low">{t('governanceUi.risks.band.low')}</span>
      </p>
      <div className="risk-list" aria-live="polite" data-testid="risk-list">
        {!cell ? (
          <p className="governance-empty">{risks.length ? t('governanceUi.risks.pick') : t('governanceUi.risks.empty')}</p>
        ) : (
          <>
            <h4 className="risk-list__title">{t('governanceUi.risks.listed', { likelihood: cell.likelihood, impact: cell.impact, count: listed.length })}</h4>
            <ul className="risk-list__items">
              {listed.map((r) => (
                <li key={`${r.applicationId}:${r.riskId}`} className="risk-list__item">
                  <button type="button" className="risk-list__open" onClick={() => openGovernanceSection(r.applicationId, 'risks')}>
                    {r.title.trim() || t('governanceUi.risk.untitled')}
                  </button>
                  <span className="risk-list__app">{r.applicationTitle.trim() || t('domain.untitled.application')}</span>
                  <span className="risk-list__meta">
                    {t('governanceUi.risks.itemMeta', { owner: r.owner.trim() || t('governanceUi.risks.noOwner'), status: riskStatusLabel(r.status, t) })}
                  </span>
                  {r.mitigation.trim() && <span className="risk-list__mitigation">{r.mitigation}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
