import type { AiActTier, AnnexArea, DataClass, RiskStatus, ToolStatus, TriageAnswer } from '../model';
import type { OBLIGATION_ROLES, OBLIGATION_TIERS, AI_ACT_ROLES } from '../schema/governance-schema';
import { t as activeT } from '../i18n/active-locale';
import type { MessageKey, Translate } from '../i18n/translator';

/*
 * Human labels for the governance enumerations (#16), shared by the Governance view, the detail
 * panel, the PDF and the command line. Same pattern as shared/labels.ts: keys here, functions that
 * take the Translate of the language wanted.
 */

export type ObligationTier = (typeof OBLIGATION_TIERS)[number];
export type ObligationRole = (typeof OBLIGATION_ROLES)[number];
export type AiActRole = (typeof AI_ACT_ROLES)[number];

export const TIER_KEYS: Record<AiActTier, MessageKey> = {
  prohibited: 'governance.tier.prohibited',
  'high-risk': 'governance.tier.high-risk',
  limited: 'governance.tier.limited',
  minimal: 'governance.tier.minimal',
};

/** An obligation's tier: the four tiers, and 'all' for duties every user of AI has. */
export const OBLIGATION_TIER_KEYS: Record<ObligationTier, MessageKey> = {
  all: 'governance.tier.all',
  ...TIER_KEYS,
};

export const ANNEX_AREA_KEYS: Record<AnnexArea, MessageKey> = {
  none: 'governance.annex.none',
  biometrics: 'governance.annex.biometrics',
  'critical-infrastructure': 'governance.annex.critical-infrastructure',
  education: 'governance.annex.education',
  employment: 'governance.annex.employment',
  'essential-services': 'governance.annex.essential-services',
  'law-enforcement': 'governance.annex.law-enforcement',
  migration: 'governance.annex.migration',
  justice: 'governance.annex.justice',
};

export const DATA_CLASS_KEYS: Record<DataClass, MessageKey> = {
  public: 'governance.dataClass.public',
  internal: 'governance.dataClass.internal',
  'customer-personal': 'governance.dataClass.customer-personal',
  'staff-personal': 'governance.dataClass.staff-personal',
  confidential: 'governance.dataClass.confidential',
};

export const TOOL_STATUS_KEYS: Record<ToolStatus, MessageKey> = {
  approved: 'governance.toolStatus.approved',
  'under-review': 'governance.toolStatus.under-review',
  banned: 'governance.toolStatus.banned',
};

export const RISK_STATUS_KEYS: Record<RiskStatus, MessageKey> = {
  open: 'governance.riskStatus.open',
  mitigating: 'governance.riskStatus.mitigating',
  accepted: 'governance.riskStatus.accepted',
  closed: 'governance.riskStatus.closed',
};

export const ROLE_KEYS: Record<AiActRole, MessageKey> = {
  deployer: 'governance.role.deployer',
  provider: 'governance.role.provider',
};

export const OBLIGATION_ROLE_KEYS: Record<ObligationRole, MessageKey> = {
  ...ROLE_KEYS,
  both: 'governance.role.both',
};

export const TRIAGE_ANSWER_KEYS: Record<TriageAnswer, MessageKey> = {
  unanswered: 'governance.answer.unanswered',
  yes: 'governance.answer.yes',
  no: 'governance.answer.no',
};

/** The questionnaire's questions, in the order it asks them. */
export type TriageQuestion = 'prohibited' | 'annexArea' | 'interactsWithPeople' | 'generatesContent' | 'role';
export const TRIAGE_QUESTIONS: readonly TriageQuestion[] = ['prohibited', 'annexArea', 'interactsWithPeople', 'generatesContent', 'role'];

export const TRIAGE_QUESTION_KEYS: Record<TriageQuestion | 'transparencyStep' | 'dutiesPlanned', { question: MessageKey; help: MessageKey }> = {
  prohibited: { question: 'governance.question.prohibited', help: 'governance.question.prohibited.help' },
  annexArea: { question: 'governance.question.annexArea', help: 'governance.question.annexArea.help' },
  interactsWithPeople: { question: 'governance.question.interactsWithPeople', help: 'governance.question.interactsWithPeople.help' },
  generatesContent: { question: 'governance.question.generatesContent', help: 'governance.question.generatesContent.help' },
  role: { question: 'governance.question.role', help: 'governance.question.role.help' },
  transparencyStep: { question: 'governance.question.transparencyStep', help: 'governance.question.transparencyStep.help' },
  dutiesPlanned: { question: 'governance.question.dutiesPlanned', help: 'governance.question.dutiesPlanned.help' },
};

export const tierLabel = (tier: AiActTier, t: Translate = activeT): string => t(TIER_KEYS[tier]);
export const obligationTierLabel = (tier: ObligationTier, t: Translate = activeT): string => t(OBLIGATION_TIER_KEYS[tier]);
export const annexAreaLabel = (area: AnnexArea, t: Translate = activeT): string => t(ANNEX_AREA_KEYS[area]);
export const dataClassLabel = (dataClass: DataClass, t: Translate = activeT): string => t(DATA_CLASS_KEYS[dataClass]);
export const toolStatusLabel = (status: ToolStatus, t: Translate = activeT): string => t(TOOL_STATUS_KEYS[status]);
export const riskStatusLabel = (status: RiskStatus, t: Translate = activeT): string => t(RISK_STATUS_KEYS[status]);
export const roleLabel = (role: AiActRole, t: Translate = activeT): string => t(ROLE_KEYS[role]);
export const obligationRoleLabel = (role: ObligationRole, t: Translate = activeT): string => t(OBLIGATION_ROLE_KEYS[role]);
export const triageAnswerLabel = (answer: TriageAnswer, t: Translate = activeT): string => t(TRIAGE_ANSWER_KEYS[answer]);
export const triageQuestion = (question: keyof typeof TRIAGE_QUESTION_KEYS, t: Translate = activeT): string => t(TRIAGE_QUESTION_KEYS[question].question);
export const triageQuestionHelp = (question: keyof typeof TRIAGE_QUESTION_KEYS, t: Translate = activeT): string => t(TRIAGE_QUESTION_KEYS[question].help);

/** "Not triaged": what an application without a tier shows in place of one. */
export const untriagedLabel = (t: Translate = activeT): string => t('governance.tier.untriaged');

/** The one line every governance surface carries. */
export const notLegalAdvice = (t: Translate = activeT): string => t('governance.notLegalAdvice');
