import { t as activeT } from '../i18n/active-locale';
import type { Translate } from '../i18n/translator';
import { CHECKS, type CheckId, type Severity } from './check-catalogue';
import type { Application, ItemRef, Kpi, Plan } from '../model';
import { monthInLanguage } from '../month-text';
import { hasChildren, indexPlan, pillarOf, type PlanIndex } from '../plan-index';
import { backwardsDependencies, crowdedEarlyQuarters, itemsOutsideHorizon, roadmapBounds, scaleBeforePilot } from '../roadmap/roadmap-rules';
import { checkinOverdueDays, isDrifting, lastCheckinDate } from './kpi-checkins';
import { starterAdvice } from './starters';
import { touchesPersonalData } from '../governance/data-classes';
import { GOVERNANCE_RUNNERS } from './governance-checks';
import { VALUE_RUNNERS } from './value-checks';
import { WORKSHOP_RUNNERS } from './workshop-checks';

/*
 * The alignment checks of DOMAIN.md: one pure function of the plan returning findings, each naming
 * the item it concerns and saying in one sentence why it matters. Every check is registered in
 * CHECKS (check-catalogue.ts), so the findings panel, the README and the PDF can list what is checked.
 *
 * Retired applications (and their KPIs) are left out of the application and KPI checks: nobody
 * needs to measure or own what the team has stopped.
 */

export { CHECKS, checkDescription, checkTitle, type CheckId, type CheckInfo, type CheckView, type Severity } from './check-catalogue';

export interface Finding {
  /** Stable across runs ("application-without-kpi:app-123"); acknowledgements refer to it. */
  key: string;
  checkId: CheckId;
  severity: Severity;
  /** The item to select and reveal; null for the plan as a whole. */
  item: { kind: 'pillar' | 'objective' | 'application' | 'kpi' | 'milestone' | 'plan'; id: string } | null;
  itemTitle: string;
  /** One plain sentence on why it matters. */
  message: string;
  /** Other items involved (both ends of a dependency, every pilot of a crowded quarter), to highlight. */
  related?: ItemRef[];
  acknowledged: boolean;
  acknowledgementNote?: string;
}

export interface AlignmentOptions {
  /** Today as YYYY-MM-DD, for the check-in cadence; the domain never reads the clock. */
  today: string;
}

/** What a check reports; the runner adds the check's id, severity and acknowledgement. */
interface Draft {
  /** Makes the key unique within the check, usually the item's id. */
  keyPart: string;
  item: Finding['item'];
  itemTitle: string;
  message: string;
  related?: ItemRef[];
}

interface CheckContext {
  plan: Plan;
  today: string;
  /** Applications that are not retired. */
  active: Application[];
  activeIds: Set<string>;
  index: PlanIndex;
  /** The language the findings are written in. */
  t: Translate;
}

const untitled = (title: string, fallback: string) => (title.trim() === '' ? fallback : title);
const appTitle = (ctx: CheckContext, a: Application | undefined) =>
  a ? untitled(a.title, ctx.t('domain.untitled.application')) : ctx.t('domain.unknown.application');
const kpiTitle = (ctx: CheckContext, k: Kpi) => untitled(k.name, ctx.t('domain.untitled.kpi'));
const appRef = (id: string): ItemRef => ({ kind: 'application', id });
const appDraft = (ctx: CheckContext, a: Application, message: string, extra: Partial<Draft> = {}): Draft => ({
  keyPart: a.id,
  item: appRef(a.id),
  itemTitle: appTitle(ctx, a),
  message,
  ...extra,
});
const appDraftById = (ctx: CheckContext, id: string, message: string): Draft => ({
  keyPart: id,
  item: appRef(id),
  itemTitle: appTitle(ctx, ctx.index.applications.get(id)),
  message,
});
const kpiDraft = (ctx: CheckContext, k: Kpi, message: string, keyPart = k.id): Draft => ({
  keyPart,
  item: { kind: 'kpi', id: k.id },
  itemTitle: kpiTitle(ctx, k),
  message,
});
const activeKpis = (ctx: CheckContext) => ctx.plan.kpis.filter((k) => ctx.activeIds.has(k.applicationId));
const monthIn = (ctx: CheckContext, month: string) => monthInLanguage(month, ctx.t);
/** "2027-Q1" → "Q1 2027" in the findings' language. */
const quarterOfKey = (ctx: CheckContext, key: string) => ctx.t('format.quarter', { quarter: Number(key.slice(6)), year: key.slice(0, 4) });

