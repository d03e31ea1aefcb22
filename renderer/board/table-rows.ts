import type { Plan } from '../../shared/model';
import { indexPlan } from '../../shared/plan-index';

/* The matrix as a table: one row per KPI, with the pillar, objective and application it serves. */

export interface TableCell {
  id: string;
  text: string;
}

export interface MatrixRow {
  key: string;
  pillar: TableCell | null;
  objective: TableCell | null;
  application: TableCell | null;
  kpi: (TableCell & { values: string; owner: string }) | null;
}

/**
 * Every KPI gets a row; an application without KPIs, an objective without applications and a
 * pillar without objectives get one too, so that nothing on the board is missing from the table.
 * Unaligned ideas come last, with no pillar or objective.
 */
export function matrixRows(plan: Plan, formatValues: (kpi: Plan['kpis'][number]) => string): MatrixRow[] {
  const index = indexPlan(plan);
  const rows: MatrixRow[] = [];
  const cell = (id: string, text: string): TableCell => ({ id, text });
  const applicationRows = (pillar: TableCell | null, objective: TableCell | null, applicationIds: readonly string[]) => {
    for (const applicationId of applicationIds) {
      const app = index.applications.get(applicationId)!;
      const application = cell(app.id, app.title);
      const kpiIds = index.kpisOf.get(app.id) ?? [];
      if (kpiIds.length === 0) rows.push({ key: `a:${app.id}`, pillar, objective, application, kpi: null });
      for (const kpiId of kpiIds) {
        const k = index.kpis.get(kpiId)!;
        rows.push({ key: `k:${k.id}`, pillar, objective, application, kpi: { ...cell(k.id, k.name), values: formatValues(k), owner: k.owner } });
      }
    }
  };
  for (const p of plan.pillars) {
    const pillar = cell(p.id, p.title);
    const objectiveIds = index.objectivesOf.get(p.id) ?? [];
    if (objectiveIds.length === 0) rows.push({ key: `p:${p.id}`, pillar, objective: null, application: null, kpi: null });
    for (const objectiveId of objectiveIds) {
      const o = index.objectives.get(objectiveId)!;
      const objective = cell(o.id, o.title);
      const applicationIds = index.applicationsOf.get(o.id) ?? [];
      if (applicationIds.length === 0) rows.push({ key: `o:${o.id}`, pillar, objective, application: null, kpi: null });
      applicationRows(pillar, objective, applicationIds);
    }
  }
  applicationRows(null, null, index.applicationsOf.get(null) ?? []);
  return rows;
}
