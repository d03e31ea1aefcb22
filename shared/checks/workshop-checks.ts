import type { Translate } from '../i18n/translator';
import type { Decision, Plan } from '../model';
import { overdueDecisions } from '../workshop/workshop-ops';

/*
 * The workshop's finding (#17): a decision the room took, past its due date and not marked done.
 * The finding points at the item the decision is about when it still exists, else at the plan.
 */

export type WorkshopCheckId = 'decision-overdue';

export interface WorkshopCheckContext {
  plan: Plan;
  /** YYYY-MM-DD, injected. */
  today: string;
  t: Translate;
}

export interface WorkshopDraft {
  keyPart: string;
  item: { kind: 'pillar' | 'objective' | 'application' | 'kpi' | 'milestone'; id: string } | null;
  itemTitle: string;
  message: string;
}

function linkedItemExists(plan: Plan, link: NonNullable<Decision['link']>): boolean {
  switch (link.kind) {
    case 'pillar':
      return plan.pillars.some((p) => p.id === link.id);
    case 'objective':
      return plan.objectives.some((o) => o.id === link.id);
    case 'application':
      return plan.applications.some((a) => a.id === link.id);
    case 'kpi':
      return plan.kpis.some((k) => k.id === link.id);
    case 'milestone':
      return plan.roadmap.milestones.some((m) => m.id === link.id);
  }
}

function decisionsOverdue(ctx: WorkshopCheckContext): WorkshopDraft[] {
  return overdueDecisions(ctx.plan, ctx.today).map((d) => ({
    // The due date is part of the key: moving it on makes a fresh finding, not an acknowledged one.
    keyPart: `${d.id}:${d.due}`,
    item: d.link && linkedItemExists(ctx.plan, d.link) ? { kind: d.link.kind, id: d.link.id } : null,
    itemTitle: d.text,
    message:
      d.owner.trim() === ''
        ? ctx.t('workshop.finding.decisionOverdueNoOwner', { due: d.due! })
        : ctx.t('workshop.finding.decisionOverdue', { due: d.due!, owner: d.owner.trim() }),
  }));
}

export const WORKSHOP_RUNNERS: Record<WorkshopCheckId, (ctx: WorkshopCheckContext) => WorkshopDraft[]> = {
  'decision-overdue': decisionsOverdue,
};
