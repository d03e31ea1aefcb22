import { notLegalAdvice } from '../../shared/governance/governance-labels';
import { useT } from '../i18n/use-t';
import { UpcomingDuties } from './DutiesPanel';
import { RiskHeatMap } from './RiskHeatMap';
import { TierGroups } from './TierGroups';
import { ToolRegister } from './ToolRegister';
import '../styles/insight.css';
import './governance.css';

/** Governance of the AI itself (#16): applications by AI Act tier, upcoming duties, the tools register and the risk heat map. */
export function GovernanceView() {
  const t = useT();
  return (
    <div className="governance insight-page">
      <header className="insight-page__header">
        <div>
          <h2 className="insight-page__title">{t('governanceUi.title')}</h2>
          <p className="insight-page__lead">{t('governanceUi.lead')}</p>
        </div>
      </header>
      <p className="governance-disclaimer" data-testid="not-legal-advice">
        <span className="governance-disclaimer__mark" aria-hidden="true">
          §
        </span>
        {notLegalAdvice(t)}
      </p>
      <div className="governance__grid">
        <TierGroups />
        <UpcomingDuties />
        <RiskHeatMap />
        <ToolRegister />
      </div>
    </div>
  );
}
