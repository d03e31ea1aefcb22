import { memo, useEffect, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { AI_ACT_TIERS, ANNEX_III_AREAS, DATA_CLASSES, RISK_STATUSES } from '../../shared/schema/governance-schema';
import {
  ANNEX_AREA_KEYS,
  dataClassLabel,
  notLegalAdvice,
  ROLE_KEYS,
  RISK_STATUS_KEYS,
  TIER_KEYS,
  tierLabel,
  toolStatusLabel,
  TRIAGE_ANSWER_KEYS,
  triageQuestion,
  triageQuestionHelp,
  untriagedLabel,
} from '../../shared/governance/governance-labels';
import { dutiesFor } from '../../shared/governance/obligations';
import { HIGH_RISK_SCORE, riskScore } from '../../shared/governance/risk-library';
import { triageResult } from '../../shared/governance/triage';
import { formatDay } from '../../shared/i18n/format';
import { labelsFor } from '../../shared/labels';
import type { AiActTier, AnnexArea, Application, DataClass, RiskStatus, TriageAnswer } from '../../shared/model';
import { ChoiceField, SelectField, TextField } from '../details/fields';
import { useLocale, useT } from '../i18n/use-t';
import {
  addRisk,
  answerTriage,
  editRisk,
  overrideTier,
  removeRisk,
  seedCommonRisks,
  setDataClassesOfApplication,
  setOverrideNote,
  setToolsOfApplication,
} from '../store/governance-actions';
import { selectApplication } from '../store/plan-selectors';
import { plannerStore, usePlanner } from '../store/store';
import { governanceUiStore, useGovernanceUi } from './governance-ui-store';
import { scoreBand } from './governance-selectors';
import { TierMark } from './TierMark';
import './governance.css';

const ANSWERS: readonly TriageAnswer[] = ['yes', 'no', 'unanswered'];
const AREAS: readonly (AnnexArea | 'unanswered')[] = ['unanswered', ...ANNEX_III_AREAS];
const ROLES = ['deployer', 'provider', 'unanswered'] as const;
const SCORES = [1, 2, 3, 4, 5] as const;
const PROPOSED = 'proposed';

function SubHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h4 id={id} className="gov-section__heading" tabIndex={-1}>
      {children}
    </h4>
  );
}

