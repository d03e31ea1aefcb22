import type { Plan } from '../model';
import type { ItemKind, PlanItem } from './history-types';

/*
 * A plan as a flat map of items by stable key (#20), the common ground of comparing, merging and
 * storing snapshots: two copies of a plan agree on every key, so an item is followed by its key
 * whatever else moved. planFromItems is the inverse.
 */

/** The parts of a plan that are not items: the envelope, the identity and the history. */
export type PlanShell = Pick<Plan, 'format' | 'version' | 'documentId' | 'history'>;

/** Kinds whose items sit under a parent, with the field that names it and the parent's kind. */
export const PARENT_FIELD: Partial<Record<ItemKind, { field: string; kind: ItemKind }>> = {
  objective: { field: 'pillarId', kind: 'pillar' },
  application: { field: 'objectiveId', kind: 'objective' },
  kpi: { field: 'applicationId', kind: 'application' },
};

/** Singleton parts, in the plan's own order. */
export const SINGLETON_KINDS = ['meta', 'guidingQuestions', 'readiness', 'finance', 'governance', 'workshop'] as const;
type SingletonKind = (typeof SINGLETON_KINDS)[number];

export const itemKey = (kind: ItemKind, id: string | null): string => (id === null ? kind : `${kind}:${id}`);

/** The kind and id a key names ("kpi:k1" → kpi, k1; "meta" → meta, null). */
export function parseItemKey(key: string): { kind: ItemKind; id: string | null } {
  const at = key.indexOf(':');
  return at < 0 ? { kind: key as ItemKind, id: null } : { kind: key.slice(0, at) as ItemKind, id: key.slice(at + 1) };
}

type Fields = Record<string, unknown>;

/*
 * An item's fields by the record they come from: records are never changed in place, so the same
 * record gives the same fields object, and comparing two plans that share most records (an edit,
 * a snapshot, a colleague's copy) skips the unchanged ones at a glance.
 */
const fieldsCache = new WeakMap<object, Fields>();
function fieldsOf<T extends object>(record: T, strip: (record: T) => Fields): Fields {
  let fields = fieldsCache.get(record);
  if (!fields) {
    fields = strip(record);
    fieldsCache.set(record, fields);
  }
  return fields;
}

/** Every item of a plan by key: singletons, then each list in the plan's order. */
export function planItems(plan: Plan): Map<string, PlanItem> {
  const items = new Map<string, PlanItem>();
  const siblings = new Map<string, number>();
  const titleOf = new Map<string, string>();
  for (const a of plan.applications ?? []) titleOf.set(a.id, a.title);
  const add = (kind: ItemKind, id: string | null, parentKey: string | null, order: number, label: string, fields: Fields) => {
    const group = `${kind} ${parentKey ?? ''}`;
    const index = siblings.get(group) ?? 0;
    siblings.set(group, index + 1);
    const key = itemKey(kind, id);
    items.set(key, { key, kind, id, parentKey, index, order, label, fields });
  };
  const singleton = (kind: SingletonKind) => add(kind, null, null, 0, kind === 'meta' ? plan.meta.title : kind, plan[kind] as unknown as Fields);
  singleton('meta');
  singleton('guidingQuestions');
  (plan.pillars ?? []).forEach((p, i) => add('pillar', p.id, null, i, p.title, fieldsOf(p, ({ id: _id, ...fields }) => fields)));
  (plan.objectives ?? []).forEach((o, i) => add('objective', o.id, itemKey('pillar', o.pillarId), i, o.title, fieldsOf(o, ({ id: _id, pillarId: _p, ...fields }) => fields)));
  (plan.applications ?? []).forEach((a, i) =>
    add('application', a.id, a.objectiveId === null ? null : itemKey('objective', a.objectiveId), i, a.title, fieldsOf(a, ({ id: _id, objectiveId: _o, ...fields }) => fields)),
  );
  (plan.kpis ?? []).forEach((k, i) => add('kpi', k.id, itemKey('application', k.applicationId), i, k.name, fieldsOf(k, ({ id: _id, applicationId: _a, ...fields }) => fields)));
  const roadmap = plan.roadmap ?? { schedules: [], milestones: [], dependencies: [] };
  (roadmap.schedules ?? []).forEach((s, i) =>
    add('schedule', s.applicationId, null, i, titleOf.get(s.applicationId) ?? s.applicationId, fieldsOf(s, ({ applicationId: _a, ...fields }) => fields)),
  );
  (roadmap.milestones ?? []).forEach((m, i) => add('milestone', m.id, null, i, m.title, fieldsOf(m, ({ id: _id, ...fields }) => fields)));
  (roadmap.dependencies ?? []).forEach((d, i) =>
    add('dependency', d.id, null, i, `${titleOf.get(d.fromId) ?? d.fromId} → ${titleOf.get(d.toId) ?? d.toId}`, fieldsOf(d, ({ id: _id, ...fields }) => fields)),
  );
  singleton('readiness');
  (plan.acknowledgements ?? []).forEach((a, i) => add('acknowledgement', a.findingKey, null, i, a.findingKey, fieldsOf(a, ({ findingKey: _k, ...fields }) => fields)));
  singleton('finance');
  singleton('governance');
  singleton('workshop');
  return items;
}

