import type { ChangeKind, ConflictKind, ItemKind } from './history-types';
import { DIMENSION_KEYS, STATUS_KEYS, CATEGORY_KEYS, APPROACH_KEYS, CADENCE_KEYS, DIMENSION_LEVEL_KEYS } from '../labels';
import { formatDay, formatNumber } from '../i18n/format';
import type { AnyLocale } from '../i18n/locales';
import type { MessageKey, Translate } from '../i18n/translator';
import { monthLabel } from '../roadmap/months';

/*
 * How the plan over time says things (#20): item kinds, change kinds, field paths and values, in
 * a given language. The app's What changed and Merge dialogs and the board pack's "Changes since"
 * read the same words. A field path the labels here do not know is shown as the path itself.
 */

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const ITEM_KIND_KEYS: Record<ItemKind, MessageKey> = {
  meta: 'planHistory.kind.meta',
  guidingQuestions: 'planHistory.kind.guidingQuestions',
  pillar: 'planHistory.kind.pillar',
  objective: 'planHistory.kind.objective',
  application: 'planHistory.kind.application',
  kpi: 'planHistory.kind.kpi',
  schedule: 'planHistory.kind.schedule',
  milestone: 'planHistory.kind.milestone',
  dependency: 'planHistory.kind.dependency',
  readiness: 'planHistory.kind.readiness',
  acknowledgement: 'planHistory.kind.acknowledgement',
  finance: 'planHistory.kind.finance',
  governance: 'planHistory.kind.governance',
  workshop: 'planHistory.kind.workshop',
};

export const CHANGE_KIND_KEYS: Record<ChangeKind, MessageKey> = {
  added: 'planHistory.change.added',
  removed: 'planHistory.change.removed',
  moved: 'planHistory.change.moved',
  rescheduled: 'planHistory.change.rescheduled',
  changed: 'planHistory.change.changed',
};

/** The filter buttons' text, with the count of items of that kind. */
export const CHANGE_FILTER_KEYS: Record<ChangeKind, MessageKey> = {
  added: 'planHistory.compare.kind.added',
  removed: 'planHistory.compare.kind.removed',
  moved: 'planHistory.compare.kind.moved',
  rescheduled: 'planHistory.compare.kind.rescheduled',
  changed: 'planHistory.compare.kind.changed',
};

export const CONFLICT_KIND_KEYS: Record<ConflictKind, MessageKey> = {
  field: 'planHistory.merge.conflict.field',
  'delete-edit': 'planHistory.merge.conflict.delete-edit',
  'move-move': 'planHistory.merge.conflict.move-move',
};

const FIELD_KEYS: Partial<Record<string, MessageKey>> = {
  title: 'planHistory.field.title',
  name: 'planHistory.field.name',
  description: 'planHistory.field.description',
  problem: 'planHistory.field.problem',
  category: 'planHistory.field.category',
  approach: 'planHistory.field.approach',
  impact: 'planHistory.field.impact',
  feasibility: 'planHistory.field.feasibility',
  owner: 'planHistory.field.owner',
  status: 'planHistory.field.status',
  starter: 'planHistory.field.starter',
  dataReadiness: 'planHistory.field.dataReadiness',
  risk: 'planHistory.field.risk',
  unit: 'planHistory.field.unit',
  family: 'planHistory.field.family',
  baseline: 'planHistory.field.baseline',
  target: 'planHistory.field.target',
  direction: 'planHistory.field.direction',
  cadence: 'planHistory.field.cadence',
  source: 'planHistory.field.source',
  actuals: 'planHistory.field.actuals',
  month: 'planHistory.field.month',
  phases: 'planHistory.field.phases',
  organisation: 'planHistory.field.organisation',
  horizonStart: 'planHistory.field.horizonStart',
  horizonMonths: 'planHistory.field.horizonMonths',
  value: 'planHistory.field.value',
  governance: 'planHistory.field.governance',
};

/** "Target", "Ethical dimension: level", "Value: oneOff.pilot"; the path itself when unknown. */
export function fieldLabel(path: string | null, t: Translate): string {
  if (path === null || path === '') return t('planHistory.field.whole');
  const [first = '', ...rest] = path.split('.');
  if (first === 'dimensions' && rest[0] && rest[0] in DIMENSION_KEYS) {
    const dimension = t('planHistory.field.dimension', { dimension: t(DIMENSION_KEYS[rest[0] as keyof typeof DIMENSION_KEYS].label) });
    return rest.length > 1 ? t('planHistory.field.nested', { field: dimension, path: rest.slice(1).join('.') }) : dimension;
  }
  const key = FIELD_KEYS[first];
  if (!key) return path;
  return rest.length === 0 ? t(key) : t('planHistory.field.nested', { field: t(key), path: rest.join('.') });
}

/** Enumerations shown by their labels, where the field path says which enumeration it is. */
const ENUM_LABELS: Partial<Record<string, Record<string, MessageKey>>> = {
  status: STATUS_KEYS,
  category: CATEGORY_KEYS,
  approach: APPROACH_KEYS,
  cadence: CADENCE_KEYS,
  level: DIMENSION_LEVEL_KEYS,
};

const LONGEST_VALUE = 160;

/** A field's value as a person reads it: labels for enumerations, numbers in the language's digits, "(empty)". */
export function valueText(value: unknown, path: string | null, t: Translate, locale: AnyLocale): string {
  // A whole item that is missing on one side was deleted there.
  if (path === null && (value === null || value === undefined)) return t('planHistory.value.deleted');
  if (value === undefined) return t('planHistory.value.absent');
  if (value === null || value === '') return t('planHistory.value.empty');
  if (typeof value === 'boolean') return value ? t('planHistory.value.yes') : t('planHistory.value.no');
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'string') {
    if (MONTH.test(value)) return monthLabel(value, locale);
    if (DAY.test(value)) return formatDay(value, locale, 'medium');
    const last = path?.split('.').pop() ?? '';
    const key = ENUM_LABELS[last]?.[value];
    return key ? t(key) : value;
  }
  if (Array.isArray(value)) return t('planHistory.value.count', { count: value.length });
  // A whole item (an item deleted on one side and edited on the other): its name says which.
  const record = value as Record<string, unknown>;
  const name = typeof record.title === 'string' ? record.title : typeof record.name === 'string' ? record.name : null;
  if (name !== null) return name;
  const text = JSON.stringify(value);
  return text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE - 1)}…` : text;
}