function Triage({ app }: { app: Application }) {
  const t = useT();
  const locale = useLocale();
  const plan = usePlanner((s) => s.plan);
  const result = triageResult(app);
  const triage = app.governance.triage;
  const id = app.id;
  const answerLabels = labelsFor(TRIAGE_ANSWER_KEYS, t);
  const tier = result.effective;
  const duties = plan ? dutiesFor(app, plan, t) : [];
  return (
    <div className="gov-part" data-testid="triage">
      <SubHeading id={`gov-triage-${id}`}>{t('governanceUi.section.triage')}</SubHeading>
      <div className={`triage-result triage-result--${tier ?? 'untriaged'}`} data-testid="triage-result" data-tier={tier ?? 'untriaged'} role="status">
        <p className="triage-result__tier">
          <TierMark tier={tier ?? 'untriaged'} />
          <span>{tier ? t(result.overridden ? 'governanceUi.triage.teamTier' : 'governanceUi.triage.proposedTier', { tier: tierLabel(tier, t) }) : untriagedLabel(t)}</span>
        </p>
        <p className="triage-result__reason">{t(result.reason, result.reasonValues)}</p>
        {result.overridden && result.proposed && (
          <p className="triage-result__proposed">{t('governanceUi.triage.wasProposed', { tier: tierLabel(result.proposed, t), reason: t(result.proposedReason) })}</p>
        )}
        {result.missing.length > 0 && (
          <p className="triage-result__missing">{t('governanceUi.triage.missing', { questions: result.missing.map((q) => triageQuestion(q, t)).join(' · ') })}</p>
        )}
      </div>
      <ChoiceField
        label={triageQuestion('prohibited', t)}
        hint={triageQuestionHelp('prohibited', t)}
        value={triage.prohibited}
        options={ANSWERS}
        labelOf={(a) => answerLabels[a]}
        onChange={(prohibited) => answerTriage(id, { prohibited })}
      />
      <SelectField
        label={triageQuestion('annexArea', t)}
        value={triage.annexArea}
        options={AREAS}
        labels={{ ...labelsFor(ANNEX_AREA_KEYS, t), unanswered: answerLabels.unanswered }}
        onChange={(annexArea) => answerTriage(id, { annexArea })}
      />
      <p className="detail-field__hint gov-hint-after-select">{triageQuestionHelp('annexArea', t)}</p>
      <ChoiceField
        label={triageQuestion('interactsWithPeople', t)}
        hint={triageQuestionHelp('interactsWithPeople', t)}
        value={triage.interactsWithPeople}
        options={ANSWERS}
        labelOf={(a) => answerLabels[a]}
        onChange={(interactsWithPeople) => answerTriage(id, { interactsWithPeople })}
      />
      <ChoiceField
        label={triageQuestion('generatesContent', t)}
        hint={triageQuestionHelp('generatesContent', t)}
        value={triage.generatesContent}
        options={ANSWERS}
        labelOf={(a) => answerLabels[a]}
        onChange={(generatesContent) => answerTriage(id, { generatesContent })}
      />
      <ChoiceField
        label={triageQuestion('role', t)}
        hint={triageQuestionHelp('role', t)}
        value={triage.role}
        options={ROLES}
        labelOf={(r) => (r === 'unanswered' ? answerLabels.unanswered : t(ROLE_KEYS[r]))}
        onChange={(role) => answerTriage(id, { role })}
      />
      <SelectField
        label={t('governanceUi.triage.override')}
        value={triage.override?.tier ?? PROPOSED}
        options={[PROPOSED, ...AI_ACT_TIERS]}
        labels={{ ...labelsFor(TIER_KEYS, t), [PROPOSED]: t('governanceUi.triage.override.none') }}
        onChange={(v) => overrideTier(id, v === PROPOSED ? null : (v as AiActTier), triage.override?.note ?? '')}
      />
      {triage.override && (
        <TextField
          label={t('governanceUi.triage.override.note')}
          multiline
          value={triage.override.note}
          placeholder={t('governanceUi.triage.override.placeholder')}
          onChange={(note) => setOverrideNote(id, triage.override!.tier, note)}
        />
      )}
      {(tier === 'limited' || triage.transparencyStep) && (
        <label className="detail-field detail-field--check">
          <input type="checkbox" checked={triage.transparencyStep} onChange={(e) => answerTriage(id, { transparencyStep: e.target.checked })} />
          <span>{triageQuestion('transparencyStep', t)}</span>
        </label>
      )}
      {(tier === 'high-risk' || triage.dutiesPlanned) && (
        <label className="detail-field detail-field--check">
          <input type="checkbox" checked={triage.dutiesPlanned} onChange={(e) => answerTriage(id, { dutiesPlanned: e.target.checked })} />
          <span>{triageQuestion('dutiesPlanned', t)}</span>
        </label>
      )}
      {tier && (
        <div className="gov-duties" data-testid="application-duties">
          <p className="gov-duties__title">{t('governanceUi.section.duties', { count: duties.length })}</p>
          <ul className="gov-duties__list">
            {duties.map((d) => (
              <li key={d.id} className="gov-duty">
                <span className="gov-duty__date">{formatDay(d.applies, locale, 'medium')}</span> <span>{d.duty}</span>
                <span className="gov-duty__source">{t('governanceUi.duties.source', { source: d.source })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="gov-disclaimer">{notLegalAdvice(t)}</p>
    </div>
  );
}

function ToolsAndData({ app }: { app: Application }) {
  const tools = usePlanner((s) => s.plan?.governance.tools);
  const t = useT();
  const id = app.id;
  const used = app.governance.toolIds;
  const classes = app.governance.dataClasses;
  return (
    <div className="gov-part" data-testid="application-tools">
      <SubHeading id={`gov-tools-${id}`}>{t('governanceUi.section.tools')}</SubHeading>
      {!tools?.length ? (
        <p className="detail-field__hint">
          {t('governanceUi.section.noTools')}{' '}
          <button type="button" className="link-button" onClick={() => plannerStore.getState().setActiveView('governance')}>
            {t('governanceUi.section.openRegister')}
          </button>
        </p>
      ) : (
        <fieldset className="detail-field gov-checks">
          <legend className="detail-field__label">{t('governanceUi.section.toolsLegend')}</legend>
          {tools.map((tool) => {
            const on = used.includes(tool.id);
            const notAllowed = on ? classes.filter((c) => !tool.dataClasses.includes(c)) : [];
            return (
              <div key={tool.id} className="gov-tool">
                <label className="gov-check">
                  <input type="checkbox" checked={on} onChange={(e) => setToolsOfApplication(id, e.target.checked ? [...used, tool.id] : used.filter((x) => x !== tool.id))} />
                  <span>
                    {tool.name.trim() || t('governanceUi.tools.unnamed')} <span className={`governance-tag tool-status--${tool.status}`}>{toolStatusLabel(tool.status, t)}</span>
                  </span>
                </label>
                {on && tool.status !== 'approved' && <p className="gov-warning">{t(tool.status === 'banned' ? 'governanceUi.section.toolBanned' : 'governanceUi.section.toolUnderReview')}</p>}
                {notAllowed.length > 0 && (
                  <p className="gov-warning">{t('governanceUi.section.classesNotAllowed', { classes: notAllowed.map((c) => dataClassLabel(c, t)).join(', ') })}</p>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      <fieldset className="detail-field gov-checks" data-testid="application-data-classes">
        <legend className="detail-field__label">{t('governanceUi.section.dataClasses')}</legend>
        {DATA_CLASSES.map((c) => (
          <label key={c} className="detail-field--check gov-check">
            <input
              type="checkbox"
              checked={classes.includes(c)}
              onChange={(e) => setDataClassesOfApplication(id, e.target.checked ? [...classes, c] : classes.filter((x: DataClass) => x !== c))}
            />
            <span>{dataClassLabel(c, t)}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

const RiskCard = memo(function RiskCard({ applicationId, riskId }: { applicationId: string; riskId: string }) {
  const risk = usePlanner((s) => s.plan?.applications.find((a) => a.id === applicationId)?.governance.risks.find((r) => r.id === riskId));
  const t = useT();
  if (!risk) return null;
  const title = risk.title.trim() || t('governanceUi.risk.untitled');
  const score = riskScore(risk);
  const edit = (patch: Parameters<typeof editRisk>[2], typing = false) => editRisk(applicationId, riskId, patch, typing);
  return (
    <li className={`risk-card risk-card--${scoreBand(score)}`} data-testid="risk" data-risk-id={riskId}>
      <div role="group" aria-label={t('governanceUi.risk.card', { title })}>
        <TextField label={t('governanceUi.risk.title')} value={risk.title} maxLength={500} onChange={(v) => edit({ title: v }, true)} />
        <div className="detail-row">
          <SelectField label={t('governanceUi.risk.likelihood')} value={String(risk.likelihood)} options={SCORES.map(String)} labels={scoreLabels} onChange={(v) => edit({ likelihood: Number(v) })} />
          <SelectField label={t('governanceUi.risk.impact')} value={String(risk.impact)} options={SCORES.map(String)} labels={scoreLabels} onChange={(v) => edit({ impact: Number(v) })} />
        </div>
        <p className={`risk-card__score risk-cell--${scoreBand(score)}`} data-testid="risk-score">
          {t(score >= HIGH_RISK_SCORE ? 'governanceUi.risk.score.high' : 'governanceUi.risk.score', { score })}
        </p>
        <TextField label={t('governanceUi.risk.mitigation')} multiline value={risk.mitigation} onChange={(v) => edit({ mitigation: v }, true)} />
        <TextField label={t('governanceUi.risk.owner')} value={risk.owner} maxLength={500} onChange={(v) => edit({ owner: v }, true)} />
        <div className="detail-row">
          <SelectField label={t('governanceUi.risk.status')} value={risk.status} options={RISK_STATUSES} labels={labelsFor(RISK_STATUS_KEYS, t)} onChange={(v: RiskStatus) => edit({ status: v })} />
          <DateField label={t('governanceUi.risk.reviewDate')} value={risk.reviewDate} onChange={(reviewDate) => edit({ reviewDate })} />
        </div>
        <button type="button" className="button button--danger-outline" onClick={() => removeRisk(applicationId, riskId, title)} aria-label={t('governanceUi.risk.remove.label', { title })}>
          {t('governanceUi.risk.remove')}
        </button>
      </div>
    </li>
  );
});

const scoreLabels: Record<string, string> = Object.fromEntries(SCORES.map((n) => [String(n), String(n)]));

function Risks({ applicationId }: { applicationId: string }) {
  const ids = usePlanner(useShallow((s) => selectApplication(applicationId)(s)?.governance.risks.map((r) => r.id) ?? []));
  const t = useT();
  return (
    <div className="gov-part" data-testid="application-risks">
      <SubHeading id={`gov-risks-${applicationId}`}>{t('governanceUi.section.risks', { count: ids.length })}</SubHeading>
      {ids.length === 0 && <p className="detail-field__hint">{t('governanceUi.section.noRisks')}</p>}
      <ul className="risk-cards">
        {ids.map((riskId) => (
          <RiskCard key={riskId} applicationId={applicationId} riskId={riskId} />
        ))}
      </ul>
      <div className="gov-actions">
        <button type="button" className="button" onClick={() => addRisk(applicationId, { title: '' })}>
          {t('governanceUi.section.addRisk')}
        </button>
        <button type="button" className="button" onClick={() => seedCommonRisks(applicationId)}>
          {t('governanceUi.section.seedRisks')}
        </button>
      </div>
    </div>
  );
}

function DateField({ label, value, onChange }: { label: string; value: string | null; onChange: (value: string | null) => void }) {
  return (
    <div className="detail-field">
      <label className="detail-field__label">
        {label}
        <input type="date" className="detail-field__input" value={value ?? ''} onChange={(e) => onChange(/^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null)} />
      </label>
    </div>
  );
}

/** The detail panel's Governance section of an application: AI Act triage, its tools and data, its risks. */
export function GovernanceSection({ id }: { id: string }) {
  const app = usePlanner((s) => selectApplication(id)(s));
  const reveal = useGovernanceUi((s) => (s.revealSection?.applicationId === id ? s.revealSection.target : null));
  useEffect(() => {
    if (!reveal) return;
    // After the panel has laid out: bring the asked-for part to the top of the panel and focus its heading.
    const frame = requestAnimationFrame(() => {
      const heading = document.getElementById(`gov-${reveal}-${id}`);
      // Scrolls the panel's body only: scrollIntoView would also scroll the app shell out of the window.
      const body = heading?.closest('.detail-panel__body');
      if (heading && body) body.scrollTop += heading.getBoundingClientRect().top - body.getBoundingClientRect().top - 8;
      heading?.focus({ preventScroll: true });
      governanceUiStore.getState().clearSectionRequest();
    });
    return () => cancelAnimationFrame(frame);
  }, [reveal, id]);
  if (!app) return null;
  return (
    <div className="gov-section" data-testid="governance-section">
      <Triage app={app} />
      <ToolsAndData app={app} />
      <Risks applicationId={id} />
    </div>
  );
}
