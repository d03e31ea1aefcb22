import { diffPlans } from '../history/plan-diff';
import type { FieldChange, ItemChange, PlanDiff } from '../history/history-types';
import { CHANGE_KIND_KEYS, ITEM_KIND_KEYS, fieldLabel, valueText } from '../history/change-labels';
import { snapshotPlan } from '../history/snapshots';
import type { Plan } from '../model';
import type { Translate } from '../i18n/translator';
import { fitColumnsToContent } from './content-widths';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { longDate } from './board-pack-labels';
import { COLOURS } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';
import { pdfSectionTitle } from './pdf-sections';
import { planForPillars } from './pillar-filter';

/*
 * "Changes since <snapshot>" (#20): what the board is asked to look at again, item by item and
 * grouped by pillar, from the comparison of the named snapshot with the plan as printed. The
 * summary pack lists the first items only.
 */

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
  const what = `${t(ITEM_KIND_KEYS[change.kind])}: ${change.label || t('pdf.changes.unnamed')}`;
  const kinds = capitalised(change.changes.map((k) => t(CHANGE_KIND_KEYS[k])).join(', '), w.locale);
  const removed = change.changes.includes('removed');
  // An added or removed item is said by its row; its fields would only repeat "— →" or "→ —".
  const fields = removed || change.changes.includes('added') ? [] : change.fields;
  const lines = fields.slice(0, FIELD_LINES).map((f) => fieldLine(w, f));
  if (fields.length > FIELD_LINES) lines.push(t('pdf.changes.moreFields', { count: fields.length - FIELD_LINES }));
  return [removed ? { content: what, styles: { textColor: [...COLOURS.muted] } } : what, kinds, lines.join('\n')];
}

function fieldLine(w: PdfWriter, field: FieldChange): string {
  return w.t('pdf.changes.fieldLine', { field: fieldLabel(field.path, w.t), before: shown(w, field.before, field.path), after: shown(w, field.after, field.path) });
}

/** The value as the app's What changed says it; text the team wrote in quotes, cut short on paper. */
function shown(w: PdfWriter, value: unknown, path: string): string {
  const said = valueText(value, path, w.t, w.locale);
  const text = said.replace(/\s+/g, ' ').trim();
  const cut = text.length > VALUE_CHARACTERS ? `${text.slice(0, VALUE_CHARACTERS - 1)}…` : text;
  return typeof value === 'string' && said === value ? `“${cut}”` : cut;
}

/** A column of change kinds starts with a capital, as the pack's other cells do. */
const capitalised = (text: string, locale: string): string => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
