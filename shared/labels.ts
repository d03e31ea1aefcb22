import type { Approach, Cadence, Category, Dimension, DimensionLevel, ItemKind, Status } from './model';

/** Human labels for the schema's enumerations, shared by every view and the PDF. */
export const STATUS_LABELS: Record<Status, string> = {
  idea: 'Idea',
  pilot: 'Pilot',
  refine: 'Refine',
  scale: 'Scale',
  live: 'Live',
  retired: 'Retired',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  'customer-support': 'Customer support and communication',
  'sales-marketing': 'Sales and marketing',
  'operations-logistics': 'Operations and logistics',
  'finance-admin': 'Finance and admin',
  'hr-talent': 'HR and talent',
  other: 'Other',
};

export const APPROACH_LABELS: Record<Approach, string> = {
  'off-the-shelf': 'Off-the-shelf tool',
  custom: 'Custom solution',
  hybrid: 'Hybrid',
};

export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
};

/*
 * What the app calls each kind of item, in one place for the board's announcements and dialogs, the
 * detail panel, the export dialog and the PDF, so that they cannot drift apart. Lower case, as a
 * sentence says them ("Delete AI application …"); `kindHeading` for the start of a line.
 */
export const ITEM_KIND_LABELS: Record<ItemKind, { one: string; many: string }> = {
  pillar: { one: 'pillar', many: 'pillars' },
  objective: { one: 'objective', many: 'objectives' },
  application: { one: 'AI application', many: 'AI applications' },
  kpi: { one: 'KPI', many: 'KPIs' },
  milestone: { one: 'milestone', many: 'milestones' },
};

/** An application not yet placed under any objective, waiting in the tray. */
export const UNALIGNED_IDEA_LABELS = { one: 'unaligned idea', many: 'unaligned ideas' } as const;

/** The board's tray and the outline's section holding them. */
export const UNALIGNED_IDEAS_TITLE = 'Unaligned ideas';

/** The roadmap lane, sidebar group and PDF group that gather the applications under no objective. */
export const UNALIGNED_GROUP_TITLE = 'Not yet aligned';

const isItemKind = (kind: string): kind is ItemKind => Object.hasOwn(ITEM_KIND_LABELS, kind);

/** "AI application"; a kind the app does not know is said as it is. */
export function kindLabel(kind: string): string {
  return isItemKind(kind) ? ITEM_KIND_LABELS[kind].one : kind;
}

/** "Pillar", "AI application", "KPI": the kind at the start of a line or in a column. */
export function kindHeading(kind: string): string {
  const label = kindLabel(kind);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** "1 objective", "3 AI applications". */
export function countOfKind(n: number, kind: ItemKind): string {
  const { one, many } = ITEM_KIND_LABELS[kind];
  return `${n} ${n === 1 ? one : many}`;
}

/** The six alignment dimensions of DOMAIN.md, with the question each asks. */
export const DIMENSION_LABELS: Record<Dimension, { label: string; question: string }> = {
  functional: { label: 'Functional', question: 'Does it do what it should?' },
  tactical: { label: 'Tactical', question: 'Does it serve a department goal?' },
  strategic: { label: 'Strategic', question: 'Does it serve the long-term strategy?' },
  cultural: { label: 'Cultural', question: 'Does it fit how people work? Are staff trained and on board?' },
  ethical: { label: 'Ethical', question: 'Have bias, privacy and transparency been reviewed?' },
  societal: { label: 'Societal', question: 'What is its effect on customers and the community?' },
};

export const DIMENSION_LEVEL_LABELS: Record<DimensionLevel, string> = {
  'not-considered': 'Not considered',
  partly: 'Partly',
  addressed: 'Addressed',
};
