import { READINESS_KEYS } from '../schema/plan-schema';
import { t as activeT } from '../i18n/active-locale';
import type { MessageKey, Translate } from '../i18n/translator';
import type { Plan, ReadinessAnswer, ReadinessKey } from '../model';

/*
 * The organisation's readiness and governance checklist (DOMAIN.md), with a simple score: each
 * question counts yes = 1, partly = 0.5, no or unanswered = 0, and the vision text, the uses to
 * avoid and the AI lead's name count 1 each once filled in.
 */

export type ReadinessGroupId = 'vision' | 'culture' | 'data' | 'governance' | 'leadership';

export interface ReadinessLabel {
  group: ReadinessGroupId;
  /** A yes/no question as the team would read it aloud. */
  question: string;
  /** What to do when the answer is not yet "yes". */
  advice: string;
}

/** The catalogue keys of each checklist question and its advice. */
const READINESS_TEXT: Record<ReadinessKey, { group: ReadinessGroupId; question: MessageKey; advice: MessageKey }> = {
  visionStated: { group: 'vision', question: 'domain.readiness.visionStated.question', advice: 'domain.readiness.visionStated.advice' },
  aiLeadNominated: { group: 'vision', question: 'domain.readiness.aiLeadNominated.question', advice: 'domain.readiness.aiLeadNominated.advice' },
  culturePilotImperfect: { group: 'culture', question: 'domain.readiness.culturePilotImperfect.question', advice: 'domain.readiness.culturePilotImperfect.advice' },
  cultureDocumentsWork: { group: 'culture', question: 'domain.readiness.cultureDocumentsWork.question', advice: 'domain.readiness.cultureDocumentsWork.advice' },
  cultureSafeToFlag: { group: 'culture', question: 'domain.readiness.cultureSafeToFlag.question', advice: 'domain.readiness.cultureSafeToFlag.advice' },
  dataSingleSource: { group: 'data', question: 'domain.readiness.dataSingleSource.question', advice: 'domain.readiness.dataSingleSource.advice' },
  dataConsistentIds: { group: 'data', question: 'domain.readiness.dataConsistentIds.question', advice: 'domain.readiness.dataConsistentIds.advice' },
  dataOwnership: { group: 'data', question: 'domain.readiness.dataOwnership.question', advice: 'domain.readiness.dataOwnership.advice' },
  dataAccessControls: { group: 'data', question: 'domain.readiness.dataAccessControls.question', advice: 'domain.readiness.dataAccessControls.advice' },
  dataCleanup: { group: 'data', question: 'domain.readiness.dataCleanup.question', advice: 'domain.readiness.dataCleanup.advice' },
  govPrivacyReview: { group: 'governance', question: 'domain.readiness.govPrivacyReview.question', advice: 'domain.readiness.govPrivacyReview.advice' },
  govResultsReview: { group: 'governance', question: 'domain.readiness.govResultsReview.question', advice: 'domain.readiness.govResultsReview.advice' },
  govDriftMonitoring: { group: 'governance', question: 'domain.readiness.govDriftMonitoring.question', advice: 'domain.readiness.govDriftMonitoring.advice' },
  leadPurposeStated: { group: 'leadership', question: 'domain.readiness.leadPurposeStated.question', advice: 'domain.readiness.leadPurposeStated.advice' },
  leadUncertaintyAcknowledged: { group: 'leadership', question: 'domain.readiness.leadUncertaintyAcknowledged.question', advice: 'domain.readiness.leadUncertaintyAcknowledged.advice' },
  leadGovernanceEarly: { group: 'leadership', question: 'domain.readiness.leadGovernanceEarly.question', advice: 'domain.readiness.leadGovernanceEarly.advice' },
};

/** A checklist key's question and advice in t's language. */
export function readinessLabel(key: ReadinessKey, t: Translate = activeT): ReadinessLabel {
  const text = READINESS_TEXT[key];
  return { group: text.group, question: t(text.question), advice: t(text.advice) };
}

/** A readable question and advice for every checklist key, read in the active language each time. */
export const READINESS_LABELS: Record<ReadinessKey, ReadinessLabel> = Object.fromEntries(
  READINESS_KEYS.map((key) => [
    key,
    {
      group: READINESS_TEXT[key].group,
      get question() {
        return activeT(READINESS_TEXT[key].question);
      },
      get advice() {
        return activeT(READINESS_TEXT[key].advice);
      },
    },
  ]),
) as Record<ReadinessKey, ReadinessLabel>;

