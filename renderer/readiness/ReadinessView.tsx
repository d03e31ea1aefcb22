import { memo, useId } from 'react';
import { READINESS_GROUPS, READINESS_LABELS, READINESS_TEXT_LABELS, readinessScore, type ReadinessScore, type ReadinessTextKey } from '../../shared/checks/readiness';
import type { GuidingQuestions, Plan, ReadinessAnswer, ReadinessKey } from '../../shared/model';
import { setGuidingQuestion, setReadinessAnswer, setReadinessNote, setReadinessText } from '../store/insight-actions';
import { usePlanner } from '../store/store';
import '../styles/insight.css';

const GUIDING_QUESTIONS: readonly { key: keyof GuidingQuestions; title: string; question: string }[] = [
  { key: 'businessGoals', title: 'Business goals', question: 'What are our main objectives for the next 1–3 years?' },
  { key: 'aiContribution', title: 'AI contribution', question: 'How can AI directly help reach them?' },
  { key: 'technologyFit', title: 'Technology fit', question: 'Which tools suit our needs and resources?' },
  { key: 'roiMeasurement', title: 'ROI measurement', question: 'Which KPIs show success?' },
];

const ANSWERS: readonly { value: ReadinessAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'partly', label: 'Partly' },
  { value: 'no', label: 'No' },
  { value: 'unanswered', label: 'Not yet answered' },
];

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

const GuidingQuestion = memo(function GuidingQuestion({ entry }: { entry: (typeof GUIDING_QUESTIONS)[number] }) {
  const value = usePlanner((s) => s.plan?.guidingQuestions[entry.key] ?? '');
  return <PlanTextArea label={entry.title} hint={entry.question} value={value} onChange={(text) => setGuidingQuestion(entry.key, text)} testId={`guiding-${entry.key}`} />;
});

const ReadinessText = memo(function ReadinessText({ field }: { field: ReadinessTextKey }) {
  const value = usePlanner((s) => s.plan?.readiness[field] ?? '');
  const { label, advice } = READINESS_TEXT_LABELS[field];
  return <PlanTextArea label={label} hint={advice} rows={field === 'aiLead' ? 1 : 2} value={value} onChange={(text) => setReadinessText(field, text)} testId={`readiness-${field}`} />;
});

const ChecklistItem = memo(function ChecklistItem({ itemKey }: { itemKey: ReadinessKey }) {
  const item = usePlanner((s) => s.plan?.readiness.items[itemKey]);
  const noteId = useId();
  if (!item) return null;
  const label = READINESS_LABELS[itemKey];
  return (
    <li className={`readiness-item readiness-item--${item.answer}`} data-testid="readiness-item" data-key={itemKey} data-answer={item.answer}>
      <fieldset className="readiness-item__answers">
        <legend className="readiness-item__question">{label.question}</legend>
        {ANSWERS.map((a) => (
          <label key={a.value} className={`answer answer--${a.value}`}>
            <input type="radio" name={`readiness-${itemKey}`} value={a.value} checked={item.answer === a.value} onChange={() => setReadinessAnswer(itemKey, a.value)} />
            {a.label}
          </label>
        ))}
      </fieldset>
      <label className="visually-hidden" htmlFor={noteId}>
        Note: {label.question}
      </label>
      <input
        id={noteId}
        className="readiness-item__note"
        type="text"
        placeholder="Note (who, when, evidence)"
        value={item.note}
        maxLength={10_000}
        onChange={(e) => setReadinessNote(itemKey, e.target.value)}
      />
    </li>
  );
});

let cached: { plan: Plan; score: ReadinessScore } | null = null;
const scoreOf = (plan: Plan) => (cached?.plan === plan ? cached.score : (cached = { plan, score: readinessScore(plan) }).score);

function ReadinessSummary() {
  const score = usePlanner((s) => (s.plan ? scoreOf(s.plan) : null));
  if (!score) return null;
  const band = score.score >= 75 ? 'Ready to scale carefully' : score.score >= 40 ? 'Ready for small pilots' : 'Lay the foundations first';
  return (
    <aside className="readiness-summary" aria-labelledby="readiness-score-title">
      <h3 id="readiness-score-title" className="insight-page__subtitle">
        Readiness score
      </h3>
      <p className="readiness-summary__score" data-testid="readiness-score" data-score={score.score}>
        <strong>{score.score}</strong>
        <span> / 100</span>
      </p>
      <div className="readiness-summary__bar" aria-hidden="true">
        <span style={{ width: `${score.score}%` }} />
      </div>
      <p className="readiness-summary__band">{band}</p>
      <p className="readiness-summary__answered">
        {score.answered} of {score.total} answered
      </p>
      <h4 className="starters__heading">Gaps ({score.gaps.length})</h4>
      {score.gaps.length === 0 ? (
        <p className="readiness-summary__none">No gaps: everything is in place.</p>
      ) : (
        // The list scrolls when long: focusable, so the keyboard can scroll it too.
        <ol className="readiness-gaps" data-testid="readiness-gaps" tabIndex={0} aria-label={`Gaps (${score.gaps.length})`}>
          {score.gaps.map((gap) => (
            <li key={gap.key} className="readiness-gap" data-key={gap.key}>
              <span className="readiness-gap__answer">{gap.answer === 'empty' ? 'Empty' : gap.answer === 'unanswered' ? 'Not answered' : gap.answer === 'no' ? 'No' : 'Partly'}</span>{' '}
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
  return (
    <div className="readiness insight-page">
      <header className="insight-page__header">
        <div>
          <h2 className="insight-page__title">Guiding questions and readiness</h2>
          <p className="insight-page__lead">The questions that frame the plan, and whether the organisation is ready: vision, culture, data, governance, leadership.</p>
        </div>
      </header>
      <div className="readiness__body">
        <div className="readiness__main">
          <section aria-labelledby="guiding-title" className="readiness__section">
            <h3 id="guiding-title" className="insight-page__subtitle">
              Guiding questions
            </h3>
            <div className="guiding-grid">
              {GUIDING_QUESTIONS.map((entry) => (
                <GuidingQuestion key={entry.key} entry={entry} />
              ))}
            </div>
          </section>
          {READINESS_GROUPS.map((group) => (
            <section key={group.id} aria-labelledby={`readiness-${group.id}`} className="readiness__section">
              <h3 id={`readiness-${group.id}`} className="insight-page__subtitle">
                {group.title}
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
