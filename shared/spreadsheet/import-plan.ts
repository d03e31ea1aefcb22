import { HORIZON_MAX_MONTHS, HORIZON_MIN_MONTHS, PLAN_CAPS } from '../schema/plan-schema';
import { blankPlan } from '../templates/templates';
import type { Application, Kpi, Objective, Phase, Pillar, Plan, Schedule } from '../model';
import { addMonths, monthIndex, monthString } from '../roadmap/months';
import { defaultPhases, scheduleSpan } from '../roadmap/phases';
import { scheduleApplication } from '../roadmap/schedule-ops';
import { nameKey } from './import-preview';
import { applicationOf, applicationOfImported, isId, kpiOf, kpiOfImported, kpiPatch } from './imported-items';
import type { ImportCounts, ImportedApplication, ImportPreview } from './spreadsheet-types';

const wrongId = (id: string) => new Error(`newId gave ${JSON.stringify(id)}, which is no id or was given before`);

/** The error for the first id that repeats an earlier one, or null when none does. */
function firstRepeatedId(ids: readonly string[]): Error | null {
  const sorted = ids.slice().sort();
  let any = false;
  for (let i = 1; i < sorted.length && !any; i++) any = sorted[i] === sorted[i - 1];
  if (!any) return null;
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return wrongId(id);
    seen.add(id);
  }
  return null;
}

export interface NewPlanOptions {
  title: string;
  /** ISO timestamp of creation. */
  now: string;
  newId: () => string;
  /** First month of the horizon when no row gives a pilot start; the month after `now`'s by default. */
  startMonth?: string;
}

/** The application's plan fields from a row's fields (the pilot start goes to the roadmap instead). */
function applicationPatch(fields: ImportedApplication['fields']): Partial<Application> {
  const { pilotStart: _pilotStart, ...rest } = fields;
  return rest as Partial<Application>;
}

/**
 * A new plan of the imported content. Each pilot start puts the application on the roadmap with
 * the app's default phases (pilot, refine, standardise, scale), as dragging it there would. The
 * horizon starts at the earliest pilot start (or `startMonth`) and is as long as the schedules
 * need, within the 12–24 months a plan allows; a schedule reaching past that stays, and the
 * roadmap rules flag it as they do after shortening the horizon by hand.
 */
export function planFromImport(preview: ImportPreview, { title, now, newId, startMonth }: NewPlanOptions): Plan {
  const pillars: Pillar[] = [];
  const objectives: Objective[] = [];
  const applications: Application[] = [];
  const kpis: Kpi[] = [];
  const schedules: Schedule[] = [];
  // Items are not parsed by the schema one by one (imported-items.ts), so the ids are checked here:
  // each as it comes, repeats once all are made (sorting them costs far less than a set of them).
  const ids: string[] = [];
  const madeId = (): string => {
    const id = newId();
    if (!isId(id)) throw firstRepeatedId(ids) ?? wrongId(id);
    ids.push(id);
    return id;
  };
  // The default phases of each start month worked out once: an application's schedule is a copy.
  const phasesFrom = new Map<string, { phases: Phase[]; span: { start: number; end: number } }>();
  const starts: { start: number; end: number }[] = [];
  const addApplication = (group: ImportedApplication, objectiveId: string | null) => {
    const application = applicationOfImported(group, madeId(), objectiveId, true);
    applications.push(application);
    const start = group.fields.pilotStart;
    if (start !== undefined) {
      let phases = phasesFrom.get(start);
      if (phases === undefined) {
        const made = defaultPhases(start);
        phasesFrom.set(start, (phases = { phases: made, span: scheduleSpan(made) }));
      }
      schedules.push({ applicationId: application.id, phases: phases.phases.map(({ kind, start: from, months }) => ({ kind, start: from, months })) });
      starts.push(phases.span);
    }
    for (const kpi of group.kpis) kpis.push(kpiOfImported(kpi, madeId(), application.id, true));
  };
  try {
    for (const pillarGroup of preview.groups) {
      const pillar: Pillar = { id: madeId(), title: pillarGroup.title, description: pillarGroup.description ?? '' };
      pillars.push(pillar);
      for (const objectiveGroup of pillarGroup.objectives) {
        const objective: Objective = { id: madeId(), pillarId: pillar.id, title: objectiveGroup.title, description: objectiveGroup.description ?? '' };
        objectives.push(objective);
        for (const applicationGroup of objectiveGroup.applications) addApplication(applicationGroup, objective.id);
      }
    }
    for (const applicationGroup of preview.unaligned) addApplication(applicationGroup, null);
  } catch (error) {
    // A repeated id given before whatever failed is what failed first.
    throw firstRepeatedId(ids) ?? error;
  }
  const repeated = firstRepeatedId(ids);
  if (repeated) throw repeated;
  const fallbackStart = startMonth ?? addMonths(now.slice(0, 7), 1);
  const horizonStart = starts.length ? monthString(Math.min(...starts.map((s) => s.start))) : fallbackStart;
  const needed = starts.length ? Math.max(...starts.map((s) => s.end)) - monthIndex(horizonStart) : 0;
  const horizonMonths = Math.max(HORIZON_MIN_MONTHS, Math.min(HORIZON_MAX_MONTHS, needed || 18));
  // The blank template gives everything else a new plan has (document id, readiness, finance).
  const blank = blankPlan({ now, newId, startMonth: horizonStart });
  return {
    ...blank,
    meta: { ...blank.meta, title: title.trim() || blank.meta.title, horizonMonths },
    pillars,
    objectives,
    applications,
    kpis,
    roadmap: { ...blank.roadmap, schedules },
  };
}

