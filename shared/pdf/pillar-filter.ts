import type { Plan } from '../model';

/*
 * A board pack of some pillars only (#18 §5, `aiplan export --pillar` and the export dialog): the
 * chosen pillars with their objectives, applications, KPIs and roadmap entries. Dependencies and
 * votes that reach outside the chosen pillars go, so the smaller plan is whole on its own; unaligned
 * ideas belong to no pillar and stay out. Everything else (guiding questions, readiness, tools,
 * decisions) is the plan's and stays.
 */
export function planForPillars(plan: Plan, pillarIds: readonly string[]): Plan {
  const keep = new Set(pillarIds);
  const pillars = plan.pillars.filter((p) => keep.has(p.id));
  if (pillars.length === plan.pillars.length && !plan.applications.some((a) => a.objectiveId === null)) return plan;
  const objectives = plan.objectives.filter((o) => keep.has(o.pillarId));
  const objectiveIds = new Set(objectives.map((o) => o.id));
  const applications = plan.applications.filter((a) => a.objectiveId !== null && objectiveIds.has(a.objectiveId));
  const applicationIds = new Set(applications.map((a) => a.id));
  const { roadmap, workshop } = plan;
  return {
    ...plan,
    pillars,
    objectives,
    applications,
    kpis: plan.kpis.filter((k) => applicationIds.has(k.applicationId)),
    roadmap: {
      ...roadmap,
      schedules: roadmap.schedules.filter((s) => applicationIds.has(s.applicationId)),
      dependencies: roadmap.dependencies.filter((d) => applicationIds.has(d.fromId) && applicationIds.has(d.toId)),
    },
    workshop: { ...workshop, dots: workshop.dots.filter((v) => applicationIds.has(v.applicationId)), scores: workshop.scores.filter((v) => applicationIds.has(v.applicationId)) },
  };
}

/**
 * The pillars a person named (`--pillar "Customer Acquisition"` or an id), matched case-insensitively
 * on title or id; `unknown` lists the names that matched nothing, for a clear message.
 */
export function pillarsNamed(plan: Pick<Plan, 'pillars'>, names: readonly string[]): { ids: string[]; unknown: string[] } {
  const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase();
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const found = plan.pillars.filter((p) => p.id === name.trim() || norm(p.title) === norm(name));
    if (!found.length) unknown.push(name);
    for (const p of found) if (!ids.includes(p.id)) ids.push(p.id);
  }
  return { ids, unknown };
}
