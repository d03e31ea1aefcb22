import type { AiActTier, Application, ApplicationGovernance, DataClass, Governance, Obligation, OpContext, Plan, Risk, Tool, Triage } from '../model';
import { DATA_CLASSES } from '../schema/governance-schema';
import { patchObject, updateById } from '../operations/ordered';

/*
 * Pure edits of the governance data (#16): triage, tools, data classes, risks, the literacy step and
 * the plan's own duties table. Each returns the next plan, or the same plan object when nothing
 * changes (unknown id, same value), as shared/operations/ does.
 */

type TriageAnswers = Omit<Triage, 'override'>;

function withApplicationGovernance(plan: Plan, appId: string, update: (g: ApplicationGovernance) => ApplicationGovernance): Plan {
  const applications = updateById(plan.applications, appId, (a: Application) => {
    const governance = update(a.governance);
    return governance === a.governance ? a : { ...a, governance };
  });
  return applications === plan.applications ? plan : { ...plan, applications };
}

function withGovernance(plan: Plan, update: (g: Governance) => Governance): Plan {
  const governance = update(plan.governance);
  return governance === plan.governance ? plan : { ...plan, governance };
}

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Answers some of the questionnaire (and the transparency and duties-planned steps). */
export function setTriageAnswer(plan: Plan, appId: string, patch: Partial<TriageAnswers>): Plan {
  return withApplicationGovernance(plan, appId, (g) => {
    const triage = patchObject(g.triage, patch);
    return triage === g.triage ? g : { ...g, triage };
  });
}

/** The team's own tier with its reason, or null to follow the questionnaire again. */
export function setTierOverride(plan: Plan, appId: string, override: { tier: AiActTier; note: string } | null): Plan {
  return withApplicationGovernance(plan, appId, (g) => {
    const current = g.triage.override;
    if (current === override || (current && override && current.tier === override.tier && current.note === override.note)) return g;
    return { ...g, triage: { ...g.triage, override: override ? { tier: override.tier, note: override.note } : null } };
  });
}

/** The tools the application uses: ids of tools in the register, each once, in the given order. */
export function setApplicationTools(plan: Plan, appId: string, toolIds: readonly string[]): Plan {
  const known = new Set(plan.governance.tools.map((tool) => tool.id));
  const next = [...new Set(toolIds)].filter((id) => known.has(id));
  return withApplicationGovernance(plan, appId, (g) => (sameList(g.toolIds, next) ? g : { ...g, toolIds: next }));
}

/** The data classes the application touches, each once, in the schema's order. */
export function setDataClasses(plan: Plan, appId: string, classes: readonly DataClass[]): Plan {
  const next = DATA_CLASSES.filter((c) => classes.includes(c));
  return withApplicationGovernance(plan, appId, (g) => (sameList(g.dataClasses, next) ? g : { ...g, dataClasses: next }));
}

// Tools register

export function addTool(plan: Plan, ctx: OpContext, partial: Partial<Omit<Tool, 'id'>> = {}): { plan: Plan; id: string } {
  const id = ctx.newId();
  const tool: Tool = {
    id,
    name: partial.name ?? '',
    vendor: partial.vendor ?? '',
    owner: partial.owner ?? '',
    status: partial.status ?? 'under-review',
    dataClasses: DATA_CLASSES.filter((c) => (partial.dataClasses ?? []).includes(c)),
    reviewDate: partial.reviewDate ?? null,
    notes: partial.notes ?? '',
  };
  return { plan: withGovernance(plan, (g) => ({ ...g, tools: [...g.tools, tool] })), id };
}

export function updateTool(plan: Plan, id: string, patch: Partial<Omit<Tool, 'id'>>): Plan {
  const normalised = patch.dataClasses ? { ...patch, dataClasses: DATA_CLASSES.filter((c) => patch.dataClasses!.includes(c)) } : patch;
  return withGovernance(plan, (g) => {
    const tools = updateById(g.tools, id, (tool) => {
      const { dataClasses, ...rest } = normalised;
      const patched = patchObject(tool, rest);
      if (dataClasses && !sameList(tool.dataClasses, dataClasses)) return { ...patched, dataClasses };
      return patched;
    });
    return tools === g.tools ? g : { ...g, tools };
  });
}

/** Removes the tool from the register and from every application that named it. */
export function removeTool(plan: Plan, id: string): Plan {
  if (!plan.governance.tools.some((tool) => tool.id === id)) return plan;
  const applications = plan.applications.map((a) =>
    a.governance.toolIds.includes(id) ? { ...a, governance: { ...a.governance, toolIds: a.governance.toolIds.filter((t) => t !== id) } } : a,
  );
  return { ...plan, applications, governance: { ...plan.governance, tools: plan.governance.tools.filter((tool) => tool.id !== id) } };
}

// Risk register

const score = (n: number | undefined, fallback: number): number => (n === undefined ? fallback : Math.min(5, Math.max(1, Math.round(n))));

export function addRisk(plan: Plan, appId: string, ctx: OpContext, partial: Partial<Omit<Risk, 'id'>> = {}): { plan: Plan; id: string } {
  if (!plan.applications.some((a) => a.id === appId)) return { plan, id: '' };
  const id = ctx.newId();
  const risk: Risk = {
    id,
    title: partial.title ?? '',
    likelihood: score(partial.likelihood, 3),
    impact: score(partial.impact, 3),
    mitigation: partial.mitigation ?? '',
    owner: partial.owner ?? '',
    reviewDate: partial.reviewDate ?? null,
    status: partial.status ?? 'open',
    libraryKey: partial.libraryKey ?? null,
  };
  return { plan: withApplicationGovernance(plan, appId, (g) => ({ ...g, risks: [...g.risks, risk] })), id };
}

export function updateRisk(plan: Plan, appId: string, riskId: string, patch: Partial<Omit<Risk, 'id'>>): Plan {
  const clamped: Partial<Omit<Risk, 'id'>> = { ...patch };
  if (patch.likelihood !== undefined) clamped.likelihood = score(patch.likelihood, 3);
  if (patch.impact !== undefined) clamped.impact = score(patch.impact, 3);
  return withApplicationGovernance(plan, appId, (g) => {
    const risks = updateById(g.risks, riskId, (r) => patchObject(r, clamped));
    return risks === g.risks ? g : { ...g, risks };
  });
}

export function removeRisk(plan: Plan, appId: string, riskId: string): Plan {
  return withApplicationGovernance(plan, appId, (g) => (g.risks.some((r) => r.id === riskId) ? { ...g, risks: g.risks.filter((r) => r.id !== riskId) } : g));
}

// Plan-wide

/** When staff get their AI-literacy step ('YYYY-MM'), or null for not planned. */
export function setLiteracyMonth(plan: Plan, month: string | null): Plan {
  return withGovernance(plan, (g) => (g.literacyMonth === month ? g : { ...g, literacyMonth: month }));
}

/** Replaces the plan's own duties table and its "as of" date. */
export function setObligations(plan: Plan, rows: readonly Obligation[], asOf: string): Plan {
  return withGovernance(plan, (g) => ({ ...g, obligations: rows.map((row) => ({ ...row })), obligationsAsOf: asOf }));
}

/** Drops the plan's own duties table: it follows the one shipped with the app again. */
export function resetObligations(plan: Plan): Plan {
  return withGovernance(plan, (g) => (g.obligations === null && g.obligationsAsOf === null ? g : { ...g, obligations: null, obligationsAsOf: null }));
}

export function setGovernanceNotes(plan: Plan, notes: string): Plan {
  return withGovernance(plan, (g) => (g.notes === notes ? g : { ...g, notes }));
}