/** Items of a list keyed by parent and name, for matching an imported name within its parent. */
function byParentAndName<T>(items: readonly T[], parent: (item: T) => string | null, name: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const key = `${parent(item) ?? ''}\u0000${nameKey(name(item))}`;
    if (!map.has(key)) map.set(key, item);
  }
  return map;
}

const keyOf = (parentId: string, name: string) => `${parentId}\u0000${nameKey(name)}`;

/**
 * Merges the imported content into a plan: pillars by name, objectives by name within their
 * pillar, applications within their objective, KPIs within their application (case and spaces do
 * not count). What is new is added at the end of its parent; a matched item takes the fields the
 * rows gave and keeps the rest. A pilot start schedules the application (or moves its schedule).
 * Items that would go past PLAN_CAPS are left out, with everything under them. `created` counts
 * what was added.
 */
export function mergeImport(plan: Plan, preview: ImportPreview, newId: () => string): { plan: Plan; created: ImportCounts } {
  const created: ImportCounts = { pillars: 0, objectives: 0, applications: 0, kpis: 0, schedules: 0 };
  const pillars = [...plan.pillars];
  const objectives = [...plan.objectives];
  const applications = [...plan.applications];
  const kpis = [...plan.kpis];
  const pillarByName = byParentAndName(pillars, () => '', (p) => p.title);
  const objectiveByName = byParentAndName(objectives, (o) => o.pillarId, (o) => o.title);
  const applicationByName = byParentAndName(applications, (a) => a.objectiveId, (a) => a.title);
  const kpiByName = byParentAndName(kpis, (k) => k.applicationId, (k) => k.name);
  const indexOf = new Map<object, number>();
  const replace = <T extends object>(list: T[], item: T, next: T) => {
    const at = indexOf.get(item) ?? list.indexOf(item);
    list[at] = next;
    indexOf.set(next, at);
  };
  const starts: { applicationId: string; month: string }[] = [];

  function mergeApplication(applicationGroup: ImportedApplication, objectiveId: string | null): void {
    let application = applicationByName.get(keyOf(objectiveId ?? '', applicationGroup.title));
    const patch = applicationPatch(applicationGroup.fields);
    if (!application) {
      if (applications.length >= PLAN_CAPS.applications) return;
      application = applicationOf({ ...patch, id: newId(), objectiveId, title: applicationGroup.title });
      applications.push(application);
      applicationByName.set(keyOf(objectiveId ?? '', application.title), application);
      created.applications++;
    } else if (Object.keys(patch).length) {
      const next = { ...application, ...patch };
      replace(applications, application, next);
      application = next;
    }
    if (applicationGroup.fields.pilotStart !== undefined) starts.push({ applicationId: application.id, month: applicationGroup.fields.pilotStart });
    for (const kpiGroup of applicationGroup.kpis) {
      const kpi = kpiByName.get(keyOf(application.id, kpiGroup.name));
      if (!kpi) {
        if (kpis.length >= PLAN_CAPS.kpis) continue;
        const added = kpiOf({ ...kpiPatch(kpiGroup), id: newId(), applicationId: application.id, name: kpiGroup.name });
        kpis.push(added);
        kpiByName.set(keyOf(application.id, added.name), added);
        created.kpis++;
      } else {
        const patchOfKpi = kpiPatch(kpiGroup);
        if (Object.keys(patchOfKpi).length) replace(kpis, kpi, { ...kpi, ...patchOfKpi });
      }
    }
  }

  for (const pillarGroup of preview.groups) {
    let pillar = pillarByName.get(keyOf('', pillarGroup.title));
    if (!pillar) {
      if (pillars.length >= PLAN_CAPS.pillars) continue;
      pillar = { id: newId(), title: pillarGroup.title, description: pillarGroup.description ?? '' };
      pillars.push(pillar);
      pillarByName.set(keyOf('', pillar.title), pillar);
      created.pillars++;
    } else if (pillarGroup.description !== null && pillarGroup.description !== pillar.description) {
      const next = { ...pillar, description: pillarGroup.description };
      replace(pillars, pillar, next);
      pillar = next;
    }
    for (const objectiveGroup of pillarGroup.objectives) {
      let objective = objectiveByName.get(keyOf(pillar.id, objectiveGroup.title));
      if (!objective) {
        if (objectives.length >= PLAN_CAPS.objectives) continue;
        objective = { id: newId(), pillarId: pillar.id, title: objectiveGroup.title, description: objectiveGroup.description ?? '' };
        objectives.push(objective);
        objectiveByName.set(keyOf(pillar.id, objective.title), objective);
        created.objectives++;
      } else if (objectiveGroup.description !== null && objectiveGroup.description !== objective.description) {
        const next = { ...objective, description: objectiveGroup.description };
        replace(objectives, objective, next);
        objective = next;
      }
      for (const applicationGroup of objectiveGroup.applications) mergeApplication(applicationGroup, objective.id);
    }
  }
  for (const applicationGroup of preview.unaligned) mergeApplication(applicationGroup, null);
  let next: Plan = { ...plan, pillars, objectives, applications, kpis };
  const scheduled = new Set(plan.roadmap.schedules.map((s) => s.applicationId));
  for (const { applicationId, month } of starts) {
    if (!scheduled.has(applicationId)) created.schedules++;
    next = scheduleApplication(next, applicationId, month);
    scheduled.add(applicationId);
  }
  return { plan: next, created };
}