const GROUP_TITLES: Record<ReadinessGroupId, MessageKey> = {
  vision: 'domain.readiness.group.vision',
  culture: 'domain.readiness.group.culture',
  data: 'domain.readiness.group.data',
  governance: 'domain.readiness.group.governance',
  leadership: 'domain.readiness.group.leadership',
};

/** "Vision and lead", "Data practices": a checklist group's title in t's language. */
export const readinessGroupTitle = (group: ReadinessGroupId, t: Translate = activeT): string => t(GROUP_TITLES[group]);

/** The checklist's groups in display order, each with its keys; `title` is read in the active language. */
export const READINESS_GROUPS: readonly { id: ReadinessGroupId; readonly title: string; keys: readonly ReadinessKey[] }[] = (
  ['vision', 'culture', 'data', 'governance', 'leadership'] as const
).map((id) => ({
  id,
  get title() {
    return readinessGroupTitle(id);
  },
  keys: READINESS_KEYS.filter((k) => READINESS_TEXT[k].group === id),
}));

/** The free-text readiness fields that count towards the score once filled in. */
export type ReadinessTextKey = 'vision' | 'usesToAvoid' | 'aiLead';

const TEXT_FIELD_KEYS: Record<ReadinessTextKey, { label: MessageKey; advice: MessageKey }> = {
  vision: { label: 'domain.readiness.text.vision.label', advice: 'domain.readiness.text.vision.advice' },
  usesToAvoid: { label: 'domain.readiness.text.usesToAvoid.label', advice: 'domain.readiness.text.usesToAvoid.advice' },
  aiLead: { label: 'domain.readiness.text.aiLead.label', advice: 'domain.readiness.text.aiLead.advice' },
};

/** A free-text field's label and advice in t's language. */
export function readinessTextLabel(key: ReadinessTextKey, t: Translate = activeT): { label: string; advice: string } {
  return { label: t(TEXT_FIELD_KEYS[key].label), advice: t(TEXT_FIELD_KEYS[key].advice) };
}

/** Label and advice of each free-text field, read in the active language each time. */
export const READINESS_TEXT_LABELS: Record<ReadinessTextKey, { readonly label: string; readonly advice: string }> = Object.fromEntries(
  (Object.keys(TEXT_FIELD_KEYS) as ReadinessTextKey[]).map((key) => [
    key,
    {
      get label() {
        return activeT(TEXT_FIELD_KEYS[key].label);
      },
      get advice() {
        return activeT(TEXT_FIELD_KEYS[key].advice);
      },
    },
  ]),
) as Record<ReadinessTextKey, { readonly label: string; readonly advice: string }>;

const ANSWER_CREDIT: Record<ReadinessAnswer, number> = { yes: 1, partly: 0.5, no: 0, unanswered: 0 };

export interface ReadinessGap {
  key: ReadinessKey | ReadinessTextKey;
  label: string;
  advice: string;
  /** The current answer; 'empty' for a text field not filled in. */
  answer: Exclude<ReadinessAnswer, 'yes'> | 'empty';
}

export interface ReadinessScore {
  /** 0–100, rounded. */
  score: number;
  /** Questions answered (any answer but unanswered) plus text fields filled in. */
  answered: number;
  total: number;
  /** Everything not yet fully in place, in display order (text fields first). */
  gaps: ReadinessGap[];
}

/** The readiness score, how much is answered, and the gaps with advice in t's language. */
export function readinessScore(plan: Plan, t: Translate = activeT): ReadinessScore {
  const { readiness } = plan;
  let credit = 0;
  let answered = 0;
  const gaps: ReadinessGap[] = [];
  for (const key of Object.keys(TEXT_FIELD_KEYS) as ReadinessTextKey[]) {
    if (readiness[key].trim() !== '') {
      credit += 1;
      answered += 1;
    } else gaps.push({ key, ...readinessTextLabel(key, t), answer: 'empty' });
  }
  for (const key of READINESS_KEYS) {
    const answer = readiness.items[key]?.answer ?? 'unanswered';
    credit += ANSWER_CREDIT[answer];
    if (answer !== 'unanswered') answered += 1;
    if (answer !== 'yes') {
      const { question, advice } = readinessLabel(key, t);
      gaps.push({ key, label: question, advice, answer });
    }
  }
  const total = READINESS_KEYS.length + Object.keys(TEXT_FIELD_KEYS).length;
  return { score: Math.round((100 * credit) / total), answered, total, gaps };
}
