import type { Plan } from './model';
import { t as activeT } from './i18n/active-locale';
import type { Translate } from './i18n/translator';

/**
 * Checks what the schema cannot: ids unique across the document and every reference pointing at
 * something that exists. Returns human sentences in t's language; empty means sound.
 */
export function integrityProblems(plan: Plan, limit = 20, t: Translate = activeT): string[] {
  const problems: string[] = [];
  const add = (message: string) => {
    if (problems.length < limit) problems.push(message);
  };
  const seen = new Set<string>();
  const claim = (id: string, what: 'pillar' | 'objective' | 'application' | 'kpi' | 'milestone' | 'dependency') => {
    if (seen.has(id)) add(t('domain.integrity.idTwice', { id, what }));
    seen.add(id);
  };
  const pillarIds = new Set<string>();
  const objectiveIds = new Set<string>();
  const applicationIds = new Set<string>();
  for (const p of plan.pillars) { claim(p.id, 'pillar'); pillarIds.add(p.id); }
  for (const o of plan.objectives) { claim(o.id, 'objective'); objectiveIds.add(o.id); }
  for (const a of plan.applications) { claim(a.id, 'application'); applicationIds.add(a.id); }
  for (const k of plan.kpis) claim(k.id, 'kpi');
  for (const m of plan.roadmap.milestones) claim(m.id, 'milestone');
  for (const d of plan.roadmap.dependencies) claim(d.id, 'dependency');
  // Governance records (#16) share the one id space.
  const claimGovernance = (id: string, what: 'tool' | 'risk' | 'duty') => {
    if (seen.has(id)) add(t('governance.integrity.idTwice', { id, what }));
    seen.add(id);
  };
  const toolIds = new Set<string>();
  for (const tool of plan.governance.tools) { claimGovernance(tool.id, 'tool'); toolIds.add(tool.id); }
  for (const a of plan.applications) for (const r of a.governance.risks) claimGovernance(r.id, 'risk');
  for (const o of plan.governance.obligations ?? []) claimGovernance(o.id, 'duty');
  // So do an application's direct benefits (#15).
  for (const a of plan.applications)
    for (const d of a.value.directBenefits) {
      if (seen.has(d.id)) add(t('value.integrity.idTwice', { id: d.id }));
      seen.add(d.id);
    }

  // So do the workshop's records (#17); a vote must name a participant and an application of the plan.
  const participantIds = new Set<string>();
  const claimWorkshop = (id: string, what: 'step' | 'participant' | 'parked' | 'decision') => {
    if (seen.has(id)) add(t('workshop.integrity.idTwice', { id, what }));
    seen.add(id);
  };
  const { workshop } = plan;
  for (const s of workshop.steps) claimWorkshop(s.id, 'step');
  for (const p of workshop.participants) { claimWorkshop(p.id, 'participant'); participantIds.add(p.id); }
  for (const q of workshop.parked) claimWorkshop(q.id, 'parked');
  for (const d of workshop.decisions) claimWorkshop(d.id, 'decision');
  for (const kind of ['dots', 'scores'] as const) {
    const ballots = new Set<string>();
    for (const v of workshop[kind]) {
      if (!participantIds.has(v.participantId)) add(t('workshop.integrity.voteParticipantOrphan', { id: v.participantId }));
      if (!applicationIds.has(v.applicationId)) add(t('workshop.integrity.voteApplicationOrphan', { id: v.applicationId }));
      const ballot = `${v.participantId} ${v.applicationId}`;
      if (ballots.has(ballot)) add(t('workshop.integrity.voteTwice', { participant: v.participantId, application: v.applicationId }));
      ballots.add(ballot);
    }
  }
  for (const p of workshop.voting.ballotsDone)
    if (!participantIds.has(p)) add(t('workshop.integrity.voteParticipantOrphan', { id: p }));

  for (const o of plan.objectives)
    if (!pillarIds.has(o.pillarId)) add(t('domain.integrity.objectiveOrphan', { title: o.title, id: o.pillarId }));
  for (const a of plan.applications)
    if (a.objectiveId !== null && !objectiveIds.has(a.objectiveId))
      add(t('domain.integrity.applicationOrphan', { title: a.title, id: a.objectiveId }));
  for (const k of plan.kpis)
    if (!applicationIds.has(k.applicationId))
      add(t('domain.integrity.kpiOrphan', { title: k.name, id: k.applicationId }));

  for (const a of plan.applications)
    for (const toolId of a.governance.toolIds)
      if (!toolIds.has(toolId)) add(t('governance.integrity.toolOrphan', { title: a.title, id: toolId }));

  const scheduled = new Set<string>();
  for (const s of plan.roadmap.schedules) {
    if (!applicationIds.has(s.applicationId))
      add(t('domain.integrity.scheduleOrphan', { id: s.applicationId }));
    if (scheduled.has(s.applicationId)) add(t('domain.integrity.scheduleTwice', { id: s.applicationId }));
    scheduled.add(s.applicationId);
    const kinds = new Set(s.phases.map((ph) => ph.kind));
    if (kinds.size !== s.phases.length) add(t('domain.integrity.phaseRepeated', { id: s.applicationId }));
  }
  for (const d of plan.roadmap.dependencies) {
    if (!applicationIds.has(d.fromId) || !applicationIds.has(d.toId))
      add(t('domain.integrity.dependencyOrphan', { from: d.fromId, to: d.toId }));
    if (d.fromId === d.toId) add(t('domain.integrity.dependencySelf', { id: d.fromId }));
  }
  const cycle = findDependencyCycle(plan);
  if (cycle) add(t('domain.integrity.cycle', { cycle: cycle.join(' → ') }));
  return problems;
}

