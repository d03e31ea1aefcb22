import { PLAN_FORMAT, PLAN_VERSION } from './plan-schema';

/**
 * Ordered, named migrations. Each takes the raw document of version `from` and returns the raw
 * document of version `from + 1`; the schema then fills defaults and validates.
 */
export interface Migration {
  from: number;
  name: string;
  migrate: (raw: Record<string, unknown>) => Record<string, unknown>;
}

type Raw = Record<string, unknown>;
const asArray = (value: unknown): Raw[] =>
  Array.isArray(value) ? value.filter((v): v is Raw => typeof v === 'object' && v !== null) : [];
const asText = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const asNumberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * Version 0 was the prototype's nested format (pillars → objectives → applications → kpis, no ids,
 * no roadmap). Version 1 is flat collections with ids and parent references.
 */
const nestedToFlat: Migration = {
  from: 0,
  name: 'v0-nested-to-v1-flat',
  migrate(raw) {
    const pillars: Raw[] = [];
    const objectives: Raw[] = [];
    const applications: Raw[] = [];
    const kpis: Raw[] = [];
    asArray(raw.pillars).forEach((p, pi) => {
      const pillarId = `p${pi + 1}`;
      pillars.push({ id: pillarId, title: asText(p.name) });
      asArray(p.objectives).forEach((o, oi) => {
        const objectiveId = `${pillarId}-o${oi + 1}`;
        objectives.push({ id: objectiveId, pillarId, title: asText(o.name) });
        asArray(o.applications).forEach((a, ai) => {
          const applicationId = `${objectiveId}-a${ai + 1}`;
          applications.push({ id: applicationId, objectiveId, title: asText(a.name), owner: asText(a.owner) });
          asArray(a.kpis).forEach((k, ki) => {
            kpis.push({
              id: `${applicationId}-k${ki + 1}`,
              applicationId,
              name: asText(k.name),
              unit: asText(k.unit),
              baseline: asNumberOrNull(k.baseline),
              target: asNumberOrNull(k.target),
            });
          });
        });
      });
    });
    const created = asText(raw.savedAt, '1970-01-01T00:00:00.000Z');
    return {
      format: PLAN_FORMAT,
      version: 1,
      meta: {
        title: asText(raw.title, 'Untitled plan') || 'Untitled plan',
        organisation: asText(raw.organisation),
        horizonStart: asText(raw.startMonth, '2027-01'),
        horizonMonths: typeof raw.months === 'number' ? raw.months : 18,
        createdAt: created,
        updatedAt: created,
      },
      pillars,
      objectives,
      applications,
      kpis,
    };
  },
};

/**
 * Version 2 adds money (#15) and governance (#16); both are filled by the schema's defaults, so an
 * old plan reads "not estimated" and "not triaged". The single `usesPersonalData` flag becomes the
 * application's data classes: it meant "customer or staff data", and customer data is the case the
 * sources name (chatbots, CRM), so it maps to customer personal data for the team to refine. The
 * readiness item "approved tools" gives way to the tools register; a note written there moves to
 * the governance notes rather than being lost.
 */
const personalDataToDataClasses: Migration = {
  from: 1,
  name: 'v1-personal-data-to-v2-data-classes',
  migrate(raw) {
    const applications = Array.isArray(raw.applications)
      ? raw.applications.map((app: unknown) => {
          if (typeof app !== 'object' || app === null || Array.isArray(app)) return app;
          const { usesPersonalData, ...rest } = app as Raw;
          if (usesPersonalData !== true) return rest;
          const governance = typeof rest.governance === 'object' && rest.governance !== null ? (rest.governance as Raw) : {};
          return { ...rest, governance: { ...governance, dataClasses: ['customer-personal'] } };
        })
      : raw.applications;
    const readiness = typeof raw.readiness === 'object' && raw.readiness !== null ? (raw.readiness as Raw) : null;
    const items = readiness && typeof readiness.items === 'object' && readiness.items !== null ? (readiness.items as Raw) : null;
    const toolsItem = items && typeof items.govApprovedTools === 'object' && items.govApprovedTools !== null ? (items.govApprovedTools as Raw) : null;
    const toolsNote = toolsItem ? asText(toolsItem.note).trim() : '';
    const next: Raw = { ...raw, version: 2, applications };
    if (toolsNote) next.governance = { notes: toolsNote };
    return next;
  },
};

/**
 * Version 3 adds the workshop (#17) and an application's business problem; the schema's defaults
 * fill both (no agenda yet, no problem written), so the step only moves the version on. An older
 * build refuses a version 3 file as newer rather than dropping the workshop on save.
 */
const addWorkshop: Migration = {
  from: 2,
  name: 'v2-add-workshop-v3',
  migrate: (raw) => ({ ...raw, version: 3 }),
};

/**
 * The id of a plan that predates ids (#20): a hash of when it was created and its title, so that two
 * copies of the same old file migrate to the same id (and recognise each other when merged) while
 * unrelated plans differ. FNV-1a over the UTF-16 code units, twice with different offsets for 64 bits.
 */
export function legacyDocumentId(createdAt: string, title: string): string {
  const text = `${createdAt}\u0000${title}`;
  const hash = (offset: number) => {
    let h = offset >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(36).padStart(7, '0');
  };
  return `doc-${hash(0x811c9dc5)}${hash(0x050c5d1f)}`;
}

/**
 * Version 4 adds the plan's document id and its history of snapshots (#20). The history starts empty
 * (the schema's default); the id is derived from the old file, see legacyDocumentId.
 */
const addDocumentId: Migration = {
  from: 3,
  name: 'v3-add-document-id-and-history-v4',
  migrate(raw) {
    const meta = typeof raw.meta === 'object' && raw.meta !== null ? (raw.meta as Raw) : {};
    return { ...raw, version: 4, documentId: legacyDocumentId(asText(meta.createdAt), asText(meta.title)) };
  },
};

export const MIGRATIONS: readonly Migration[] = [nestedToFlat, personalDataToDataClasses, addWorkshop, addDocumentId];

/** Brings a raw document of version `version` up to PLAN_VERSION, in order. */
export function migrateToCurrent(raw: Raw, version: number): Raw {
  let current = raw;
  for (let v = version; v < PLAN_VERSION; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) throw new Error(`no migration from version ${v}`);
    current = step.migrate(current);
  }
  return current;
}
