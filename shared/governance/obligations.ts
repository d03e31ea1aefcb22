import type { Application, Obligation, Plan } from '../model';
import type { MessageKey, Translate } from '../i18n/translator';
import { addMonths, monthIndex } from '../roadmap/months';
import { triageResult } from './triage';

/*
 * The EU AI Act's duties as dated data (#16). The table shipped with the app is what its makers could
 * support with sources on SHIPPED_OBLIGATIONS_AS_OF; a plan may keep its own edited copy, because
 * these dates have been moving. Every row names its source. Guidance to prepare a conversation with
 * an adviser, not legal advice.
 *
 * Dates: Art. 113 of Regulation (EU) 2024/1689 applies Art. 4 and Art. 5 from 2 February 2025 and
 * most of the rest (Art. 50 among it) from 2 August 2026. The Digital Omnibus on AI (Commission
 * proposal of 19 November 2025, procedure 2025/0359(COD), agreed by Parliament and Council in 2026)
 * moves the Annex III high-risk duties to 2 December 2027; the high-risk rows carry that date and
 * say so in their source.
 */

export const SHIPPED_OBLIGATIONS_AS_OF = '2026-11-01';

interface ShippedObligation {
  id: string;
  tier: Obligation['tier'];
  role: Obligation['role'];
  duty: MessageKey;
  applies: string;
  source: MessageKey;
}

export const SHIPPED_OBLIGATIONS: readonly ShippedObligation[] = [
  { id: 'ai-literacy', tier: 'all', role: 'both', duty: 'governance.duty.ai-literacy', applies: '2025-02-02', source: 'governance.source.ai-literacy' },
  { id: 'prohibited-practices', tier: 'prohibited', role: 'both', duty: 'governance.duty.prohibited-practices', applies: '2025-02-02', source: 'governance.source.prohibited-practices' },
  { id: 'tell-people-ai', tier: 'limited', role: 'both', duty: 'governance.duty.tell-people-ai', applies: '2026-08-02', source: 'governance.source.tell-people-ai' },
  { id: 'mark-generated-content', tier: 'limited', role: 'provider', duty: 'governance.duty.mark-generated-content', applies: '2026-08-02', source: 'governance.source.mark-generated-content' },
  { id: 'disclose-deep-fakes', tier: 'limited', role: 'deployer', duty: 'governance.duty.disclose-deep-fakes', applies: '2026-08-02', source: 'governance.source.disclose-deep-fakes' },
  { id: 'high-risk-oversight', tier: 'high-risk', role: 'deployer', duty: 'governance.duty.high-risk-oversight', applies: '2027-12-02', source: 'governance.source.high-risk-oversight' },
  { id: 'high-risk-monitoring-logs', tier: 'high-risk', role: 'deployer', duty: 'governance.duty.high-risk-monitoring-logs', applies: '2027-12-02', source: 'governance.source.high-risk-monitoring-logs' },
  { id: 'high-risk-inform-workers', tier: 'high-risk', role: 'deployer', duty: 'governance.duty.high-risk-inform-workers', applies: '2027-12-02', source: 'governance.source.high-risk-inform-workers' },
  { id: 'high-risk-inform-people', tier: 'high-risk', role: 'deployer', duty: 'governance.duty.high-risk-inform-people', applies: '2027-12-02', source: 'governance.source.high-risk-inform-people' },
  { id: 'high-risk-fria', tier: 'high-risk', role: 'deployer', duty: 'governance.duty.high-risk-fria', applies: '2027-12-02', source: 'governance.source.high-risk-fria' },
  { id: 'high-risk-provider-requirements', tier: 'high-risk', role: 'provider', duty: 'governance.duty.high-risk-provider-requirements', applies: '2027-12-02', source: 'governance.source.high-risk-provider-requirements' },
  { id: 'high-risk-provider-conformity', tier: 'high-risk', role: 'provider', duty: 'governance.duty.high-risk-provider-conformity', applies: '2027-12-02', source: 'governance.source.high-risk-provider-conformity' },
];

/** The shipped table in t's language. */
export function shippedObligations(t: Translate): Obligation[] {
  return SHIPPED_OBLIGATIONS.map((row) => ({ id: row.id, tier: row.tier, role: row.role, duty: t(row.duty), applies: row.applies, source: t(row.source) }));
}

export interface PlanObligations {
  /** The date the table was last checked against its sources. */
  asOf: string;
  /** True when the plan keeps its own edited copy. */
  custom: boolean;
  rows: Obligation[];
}

/** The duties table this plan follows: its own copy when it has one, else the shipped one in t's language. */
export function planObligations(plan: Plan, t: Translate): PlanObligations {
  const own = plan.governance.obligations;
  if (own) return { asOf: plan.governance.obligationsAsOf ?? SHIPPED_OBLIGATIONS_AS_OF, custom: true, rows: own };
  return { asOf: SHIPPED_OBLIGATIONS_AS_OF, custom: false, rows: shippedObligations(t) };
}

/** Whether a duty applies to an application, by its effective tier and its role (an unanswered role gets both roles' duties). */
export function dutyAppliesTo(obligation: Obligation, app: Pick<Application, 'governance'>): boolean {
  if (obligation.tier !== 'all') {
    const tier = triageResult(app).effective;
    if (tier !== obligation.tier) return false;
  }
  const role = app.governance.triage.role;
  return obligation.role === 'both' || role === 'unanswered' || obligation.role === role;
}

/** The duties that apply to one application, in the table's order. */
export function dutiesFor(app: Pick<Application, 'governance'>, plan: Plan, t: Translate): Obligation[] {
  return planObligations(plan, t).rows.filter((row) => dutyAppliesTo(row, app));
}

export interface DutyWithinHorizon {
  obligation: Obligation;
  /** The month the duty applies from, 'YYYY-MM'. */
  month: string;
  /** Ids of the applications (not retired) it applies to. */
  applications: string[];
}

/**
 * Duties that start applying inside the plan's horizon and concern at least one of its live
 * applications: the roadmap shows them as milestones of their own kind. Sorted by date.
 */
export function dutiesWithinHorizon(plan: Plan, t: Translate): DutyWithinHorizon[] {
  const first = monthIndex(plan.meta.horizonStart);
  const last = monthIndex(addMonths(plan.meta.horizonStart, plan.meta.horizonMonths - 1));
  const live = plan.applications.filter((a) => a.status !== 'retired');
  const due: DutyWithinHorizon[] = [];
  for (const obligation of planObligations(plan, t).rows) {
    const month = obligation.applies.slice(0, 7);
    const at = monthIndex(month);
    if (at < first || at > last) continue;
    const applications = live.filter((a) => dutyAppliesTo(obligation, a)).map((a) => a.id);
    if (applications.length) due.push({ obligation, month, applications });
  }
  return due.sort((a, b) => a.obligation.applies.localeCompare(b.obligation.applies));
}

/** Starts the plan's own copy of the duties table from the shipped one (same plan when it has one already). */
export function copyShippedObligations(plan: Plan, t: Translate, asOf: string): Plan {
  if (plan.governance.obligations) return plan;
  return { ...plan, governance: { ...plan.governance, obligations: shippedObligations(t), obligationsAsOf: asOf } };
}
