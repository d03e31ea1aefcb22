import { kindHeading } from '../labels';
import type { Plan } from '../model';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { COLOURS } from './pdf-theme';
import { pdfSectionTitle } from './pdf-sections';
import type { PdfWriter } from './pdf-writer';
import type { MessageKey } from '../i18n/translator';

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

const COLUMN_KEYS: { header: MessageKey; share: number }[] = [
  { header: 'pdf.findings.column.item', share: 0.3 },
  { header: 'pdf.findings.column.why', share: 0.45 },
  { header: 'pdf.findings.column.accepted', share: 0.25 },
];

const SEVERITIES = [
  { severity: 'high', title: 'pdf.findings.severity.high' },
  { severity: 'medium', title: 'pdf.findings.severity.medium' },
  { severity: 'low', title: 'pdf.findings.severity.low' },
] as const satisfies readonly { severity: PdfFinding['severity']; title: MessageKey }[];

/** The findings by severity, each with its item and whether the team accepted it. The messages come worded by the caller. */
export function* drawFindingsSection(w: PdfWriter, plan: Plan, findings: readonly PdfFinding[]): Generator<number> {
  const { t } = w;
  const columns: TableColumn[] = COLUMN_KEYS.map((c) => ({ ...c, header: t(c.header) }));
  const count = (s: PdfFinding['severity']) => findings.filter((f) => f.severity === s).length;
  const summary = findings.length
    ? t('pdf.findings.summary', { count: findings.length, high: count('high'), medium: count('medium'), low: count('low') })
    : t('pdf.findings.none');
  const accepted = new Map(plan.acknowledgements.map((a) => [a.findingKey, a.note]));
  const tables: TableGroup[] = [];
  for (const { severity, title } of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    const rows: TableCell[][] = group.map((f) => {
      const note = f.acknowledged === undefined ? accepted.get(f.key) : f.acknowledged ? (f.acknowledgementNote ?? accepted.get(f.key) ?? '') : undefined;
      const kind = f.item ? kindHeading(f.item.kind, t) : undefined;
      const item = kind ? t('pdf.findings.item', { kind, title: f.itemTitle }) : f.itemTitle.trim() || t('pdf.findings.wholePlan');
      const acceptance = note?.trim() ? t('pdf.findings.acceptedWithNote', { note }) : t('pdf.findings.accepted');
      return [item, f.message, note === undefined ? '' : { content: acceptance, styles: { textColor: [...COLOURS.muted] } }];
    });
    tables.push({ title: `${t(title)}   ·   ${group.length}`, rows });
  }
  w.heading(pdfSectionTitle('findings', t), summary, tables.length ? groupStartHeight(w, columns, tables[0]!) : 0);
  for (let i = 0; i < tables.length; i++) {
    drawGroupedTable(w, columns, tables[i]!);
    yield (i + 1) / tables.length;
  }
}
