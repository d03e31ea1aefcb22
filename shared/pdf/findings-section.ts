import { kindHeading } from '../labels';
import type { Plan } from '../model';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { plural } from './plan-groups';
import { COLOURS } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';

/** What the alignment checks report; structural so that this module does not depend on the checks. */
export interface PdfFinding {
  key: string;
  checkId: string;
  severity: 'high' | 'medium' | 'low';
  item: { kind: string; id: string } | null;
  itemTitle: string;
  message: string;
  /** When given, these win over looking the key up in the plan's acknowledgements. */
  acknowledged?: boolean;
  acknowledgementNote?: string;
}

const COLUMNS: TableColumn[] = [
  { header: 'Item', share: 0.3 },
  { header: 'Why it matters', share: 0.45 },
  { header: 'Accepted by the team', share: 0.25 },
];

const SEVERITIES = [
  { severity: 'high', title: 'High: fix before starting' },
  { severity: 'medium', title: 'Medium: fix during the pilot' },
  { severity: 'low', title: 'Low: worth a look' },
] as const;

export function* drawFindingsSection(w: PdfWriter, plan: Plan, findings: readonly PdfFinding[]): Generator<number> {
  const count = (s: PdfFinding['severity']) => findings.filter((f) => f.severity === s).length;
  const summary = findings.length
    ? `The planner’s alignment checks found ${plural(findings.length, 'point')} to look at: ${count('high')} high, ${count('medium')} medium, ${count('low')} low.`
    : 'The planner’s alignment checks found nothing to fix.';
  const accepted = new Map(plan.acknowledgements.map((a) => [a.findingKey, a.note]));
  const tables: TableGroup[] = [];
  for (const { severity, title } of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    const rows: TableCell[][] = group.map((f) => {
      const note = f.acknowledged === undefined ? accepted.get(f.key) : f.acknowledged ? (f.acknowledgementNote ?? accepted.get(f.key) ?? '') : undefined;
      const kind = f.item ? kindHeading(f.item.kind) : undefined;
      const item = kind ? `${kind}: ${f.itemTitle}` : f.itemTitle.trim() || 'The whole plan';
      return [item, f.message, note === undefined ? '' : { content: note.trim() ? `Accepted: ${note}` : 'Accepted', styles: { textColor: [...COLOURS.muted] } }];
    });
    tables.push({ title: `${title}   ·   ${group.length}`, rows });
  }
  w.heading('Alignment findings', summary, tables.length ? groupStartHeight(w, COLUMNS, tables[0]!) : 0);
  for (let i = 0; i < tables.length; i++) {
    drawGroupedTable(w, COLUMNS, tables[i]!);
    yield (i + 1) / tables.length;
  }
}
