import { PLAN_CAPS } from '../schema/plan-schema';
import type { ImportCounts, ImportedApplication, ImportedKpi, ImportedObjective, ImportedPillar, ImportField } from './spreadsheet-types';

/*
 * The grouping behind previewImport: rows → pillars, objectives, applications and KPIs by name.
 * The lists the preview returns are built here as the rows come (no copying at the end), and a
 * row's values arrive in one object reused for every row, so that a row repeating an item that
 * already exists (most rows: an application's KPIs each take a row) makes no objects at all.
 */

/** Past this many, items are found through a map rather than by going down the list. */
const LIST_SEARCH_MAX = 8;

/** Items of one parent by name key, found by key; the last one found is remembered (rows of one item come together). */
class ItemsByKey<T> {
  private readonly keys: string[] = [];
  private readonly items: T[] = [];
  private map: Map<string, T> | null = null;
  private lastKey = '';
  private last: T | undefined = undefined;

  get(key: string): T | undefined {
    if (key === this.lastKey && this.last !== undefined) return this.last;
    let item: T | undefined;
    if (this.map !== null) item = this.map.get(key);
    else {
      const at = this.keys.indexOf(key);
      item = at < 0 ? undefined : this.items[at];
    }
    if (item !== undefined) [this.lastKey, this.last] = [key, item];
    return item;
  }

  add(key: string, item: T): void {
    if (this.map !== null) this.map.set(key, item);
    else {
      this.keys.push(key);
      this.items.push(item);
      if (this.keys.length > LIST_SEARCH_MAX) this.map = new Map(this.keys.map((k, i) => [k, this.items[i]!]));
    }
    [this.lastKey, this.last] = [key, item];
  }
}

interface ApplicationEntry {
  application: ImportedApplication;
  kpis: ItemsByKey<ImportedKpi>;
}
interface ObjectiveEntry {
  objective: ImportedObjective;
  applications: ItemsByKey<ApplicationEntry>;
}
interface PillarEntry {
  pillar: ImportedPillar;
  objectives: ItemsByKey<ObjectiveEntry>;
}

/**
 * One usable row's values, as read: names ('' when not given) with their matching keys (nameKey),
 * the application's fields (undefined, or '' for text, when not given) and the KPI's.
 */
export interface RowValues {
  pillar: string;
  objective: string;
  application: string;
  kpi: string;
  pillarKey: string;
  objectiveKey: string;
  applicationKey: string;
  kpiKey: string;
  pillarDescription: string;
  objectiveDescription: string;
  description: string;
  problem: string;
  owner: string;
  status: string | undefined;
  category: string | undefined;
  approach: string | undefined;
  impact: number | undefined;
  feasibility: number | undefined;
  pilotStart: string | undefined;
  unit: string;
  baseline: number | null;
  target: number | null;
  direction: ImportedKpi['direction'];
  cadence: ImportedKpi['cadence'];
  kpiOwner: string;
  source: string;
}

/** The fields a row gave, in the order the preview has always listed them. */
function fieldsOf(row: RowValues): ImportedApplication['fields'] {
  const fields: ImportedApplication['fields'] = {};
  if (row.description) fields.description = row.description;
  if (row.problem) fields.problem = row.problem;
  if (row.owner) fields.owner = row.owner;
  if (row.status !== undefined) fields.status = row.status;
  if (row.category !== undefined) fields.category = row.category;
  if (row.approach !== undefined) fields.approach = row.approach;
  if (row.impact !== undefined) fields.impact = row.impact;
  if (row.feasibility !== undefined) fields.feasibility = row.feasibility;
  if (row.pilotStart !== undefined) fields.pilotStart = row.pilotStart;
  return fields;
}

/** A later row fills only the fields no earlier row of the application gave. */
function fillFields(fields: ImportedApplication['fields'], row: RowValues): void {
  if (row.description && fields.description === undefined) fields.description = row.description;
  if (row.problem && fields.problem === undefined) fields.problem = row.problem;
  if (row.owner && fields.owner === undefined) fields.owner = row.owner;
  if (row.status !== undefined && fields.status === undefined) fields.status = row.status;
  if (row.category !== undefined && fields.category === undefined) fields.category = row.category;
  if (row.approach !== undefined && fields.approach === undefined) fields.approach = row.approach;
  if (row.impact !== undefined && fields.impact === undefined) fields.impact = row.impact;
  if (row.feasibility !== undefined && fields.feasibility === undefined) fields.feasibility = row.feasibility;
  if (row.pilotStart !== undefined && fields.pilotStart === undefined) fields.pilotStart = row.pilotStart;
}

