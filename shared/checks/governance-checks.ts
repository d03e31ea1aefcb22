import type { Translate } from '../i18n/translator';
import type { Application, DataClass, ItemRef, Plan, Tool } from '../model';
import { monthInLanguage } from '../month-text';
import { dataClassLabel } from '../governance/governance-labels';
import { HIGH_RISK_SCORE, riskScore } from '../governance/risk-library';
import { triageResult } from '../governance/triage';

/*
 * The governance findings of #16: AI Act tiers, the tools register (shadow AI), the risk register and
 * the staff AI-literacy step. Run by alignment-checks.ts like every other check; kept here so the
 * governance rules sit together. Guidance for a conversation with an adviser, not legal advice.
 */

export type GovernanceCheckId =
  | 'prohibited-practice'
  | 'high-risk-scale-unplanned'
  | 'shadow-ai'
  | 'transparency-step-missing'
  | 'untriaged-application'
  | 'high-risk-unmitigated'
  | 'no-literacy-step'
  | 'tool-review-overdue';

/** The part of the checks' context the governance checks read. */
export interface GovernanceCheckContext {
  plan: Plan;
  /** YYYY-MM-DD, injected: the domain never reads the clock. */
  today: string;
  /** Applications that are not retired. */
  active: Application[];
  t: Translate;
}

export interface GovernanceDraft {
  keyPart: string;
  item: { kind: 'application'; id: string } | null;
  itemTitle: string;
  message: string;
  related?: ItemRef[];
}

const RUNNING: ReadonlySet<Application['status']> = new Set(['pilot', 'refine', 'scale', 'live']);

const appTitle = (ctx: GovernanceCheckContext, a: Application) => (a.title.trim() === '' ? ctx.t('domain.untitled.application') : a.title);
const toolName = (ctx: GovernanceCheckContext, tool: Tool) => (tool.name.trim() === '' ? ctx.t('governance.tool.untitled') : tool.name);
const planDraft = (ctx: GovernanceCheckContext, message: string, keyPart = 'plan'): GovernanceDraft => ({ keyPart, item: null, itemTitle: ctx.plan.meta.title, message });
const appDraft = (ctx: GovernanceCheckContext, a: Application, message: string, keyPart = a.id): GovernanceDraft => ({
  keyPart,
  item: { kind: 'application', id: a.id },
  itemTitle: appTitle(ctx, a),
  message,
});

const scheduleOf = (plan: Plan, appId: string) => plan.roadmap.schedules.find((s) => s.applicationId === appId);
const phaseStart = (plan: Plan, appId: string, kind: 'pilot' | 'scale'): string | null => scheduleOf(plan, appId)?.phases.find((p) => p.kind === kind)?.start ?? null;

function prohibitedPractices(ctx: GovernanceCheckContext): GovernanceDraft[] {
  return ctx.active.filter((a) => triageResult(a).effective === 'prohibited').map((a) => appDraft(ctx, a, ctx.t('governance.finding.prohibited')));
}

function highRiskScaledUnplanned(ctx: GovernanceCheckContext): GovernanceDraft[] {
  const drafts: GovernanceDraft[] = [];
  for (const a of ctx.active) {
    if (triageResult(a).effective !== 'high-risk' || a.governance.triage.dutiesPlanned) continue;
    const scale = phaseStart(ctx.plan, a.id, 'scale');
    if (scale) drafts.push(appDraft(ctx, a, ctx.t('governance.finding.highRiskScale', { month: monthInLanguage(scale, ctx.t) })));
    else if (a.status === 'scale' || a.status === 'live') drafts.push(appDraft(ctx, a, ctx.t('governance.finding.highRiskScaled')));
  }
  return drafts;
}

function transparencyMissing(ctx: GovernanceCheckContext): GovernanceDraft[] {
  return ctx.active
    .filter((a) => triageResult(a).effective === 'limited' && !a.governance.triage.transparencyStep)
    .map((a) => appDraft(ctx, a, ctx.t('governance.finding.transparency')));
}

/** Why a tool may not serve the application, or null when it may. */
function toolProblem(ctx: GovernanceCheckContext, a: Application, tool: Tool): string | null {
  const name = toolName(ctx, tool);
  if (tool.status === 'banned') return ctx.t('governance.finding.shadowBanned', { tool: name });
  if (tool.status === 'under-review') return ctx.t('governance.finding.shadowUnderReview', { tool: name });
  const notAllowed: DataClass[] = a.governance.dataClasses.filter((c) => !tool.dataClasses.includes(c));
  if (notAllowed.length === 0) return null;
  return ctx.t('governance.finding.shadowDataClass', { tool: name, classes: notAllowed.map((c) => dataClassLabel(c, ctx.t)).join(', ') });
}

