import { diffPlans } from '../history/plan-diff';
import type { ChangeKind, FieldChange, ItemChange, ItemKind, PlanDiff } from '../history/history-types';
import { snapshotPlan } from '../history/snapshots';
import type { Plan } from '../model';
import type { MessageKey, Translate } from '../i18n/translator';
import { fitColumnsToContent } from './content-widths';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { longDate } from './board-pack-labels';
import { monthLabel } from '../roadmap/months';
import { COLOURS } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';
import { pdfSectionTitle } from './pdf-sections';
import { planForPillars } from './pillar-filter';

/*
 * "Changes since <snapshot>" (#20): what the board is asked to look at again, item by item and
 * grouped by pillar, from the comparison of the named snapshot with the plan as printed. The
 * summary pack lists the first items only.
 */

const KIND_KEYS: Record<ItemKind, MessageKey> = {
  meta: 'pdf.changes.kind.meta',
  guidingQuestions: 'pdf.changes.kind.guidingQuestions',
  pillar: 'pdf.changes.kind.pillar',
  objective: 'pdf.changes.kind.objective',
  application: 'pdf.changes.kind.application',
  kpi: 'pdf.changes.kind.kpi',
  schedule: 'pdf.changes.kind.schedule',
  milestone: 'pdf.changes.kind.milestone',
  dependency: 'pdf.changes.kind.dependency',
  readiness: 'pdf.changes.kind.readiness',
  acknowledgement: 'pdf.changes.kind.acknowledgement',
  finance: 'pdf.changes.kind.finance',
  governance: 'pdf.changes.kind.governance',
  workshop: 'pdf.changes.kind.workshop',
};

const CHANGE_KEYS: Record<ChangeKind, MessageKey> = {
  added: 'pdf.changes.change.added',
  removed: 'pdf.changes.change.removed',
  moved: 'pdf.changes.change.moved',
  rescheduled: 'pdf.changes.change.rescheduled',
  changed: 'pdf.changes.change.changed',
};

/** Field paths a reader knows by name; any other path is printed as it is. */
const FIELD_KEYS: Record<string, MessageKey> = {
  title: 'pdf.changes.field.title',
  name: 'pdf.changes.field.name',
  description: 'pdf.changes.field.description',
  problem: 'pdf.changes.field.problem',
  owner: 'pdf.changes.field.owner',
  status: 'pdf.changes.field.status',
  impact: 'pdf.changes.field.impact',
  feasibility: 'pdf.changes.field.feasibility',
  starter: 'pdf.changes.field.starter',
  baseline: 'pdf.changes.field.baseline',
  target: 'pdf.changes.field.target',
  unit: 'pdf.changes.field.unit',
  risk: 'pdf.changes.field.risk',
  dataReadiness: 'pdf.changes.field.dataReadiness',
  month: 'pdf.changes.field.month',
  phases: 'pdf.changes.field.phases',
};

/** Lines a single item prints at most, and items the summary pack lists. */
const FIELD_LINES = 6;
export const SUMMARY_CHANGE_ITEMS = 30;
const VALUE_CHARACTERS = 90;

export type ChangesSince = { status: 'ok'; name: string; takenAt: string; diff: PlanDiff } | { status: 'refused'; message: string };

/** Which snapshot to compare with, and the pillars the printed plan was cut to (null for all). */
export interface ChangesScope {
  snapshotId: string;
  pillarIds: readonly string[] | null;
}

/** The comparison the section prints: the named snapshot against the plan, or why it cannot be made. */
export function changesSince(plan: Plan, { snapshotId, pillarIds }: ChangesScope, t: Translate): ChangesSince {
  const snapshot = plan.history.snapshots.find((s) => s.id === snapshotId);
  const state = snapshotPlan(plan, snapshotId, t);
  if (!snapshot || state.status !== 'ok') return { status: 'refused', message: state.status === 'refused' ? state.message : '' };
  // A pack of some pillars compares them with the same pillars then, not with the whole plan.
  const before = pillarIds ? planForPillars(state.plan, pillarIds) : state.plan;
  return { status: 'ok', name: snapshot.name, takenAt: snapshot.takenAt, diff: diffPlans(before, plan) };
}

