import type { Plan } from './model';

/**
 * Checks what the schema cannot: ids unique across the document and every reference pointing at
 * something that exists. Returns human sentences; empty means sound.
 */
export function integrityProblems(plan: Plan, limit = 20): string[] {
  const problems: string[] = [];
  const add = (message: string) => {
    if (problems.length < limit) problems.push(message);
  };
  const seen = new Set<string>();
  const claim = (id: string, what: string) => {
    if (seen.has(id)) add(`The id "${id}" is used twice (${what}); every item needs its own id.`);
    seen.add(id);
  };
  const pillarIds = new Set<string>();
  const objectiveIds = new Set<string>();
  const applicationIds = new Set<string>();
  for (const p of plan.pillars) { claim(p.id, 'pillar'); pillarIds.add(p.id); }
  for (const o of plan.objectives) { claim(o.id, 'objective'); objectiveIds.add(o.id); }
  for (const a of plan.applications) { claim(a.id, 'AI application'); applicationIds.add(a.id); }
  for (const k of plan.kpis) claim(k.id, 'KPI');
  for (const m of plan.roadmap.milestones) claim(m.id, 'milestone');
  for (const d of plan.roadmap.dependencies) claim(d.id, 'dependency');

  for (const o of plan.objectives)
    if (!pillarIds.has(o.pillarId)) add(`Objective "${o.title}" belongs to a pillar that is not in the file (${o.pillarId}).`);
  for (const a of plan.applications)
    if (a.objectiveId !== null && !objectiveIds.has(a.objectiveId))
      add(`AI application "${a.title}" points at an objective that is not in the file (${a.objectiveId}).`);
  for (const k of plan.kpis)
    if (!applicationIds.has(k.applicationId))
      add(`KPI "${k.name}" points at an AI application that is not in the file (${k.applicationId}).`);

  const scheduled = new Set<string>();
  for (const s of plan.roadmap.schedules) {
    if (!applicationIds.has(s.applicationId))
      add(`The roadmap schedules an AI application that is not in the file (${s.applicationId}).`);
    if (scheduled.has(s.applicationId)) add(`The roadmap schedules "${s.applicationId}" twice.`);
    scheduled.add(s.applicationId);
    const kinds = new Set(s.phases.map((ph) => ph.kind));
    if (kinds.size !== s.phases.length) add(`The roadmap repeats a phase of "${s.applicationId}".`);
  }
  for (const d of plan.roadmap.dependencies) {
    if (!applicationIds.has(d.fromId) || !applicationIds.has(d.toId))
      add(`A dependency points at an AI application that is not in the file (${d.fromId} → ${d.toId}).`);
    if (d.fromId === d.toId) add(`An AI application depends on itself (${d.fromId}).`);
  }
  const cycle = findDependencyCycle(plan);
  if (cycle) add(`Dependencies go round in a circle (${cycle.join(' → ')}), so nothing in it could ever start.`);
  return problems;
}

/** Returns one cycle of application ids if the finish-to-start dependencies contain any. */
export function findDependencyCycle(plan: Pick<Plan, 'roadmap'>): string[] | null {
  const next = new Map<string, string[]>();
  for (const d of plan.roadmap.dependencies) {
    if (d.fromId === d.toId) continue;
    next.set(d.fromId, [...(next.get(d.fromId) ?? []), d.toId]);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  // Iterative DFS: a hostile file may chain thousands of dependencies.
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const stack: { id: string; i: number }[] = [{ id: start, i: 0 }];
    state.set(start, 'visiting');
    path.push(start);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const outs = next.get(top.id) ?? [];
      if (top.i < outs.length) {
        const to = outs[top.i++]!;
        const s = state.get(to);
        if (s === 'visiting') return [...path.slice(path.indexOf(to)), to];
        if (!s) {
          state.set(to, 'visiting');
          path.push(to);
          stack.push({ id: to, i: 0 });
        }
      } else {
        state.set(top.id, 'done');
        path.pop();
        stack.pop();
      }
    }
  }
  return null;
}
