import type { AiActTier, AnnexArea, Application, Triage } from '../model';
import type { MessageKey } from '../i18n/translator';
import type { TriageQuestion } from './governance-labels';

/*
 * EU AI Act triage of one application (#16): the questionnaire's answers propose a tier, the team may
 * override it with a note. Guidance to prepare a conversation with an adviser, not legal advice.
 *
 * The walk, first match wins:
 *   prohibited practice = yes                        → prohibited
 *   prohibited = no, used in an Annex III area        → high-risk
 *   prohibited = no, no Annex III area, and it talks
 *     with people or generates content they see      → limited (transparency duties)
 *   prohibited = no, no Annex III area, neither      → minimal
 *   anything short of that                           → not triaged (proposed null)
 */

export interface TriageResult {
  /** What the answers propose; null while the answers are not enough. */
  proposed: AiActTier | null;
  /** The override when there is one, else the proposal. */
  effective: AiActTier | null;
  overridden: boolean;
  /** Why the effective tier, in plain words (with `reasonValues` for its placeholders). */
  reason: MessageKey;
  reasonValues?: Record<string, string>;
  /** Why the proposed tier, which the override replaced (equals `reason` when not overridden). */
  proposedReason: MessageKey;
  /**
   * The questions still unanswered that matter: those the proposal waits for, and the role (which
   * decides whose duties apply) unless the practice is prohibited anyway.
   */
  missing: TriageQuestion[];
}

const HIGH_RISK_REASONS: Record<Exclude<AnnexArea, 'none'>, MessageKey> = {
  biometrics: 'governance.triage.reason.high-risk.biometrics',
  'critical-infrastructure': 'governance.triage.reason.high-risk.critical-infrastructure',
  education: 'governance.triage.reason.high-risk.education',
  employment: 'governance.triage.reason.high-risk.employment',
  'essential-services': 'governance.triage.reason.high-risk.essential-services',
  'law-enforcement': 'governance.triage.reason.high-risk.law-enforcement',
  migration: 'governance.triage.reason.high-risk.migration',
  justice: 'governance.triage.reason.high-risk.justice',
};

interface Proposal {
  tier: AiActTier | null;
  reason: MessageKey;
  waitingFor: TriageQuestion[];
}

function propose(triage: Triage): Proposal {
  if (triage.prohibited === 'yes') return { tier: 'prohibited', reason: 'governance.triage.reason.prohibited', waitingFor: [] };
  const waitingFor: TriageQuestion[] = [];
  if (triage.prohibited === 'unanswered') waitingFor.push('prohibited');
  const area = triage.annexArea;
  if (area !== 'unanswered' && area !== 'none') {
    return waitingFor.length ? { tier: null, reason: 'governance.triage.reason.untriaged', waitingFor } : { tier: 'high-risk', reason: HIGH_RISK_REASONS[area], waitingFor };
  }
  if (area === 'unanswered') waitingFor.push('annexArea');
  const talks = triage.interactsWithPeople;
  const generates = triage.generatesContent;
  let tier: AiActTier | null = null;
  let reason: MessageKey = 'governance.triage.reason.untriaged';
  if (talks === 'yes' || generates === 'yes') {
    tier = 'limited';
    if (talks === 'yes' && generates === 'yes') reason = 'governance.triage.reason.limited.both';
    else if (talks === 'yes') reason = 'governance.triage.reason.limited.interacts';
    else reason = 'governance.triage.reason.limited.generates';
  } else {
    if (talks === 'unanswered') waitingFor.push('interactsWithPeople');
    if (generates === 'unanswered') waitingFor.push('generatesContent');
    if (talks === 'no' && generates === 'no') {
      tier = 'minimal';
      reason = 'governance.triage.reason.minimal';
    }
  }
  if (waitingFor.length) return { tier: null, reason: 'governance.triage.reason.untriaged', waitingFor };
  return { tier, reason, waitingFor };
}

export function triageResult(app: Pick<Application, 'governance'>): TriageResult {
  const triage = app.governance.triage;
  const proposal = propose(triage);
  const missing = [...proposal.waitingFor];
  if (triage.role === 'unanswered' && proposal.tier !== 'prohibited') missing.push('role');
  const override = triage.override;
  if (override) {
    const note = override.note.trim();
    return {
      proposed: proposal.tier,
      effective: override.tier,
      overridden: true,
      reason: note ? 'governance.triage.reason.override' : 'governance.triage.reason.override.noNote',
      ...(note ? { reasonValues: { note } } : {}),
      proposedReason: proposal.reason,
      missing,
    };
  }
  return { proposed: proposal.tier, effective: proposal.tier, overridden: false, reason: proposal.reason, proposedReason: proposal.reason, missing };
}

/** True when the application has a tier, proposed by its answers or set by the team. */
export const isTriaged = (app: Pick<Application, 'governance'>): boolean => triageResult(app).effective !== null;

/** The application's effective tier, or null when it is not triaged. */
export const effectiveTier = (app: Pick<Application, 'governance'>): AiActTier | null => triageResult(app).effective;
