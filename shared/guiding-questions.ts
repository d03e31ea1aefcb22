import { t as activeT } from './i18n/active-locale';
import type { MessageKey, Translate } from './i18n/translator';
import type { GuidingQuestions } from './model';

/*
 * The four guiding questions of DOMAIN.md, in the order a plan answers them: a short title for a
 * heading and the question itself. The Readiness view and the PDF's cover both ask them.
 */
export const GUIDING_QUESTION_KEYS: readonly (keyof GuidingQuestions)[] = ['businessGoals', 'aiContribution', 'technologyFit', 'roiMeasurement'];

const TEXT: Record<keyof GuidingQuestions, { title: MessageKey; question: MessageKey }> = {
  businessGoals: { title: 'domain.guiding.businessGoals.title', question: 'domain.guiding.businessGoals.question' },
  aiContribution: { title: 'domain.guiding.aiContribution.title', question: 'domain.guiding.aiContribution.question' },
  technologyFit: { title: 'domain.guiding.technologyFit.title', question: 'domain.guiding.technologyFit.question' },
  roiMeasurement: { title: 'domain.guiding.roiMeasurement.title', question: 'domain.guiding.roiMeasurement.question' },
};

/** "Business goals": the question's short title in t's language. */
export const guidingQuestionTitle = (key: keyof GuidingQuestions, t: Translate = activeT): string => t(TEXT[key].title);

/** "What are our main objectives for the next 1–3 years?" in t's language. */
export const guidingQuestionText = (key: keyof GuidingQuestions, t: Translate = activeT): string => t(TEXT[key].question);
