import type { z } from 'zod';
import { applicationSchema, idSchema, kpiSchema } from '../schema/plan-schema';
import type { Application, Kpi } from '../model';
import type { ImportedApplication, ImportedKpi } from './spreadsheet-types';

/*
 * Applications and KPIs made from imported rows without a schema parse per item (a plan at the
 * caps has 6,000 of them, and zod took a third of the import's time). Every limit below is read
 * from the schema itself, so it cannot drift from it; a value outside them, or a key the schema
 * does not know, is handed to the schema as before, which refuses it with its own error.
 * tests/unit/shared/spreadsheet/import-schema.property.test.ts checks that whatever rows go in,
 * the plan that comes out passes the whole plan schema.
 */

type StringSchema = z.ZodString | z.ZodDefault<z.ZodString>;
type NumberSchema = z.ZodDefault<z.ZodNumber>;

const stringOf = (schema: StringSchema): z.ZodString => ('unwrap' in schema ? schema.unwrap() : schema);

function maxLengthOf(schema: StringSchema): number {
  const max = stringOf(schema).maxLength;
  if (max === null) throw new Error('a text field of the plan schema lost its length limit');
  return max;
}

/** The id pattern the schema checks, taken from its regex check. */
const ID_PATTERN: RegExp = (() => {
  for (const check of idSchema.def.checks ?? []) {
    const pattern: unknown = (check._zod.def as { pattern?: unknown }).pattern;
    if (pattern instanceof RegExp) return new RegExp(pattern.source, pattern.flags.replace('g', ''));
  }
  throw new Error('the id schema lost its pattern');
})();

export const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);

