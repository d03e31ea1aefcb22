import { dataClassLabel, tierLabel, untriagedLabel } from '../../shared/governance/governance-labels';
import { PERSONAL_DATA_CLASSES } from '../../shared/governance/data-classes';
import { triageResult } from '../../shared/governance/triage';
import { useT } from '../i18n/use-t';
import { selectApplication } from '../store/plan-selectors';
import { usePlanner } from '../store/store';
import { openGovernanceSection } from './open-governance';
import { TierMark } from './TierMark';
import './governance.css';

/* The Dimensions view's links to governance (#16): the AI Act tier beside the ethical cell, and the data an application touches. */

/** The application's AI Act tier (or "Not triaged"); opens its triage in the detail panel. */
export function TriageBadge({ applicationId }: { applicationId: string }) {
  const app = usePlanner((s) => selectApplication(applicationId)(s));
  const t = useT();
  if (!app) return null;
  const tier = triageResult(app).effective;
  const label = tier ? tierLabel(tier, t) : untriagedLabel(t);
  const title = app.title.trim() || t('domain.untitled.application');
  return (
    <button
      type="button"
      className={`triage-badge triage-badge--${tier ?? 'untriaged'}`}
      data-testid="triage-badge"
      data-tier={tier ?? 'untriaged'}
      aria-label={t('governanceUi.dimensions.tier', { title, tier: label })}
      title={t('governanceUi.dimensions.tier', { title, tier: label })}
      onClick={() => openGovernanceSection(applicationId, 'triage')}
    >
      <TierMark tier={tier ?? 'untriaged'} />
      <span>{label}</span>
    </button>
  );
}

/** The classes of data the application touches, personal data first; opens its tools and data in the detail panel. */
export function DataClassesSummary({ applicationId }: { applicationId: string }) {
  const app = usePlanner((s) => selectApplication(applicationId)(s));
  const t = useT();
  if (!app) return null;
  const classes = [...app.governance.dataClasses].sort((a, b) => Number(PERSONAL_DATA_CLASSES.includes(b)) - Number(PERSONAL_DATA_CLASSES.includes(a)));
  const text = classes.length ? classes.map((c) => dataClassLabel(c, t)).join(', ') : t('governanceUi.dimensions.noData');
  const title = app.title.trim() || t('domain.untitled.application');
  const personal = classes.some((c) => PERSONAL_DATA_CLASSES.includes(c));
  return (
    <button
      type="button"
      className="data-summary"
      data-testid="data-classes"
      data-personal={personal || undefined}
      aria-label={t('governanceUi.dimensions.data', { title, classes: text })}
      onClick={() => openGovernanceSection(applicationId, 'tools')}
    >
      {text}
    </button>
  );
}
