import { t as activeT } from '../i18n/active-locale';
import type { Translate } from '../i18n/translator';
import type { Application, Plan } from '../model';
import { updateApplication } from '../operations/matrix';

/*
 * Which projects to start with. DOMAIN.md: one or two projects of high impact and medium or high
 * feasibility, not the most glamorous one, with the success metric defined before starting.
 */

/** At most this many starters keep the first steps small. */
export const MAX_STARTERS = 2;

export interface StarterCandidate {
  applicationId: string;
  title: string;
  impact: number;
  feasibility: number;
  /** High impact (4–5) and medium or high feasibility (3–5): the kind of project to start with. */
  recommended: boolean;
  /** Already marked as a starter. */
  starter: boolean;
  /** One sentence on why it ranks where it does. */
  reason: string;
}

/** True for high impact (≥ 4) and medium or high feasibility (≥ 3). */
export function isStarterMaterial(app: Pick<Application, 'impact' | 'feasibility'>): boolean {
  return app.impact >= 4 && app.feasibility >= 3;
}

/** Applications that could still be started: not live or retired. */
function startable(plan: Plan): Application[] {
  return plan.applications.filter((a) => a.status !== 'live' && a.status !== 'retired');
}

function reasonFor(app: Application, hasKpi: boolean, t: Translate): string {
  const scores = t('domain.starter.scores', { impact: app.impact, feasibility: app.feasibility });
  const reason =
    app.objectiveId === null
      ? t('domain.starter.reason.unaligned', { scores })
      : isStarterMaterial(app)
        ? t('domain.starter.reason.recommended', { scores })
        : app.impact >= 4
          ? t('domain.starter.reason.hard', { scores })
          : app.feasibility >= 4
            ? t('domain.starter.reason.quickWin', { scores })
            : t('domain.starter.reason.later', { scores });
  // The KPI advice continues the sentence, in place of its full stop.
  return hasKpi ? reason : t('domain.starter.reason.noKpi', { reason: reason.replace(/\.$/, '') });
}

/**
 * Every startable application ranked as a starter: recommended ones (impact ≥ 4, feasibility ≥ 3)
 * first, then by impact × feasibility, then by title; unaligned applications rank last. Reasons are
 * written in t's language.
 */
export function suggestStarters(plan: Plan, t: Translate = activeT): StarterCandidate[] {
  const withKpi = new Set(plan.kpis.map((k) => k.applicationId));
  const rank = (a: Application) => (a.objectiveId === null ? 2 : isStarterMaterial(a) ? 0 : 1);
  return startable(plan)
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        b.impact * b.feasibility - a.impact * a.feasibility ||
        a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((a) => ({
      applicationId: a.id,
      title: a.title,
      impact: a.impact,
      feasibility: a.feasibility,
      recommended: a.objectiveId !== null && isStarterMaterial(a),
      starter: a.starter,
      reason: reasonFor(a, withKpi.has(a.id), t),
    }));
}

export type StarterAdviceStatus = 'none-marked' | 'too-many' | 'ok';

/** Whether the plan marks one or two starters (retired applications do not count), with advice. */
export function starterAdvice(plan: Plan, t: Translate = activeT): { status: StarterAdviceStatus; message: string; count: number } {
  const count = plan.applications.filter((a) => a.starter && a.status !== 'retired').length;
  if (count === 0) {
    const best = suggestStarters(plan, t).find((c) => c.recommended);
    return {
      status: 'none-marked',
      count,
      message: best ? t('domain.starter.advice.noneSuggested', { title: best.title }) : t('domain.starter.advice.none'),
    };
  }
  if (count > MAX_STARTERS)
    return {
      status: 'too-many',
      count,
      message: t('domain.starter.advice.tooMany', { count }),
    };
  return { status: 'ok', count, message: t('domain.starter.advice.ok', { count }) };
}

/** Marks or unmarks an application as a starter. */
export function setStarter(plan: Plan, applicationId: string, starter: boolean): Plan {
  return updateApplication(plan, applicationId, { starter });
}

/** Sets impact and feasibility, each rounded and clamped to 1–5; a non-number keeps the old score. */
export function setScores(plan: Plan, applicationId: string, impact: number, feasibility: number): Plan {
  const app = plan.applications.find((a) => a.id === applicationId);
  if (!app) return plan;
  const clamp = (value: number, old: number) => (Number.isFinite(value) ? Math.max(1, Math.min(5, Math.round(value))) : old);
  return updateApplication(plan, applicationId, { impact: clamp(impact, app.impact), feasibility: clamp(feasibility, app.feasibility) });
}
