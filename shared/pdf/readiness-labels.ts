import type { ReadinessAnswer, ReadinessKey } from '../model';

export type ReadinessArea = 'Vision and lead' | 'Culture' | 'Data practices' | 'Governance' | 'Leadership';

/** The readiness checklist of DOMAIN.md as statements a team answers yes, partly or no. */
export const READINESS_LABELS: Record<ReadinessKey, { area: ReadinessArea; question: string }> = {
  visionStated: { area: 'Vision and lead', question: 'We have stated our vision and boundaries for AI over the next 12–24 months, including uses to avoid.' },
  aiLeadNominated: { area: 'Vision and lead', question: 'An AI lead is nominated.' },
  culturePilotImperfect: { area: 'Culture', question: 'We are comfortable piloting something that is only 70–80% right at first.' },
  cultureDocumentsWork: { area: 'Culture', question: 'We document how work gets done.' },
  cultureSafeToFlag: { area: 'Culture', question: 'Frontline staff feel safe flagging problems.' },
  dataSingleSource: { area: 'Data practices', question: 'Each kind of data has one source of truth.' },
  dataConsistentIds: { area: 'Data practices', question: 'Customers, products and orders carry consistent identifiers across systems.' },
  dataOwnership: { area: 'Data practices', question: 'Every data set has a clear owner.' },
  dataAccessControls: { area: 'Data practices', question: 'Basic access controls are in place.' },
  dataCleanup: { area: 'Data practices', question: 'Data is cleaned up regularly.' },
  govApprovedTools: { area: 'Governance', question: 'Staff have a list of approved AI tools, so they do not turn to unapproved public ones.' },
  govPrivacyReview: { area: 'Governance', question: 'Any use of customer data gets a privacy review.' },
  govResultsReview: { area: 'Governance', question: 'Someone is named to review AI results, and how often is agreed.' },
  govDriftMonitoring: { area: 'Governance', question: 'Results are monitored for drift after launch.' },
  leadPurposeStated: { area: 'Leadership', question: 'Leaders state the purpose of using AI openly.' },
  leadUncertaintyAcknowledged: { area: 'Leadership', question: 'Leaders acknowledge what is still uncertain.' },
  leadGovernanceEarly: { area: 'Leadership', question: 'Governance is discussed early, so that it enables rather than restricts.' },
};

export const READINESS_AREAS: readonly ReadinessArea[] = ['Vision and lead', 'Culture', 'Data practices', 'Governance', 'Leadership'];

/** A word and a mark, so the answer reads without colour. */
export const READINESS_ANSWER_LABELS: Record<ReadinessAnswer, string> = {
  yes: '✓ Yes',
  partly: '◐ Partly',
  no: '✗ No',
  unanswered: '– Not answered',
};
