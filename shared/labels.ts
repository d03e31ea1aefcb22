import type { Approach, Cadence, Category, Dimension, DimensionLevel, ItemKind, Status } from './model';
import { t as activeT } from './i18n/active-locale';
import type { MessageKey, Translate } from './i18n/translator';

/*
 * Human labels for the schema's enumerations, shared by every view, the CLI and the PDF. Each label is
 * a message key; the functions take a Translate (the PDF passes its export language) and default to
 * the language the app shows.
 */
export const STATUS_KEYS: Record<Status, MessageKey> = {
  idea: 'domain.status.idea',
  pilot: 'domain.status.pilot',
  refine: 'domain.status.refine',
  scale: 'domain.status.scale',
  live: 'domain.status.live',
  retired: 'domain.status.retired',
};

export const CATEGORY_KEYS: Record<Category, MessageKey> = {
  'customer-support': 'domain.category.customer-support',
  'sales-marketing': 'domain.category.sales-marketing',
  'operations-logistics': 'domain.category.operations-logistics',
  'finance-admin': 'domain.category.finance-admin',
  'hr-talent': 'domain.category.hr-talent',
  other: 'domain.category.other',
};

export const APPROACH_KEYS: Record<Approach, MessageKey> = {
  'off-the-shelf': 'domain.approach.off-the-shelf',
  custom: 'domain.approach.custom',
  hybrid: 'domain.approach.hybrid',
};

export const CADENCE_KEYS: Record<Cadence, MessageKey> = {
  weekly: 'domain.cadence.weekly',
  monthly: 'domain.cadence.monthly',
  quarterly: 'domain.cadence.quarterly',
};

export const DIMENSION_KEYS: Record<Dimension, { label: MessageKey; question: MessageKey }> = {
  functional: { label: 'domain.dimension.functional', question: 'domain.dimension.functional.question' },
  tactical: { label: 'domain.dimension.tactical', question: 'domain.dimension.tactical.question' },
  strategic: { label: 'domain.dimension.strategic', question: 'domain.dimension.strategic.question' },
  cultural: { label: 'domain.dimension.cultural', question: 'domain.dimension.cultural.question' },
  ethical: { label: 'domain.dimension.ethical', question: 'domain.dimension.ethical.question' },
  societal: { label: 'domain.dimension.societal', question: 'domain.dimension.societal.question' },
};

export const DIMENSION_LEVEL_KEYS: Record<DimensionLevel, MessageKey> = {
  'not-considered': 'domain.dimensionLevel.not-considered',
  partly: 'domain.dimensionLevel.partly',
  addressed: 'domain.dimensionLevel.addressed',
};

/** A record of labels for a select's options, from a record of keys. */
export function labelsFor<T extends string>(keys: Record<T, MessageKey>, t: Translate = activeT): Record<T, string> {
  return Object.fromEntries(Object.entries<MessageKey>(keys).map(([value, key]) => [value, t(key)])) as Record<T, string>;
}

export const statusLabel = (status: Status, t: Translate = activeT): string => t(STATUS_KEYS[status]);
export const categoryLabel = (category: Category, t: Translate = activeT): string => t(CATEGORY_KEYS[category]);
export const approachLabel = (approach: Approach, t: Translate = activeT): string => t(APPROACH_KEYS[approach]);
export const cadenceLabel = (cadence: Cadence, t: Translate = activeT): string => t(CADENCE_KEYS[cadence]);
export const dimensionLabel = (dimension: Dimension, t: Translate = activeT): string => t(DIMENSION_KEYS[dimension].label);
export const dimensionQuestion = (dimension: Dimension, t: Translate = activeT): string => t(DIMENSION_KEYS[dimension].question);
export const dimensionLevelLabel = (level: DimensionLevel, t: Translate = activeT): string => t(DIMENSION_LEVEL_KEYS[level]);

/*
 * What the app calls each kind of item, in one place for the board's announcements and dialogs, the
 * detail panel, the export dialog and the PDF, so that they cannot drift apart. Lower case, as a
 * sentence says them ("Delete AI application …"); `kindHeading` for the start of a line.
 */
export const ITEM_KINDS: readonly ItemKind[] = ['pillar', 'objective', 'application', 'kpi', 'milestone'];

const KIND_KEYS: Record<ItemKind, { one: MessageKey; heading: MessageKey; count: MessageKey }> = {
  pillar: { one: 'domain.kind.pillar', heading: 'domain.kind.pillar.heading', count: 'domain.kind.pillar.count' },
  objective: { one: 'domain.kind.objective', heading: 'domain.kind.objective.heading', count: 'domain.kind.objective.count' },
  application: { one: 'domain.kind.application', heading: 'domain.kind.application.heading', count: 'domain.kind.application.count' },
  kpi: { one: 'domain.kind.kpi', heading: 'domain.kind.kpi.heading', count: 'domain.kind.kpi.count' },
  milestone: { one: 'domain.kind.milestone', heading: 'domain.kind.milestone.heading', count: 'domain.kind.milestone.count' },
};

const isItemKind = (kind: string): kind is ItemKind => Object.hasOwn(KIND_KEYS, kind);

/** "AI application"; a kind the app does not know is said as it is. */
export function kindLabel(kind: string, t: Translate = activeT): string {
  return isItemKind(kind) ? t(KIND_KEYS[kind].one) : kind;
}

/** "Pillar", "AI application", "KPI": the kind at the start of a line or in a column. */
export function kindHeading(kind: string, t: Translate = activeT): string {
  return isItemKind(kind) ? t(KIND_KEYS[kind].heading) : kind;
}

/** "1 objective", "3 AI applications". */
export function countOfKind(n: number, kind: ItemKind, t: Translate = activeT): string {
  return t(KIND_KEYS[kind].count, { count: n });
}

/** "the unaligned ideas": where an application under no objective waits, as a sentence says it. */
export const unalignedIdeasPlace = (t: Translate = activeT): string => t('domain.unaligned.place');

/** The board's tray and the outline's section holding them. */
export const unalignedIdeasTitle = (t: Translate = activeT): string => t('domain.unaligned.title');

/** The roadmap lane, sidebar group and PDF group that gather the applications under no objective. */
export const unalignedGroupTitle = (t: Translate = activeT): string => t('domain.unaligned.group');
