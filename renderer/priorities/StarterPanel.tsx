import { suggestStarters, starterAdvice, type StarterCandidate } from '../../shared/checks/starters';
import { activeLocale } from '../../shared/i18n/active-locale';
import type { AnyLocale } from '../../shared/i18n/locales';
import { translator } from '../../shared/i18n/translator';
import type { Plan } from '../../shared/model';
import { useMemo, useRef } from 'react';
import { isWindowed } from '../board/board-window';
import { gapProps, useListWindow, windowItemProps } from '../components/list-window';
import type { PlannerState } from '../store/types';
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
      {...windowItemProps(candidate.applicationId)}
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

const splitCache = new WeakMap<StarterCandidate[], { recommended: StarterCandidate[]; others: StarterCandidate[] }>();
/** Suggested and other candidates, the same arrays while the candidates are (so windowed lists keep their items). */
function splitCandidates(candidates: StarterCandidate[]) {
  let split = splitCache.get(candidates);
  if (!split) splitCache.set(candidates, (split = { recommended: candidates.filter((c) => c.recommended), others: candidates.filter((c) => !c.recommended) }));
  return split;
}

/** A candidate at Normal room size: title, badge and a reason of two or three lines, with the space after it. */
const CANDIDATE_HEIGHT = 110;
const candidateEstimate = () => CANDIDATE_HEIGHT;
const selectSelectedApplication = (s: PlannerState) => (s.selection?.kind === 'application' ? s.selection.id : null);

/**
 * Candidates in the panel. In a big plan only those near the panel's view are in the page
 * (components/list-window.ts), with blank gaps of the expected height for the rest.
 */
function CandidateList({ candidates, testId }: { candidates: StarterCandidate[]; testId?: string }) {
  const ref = useRef<HTMLUListElement>(null);
  const ids = useMemo(() => candidates.map((c) => c.applicationId), [candidates]);
  const byId = useMemo(() => new Map(candidates.map((c) => [c.applicationId, c])), [candidates]);
  const selected = usePlanner(selectSelectedApplication);
  const segments = useListWindow(ref, { windowed: usePlanner(isWindowed), ids, kind: 'starter-candidate', estimate: candidateEstimate, held: [selected] });
  return (
    <ul ref={ref} className="starters__list" data-testid={testId}>
      {segments.map((segment) =>
        segment.kind === 'item' ? <CandidateRow key={segment.id} candidate={byId.get(segment.id)!} /> : <li key={segment.key} className="window-gap" {...gapProps(segment)} />,
      )}
    </ul>
  );
}

/** Starter advice (none, one or two, too many) and every startable application ranked, with why. */
export function StarterPanel() {
  const t = useT();
  const { candidates, advice } = startersOf(usePlanner((s) => s.plan));
  if (!advice) return null;
  const { recommended, others } = splitCandidates(candidates);
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
        <CandidateList candidates={recommended} testId="suggested-starters" />
      )}
      {others.length > 0 && (
        <>
          <h4 className="starters__heading">{t('priorities.starters.others')}</h4>
          <CandidateList candidates={others} />
        </>
      )}
    </aside>
  );
}