// The checks, one small function each.

function unalignedApplications(ctx: CheckContext): Draft[] {
  return ctx.active
    .filter((a) => a.objectiveId === null || !ctx.index.objectives.has(a.objectiveId))
    .map((a) => appDraft(ctx, a, ctx.t('domain.finding.unaligned')));
}

function applicationsWithoutKpi(ctx: CheckContext): Draft[] {
  const measured = new Set(ctx.plan.kpis.map((k) => k.applicationId));
  return ctx.active.filter((a) => !measured.has(a.id)).map((a) => appDraft(ctx, a, ctx.t('domain.finding.noKpi')));
}

function personalDataWithoutEthics(ctx: CheckContext): Draft[] {
  return ctx.active
    .filter((a) => touchesPersonalData(a) && a.dimensions.ethical.level !== 'addressed')
    .map((a) =>
      appDraft(ctx, a, ctx.t(a.dimensions.ethical.level === 'partly' ? 'domain.finding.ethicsPartly' : 'domain.finding.ethicsNone')),
    );
}

function scaleBeforePilotEnds(ctx: CheckContext): Draft[] {
  return scaleBeforePilot(ctx.plan).map((w) =>
    appDraftById(
      ctx,
      w.applicationId,
      ctx.t('domain.finding.scaleBeforePilot', { scaleStart: monthIn(ctx, w.scaleStart), pilotEnd: monthIn(ctx, w.pilotLastMonth) }),
    ),
  );
}

function dependenciesBackwards(ctx: CheckContext): Draft[] {
  return backwardsDependencies(ctx.plan).map((w) => ({
    keyPart: w.dependencyId,
    item: appRef(w.toId),
    itemTitle: appTitle(ctx, ctx.index.applications.get(w.toId)),
    message: ctx.t('domain.finding.dependencyBackwards', {
      predecessor: appTitle(ctx, ctx.index.applications.get(w.fromId)),
      start: monthIn(ctx, w.dependentStart),
      finish: monthIn(ctx, w.predecessorLastMonth),
    }),
    related: [appRef(w.fromId), appRef(w.toId)],
  }));
}

function pillarsWithoutObjective(ctx: CheckContext): Draft[] {
  return ctx.plan.pillars
    .filter((p) => !hasChildren(ctx.index, 'pillar', p.id))
    .map((p) => ({
      keyPart: p.id,
      item: { kind: 'pillar', id: p.id },
      itemTitle: untitled(p.title, ctx.t('domain.untitled.pillar')),
      message: ctx.t('domain.finding.pillarNoObjective'),
    }));
}

function objectivesWithoutApplication(ctx: CheckContext): Draft[] {
  const served = new Set(ctx.active.map((a) => a.objectiveId));
  return ctx.plan.objectives
    .filter((o) => !served.has(o.id))
    .map((o) => ({
      keyPart: o.id,
      item: { kind: 'objective', id: o.id },
      itemTitle: untitled(o.title, ctx.t('domain.untitled.objective')),
      message: ctx.t('domain.finding.objectiveNoApplication'),
    }));
}

function kpisMissingBaselineOrTarget(ctx: CheckContext): Draft[] {
  return activeKpis(ctx)
    .filter((k) => k.baseline === null || k.target === null)
    .map((k) =>
      kpiDraft(
        ctx,
        k,
        ctx.t(
          k.baseline === null && k.target === null
            ? 'domain.finding.kpiNoBaselineNoTarget'
            : k.baseline === null
              ? 'domain.finding.kpiNoBaseline'
              : 'domain.finding.kpiNoTarget',
        ),
      ),
    );
}

