import { memo, useId } from 'react';
import {
  READINESS_GROUPS,
  READINESS_TEXT_LABELS,
  readinessGroupTitle,
  readinessLabel,
  readinessScore,
  readinessTextLabel,
  type ReadinessGap,
  type ReadinessScore,
  type ReadinessTextKey,
} from '../../shared/checks/readiness';
import { GUIDING_QUESTION_KEYS, guidingQuestionText, guidingQuestionTitle } from '../../shared/guiding-questions';
import { activeLocale } from '../../shared/i18n/active-locale';
import type { AnyLocale } from '../../shared/i18n/locales';
import { translator, type MessageKey, type Translate } from '../../shared/i18n/translator';
import type { GuidingQuestions, Plan, ReadinessAnswer, ReadinessKey } from '../../shared/model';
import { useT } from '../i18n/use-t';
import { setGuidingQuestion, setReadinessAnswer, setReadinessNote, setReadinessText } from '../store/insight-actions';
import { usePlanner } from '../store/store';
import '../styles/insight.css';

const ANSWERS: readonly { value: ReadinessAnswer; label: MessageKey }[] = [
  { value: 'yes', label: 'readiness.answer.yes' },
  { value: 'partly', label: 'readiness.answer.partly' },
  { value: 'no', label: 'readiness.answer.no' },
  { value: 'unanswered', label: 'readiness.answer.unanswered' },
];

/** How a gap was answered, as the gap list says it. */
const GAP_ANSWERS: Record<ReadinessGap['answer'], MessageKey> = {
  empty: 'readiness.gap.empty',
  unanswered: 'readiness.gap.unanswered',
  no: 'readiness.gap.no',
  partly: 'readiness.gap.partly',
};

function band(score: number, t: Translate): string {
  return score >= 75 ? t('readiness.band.scale') : score >= 40 ? t('readiness.band.pilots') : t('readiness.band.foundations');
}

/** A text field bound to the plan; each keystroke is a commit, coalesced into one undo step per field. */
function PlanTextArea({ label, hint, value, onChange, rows = 3, testId }: { label: string; hint?: string; value: string; onChange: (text: string) => void; rows?: number; testId?: string }) {
  const id = useId();
  return (
    <div className="plan-field">
      <label htmlFor={id} className="plan-field__label">
        {label}
      </label>
      {hint && <p className="plan-field__hint">{hint}</p>}
      <textarea id={id} className="plan-field__input" rows={rows} value={value} maxLength={10_000} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
    </div>
  );
}

const GuidingQuestion = memo(function GuidingQuestion({ questionKey }: { questionKey: keyof GuidingQuestions }) {
  const value = usePlanner((s) => s.plan?.guidingQuestions[questionKey] ?? '');
  const t = useT();
  return (
    <PlanTextArea
      label={guidingQuestionTitle(questionKey, t)}
      hint={guidingQuestionText(questionKey, t)}
      value={value}
      onChange={(text) => setGuidingQuestion(questionKey, text)}
      testId={`guiding-${questionKey}`}
    />
  );
});

const ReadinessText = memo(function ReadinessText({ field }: { field: ReadinessTextKey }) {
  const value = usePlanner((s) => s.plan?.readiness[field] ?? '');
  const t = useT();
  const { label, advice } = readinessTextLabel(field, t);
  return <PlanTextArea label={label} hint={advice} rows={field === 'aiLead' ? 1 : 2} value={value} onChange={(text) => setReadinessText(field, text)} testId={`readiness-${field}`} />;
});

const ChecklistItem = memo(function ChecklistItem({ itemKey }: { itemKey: ReadinessKey }) {
  const item = usePlanner((s) => s.plan?.readiness.items[itemKey]);
  const noteId = useId();
  const t = useT();
  if (!item) return null;
  const label = readinessLabel(itemKey, t);
  return (
    <li className={`readiness-item readiness-item--${item.answer}`} data-testid="readiness-item" data-key={itemKey} data-answer={item.answer}>
      <fieldset className="readiness-item__answers">
        <legend className="readiness-item__question">{label.question}</legend>
        {ANSWERS.map((a) => (
          <label key={a.value} className={`answer answer--${a.value}`}>
            <input type="radio" name={`readiness-${itemKey}`} value={a.value} checked={item.answer === a.value} onChange={() => setReadinessAnswer(itemKey, a.value)} />
            {t(a.label)}
          </label>
        ))}
      </fieldset>
      <label className="visually-hidden" htmlFor={noteId}>
        {t('readiness.item.noteLabel', { question: label.question })}
      </label>
      <input
        id={noteId}
        className="readiness-item__note"
        type="text"
        placeholder={t('readiness.item.notePlaceholder')}
        value={item.note}
        maxLength={10_000}
        onChange={(e) => setReadinessNote(itemKey, e.target.value)}
      />
    </li>
  );
});