const textUpTo = (schema: StringSchema) => {
  const max = maxLengthOf(schema);
  return (value: unknown) => typeof value === 'string' && value.length <= max;
};
const oneOf = (options: readonly string[]) => {
  const set = new Set<unknown>(options);
  return (value: unknown) => set.has(value);
};
const wholeNumberIn = (schema: NumberSchema) => {
  const number = schema.unwrap();
  const [min, max] = [number.minValue ?? -Infinity, number.maxValue ?? Infinity];
  if (!number.isInt) throw new Error('a score of the plan schema is no longer whole');
  return (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
};
const finiteOrNull = (value: unknown) => value === null || (typeof value === 'number' && Number.isFinite(value));

type Checks = Readonly<Record<string, (value: unknown) => boolean>>;

const APPLICATION_CHECKS: Checks = {
  id: isId,
  objectiveId: (value) => value === null || isId(value),
  title: textUpTo(applicationSchema.shape.title),
  description: textUpTo(applicationSchema.shape.description),
  problem: textUpTo(applicationSchema.shape.problem),
  owner: textUpTo(applicationSchema.shape.owner),
  status: oneOf(applicationSchema.shape.status.unwrap().options),
  category: oneOf(applicationSchema.shape.category.unwrap().options),
  approach: oneOf(applicationSchema.shape.approach.unwrap().options),
  impact: wholeNumberIn(applicationSchema.shape.impact),
  feasibility: wholeNumberIn(applicationSchema.shape.feasibility),
};

const KPI_CHECKS: Checks = {
  id: isId,
  applicationId: isId,
  name: textUpTo(kpiSchema.shape.name),
  unit: textUpTo(kpiSchema.shape.unit),
  owner: textUpTo(kpiSchema.shape.owner),
  source: textUpTo(kpiSchema.shape.source),
  baseline: finiteOrNull,
  target: finiteOrNull,
  direction: oneOf(kpiSchema.shape.direction.unwrap().options),
  cadence: oneOf(kpiSchema.shape.cadence.unwrap().options),
};

/** Every default the schema fills in, in its key order, as the schema itself makes them. */
const APPLICATION_DEFAULTS = applicationSchema.parse({ id: 'defaults', objectiveId: null, title: '' });
const KPI_DEFAULTS = kpiSchema.parse({ id: 'defaults', applicationId: 'defaults', name: '' });

/** The keys whose defaults are objects or lists, which zod copies for every item it makes. */
const objectKeysOf = (item: object): string[] => Object.entries(item).flatMap(([key, value]) => (value !== null && typeof value === 'object' ? [key] : []));
const APPLICATION_OBJECT_KEYS = objectKeysOf(APPLICATION_DEFAULTS);
const KPI_OBJECT_KEYS = objectKeysOf(KPI_DEFAULTS);

/** The defaults copied as zod copies them: each top-level object or list anew, what is inside shared. */
function copyOfDefaults<T extends object>(defaults: T, objectKeys: readonly string[]): Record<string, unknown> {
  const item = { ...defaults } as Record<string, unknown>;
  for (const key of objectKeys) {
    const value = item[key];
    item[key] = Array.isArray(value) ? value.slice() : { ...(value as object) };
  }
  return item;
}

/** Whether every key is one the checks know and its value passes them. */
function passes(checks: Checks, value: Readonly<Record<string, unknown>>): boolean {
  for (const key in value) {
    const check = checks[key];
    if (check === undefined || !check(value[key])) return false;
  }
  return true;
}

/**
 * The application `applicationSchema.parse(value)` gives: made from the defaults when every key of
 * `value` passes the checks, else parsed by the schema, which throws for what it refuses.
 */
export function applicationOf(value: Readonly<Record<string, unknown>>): Application {
  if (!passes(APPLICATION_CHECKS, value)) return applicationSchema.parse(value);
  const item = copyOfDefaults(APPLICATION_DEFAULTS, APPLICATION_OBJECT_KEYS);
  for (const key in value) item[key] = value[key];
  return item as Application;
}

/** The KPI `kpiSchema.parse(value)` gives, made the same way. */
export function kpiOf(value: Readonly<Record<string, unknown>>): Kpi {
  if (!passes(KPI_CHECKS, value)) return kpiSchema.parse(value);
  const item = copyOfDefaults(KPI_DEFAULTS, KPI_OBJECT_KEYS);
  for (const key in value) item[key] = value[key];
  return item as Kpi;
}

const APPLICATION_FIELDS = ['description', 'problem', 'owner', 'status', 'category', 'approach', 'impact', 'feasibility'] as const;

/**
 * applicationOf for an imported group, without the intermediate objects (a spread, an object rest
 * and a for-in per item cost more than the rest of building the plan): the same checks field by
 * field, the schema's parse of the same value when one fails. `idsChecked`: the caller made both
 * ids and checked them with isId already (the id pattern is a regex: twice per item showed).
 */
export function applicationOfImported(group: ImportedApplication, id: string, objectiveId: string | null, idsChecked = false): Application {
  const fields = group.fields;
  let fits = (idsChecked || (APPLICATION_CHECKS.id!(id) && APPLICATION_CHECKS.objectiveId!(objectiveId))) && APPLICATION_CHECKS.title!(group.title);
  let given = fields.pilotStart === undefined ? 0 : 1;
  for (const key of APPLICATION_FIELDS)
    if (fields[key] !== undefined) {
      given++;
      if (!APPLICATION_CHECKS[key]!(fields[key])) fits = false;
    }
  // A key the checks do not know goes to the schema too (a preview made by hand could hold one).
  if (Object.keys(fields).length !== given) fits = false;
  if (!fits) {
    const { pilotStart: _pilotStart, ...rest } = fields;
    return applicationSchema.parse({ ...rest, id, objectiveId, title: group.title });
  }
  const item = copyOfDefaults(APPLICATION_DEFAULTS, APPLICATION_OBJECT_KEYS) as unknown as Application;
  item.id = id;
  item.objectiveId = objectiveId;
  item.title = group.title;
  if (fields.description !== undefined) item.description = fields.description;
  if (fields.problem !== undefined) item.problem = fields.problem;
  if (fields.owner !== undefined) item.owner = fields.owner;
  if (fields.status !== undefined) item.status = fields.status as Application['status'];
  if (fields.category !== undefined) item.category = fields.category as Application['category'];
  if (fields.approach !== undefined) item.approach = fields.approach as Application['approach'];
  if (fields.impact !== undefined) item.impact = fields.impact;
  if (fields.feasibility !== undefined) item.feasibility = fields.feasibility;
  return item;
}

/** The KPI's plan fields a row actually gave: empty text and missing numbers leave the KPI as it is. */
export function kpiPatch(kpi: ImportedKpi): Partial<Kpi> {
  const patch: Partial<Kpi> = {};
  if (kpi.unit) patch.unit = kpi.unit;
  if (kpi.owner) patch.owner = kpi.owner;
  if (kpi.source) patch.source = kpi.source;
  if (kpi.baseline !== null) patch.baseline = kpi.baseline;
  if (kpi.target !== null) patch.target = kpi.target;
  if (kpi.direction !== null) patch.direction = kpi.direction;
  if (kpi.cadence !== null) patch.cadence = kpi.cadence;
  return patch;
}

/**
 * kpiOf for an imported KPI, likewise: only what the row gave (text not empty, numbers and choices
 * not null) is set. `idsChecked`: the caller made both ids and checked them with isId already.
 */
export function kpiOfImported(kpi: ImportedKpi, id: string, applicationId: string, idsChecked = false): Kpi {
  const c = KPI_CHECKS;
  const fits =
    (idsChecked || (c.id!(id) && c.applicationId!(applicationId))) &&
    c.name!(kpi.name) &&
    (!kpi.unit || c.unit!(kpi.unit)) &&
    (!kpi.owner || c.owner!(kpi.owner)) &&
    (!kpi.source || c.source!(kpi.source)) &&
    c.baseline!(kpi.baseline) &&
    c.target!(kpi.target) &&
    (kpi.direction === null || c.direction!(kpi.direction)) &&
    (kpi.cadence === null || c.cadence!(kpi.cadence));
  if (!fits) {
    return kpiSchema.parse({ id, applicationId, name: kpi.name, ...kpiPatch(kpi) });
  }
  const item = copyOfDefaults(KPI_DEFAULTS, KPI_OBJECT_KEYS) as unknown as Kpi;
  item.id = id;
  item.applicationId = applicationId;
  item.name = kpi.name;
  if (kpi.unit) item.unit = kpi.unit;
  if (kpi.owner) item.owner = kpi.owner;
  if (kpi.source) item.source = kpi.source;
  if (kpi.baseline !== null) item.baseline = kpi.baseline;
  if (kpi.target !== null) item.target = kpi.target;
  if (kpi.direction !== null) item.direction = kpi.direction;
  if (kpi.cadence !== null) item.cadence = kpi.cadence;
  return item;
}
