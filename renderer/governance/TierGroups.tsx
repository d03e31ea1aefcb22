import { memo } from 'react';
import { tierLabel, untriagedLabel } from '../../shared/governance/governance-labels';
import { useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import { applicationsByTier, TIER_GROUPS, type TierGroupId, type TriagedApplication } from './governance-selectors';
import { openGovernanceSection } from './open-governance';
import { TierMark } from './TierMark';

const NO_GROUPS = null;

const TriagedRow = memo(function TriagedRow({ app }: { app: TriagedApplication }) {
  const selected = usePlanner((s) => s.selection?.kind === 'application' && s.selection.id === app.id);
  const t = useT();
  const title = app.title.trim() || t('domain.untitled.application');
  const reason = t(app.result.reason, app.result.reasonValues);
  return (
    <li className="tier-app" data-item-kind="application" data-item-id={app.id} data-selected={selected || undefined} tabIndex={-1}>
      <button type="button" className="tier-app__title" onClick={() => openGovernanceSection(app.id)} aria-label={t('governanceUi.tiers.open', { title })}>
        {title}
      </button>
      {app.result.overridden && <span className="governance-tag">{t('governanceUi.tiers.overridden')}</span>}
      <p className="tier-app__reason">{reason}</p>
    </li>
  );
});

function TierGroup({ tier, apps }: { tier: TierGroupId; apps: readonly TriagedApplication[] }) {
  const t = useT();
  const label = tier === 'untriaged' ? untriagedLabel(t) : tierLabel(tier, t);
  const headingId = `tier-group-${tier}`;
  return (
    <section className={`tier-group tier-group--${tier}`} aria-labelledby={headingId} data-testid="tier-group" data-tier={tier}>
      <h4 id={headingId} className="tier-group__title">
        <TierMark tier={tier} />
        <span>{label}</span>
        <span className="tier-group__count">{t('governanceUi.tiers.count', { count: apps.length })}</span>
      </h4>
      <ul className="tier-group__list">
        {apps.map((app) => (
          <TriagedRow key={app.id} app={app} />
        ))}
      </ul>
    </section>
  );
}

/** The plan's applications under the AI Act tier their triage gives, the untriaged apart. */
export function TierGroups() {
  const groups = usePlanner((s) => (s.plan ? applicationsByTier(s.plan) : NO_GROUPS));
  const t = useT();
  if (!groups) return null;
  return (
    <section className="governance-block governance-block--wide" aria-labelledby="governance-tiers-title">
      <h3 id="governance-tiers-title" className="insight-page__subtitle">
        {t('governanceUi.tiers.title')}
      </h3>
      <p className="governance-block__hint">{t('governanceUi.tiers.hint')}</p>
      <div className="tier-groups">
        {TIER_GROUPS.filter((tier) => groups[tier].length > 0).map((tier) => (
          <TierGroup key={tier} tier={tier} apps={groups[tier]} />
        ))}
      </div>
      {/* Tiers with no application take one line between them, so the filled ones get the width. */}
      <ul className="tier-empty">
        {TIER_GROUPS.filter((tier) => groups[tier].length === 0).map((tier) => (
          <li key={tier} className={`tier-empty__item tier-group--${tier}`} data-testid="tier-group" data-tier={tier} data-empty="">
            <TierMark tier={tier} />
            {t('governanceUi.tiers.emptyTier', { tier: tier === 'untriaged' ? untriagedLabel(t) : tierLabel(tier, t) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