/** The score of the last plan, its gaps written in the language shown then. */
let cached: { plan: Plan; locale: AnyLocale; score: ReadinessScore } | null = null;
function scoreOf(plan: Plan): ReadinessScore {
  const locale = activeLocale();
  if (cached?.plan !== plan || cached.locale !== locale) cached = { plan, locale, score: readinessScore(plan, translator(locale)) };
  return cached.score;
}

function ReadinessSummary() {
  const t = useT();
  const score = usePlanner((s) => (s.plan ? scoreOf(s.plan) : null));
  if (!score) return null;
  return (
    <aside className="readiness-summary" aria-labelledby="readiness-score-title">
      <h3 id="readiness-score-title" className="insight-page__subtitle">
        {t('readiness.score.title')}
      </h3>
      <p className="readiness-summary__score" data-testid="readiness-score" data-score={score.score}>
        <strong>{score.score}</strong>
        <span> / 100</span>
      </p>
      <div className="readiness-summary__bar" aria-hidden="true">
        <span style={{ width: `${score.score}%` }} />
      </div>
      <p className="readiness-summary__band">{band(score.score, t)}</p>
      <p className="readiness-summary__answered">{t('readiness.score.answered', { answered: score.answered, total: score.total })}</p>
      <h4 className="starters__heading">{t('readiness.gaps.title', { count: score.gaps.length })}</h4>
      {score.gaps.length === 0 ? (
        <p className="readiness-summary__none">{t('readiness.gaps.none')}</p>
      ) : (
        // The list scrolls when long: focusable, so the keyboard can scroll it too.
        <ol className="readiness-gaps" data-testid="readiness-gaps" tabIndex={0} aria-label={t('readiness.gaps.title', { count: score.gaps.length })}>
          {score.gaps.map((gap) => (
            <li key={gap.key} className="readiness-gap" data-key={gap.key}>
              <span className="readiness-gap__answer">{t(GAP_ANSWERS[gap.answer])}</span>{' '}
              <span className="readiness-gap__label">{gap.label}</span>
              <span className="readiness-gap__advice">{gap.advice}</span>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

/** The four guiding questions and the organisation's readiness and governance checklist. */
export function ReadinessView() {
  const t = useT();
  return (
    <div className="readiness insight-page">
      <header className="insight-page__header">
        <div>
          <h2 className="insight-page__title">{t('readiness.title')}</h2>
          <p className="insight-page__lead">{t('readiness.lead')}</p>
        </div>
      </header>
      <div className="readiness__body">
        <div className="readiness__main">
          <section aria-labelledby="guiding-title" className="readiness__section">
            <h3 id="guiding-title" className="insight-page__subtitle">
              {t('readiness.guiding.title')}
            </h3>
            <div className="guiding-grid">
              {GUIDING_QUESTION_KEYS.map((key) => (
                <GuidingQuestion key={key} questionKey={key} />
              ))}
            </div>
          </section>
          {READINESS_GROUPS.map((group) => (
            <section key={group.id} aria-labelledby={`readiness-${group.id}`} className="readiness__section">
              <h3 id={`readiness-${group.id}`} className="insight-page__subtitle">
                {readinessGroupTitle(group.id, t)}
              </h3>
              {group.id === 'vision' && (
                <div className="guiding-grid">
                  {(Object.keys(READINESS_TEXT_LABELS) as ReadinessTextKey[]).map((field) => (
                    <ReadinessText key={field} field={field} />
                  ))}
                </div>
              )}
              <ul className="readiness-list">
                {group.keys.map((key) => (
                  <ChecklistItem key={key} itemKey={key} />
                ))}
              </ul>
            </section>
          ))}
        </div>
        <ReadinessSummary />
      </div>
    </div>
  );
}