export function* drawChangesSection(w: PdfWriter, plan: Plan, scope: ChangesScope, limit: number): Generator<number> {
  const { t } = w;
  const since = changesSince(plan, scope, t);
  if (since.status === 'refused') {
    w.heading(pdfSectionTitle('changes', t), since.message, 30);
    return;
  }
  const { diff } = since;
  const title = t('pdf.changes.title', { name: since.name });
  const intro = t('pdf.changes.intro', { date: longDate(since.takenAt.slice(0, 10), w), total: diff.items.length, ...diff.counts });
  const shown = diff.items.slice(0, limit);
  const groups = groupByPillar(w, plan, shown);
  const columns: TableColumn[] = [
    { header: t('pdf.changes.column.item'), share: 0.32 },
    { header: t('pdf.changes.column.change'), share: 0.14 },
    { header: t('pdf.changes.column.details'), share: 0.54 },
  ];
  const fitted = fitColumnsToContent(w, columns, groups);
  w.heading(title, intro, groups.length ? groupStartHeight(w, fitted, groups[0]!) : 30);
  if (!diff.items.length) {
    w.paragraph(t('pdf.changes.none'), { size: 9.5, colour: COLOURS.muted });
    return;
  }
  for (let g = 0; g < groups.length; g++) {
    drawGroupedTable(w, fitted, groups[g]!);
    yield (g + 1) / groups.length;
  }
  if (shown.length < diff.items.length) w.paragraph(t('pdf.changes.more', { count: diff.items.length - shown.length }), { size: 9.5, colour: COLOURS.muted });
}

function groupByPillar(w: PdfWriter, plan: Plan, items: readonly ItemChange[]): TableGroup[] {
  const { t } = w;
  const pillarTitle = new Map(plan.pillars.map((p) => [`pillar:${p.id}`, p.title.trim() || t('domain.untitled.pillar')]));
  const order = new Map(plan.pillars.map((p, i) => [`pillar:${p.id}`, i]));
  const byPillar = new Map<string, ItemChange[]>();
  for (const item of items) {
    const key = item.pillarKey ?? '';
    byPillar.set(key, [...(byPillar.get(key) ?? []), item]);
  }
  const rank = (key: string) => (key === '' ? Number.MAX_SAFE_INTEGER : (order.get(key) ?? Number.MAX_SAFE_INTEGER - 1));
  return [...byPillar.keys()]
    .sort((a, b) => rank(a) - rank(b))
    .map((key) => {
      const changes = byPillar.get(key)!;
      const name = key === '' ? t('pdf.changes.wholePlan') : (pillarTitle.get(key) ?? t('pdf.changes.removedPillar'));
      return { title: `${name}   ·   ${t('pdf.changes.count', { count: changes.length })}`, rows: changes.map((c) => changeRow(w, c)) };
    });
}

function changeRow(w: PdfWriter, change: ItemChange): TableCell[] {
  const { t } = w;
  const what = `${t(KIND_KEYS[change.kind])}: ${change.label || t('pdf.changes.unnamed')}`;
  const kinds = change.changes.map((k) => t(CHANGE_KEYS[k])).join(', ');
  const removed = change.changes.includes('removed');
  // An added or removed item is said by its row; its fields would only repeat "— →" or "→ —".
  const fields = removed || change.changes.includes('added') ? [] : change.fields;
  const lines = fields.slice(0, FIELD_LINES).map((f) => fieldLine(w, f));
  if (fields.length > FIELD_LINES) lines.push(t('pdf.changes.moreFields', { count: fields.length - FIELD_LINES }));
  return [removed ? { content: what, styles: { textColor: [...COLOURS.muted] } } : what, kinds, lines.join('\n')];
}

function fieldLine(w: PdfWriter, field: FieldChange): string {
  const label = FIELD_KEYS[field.path] ? w.t(FIELD_KEYS[field.path]!) : field.path;
  return w.t('pdf.changes.fieldLine', { field: label, before: shown(w, field.before), after: shown(w, field.after) });
}

function shown(w: PdfWriter, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return monthLabel(value, w.locale);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return longDate(value, w);
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > VALUE_CHARACTERS ? `“${flat.slice(0, VALUE_CHARACTERS - 1)}…”` : typeof value === 'string' ? `“${flat}”` : flat;
}
