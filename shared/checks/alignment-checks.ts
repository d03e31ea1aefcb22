import type { Application, ItemRef, Kpi, Plan } from '../model';
import { hasChildren, indexPlan, pillarOf, type PlanIndex } from '../plan-index';
import { monthLabel } from '../roadmap/months';
import { backwardsDependencies, crowdedEarlyQuarters, itemsOutsideHorizon, roadmapBounds, scaleBeforePilot } from '../roadmap/roadmap-rules';
import { checkinOverdueDays, isDrifting, lastCheckinDate } from './kpi-checkins';
import { starterAdvice } from './starters';

/*
 * The alignment checks of DOMAIN.md: one pure function of the plan returning findings, each naming
 * the item it concerns and saying in one sentence why it matters. Every check is registered in
 * CHECKS, so the findings panel, the README and the PDF can list what is checked.
 *
 * Retired applications (and their KPIs) are left out of the application and KPI checks: nobody
 * needs to measure or own what the team has stopped.
 */

export type Severity = 'high' | 'medium' | 'low';
/** Where the UI should go to fix a finding of this check. */
export type CheckView = 'matrix' | 'roadmap' | 'priorities' | 'dimensions' | 'kpis';

interface CheckDefinition {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  view: CheckView;
}

/** Every check, in the order findings of equal severity are listed. */
export const CHECKS = [
  { id: 'unaligned-application', title: 'AI application with no objective', description: 'An AI application that serves no business objective is tool-first thinking.', severity: 'high', view: 'matrix' },
  { id: 'application-without-kpi', title: 'AI application with no KPI', description: 'Every AI application needs at least one KPI that shows whether it worked.', severity: 'high', view: 'matrix' },
  { id: 'personal-data-ethics', title: 'Personal data without an ethical review', description: 'An AI application that touches customer or staff data needs its ethical dimension (bias, privacy, transparency) addressed.', severity: 'high', view: 'dimensions' },
  { id: 'scale-before-pilot', title: 'Scale before the pilot ends', description: 'Scaling must wait until the pilot has shown results.', severity: 'high', view: 'roadmap' },
  { id: 'dependency-backwards', title: 'Dependency runs backwards', description: 'An application that builds on another must start after that one finishes.', severity: 'high', view: 'roadmap' },
  { id: 'pillar-without-objective', title: 'Pillar with no objective', description: 'A strategic pillar needs at least one business objective.', severity: 'medium', view: 'matrix' },
  { id: 'objective-without-application', title: 'Objective with no AI application', description: 'An objective with no AI application leaves open how AI will help reach it.', severity: 'medium', view: 'matrix' },
  { id: 'kpi-missing-baseline-or-target', title: 'KPI without baseline or target', description: 'A KPI needs a baseline measured before starting and a target to count as success.', severity: 'medium', view: 'kpis' },
  { id: 'application-without-owner', title: 'AI application with no owner', description: 'Every AI application needs a named owner.', severity: 'medium', view: 'matrix' },
  { id: 'kpi-without-owner', title: 'KPI with no owner', description: 'Every KPI needs a named owner who measures and reports it.', severity: 'medium', view: 'kpis' },
  { id: 'duplicate-application', title: 'Same application in several places', description: 'The same AI application under several objectives or pillars means silos duplicating effort.', severity: 'medium', view: 'matrix' },
  { id: 'crowded-quarter', title: 'Too many pilots at once early on', description: 'More than two pilots starting in one quarter of the first six months is one big bet instead of small steps.', severity: 'medium', view: 'roadmap' },
  { id: 'item-outside-horizon', title: 'Item outside the horizon', description: 'A phase or milestone before the horizon starts or past its end falls off the roadmap.', severity: 'medium', view: 'roadmap' },
  { id: 'no-starter', title: 'No starter project', description: 'A plan should name one or two starter projects of high impact and at least medium feasibility.', severity: 'medium', view: 'priorities' },
  { id: 'too-many-starters', title: 'More than two starter projects', description: 'More than two starters spreads the first steps too thin.', severity: 'low', view: 'priorities' },
  { id: 'kpi-drifting', title: 'KPI moving away from target', description: 'A KPI whose last two check-ins each moved further from its target (the baseline counts as the value before the first check-in).', severity: 'medium', view: 'kpis' },
  { id: 'kpi-checkin-overdue', title: 'KPI check-in overdue', description: 'A KPI of a running application (pilot to live) with no check-in for over 14 days (weekly), 45 days (monthly) or 120 days (quarterly).', severity: 'low', view: 'kpis' },
] as const satisfies readonly CheckDefinition[];