export class ImportGroups {
  readonly counts: ImportCounts = { pillars: 0, objectives: 0, applications: 0, kpis: 0, schedules: 0 };
  /** What the preview returns, filled as items are added. */
  readonly groups: ImportedPillar[] = [];
  readonly unaligned: ImportedApplication[] = [];
  private readonly pillars = new ItemsByKey<PillarEntry>();
  private readonly unalignedByKey = new ItemsByKey<ApplicationEntry>();

  /**
   * Adds one row's content: the first row to name an item gives its fields, later rows only fill
   * what is still missing. Returns the level that would go past the plan's caps instead of adding
   * anything, or null.
   */
  addRow(row: RowValues): ImportField | null {
    const { counts } = this;
    const pillarEntry = row.pillar ? this.pillars.get(row.pillarKey) : undefined;
    const objectiveEntry = row.objective ? pillarEntry?.objectives.get(row.objectiveKey) : undefined;
    const siblings = row.pillar ? objectiveEntry?.applications : this.unalignedByKey;
    const applicationEntry = row.application ? siblings?.get(row.applicationKey) : undefined;
    const existingKpi = row.kpi ? applicationEntry?.kpis.get(row.kpiKey) : undefined;
    if (row.pillar && !pillarEntry && counts.pillars >= PLAN_CAPS.pillars) return 'pillar';
    if (row.objective && !objectiveEntry && counts.objectives >= PLAN_CAPS.objectives) return 'objective';
    if (row.application && !applicationEntry && counts.applications >= PLAN_CAPS.applications) return 'application';
    if (row.kpi && !existingKpi && counts.kpis >= PLAN_CAPS.kpis) return 'kpi';

    let applications = this.unalignedByKey;
    let applicationList = this.unaligned;
    if (row.pillar) {
      let pillar = pillarEntry;
      if (!pillar) {
        pillar = { pillar: { title: row.pillar, description: null, objectives: [] }, objectives: new ItemsByKey() };
        this.pillars.add(row.pillarKey, pillar);
        this.groups.push(pillar.pillar);
        counts.pillars++;
      }
      if (row.pillarDescription && pillar.pillar.description === null) pillar.pillar.description = row.pillarDescription;
      if (!row.objective) return null;
      let objective = objectiveEntry;
      if (!objective) {
        objective = { objective: { title: row.objective, description: null, applications: [] }, applications: new ItemsByKey() };
        pillar.objectives.add(row.objectiveKey, objective);
        pillar.pillar.objectives.push(objective.objective);
        counts.objectives++;
      }
      if (row.objectiveDescription && objective.objective.description === null) objective.objective.description = row.objectiveDescription;
      applications = objective.applications;
      applicationList = objective.objective.applications;
    }
    if (!row.application) return null;
    let application = applicationEntry;
    if (!application) {
      application = { application: { title: row.application, fields: fieldsOf(row), kpis: [] }, kpis: new ItemsByKey() };
      applications.add(row.applicationKey, application);
      applicationList.push(application.application);
      counts.applications++;
      if (row.pilotStart !== undefined) counts.schedules++;
    } else {
      const fields = application.application.fields;
      const hadStart = fields.pilotStart !== undefined;
      fillFields(fields, row);
      if (!hadStart && fields.pilotStart !== undefined) counts.schedules++;
    }
    if (!row.kpi) return null;
    if (!existingKpi) {
      const kpi: ImportedKpi = {
        name: row.kpi,
        unit: row.unit,
        baseline: row.baseline,
        target: row.target,
        direction: row.direction,
        cadence: row.cadence,
        owner: row.kpiOwner,
        source: row.source,
      };
      application.kpis.add(row.kpiKey, kpi);
      application.application.kpis.push(kpi);
      counts.kpis++;
      return null;
    }
    if (!existingKpi.unit) existingKpi.unit = row.unit;
    if (!existingKpi.owner) existingKpi.owner = row.kpiOwner;
    if (!existingKpi.source) existingKpi.source = row.source;
    if (existingKpi.baseline === null) existingKpi.baseline = row.baseline;
    if (existingKpi.target === null) existingKpi.target = row.target;
    if (existingKpi.direction === null) existingKpi.direction = row.direction;
    if (existingKpi.cadence === null) existingKpi.cadence = row.cadence;
    return null;
  }
}
