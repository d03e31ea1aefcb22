import type { ReadinessAnswer, ReadinessKey } from '../model';
import type { MessageKey } from '../i18n/translator';

export type ReadinessArea = 'vision' | 'culture' | 'data' | 'governance' | 'leadership';

/** The areas in print order, named by the same words as the Readiness view's groups. */
export const READINESS_AREA_KEYS: Record<ReadinessArea, MessageKey> = {
  vision: 'domain.readiness.group.vision',
  culture: 'domain.readiness.group.culture',
  data: 'domain.readiness.group.data',
  governance: 'domain.readiness.group.governance',
  leadership: 'domain.readiness.group.leadership',
};

export const READINESS_AREAS: readonly ReadinessArea[] = ['vision', 'culture', 'data', 'governance', 'leadership'];

/** The readiness checklist of DOMAIN.md as statements a team answers yes, partly or no. */
export const READINESS_LABELS: Record<ReadinessKey, { area: ReadinessArea; statement: MessageKey }> = {
  visionStated: { area: 'vision', statement: 'pdf.readiness.statement.visionStated' },
  aiLeadNominated: { area: 'vision', statement: 'pdf.readiness.statement.aiLeadNominated' },
  culturePilotImperfect: { area: 'culture', statement: 'pdf.readiness.statement.culturePilotImperfect' },
  cultureDocumentsWork: { area: 'culture', statement: 'pdf.readiness.statement.cultureDocumentsWork' },
  cultureSafeToFlag: { area: 'culture', statement: 'pdf.readiness.statement.cultureSafeToFlag' },
  dataSingleSource: { area: 'data', statement: 'pdf.readiness.statement.dataSingleSource' },
  dataConsistentIds: { area: 'data', statement: 'pdf.readiness.statement.dataConsistentIds' },
  dataOwnership: { area: 'data', statement: 'pdf.readiness.statement.dataOwnership' },
  dataAccessControls: { area: 'data', statement: 'pdf.readiness.statement.dataAccessControls' },
  dataCleanup: { area: 'data', statement: 'pdf.readiness.statement.dataCleanup' },
  govPrivacyReview: { area: 'governance', statement: 'pdf.readiness.statement.govPrivacyReview' },
  govResultsReview: { area: 'governance', statement: 'pdf.readiness.statement.govResultsReview' },
  govDriftMonitoring: { area: 'governance', statement: 'pdf.readiness.statement.govDriftMonitoring' },
  leadPurposeStated: { area: 'leadership', statement: 'pdf.readiness.statement.leadPurposeStated' },
  leadUncertaintyAcknowledged: { area: 'leadership', statement: 'pdf.readiness.statement.leadUncertaintyAcknowledged' },
  leadGovernanceEarly: { area: 'leadership', statement: 'pdf.readiness.statement.leadGovernanceEarly' },
};

/** A word and a mark, so the answer reads without colour. */
export const READINESS_ANSWER_KEYS: Record<ReadinessAnswer, MessageKey> = {
  yes: 'pdf.readiness.answer.yes',
  partly: 'pdf.readiness.answer.partly',
  no: 'pdf.readiness.answer.no',
  unanswered: 'pdf.readiness.answer.unanswered',
};