export type CheckId = (typeof CHECKS)[number]['id'];
export type CheckInfo = (typeof CHECKS)[number];

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
}

const untitled = (title: string, fallback: string) => (title.trim() === '' ? fallback : title);
const appTitle = (a: Application | undefined) => (a ? untitled(a.title, 'Untitled AI application') : 'Unknown AI application');
const kpiTitle = (k: Kpi) => untitled(k.name, 'Untitled KPI');
const appRef = (id: string): ItemRef => ({ kind: 'application', id });
const appDraft = (a: Application, message: string, extra: Partial<Draft> = {}): Draft => ({
  keyPart: a.id,
  item: appRef(a.id),
  itemTitle: appTitle(a),
  message,
  ...extra,
});
const appDraftById = (ctx: CheckContext, id: string, message: string): Draft => ({
  keyPart: id,
  item: appRef(id),
  itemTitle: appTitle(ctx.index.applications.get(id)),
  message,
});
const kpiDraft = (k: Kpi, message: string, keyPart = k.id): Draft => ({ keyPart, item: { kind: 'kpi', id: k.id }, itemTitle: kpiTitle(k), message });
const activeKpis = (ctx: CheckContext) => ctx.plan.kpis.filter((k) => ctx.activeIds.has(k.applicationId));
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

// The checks, one small function each.

function unalignedApplications(ctx: CheckContext): Draft[] {
  return ctx.active
    .filter((a) => a.objectiveId === null || !ctx.index.objectives.has(a.objectiveId))
    .map((a) => appDraft(a, 'It serves no business objective yet: starting from a tool rather than a problem rarely pays off.'));
}

function applicationsWithoutKpi(ctx: CheckContext): Draft[] {
  const measured = new Set(ctx.plan.kpis.map((k) => k.applicationId));
  return ctx.active.filter((a) => !measured.has(a.id)).map((a) => appDraft(a, 'No KPI measures it, so nobody will know whether it worked.'));
}

function personalDataWithoutEthics(ctx: CheckContext): Draft[] {
  return ctx.active
    .filter((a) => a.usesPersonalData && a.dimensions.ethical.level !== 'addressed')
    .map((a) =>
      appDraft(
        a,
        a.dimensions.ethical.level === 'partly'
          ? 'It touches customer or staff data and its ethical review (bias, privacy, transparency) is only partly done.'
          : 'It touches customer or staff data and nobody has reviewed bias, privacy and transparency yet.',
      ),
    );
}

function scaleBeforePilotEnds(ctx: CheckContext): Draft[] {
  return scaleBeforePilot(ctx.plan).map((w) =>
    appDraftById(
      ctx,
      w.applicationId,
      `Its scale phase starts in ${monthLabel(w.scaleStart)}, before the pilot ends in ${monthLabel(w.pilotLastMonth)}, so it would scale before the pilot has shown results.`,
    ),
  );
}

function dependenciesBackwards(ctx: CheckContext): Draft[] {
  return backwardsDependencies(ctx.plan).map((w) => ({
    keyPart: w.dependencyId,
    item: appRef(w.toId),
    itemTitle: appTitle(ctx.index.applications.get(w.toId)),
    message: `It builds on "${appTitle(ctx.index.applications.get(w.fromId))}" but starts in ${monthLabel(w.dependentStart)}, before that one finishes in ${monthLabel(w.predecessorLastMonth)}.`,
    related: [appRef(w.fromId), appRef(w.toId)],
  }));
}

function pillarsWithoutObjective(ctx: CheckContext): Draft[] {
  return ctx.plan.pillars
    .filter((p) => !hasChildren(ctx.index, 'pillar', p.id))
    .map((p) => ({
      keyPart: p.id,
      item: { kind: 'pillar', id: p.id },
      itemTitle: untitled(p.title, 'Untitled pillar'),
      message: 'It has no business objective, so nothing in the plan says what AI should achieve for it.',
    }));
}

function objectivesWithoutApplication(ctx: CheckContext): Draft[] {
  const served = new Set(ctx.active.map((a) => a.objectiveId));
  return ctx.plan.objectives
    .filter((o) => !served.has(o.id))
    .map((o) => ({
      keyPart: o.id,
      item: { kind: 'objective', id: o.id },
      itemTitle: untitled(o.title, 'Untitled objective'),
      message: 'No AI application serves it yet, so the plan does not say how AI will help reach it.',
    }));
}

