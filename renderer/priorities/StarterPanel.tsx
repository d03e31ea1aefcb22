import { suggestStarters, starterAdvice, type StarterCandidate } from '../../shared/checks/starters';
import { activeLocale } from '../../shared/i18n/active-locale';
import type { AnyLocale } from '../../shared/i18n/locales';
import { translator } from '../../shared/i18n/translator';
import type { Plan } from '../../shared/model';
import { useT } from '../i18n/use-t';
import { markStarter } from '../store/insight-actions';
import { plannerStore, usePlanner } from '../store/store';

const NO_PLAN_CANDIDATES: StarterCandidate[] = [];
let cached: { plan: Plan; locale: AnyLocale; candidates: StarterCandidate[]; advice: ReturnType<typeof starterAdvice> } | null = null;

/** Suggestions and advice (their reasons in the language shown), recomputed only when the plan object or the language changes. */
function startersOf(plan: Plan | null) {
  if (!plan) return { candidates: NO_PLAN_CANDIDATES, advice: null };
  const locale = activeLocale();
  if (cached?.plan !== plan || cached.locale !== locale) cached = { plan, locale, candidates: suggestStarters(plan, translator(locale)), advice: starterAdvice(plan, translator(locale)) };
  return cached;
}

function CandidateRow({ candidate }: { candidate: StarterCandidate }) {
  const selected = usePlanner((s) => s.selection?.kind === 'application' && s.selection.id === candidate.applicationId);
  const t = useT();
  const title = candidate.title.trim() || t('domain.untitled.application');
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
            <span aria-hidden="true">✓</span> {t('priorities.starters.suggestedBadge')}
          </span>
        )}
        <span className="candidate__reason">{candidate.reason}</span>
        {/* Named by what it shows, then what it does: speech and sight agree. */}
        <span className="visually-hidden">{t('priorities.starters.show', { title })}</span>
      </button>
    </li>
  );
}

/** Starter advice (none, one or two, too many) and every startable application ranked, with why. */
export function StarterPanel() {
  const t = useT();
  const { candidates, advice } = startersOf(usePlanner((s) => s.plan));
  if (!advice) return null;
  const recommended = candidates.filter((c) => c.recommended);
  const others = candidates.filter((c) => !c.recommended);
  return (
    <aside className="starters" aria-labelledby="starters-title">
      <h3 id="starters-title" className="insight-page__subtitle">
        {t('priorities.starters.title')}
      </h3>
      <p className={`starters__advice starters__advice--${advice.status}`} role="status" data-testid="starter-advice" data-status={advice.status}>
        <span aria-hidden="true">{advice.status === 'ok' ? '✓ ' : '! '}</span>
        {advice.message}
      </p>
      <h4 className="starters__heading">{t('priorities.starters.suggested')}</h4>
      {recommended.length === 0 ? (
        <p className="starters__empty">{t('priorities.starters.none')}</p>
      ) : (
        <ul className="starters__list" data-testid="suggested-starters">
          {recommended.map((c) => (
            <CandidateRow key={c.applicationId} candidate={c} />
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <>
          <h4 className="starters__heading">{t('priorities.starters.others')}</h4>
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
