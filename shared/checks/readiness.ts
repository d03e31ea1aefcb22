import { READINESS_KEYS } from '../schema/plan-schema';
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

/** A readable question and advice for every checklist key. */
export const READINESS_LABELS: Record<ReadinessKey, ReadinessLabel> = {
  visionStated: {
    group: 'vision',
    question: 'Have we written down our vision and boundaries for AI over the next 12–24 months?',
    advice: 'Agree in a few sentences what AI should do for the business and what it must not.',
  },
  aiLeadNominated: {
    group: 'vision',
    question: 'Have we nominated an AI lead?',
    advice: 'Name one person who owns the AI plan and its follow-up.',
  },
  culturePilotImperfect: {
    group: 'culture',
    question: 'Are we comfortable piloting something that is only 70–80% right at first?',
    advice: 'Agree that pilots are for learning, and say what "good enough to try" means.',
  },
  cultureDocumentsWork: {
    group: 'culture',
    question: 'Do we document how work gets done?',
    advice: 'Write down the steps of the processes AI will touch before changing them.',
  },
  cultureSafeToFlag: {
    group: 'culture',
    question: 'Do frontline staff feel safe flagging problems?',
    advice: 'Give staff a simple, blame-free way to report what goes wrong.',
  },
  dataSingleSource: {
    group: 'data',
    question: 'Do we keep one source of truth for our key data?',
    advice: 'Pick one system as the master for customers, orders and products.',
  },
  dataConsistentIds: {
    group: 'data',
    question: 'Do we use consistent identifiers across systems?',
    advice: 'Use the same customer and product identifiers in every system.',
  },
  dataOwnership: {
    group: 'data',
    question: 'Is it clear who owns each kind of data?',
    advice: 'Name an owner for each important data set.',
  },
  dataAccessControls: {
    group: 'data',
    question: 'Do we have basic access controls on our data?',
    advice: 'Limit who can read and change sensitive data, and review it yearly.',
  },
  dataCleanup: {
    group: 'data',
    question: 'Do we clean up our data regularly?',
    advice: 'Schedule a regular clean-up of duplicates and stale records.',
  },
  govApprovedTools: {
    group: 'governance',
    question: 'Do we have a list of approved AI tools?',
    advice: 'Publish a short list of approved AI tools; without one, people use unapproved public tools.',
  },
  govPrivacyReview: {
    group: 'governance',
    question: 'Is customer data reviewed for privacy before it is used with AI?',
    advice: 'Review privacy before any customer or staff data goes into an AI tool.',
  },
  govResultsReview: {
    group: 'governance',
    question: 'Have we decided who reviews AI results, and how often?',
    advice: 'Name who reviews the results of each AI application and set a rhythm.',
  },
  govDriftMonitoring: {
    group: 'governance',
    question: 'Do we monitor AI results for drift over time?',
    advice: 'Record KPI check-ins after launch so that drift shows early.',
  },
  leadPurposeStated: {
    group: 'leadership',
    question: 'Has leadership stated the purpose of using AI openly?',
    advice: 'Explain to staff why we use AI and what it means for their work.',
  },
  leadUncertaintyAcknowledged: {
    group: 'leadership',
    question: 'Has leadership acknowledged what is still uncertain?',
    advice: 'Say openly what we do not know yet and how we will find out.',
  },
  leadGovernanceEarly: {
    group: 'leadership',
    question: 'Is governance discussed early, so that it enables rather than restricts?',
    advice: 'Put governance on the agenda at the start of each initiative, not at the end.',
  },
};

/** The checklist's groups in display order, each with its keys. */
export const READINESS_GROUPS: readonly { id: ReadinessGroupId; title: string; keys: readonly ReadinessKey[] }[] = (
  [
    ['vision', 'Vision and lead'],
    ['culture', 'Culture'],
    ['data', 'Data practices'],
    ['governance', 'Governance'],
    ['leadership', 'Leadership'],
  ] as const
).map(([id, title]) => ({ id, title, keys: READINESS_KEYS.filter((k) => READINESS_LABELS[k].group === id) }));

/** The free-text readiness fields that count towards the score once filled in. */
export type ReadinessTextKey = 'vision' | 'usesToAvoid' | 'aiLead';

export const READINESS_TEXT_LABELS: Record<ReadinessTextKey, { label: string; advice: string }> = {
  vision: { label: 'Vision and boundaries', advice: 'Write the vision for AI over the next 12–24 months.' },
  usesToAvoid: { label: 'Uses of AI to avoid', advice: 'List the uses of AI the organisation rules out.' },
  aiLead: { label: 'AI lead', advice: 'Enter the name of the nominated AI lead.' },
};

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

/** The readiness score, how much is answered, and the gaps with advice. */
export function readinessScore(plan: Plan): ReadinessScore {
  const { readiness } = plan;
  let credit = 0;
  let answered = 0;
  const gaps: ReadinessGap[] = [];
  for (const key of Object.keys(READINESS_TEXT_LABELS) as ReadinessTextKey[]) {
    if (readiness[key].trim() !== '') {
      credit += 1;
      answered += 1;
    } else gaps.push({ key, label: READINESS_TEXT_LABELS[key].label, advice: READINESS_TEXT_LABELS[key].advice, answer: 'empty' });
  }
  for (const key of READINESS_KEYS) {
    const answer = readiness.items[key]?.answer ?? 'unanswered';
    credit += ANSWER_CREDIT[answer];
    if (answer !== 'unanswered') answered += 1;
    if (answer !== 'yes') gaps.push({ key, label: READINESS_LABELS[key].question, advice: READINESS_LABELS[key].advice, answer });
  }
  const total = READINESS_KEYS.length + Object.keys(READINESS_TEXT_LABELS).length;
  return { score: Math.round((100 * credit) / total), answered, total, gaps };
}