/**
 * Returns one cycle of application ids if the finish-to-start dependencies contain any, as the path
 * round it with its first id repeated at the end (`a → b → a`). Linear in the dependencies: ids are
 * numbered once, the edges laid out in one array per source (no copy per edge), and an iterative
 * depth-first search with three colours walks each edge once, so a hostile chain cannot overflow the stack.
 */
export function findDependencyCycle(plan: Pick<Plan, 'roadmap'>): string[] | null {
  const dependencies = plan.roadmap.dependencies;
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  const numbered = (id: string): number => {
    let n = indexOf.get(id);
    if (n === undefined) {
      n = ids.length;
      indexOf.set(id, n);
      ids.push(id);
    }
    return n;
  };
  const from = new Int32Array(dependencies.length);
  const to = new Int32Array(dependencies.length);
  let edges = 0;
  for (const d of dependencies) {
    if (d.fromId === d.toId) continue;
    from[edges] = numbered(d.fromId);
    to[edges] = numbered(d.toId);
    edges++;
  }
  const nodes = ids.length;
  // Compressed adjacency: the targets of node n are targets[firstEdge[n] .. firstEdge[n + 1]).
  const firstEdge = new Int32Array(nodes + 1);
  for (let e = 0; e < edges; e++) firstEdge[from[e]! + 1]!++;
  for (let n = 0; n < nodes; n++) firstEdge[n + 1]! += firstEdge[n]!;
  const targets = new Int32Array(edges);
  const filled = firstEdge.slice(0, nodes);
  for (let e = 0; e < edges; e++) targets[filled[from[e]!]!++] = to[e]!;

  const WHITE = 0, GREY = 1, BLACK = 2;
  const colour = new Uint8Array(nodes);
  const nextEdge = firstEdge.slice(0, nodes);
  const stack = new Int32Array(nodes);
  for (let start = 0; start < nodes; start++) {
    if (colour[start] !== WHITE) continue;
    let depth = 0;
    stack[depth++] = start;
    colour[start] = GREY;
    while (depth > 0) {
      const node = stack[depth - 1]!;
      if (nextEdge[node]! < firstEdge[node + 1]!) {
        const next = targets[nextEdge[node]!++]!;
        if (colour[next] === GREY) {
          // The grey nodes are exactly the stack: the cycle runs from `next` up to `node`.
          const cycle: string[] = [];
          let at = depth - 1;
          while (stack[at] !== next) at--;
          for (; at < depth; at++) cycle.push(ids[stack[at]!]!);
          cycle.push(ids[next]!);
          return cycle;
        }
        if (colour[next] === WHITE) {
          colour[next] = GREY;
          stack[depth++] = next;
        }
      } else {
        colour[node] = BLACK;
        depth--;
      }
    }
  }
  return null;
}
