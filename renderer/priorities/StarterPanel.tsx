import { suggestStarters, starterAdvice, type StarterCandidate } from '../../shared/checks/starters';
import type { Plan } from '../../shared/model';
import { markStarter } from '../store/insight-actions';
import { plannerStore, usePlanner } from '../store/store';

const NO_PLAN_CANDIDATES: StarterCandidate[] = [];
let cached: { plan: Plan; candidates: StarterCandidate[]; advice: ReturnType<typeof starterAdvice> } | null = null;

/** Suggestions and advice, recomputed only when the plan object changes. */
function startersOf(plan: Plan | null) {
  if (!plan) return { candidates: NO_PLAN_CANDIDATES, advice: null };
  if (cached?.plan !== plan) cached = { plan, candidates: suggestStarters(plan), advice: starterAdvice(plan) };
  return cached;
}

function CandidateRow({ candidate }: { candidate: StarterCandidate }) {
  const selected = usePlanner((s) => s.selection?.kind === 'application' && s.selection.id === candidate.applicationId);
  const title = candidate.title.trim() || 'Untitled AI application';
  return (
    <li
      className={`candidate${candidate.recommended ? ' candidate--recommended' : ''}`}
      data-testid="starter-candidate"
      data-application-id={candidate.applicationId}
      data-selected={selected || undefined}
    >
      <label className="candidate__toggle">
        <input type="checkbox" checked={candidate.starter} onChange={(e) => markStarter(candidate.applicationId, e.target.checked)} />
        <span className="candidate__title">{title}</span>
      </label>
      <button
        type="button"
        className="candidate__show"
        onClick={() => plannerStore.getState().select({ kind: 'application', id: candidate.applicationId })}
      >
        {candidate.recommended && (
          <span className="candidate__badge">
            <span aria-hidden="true">✓</span> Suggested
          </span>
        )}
        <span className="candidate__reason">{candidate.reason}</span>
        {/* Named by what it shows, then what it does: speech and sight agree. */}
        <span className="visually-hidden">: show {title} on the grid</span>
      </button>
    </li>
  );
}

/** Starter advice (none, one or two, too many) and every startable application ranked, with why. */
export function StarterPanel() {
  const { candidates, advice } = startersOf(usePlanner((s) => s.plan));
  if (!advice) return null;
  const recommended = candidates.filter((c) => c.recommended);
  const others = candidates.filter((c) => !c.recommended);
  return (
    <aside className="starters" aria-labelledby="starters-title">
      <h3 id="starters-title" className="insight-page__subtitle">
        Starter projects
      </h3>
      <p className={`starters__advice starters__advice--${advice.status}`} role="status" data-testid="starter-advice" data-status={advice.status}>
        <span aria-hidden="true">{advice.status === 'ok' ? '✓ ' : '! '}</span>
        {advice.message}
      </p>
      <h4 className="starters__heading">Suggested: high impact, at least medium feasibility</h4>
      {recommended.length === 0 ? (
        <p className="starters__empty">None yet. Raise feasibility (data, process, risk) or look for higher-impact problems.</p>
      ) : (
        <ul className="starters__list" data-testid="suggested-starters">
          {recommended.map((c) => (
            <CandidateRow key={c.applicationId} candidate={c} />
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <>
          <h4 className="starters__heading">Other applications</h4>
          <ul className="starters__list">
            {others.map((c) => (
              <CandidateRow key={c.applicationId} candidate={c} />
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