function applicationsWithoutOwner(ctx: CheckContext): Draft[] {
  return ctx.active.filter((a) => a.owner.trim() === '').map((a) => appDraft(ctx, a, ctx.t('domain.finding.applicationNoOwner')));
}

function kpisWithoutOwner(ctx: CheckContext): Draft[] {
  return activeKpis(ctx)
    .filter((k) => k.owner.trim() === '')
    .map((k) => kpiDraft(ctx, k, ctx.t('domain.finding.kpiNoOwner')));
}

/** Case, accents' composed forms and runs of whitespace do not make two names different. */
export function normaliseName(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function duplicateApplications(ctx: CheckContext): Draft[] {
  const groups = new Map<string, Application[]>();
  for (const a of ctx.active) {
    const name = normaliseName(a.title);
    if (name === '') continue;
    const group = groups.get(name);
    if (group) group.push(a);
    else groups.set(name, [a]);
  }
  const pillarOfApp = (a: Application) => pillarOf(ctx.index, appRef(a.id));
  const drafts: Draft[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const related = group.map((a) => appRef(a.id));
    const pillars = new Set(group.map(pillarOfApp).filter((p) => p !== null));
    const objectives = new Set(group.map((a) => a.objectiveId));
    for (const a of group) {
      // The others' places are the group's places minus this one's own.
      const ownPillar = pillarOfApp(a);
      const otherPillars = pillars.size - (ownPillar !== null && pillars.has(ownPillar) ? 1 : 0);
      const otherObjectives = objectives.size - 1;
      const message =
        otherPillars > 0
          ? ctx.t('domain.finding.duplicateOtherPillars', { count: otherPillars })
          : otherObjectives > 0
            ? ctx.t('domain.finding.duplicateOtherObjectives', { count: otherObjectives })
            : ctx.t('domain.finding.duplicateSameObjective');
      drafts.push(appDraft(ctx, a, message, { related }));
    }
  }
  return drafts;
}

function crowdedQuarters(ctx: CheckContext): Draft[] {
  return crowdedEarlyQuarters(ctx.plan).map((w) => {
    const quarter = quarterOfKey(ctx, w.key);
    return {
      keyPart: w.key,
      item: appRef(w.applicationIds[0]!),
      itemTitle: ctx.t('domain.finding.crowdedTitle', { quarter }),
      message: ctx.t('domain.finding.crowdedQuarter', { count: w.applicationIds.length, quarter }),
      related: w.applicationIds.map(appRef),
    };
  });
}

function itemsOutside(ctx: CheckContext): Draft[] {
  const bounds = roadmapBounds(ctx.plan);
  const start = monthIn(ctx, bounds.start);
  const last = monthIn(ctx, bounds.last);
  return itemsOutsideHorizon(ctx.plan).map((w) => {
    const milestone = w.item.kind === 'milestone' ? ctx.plan.roadmap.milestones.find((m) => m.id === w.item.id) : undefined;
    return {
      keyPart: w.item.id,
      item: w.item,
      itemTitle: milestone ? untitled(milestone.title, ctx.t('domain.untitled.milestone')) : appTitle(ctx, ctx.index.applications.get(w.item.id)),
      message: ctx.t('domain.finding.outsideHorizon', { side: w.side, start, last }),
    };
  });
}

function noStarter(ctx: CheckContext): Draft[] {
  // An empty plan has nothing to pick from yet; other checks guide it first.
  if (ctx.active.length === 0) return [];
  const advice = starterAdvice(ctx.plan, ctx.t);
  return advice.status === 'none-marked' ? [{ keyPart: 'plan', item: null, itemTitle: ctx.plan.meta.title, message: advice.message }] : [];
}

function tooManyStarters(ctx: CheckContext): Draft[] {
  const advice = starterAdvice(ctx.plan, ctx.t);
  return advice.status === 'too-many' ? [{ keyPart: 'plan', item: null, itemTitle: ctx.plan.meta.title, message: advice.message }] : [];
}

function kpisDrifting(ctx: CheckContext): Draft[] {
  // Keyed by the latest check-in: acknowledging one dip does not silence the next.
  return activeKpis(ctx)
    .filter(isDrifting)
    .map((k) => kpiDraft(ctx, k, ctx.t('domain.finding.kpiDrifting'), `${k.id}:${lastCheckinDate(k)}`));
}

const RUNNING_STATUSES: ReadonlySet<Application['status']> = new Set(['pilot', 'refine', 'scale', 'live']);

function kpiCheckinsOverdue(ctx: CheckContext): Draft[] {
  const running = new Set(ctx.active.filter((a) => RUNNING_STATUSES.has(a.status)).map((a) => a.id));
  const drafts: Draft[] = [];
  for (const k of ctx.plan.kpis) {
    if (!running.has(k.applicationId)) continue;
    const overdue = checkinOverdueDays(k, ctx.today);
    if (overdue === null || overdue <= 0) continue;
    const last = lastCheckinDate(k)!;
    drafts.push(kpiDraft(ctx, k, ctx.t('domain.finding.kpiCheckinOverdue', { cadence: k.cadence, last }), `${k.id}:${last}`));
  }
  return drafts;
}

const RUNNERS: Record<CheckId, (ctx: CheckContext) => Draft[]> = {
  'unaligned-application': unalignedApplications,
  'application-without-kpi': applicationsWithoutKpi,
  'personal-data-ethics': personalDataWithoutEthics,
  'scale-before-pilot': scaleBeforePilotEnds,
  'dependency-backwards': dependenciesBackwards,
  'pillar-without-objective': pillarsWithoutObjective,
  'objective-without-application': objectivesWithoutApplication,
  'kpi-missing-baseline-or-target': kpisMissingBaselineOrTarget,
  'application-without-owner': applicationsWithoutOwner,
  'kpi-without-owner': kpisWithoutOwner,
  'duplicate-application': duplicateApplications,
  'crowded-quarter': crowdedQuarters,
  'item-outside-horizon': itemsOutside,
  'no-starter': noStarter,
  'too-many-starters': tooManyStarters,
  'kpi-drifting': kpisDrifting,
  'kpi-checkin-overdue': kpiCheckinsOverdue,
  ...GOVERNANCE_RUNNERS,
  ...VALUE_RUNNERS,
  ...WORKSHOP_RUNNERS,
};

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * Every finding of every check, high severity first, then in CHECKS order, then in plan order.
 * Acknowledged findings are included, flagged, with their note. Messages and fallback titles are
 * written in t's language (the active one by default; the PDF passes its export language).
 */
export function alignmentFindings(plan: Plan, options: AlignmentOptions, t: Translate = activeT): Finding[] {
  const active = plan.applications.filter((a) => a.status !== 'retired');
  const ctx: CheckContext = {
    plan,
    today: options.today,
    active,
    activeIds: new Set(active.map((a) => a.id)),
    index: indexPlan(plan),
    t,
  };
  const acknowledgements = new Map(plan.acknowledgements.map((a) => [a.findingKey, a]));
  const checks = [...CHECKS].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const findings: Finding[] = [];
  for (const check of checks) {
    for (const draft of RUNNERS[check.id](ctx)) {
      const key = `${check.id}:${draft.keyPart}`;
      const ack = acknowledgements.get(key);
      const finding: Finding = {
        key,
        checkId: check.id,
        severity: check.severity,
        item: draft.item,
        itemTitle: draft.itemTitle,
        message: draft.message,
        acknowledged: ack !== undefined,
      };
      if (draft.related) finding.related = draft.related;
      if (ack) finding.acknowledgementNote = ack.note;
      findings.push(finding);
    }
  }
  return findings;
}

/** Counts of findings that are not acknowledged, by severity, for the panel's header. */
export function findingCounts(findings: readonly Finding[]): Record<Severity, number> & { acknowledged: number } {
  const counts = { high: 0, medium: 0, low: 0, acknowledged: 0 };
  for (const f of findings) {
    if (f.acknowledged) counts.acknowledged += 1;
    else counts[f.severity] += 1;
  }
  return counts;
}
