import type { AiActTier, Plan, RiskStatus } from '../../shared/model';
import { triageResult, type TriageResult } from '../../shared/governance/triage';

/*
 * What the Governance view reads from the plan, computed once per plan object and shared by its
 * parts (zustand gets the same array back until the plan changes).
 */

export type TierGroupId = AiActTier | 'untriaged';

/** The order the view lists the tiers in: what needs action first, the untriaged last. */
export const TIER_GROUPS: readonly TierGroupId[] = ['prohibited', 'high-risk', 'limited', 'minimal', 'untriaged'];

export interface TriagedApplication {
  id: string;
  title: string;
  result: TriageResult;
}

const triageCache = new WeakMap<Plan['applications'], Record<TierGroupId, TriagedApplication[]>>();

/** The plan's applications grouped by their effective tier, in plan order within a group. */
export function applicationsByTier(plan: Plan): Record<TierGroupId, TriagedApplication[]> {
  let groups = triageCache.get(plan.applications);
  if (!groups) {
    groups = { prohibited: [], 'high-risk': [], limited: [], minimal: [], untriaged: [] };
    for (const app of plan.applications) {
      const result = triageResult(app);
      groups[result.effective ?? 'untriaged'].push({ id: app.id, title: app.title, result });
    }
    triageCache.set(plan.applications, groups);
  }
  return groups;
}

export interface PlacedRisk {
  applicationId: string;
  applicationTitle: string;
  riskId: string;
  title: string;
  likelihood: number;
  impact: number;
  owner: string;
  mitigation: string;
  status: RiskStatus;
}

const riskCache = new WeakMap<Plan['applications'], PlacedRisk[]>();

/** Every risk of every application, with its application, for the heat map. */
export function allRisks(plan: Plan): PlacedRisk[] {
  let risks = riskCache.get(plan.applications);
  if (!risks) {
    risks = plan.applications.flatMap((app) =>
      app.governance.risks.map((r) => ({
        applicationId: app.id,
        applicationTitle: app.title,
        riskId: r.id,
        title: r.title,
        likelihood: r.likelihood,
        impact: r.impact,
        owner: r.owner,
        mitigation: r.mitigation,
        status: r.status,
      })),
    );
    riskCache.set(plan.applications, risks);
  }
  return risks;
}

/** Likelihood × impact at or above this is a high risk (the findings use the same line). */
export const HIGH_RISK_SCORE = 15;

/** A heat-map band for a score: high from 15, medium from 8, else low. */
export function scoreBand(score: number): 'high' | 'medium' | 'low' {
  return score >= HIGH_RISK_SCORE ? 'high' : score >= 8 ? 'medium' : 'low';
}