const parentId = (item: PlanItem): string | null => (item.parentKey === null ? null : parseItemKey(item.parentKey).id);

/**
 * The plan the items describe, each list in the items' `order` (see layOutOrder for items whose
 * order is not known). The result is not validated: callers run it through the schema.
 */
export function planFromItems(items: Iterable<PlanItem>, shell: PlanShell): Plan {
  const byKind = new Map<ItemKind, PlanItem[]>();
  const singletons = new Map<string, Fields>();
  for (const item of items) {
    if (item.id === null) singletons.set(item.kind, item.fields);
    else {
      const list = byKind.get(item.kind);
      if (list) list.push(item);
      else byKind.set(item.kind, [item]);
    }
  }
  const listOf = (kind: ItemKind) => (byKind.get(kind) ?? []).sort((a, b) => a.order - b.order);
  const plan = {
    format: shell.format,
    version: shell.version,
    documentId: shell.documentId,
    meta: singletons.get('meta'),
    guidingQuestions: singletons.get('guidingQuestions'),
    pillars: listOf('pillar').map((p) => ({ id: p.id, ...p.fields })),
    objectives: listOf('objective').map((o) => ({ id: o.id, pillarId: parentId(o), ...o.fields })),
    applications: listOf('application').map((a) => ({ id: a.id, objectiveId: parentId(a), ...a.fields })),
    kpis: listOf('kpi').map((k) => ({ id: k.id, applicationId: parentId(k), ...k.fields })),
    roadmap: {
      schedules: listOf('schedule').map((s) => ({ applicationId: s.id, ...s.fields })),
      milestones: listOf('milestone').map((m) => ({ id: m.id, ...m.fields })),
      dependencies: listOf('dependency').map((d) => ({ id: d.id, ...d.fields })),
    },
    readiness: singletons.get('readiness'),
    acknowledgements: listOf('acknowledgement').map((a) => ({ findingKey: a.id, ...a.fields })),
    finance: singletons.get('finance'),
    governance: singletons.get('governance'),
    workshop: singletons.get('workshop'),
    history: shell.history,
  };
  return plan as unknown as Plan;
}

/**
 * Gives every item of a list a flat `order` that agrees with its `index` among its siblings: items
 * keep the slots their `order` put them in (new items, with order Infinity, at the end in the
 * given sequence), and each sibling group fills its own slots in index order. So the lists keep
 * how a person interleaved them, and sibling order decides within a parent.
 */
export function layOutOrder(items: PlanItem[]): PlanItem[] {
  const byKind = new Map<ItemKind, PlanItem[]>();
  for (const item of items) {
    if (item.id === null) continue;
    const list = byKind.get(item.kind);
    if (list) list.push(item);
    else byKind.set(item.kind, [item]);
  }
  const out = new Map<string, PlanItem>();
  for (const list of byKind.values()) {
    const slots = list.map((item, i) => ({ item, i })).sort((a, b) => byNumber(a.item.order, b.item.order) || a.i - b.i).map(({ item }) => item);
    const groups = new Map<string, PlanItem[]>();
    for (const item of slots) {
      const group = item.parentKey ?? '';
      const members = groups.get(group);
      if (members) members.push(item);
      else groups.set(group, [item]);
    }
    const sortedGroups = new Map<string, PlanItem[]>();
    for (const [group, members] of groups) sortedGroups.set(group, members.map((m, i) => ({ m, i })).sort((a, b) => a.m.index - b.m.index || a.i - b.i).map(({ m }) => m));
    const taken = new Map<string, number>();
    slots.forEach((slot, order) => {
      const group = slot.parentKey ?? '';
      const n = taken.get(group) ?? 0;
      taken.set(group, n + 1);
      const item = sortedGroups.get(group)![n]!;
      out.set(item.key, { ...item, order, index: n });
    });
  }
  return items.map((item) => out.get(item.key) ?? item);
}

/** Ascending, with Infinity (not yet placed) last and equal to itself. */
const byNumber = (a: number, b: number): number => (a === b ? 0 : a < b ? -1 : 1);