function kpisMissingBaselineOrTarget(ctx: CheckContext): Draft[] {
  return activeKpis(ctx)
    .filter((k) => k.baseline === null || k.target === null)
    .map((k) =>
      kpiDraft(
        k,
        k.baseline === null && k.target === null
          ? 'It has neither a baseline nor a target, so results cannot be compared with anything.'
          : k.baseline === null
            ? 'It has no baseline, so there is nothing to compare the results with.'
            : 'It has no target, so nobody has said what success looks like.',
      ),
    );
}

function applicationsWithoutOwner(ctx: CheckContext): Draft[] {
  return ctx.active.filter((a) => a.owner.trim() === '').map((a) => appDraft(a, 'Nobody owns it, so nobody is accountable for moving it forward.'));
}

function kpisWithoutOwner(ctx: CheckContext): Draft[] {
  return activeKpis(ctx)
    .filter((k) => k.owner.trim() === '')
    .map((k) => kpiDraft(k, 'Nobody owns it, so nobody is responsible for measuring and reporting it.'));
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
          ? `The same application also appears under ${otherPillars} other ${plural(otherPillars, 'pillar', 'pillars')}: separate teams may be duplicating effort.`
          : otherObjectives > 0
            ? `The same application also appears under ${otherObjectives} other ${plural(otherObjectives, 'objective', 'objectives')}: one shared initiative would avoid duplicated effort.`
            : 'The same application appears more than once under this objective: merge the copies.';
      drafts.push(appDraft(a, message, { related }));
    }
  }
  return drafts;
}

function crowdedQuarters(ctx: CheckContext): Draft[] {
  return crowdedEarlyQuarters(ctx.plan).map((w) => ({
    keyPart: w.key,
    item: appRef(w.applicationIds[0]!),
    itemTitle: `Pilots starting in ${w.quarter}`,
    message: `${w.applicationIds.length} pilots start in ${w.quarter}, early in the plan: that is one big bet instead of small measured steps.`,
    related: w.applicationIds.map(appRef),
  }));
}

function itemsOutside(ctx: CheckContext): Draft[] {
  const bounds = roadmapBounds(ctx.plan);
  const range = `${monthLabel(bounds.start)}–${monthLabel(bounds.last)}`;
  const where = { before: 'starts before', after: 'runs past the end of', both: 'starts before and runs past the end of' } as const;
  return itemsOutsideHorizon(ctx.plan).map((w) => {
    const milestone = w.item.kind === 'milestone' ? ctx.plan.roadmap.milestones.find((m) => m.id === w.item.id) : undefined;
    return {
      keyPart: w.item.id,
      item: w.item,
      itemTitle: milestone ? untitled(milestone.title, 'Untitled milestone') : appTitle(ctx.index.applications.get(w.item.id)),
      message: `It ${where[w.side]} the roadmap's horizon (${range}), so it falls off the chart: move it or change the horizon.`,
    };
  });
}

function noStarter(ctx: CheckContext): Draft[] {
  // An empty plan has nothing to pick from yet; other checks guide it first.
  if (ctx.active.length === 0) return [];
  const advice = starterAdvice(ctx.plan);
  return advice.status === 'none-marked' ? [{ keyPart: 'plan', item: null, itemTitle: ctx.plan.meta.title, message: advice.message }] : [];
}

function tooManyStarters(ctx: CheckContext): Draft[] {
  const advice = starterAdvice(ctx.plan);
  return advice.status === 'too-many' ? [{ keyPart: 'plan', item: null, itemTitle: ctx.plan.meta.title, message: advice.message }] : [];
}

function kpisDrifting(ctx: CheckContext): Draft[] {
  // Keyed by the latest check-in: acknowledging one dip does not silence the next.
  return activeKpis(ctx)
    .filter(isDrifting)
    .map((k) => kpiDraft(k, 'Its last two check-ins each moved further from the target: find out why before it drifts further.', `${k.id}:${lastCheckinDate(k)}`));
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
    drafts.push(kpiDraft(k, `Its ${k.cadence} check-in is overdue (the last was on ${last}), so drift could go unnoticed.`, `${k.id}:${last}`));
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
};

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * Every finding of every check, high severity first, then in CHECKS order, then in plan order.
 * Acknowledged findings are included, flagged, with their note.
 */
export function alignmentFindings(plan: Plan, options: AlignmentOptions): Finding[] {
  const active = plan.applications.filter((a) => a.status !== 'retired');
  const ctx: CheckContext = {
    plan,
    today: options.today,
    active,
    activeIds: new Set(active.map((a) => a.id)),
    index: indexPlan(plan),
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