function shadowAi(ctx: GovernanceCheckContext): GovernanceDraft[] {
  const tools = new Map(ctx.plan.governance.tools.map((tool) => [tool.id, tool]));
  const drafts: GovernanceDraft[] = [];
  for (const a of ctx.active) {
    for (const toolId of a.governance.toolIds) {
      const tool = tools.get(toolId);
      if (!tool) continue;
      const problem = toolProblem(ctx, a, tool);
      if (problem) drafts.push(appDraft(ctx, a, problem, `${a.id}:${tool.id}`));
    }
  }
  return drafts;
}

function toolsPastReview(ctx: GovernanceCheckContext): GovernanceDraft[] {
  return ctx.plan.governance.tools
    .filter((tool) => tool.status !== 'banned' && tool.reviewDate !== null && tool.reviewDate < ctx.today)
    .map((tool) => ({
      // Keyed by the review date: accepting one overdue review does not silence the next.
      keyPart: `${tool.id}:${tool.reviewDate}`,
      item: null,
      itemTitle: toolName(ctx, tool),
      message: ctx.t('governance.finding.toolReview', { date: tool.reviewDate! }),
    }));
}

function untriagedRunning(ctx: GovernanceCheckContext): GovernanceDraft[] {
  const thisMonth = ctx.today.slice(0, 7);
  return ctx.active
    .filter((a) => {
      if (triageResult(a).effective !== null) return false;
      if (RUNNING.has(a.status)) return true;
      const pilot = phaseStart(ctx.plan, a.id, 'pilot');
      return pilot !== null && pilot <= thisMonth;
    })
    .map((a) => appDraft(ctx, a, ctx.t('governance.finding.untriaged')));
}

function highRisksUnmitigated(ctx: GovernanceCheckContext): GovernanceDraft[] {
  const drafts: GovernanceDraft[] = [];
  for (const a of ctx.active) {
    for (const risk of a.governance.risks) {
      if (risk.status === 'closed' || riskScore(risk) < HIGH_RISK_SCORE) continue;
      const noMitigation = risk.mitigation.trim() === '';
      const noOwner = risk.owner.trim() === '';
      if (!noMitigation && !noOwner) continue;
      const title = risk.title.trim() === '' ? ctx.t('governance.risk.untitled') : risk.title;
      const missing = noMitigation && noOwner ? 'both' : noMitigation ? 'mitigation' : 'owner';
      drafts.push(appDraft(ctx, a, ctx.t('governance.finding.riskUnmitigated', { risk: title, score: riskScore(risk), missing }), `${a.id}:${risk.id}`));
    }
  }
  return drafts;
}

function literacyStepMissing(ctx: GovernanceCheckContext): GovernanceDraft[] {
  const pilots = ctx.active.map((a) => phaseStart(ctx.plan, a.id, 'pilot')).filter((m) => m !== null).sort();
  const anyRunning = ctx.active.some((a) => RUNNING.has(a.status));
  const firstPilot = pilots[0];
  if (firstPilot === undefined && !anyRunning) return [];
  const literacy = ctx.plan.governance.literacyMonth;
  if (literacy === null) {
    return [planDraft(ctx, firstPilot ? ctx.t('governance.finding.literacyNone', { pilot: monthInLanguage(firstPilot, ctx.t) }) : ctx.t('governance.finding.literacyNoneRunning'))];
  }
  if (firstPilot !== undefined && literacy > firstPilot) {
    return [planDraft(ctx, ctx.t('governance.finding.literacyLate', { literacy: monthInLanguage(literacy, ctx.t), pilot: monthInLanguage(firstPilot, ctx.t) }))];
  }
  return [];
}

export const GOVERNANCE_RUNNERS: Record<GovernanceCheckId, (ctx: GovernanceCheckContext) => GovernanceDraft[]> = {
  'prohibited-practice': prohibitedPractices,
  'high-risk-scale-unplanned': highRiskScaledUnplanned,
  'shadow-ai': shadowAi,
  'transparency-step-missing': transparencyMissing,
  'untriaged-application': untriagedRunning,
  'high-risk-unmitigated': highRisksUnmitigated,
  'no-literacy-step': literacyStepMissing,
  'tool-review-overdue': toolsPastReview,
};
