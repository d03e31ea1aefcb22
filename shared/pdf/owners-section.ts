import { intlTag } from '../i18n/locales';
import type { MessageKey } from '../i18n/translator';
import type { Plan } from '../model';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn } from './grouped-table';
import { pdfSectionTitle } from './pdf-sections';
import { COLOURS, TYPE } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';

/*
 * Owners' accountabilities (#18 §2): who owns what, so that a board member can ask one person about
 * everything they answer for. People by name; what nobody owns in a last row, where it shows.
 */

const KINDS = ['applications', 'kpis', 'risks', 'tools', 'decisions'] as const;
type Kind = (typeof KINDS)[number];

interface Accountable {
  name: string;
  aiLead: boolean;
  items: Record<Kind, string[]>;
}

const emptyItems = (): Record<Kind, string[]> => ({ applications: [], kpis: [], risks: [], tools: [], decisions: [] });

/** Who owns what: named owners sorted by name, then the unowned items (name null), if any. */
export function accountabilities(plan: Plan, of: (item: string, parent: string) => string, locale: string): { owners: Accountable[]; unowned: Record<Kind, string[]> | null } {
  const byKey = new Map<string, Accountable>();
  const unowned = emptyItems();
  let anyUnowned = false;
  const add = (owner: string, kind: Kind, item: string) => {
    const name = owner.trim().replace(/\s+/g, ' ');
    if (!name) {
      unowned[kind].push(item);
      anyUnowned = true;
      return;
    }
    // "Head of marketing" and "Head of Marketing" are one person, printed as first written.
    const key = name.toLocaleLowerCase(locale);
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { name, aiLead: false, items: emptyItems() }));
    if (item) entry.items[kind].push(item);
  };
  const appTitles = new Map(plan.applications.map((a) => [a.id, a.title]));
  for (const app of plan.applications) add(app.owner, 'applications', app.title);
  for (const kpi of plan.kpis) add(kpi.owner, 'kpis', of(kpi.name, appTitles.get(kpi.applicationId) ?? ''));
  for (const app of plan.applications) for (const risk of app.governance.risks) add(risk.owner, 'risks', of(risk.title, app.title));
  for (const tool of plan.governance.tools) add(tool.owner, 'tools', tool.name);
  for (const decision of plan.workshop.decisions) if (!decision.done) add(decision.owner, 'decisions', decision.text);
  const lead = plan.readiness.aiLead.trim();
  if (lead) {
    add(lead, 'applications', '');
    byKey.get(lead.replace(/\s+/g, ' ').toLocaleLowerCase(locale))!.aiLead = true;
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const owners = [...byKey.values()].sort((a, b) => collator.compare(a.name, b.name));
  return { owners, unowned: anyUnowned ? unowned : null };
}

const KIND_HEADERS: Record<Kind, MessageKey> = {
  applications: 'pdf.owners.column.applications',
  kpis: 'pdf.owners.column.kpis',
  risks: 'pdf.owners.column.risks',
  tools: 'pdf.owners.column.tools',
  decisions: 'pdf.owners.column.decisions',
};
const OWNER_SHARE = 0.15;
const MIN_SHARE = 0.1;

/**
 * The kinds anybody owns, each as wide as its text asks (a plan without tools has no Tools column,
 * and a column of fifty KPI names gets more room than one of two decisions).
 */
function ownerColumns(w: PdfWriter, owners: readonly Accountable[], unowned: Record<Kind, string[]> | null): { kinds: Kind[]; table: TableColumn[] } {
  const textOf = (k: Kind) => owners.reduce((n, o) => n + o.items[k].join(' ').length, 0) + (unowned ? unowned[k].join(' ').length : 0);
  const weights = new Map(KINDS.map((k) => [k, textOf(k)]));
  const present = KINDS.filter((k) => weights.get(k)! > 0);
  const kinds: Kind[] = present.length ? present : ['applications'];
  const root = kinds.map((k) => Math.sqrt(weights.get(k)! || 1));
  const sum = root.reduce((a, b) => a + b, 0);
  const room = 1 - OWNER_SHARE;
  // Each column at least its minimum, the rest shared by the square root of its text.
  const floor = Math.min(MIN_SHARE, room / kinds.length);
  const spare = room - floor * kinds.length;
  return {
    kinds,
    table: [
      { header: w.t('pdf.owners.column.owner'), share: OWNER_SHARE },
      ...kinds.map((k, i): TableColumn => ({ header: w.t(KIND_HEADERS[k]), share: floor + (spare * root[i]!) / sum })),
    ],
  };
}

export function* drawOwnersSection(w: PdfWriter, plan: Plan): Generator<number> {
  const { t } = w;
  const locale = intlTag(w.locale);
  const { owners, unowned } = accountabilities(plan, (item, of) => (of ? t('pdf.owners.of', { item, of }) : item), locale);
  const columns = ownerColumns(w, owners, unowned);
  // A bullet each, so that an item wrapped over two lines still reads as one.
  const list = (items: readonly string[]): string => items.map((item) => `• ${item}`).join('\n');
  const rows: TableCell[][] = owners.map((o) => [
    { content: o.aiLead ? `${o.name}\n${t('pdf.owners.aiLead')}` : o.name, styles: { fontStyle: 'bold' } },
    ...columns.kinds.map((k) => list(o.items[k])),
  ]);
  if (unowned) rows.push([{ content: t('pdf.noOwner'), styles: { fontStyle: 'bold', textColor: [...COLOURS.severityHigh] } }, ...columns.kinds.map((k) => list(unowned[k]))]);
  const group = { title: t('pdf.owners.group', { count: owners.length }), rows };
  w.heading(pdfSectionTitle('owners', t), t('pdf.owners.intro'), rows.length ? groupStartHeight(w, columns.table, group) : 30);
  if (!rows.length) {
    w.paragraph(t('pdf.owners.empty'), { size: TYPE.body, colour: COLOURS.muted });
    return;
  }
  drawGroupedTable(w, columns.table, group);
  yield 1;
}
