import type { Plan } from '../model';
import { CHECKS, checkTitle } from '../checks/check-catalogue';
import { fitColumnsToContent } from './content-widths';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { COLOURS } from './pdf-theme';
import { pdfSectionTitle } from './pdf-sections';
import type { PdfWriter } from './pdf-writer';
import type { MessageKey, Translate } from '../i18n/translator';

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

const SEVERITIES = [
  { severity: 'high', title: 'pdf.findings.severity.high' },
  { severity: 'medium', title: 'pdf.findings.severity.medium' },
  { severity: 'low', title: 'pdf.findings.severity.low' },
] as const satisfies readonly { severity: PdfFinding['severity']; title: MessageKey }[];

const KNOWN_CHECKS = new Set<string>(CHECKS.map((c) => c.id));

/** One rule's findings: what a board member reads as one line of the table. */
interface RuleGroup {
  checkId: string;
  findings: PdfFinding[];
}

const muted = (content: string): TableCell => ({ content, styles: { textColor: [...COLOURS.muted] } });

/**
 * The findings by severity and, within it, by rule (#18 §5): one row per rule with its affected
 * items listed compactly, so 251 findings of one rule take a paragraph, not fifteen pages. The
 * column of what the team accepted shows only when the team accepted something.
 */
export function* drawFindingsSection(w: PdfWriter, plan: Plan, findings: readonly PdfFinding[], itemLimit = Infinity): Generator<number> {
  const { t } = w;
  const count = (s: PdfFinding['severity']) => findings.filter((f) => f.severity === s).length;
  const summary = findings.length
    ? t('pdf.findings.summary', { count: findings.length, high: count('high'), medium: count('medium'), low: count('low') })
    : t('pdf.findings.none');
  const accepted = new Map(plan.acknowledgements.map((a) => [a.findingKey, a.note]));
  const noteOf = (f: PdfFinding): string | undefined =>
    f.acknowledged === undefined ? accepted.get(f.key) : f.acknowledged ? (f.acknowledgementNote ?? accepted.get(f.key) ?? '') : undefined;
  const anyAccepted = findings.some((f) => noteOf(f) !== undefined);
  const applicationOfKpi = new Map(plan.kpis.map((k) => [k.id, k.applicationId]));
  // A KPI is printed in its application's row of the matrix.
  const pageOf = (f: PdfFinding): number | null => {
    if (!f.item) return null;
    const own = w.pageOfItem(`${f.item.kind}:${f.item.id}`);
    if (own !== null || f.item.kind !== 'kpi') return own;
    const app = applicationOfKpi.get(f.item.id);
    return app ? w.pageOfItem(`application:${app}`) : null;
  };
  const columns: TableColumn[] = anyAccepted
    ? [
        { header: t('pdf.findings.column.check'), share: 0.26 },
        { header: t('pdf.findings.column.items'), share: 0.52 },
        { header: t('pdf.findings.column.accepted'), share: 0.22 },
      ]
    : [
        { header: t('pdf.findings.column.check'), share: 0.28 },
        { header: t('pdf.findings.column.items'), share: 0.72 },
      ];
  const tables: TableGroup[] = [];
  for (const { severity, title } of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    const rules = byRule(group);
    const rows = rules.map((rule) => ruleRow(rule, t, noteOf, anyAccepted, itemLimit, pageOf));
    // A rule's row takes the reader to the page of its first item that the pack prints.
    const rowLinks = rules.map((rule) => rule.findings.map(pageOf).find((p) => p !== null) ?? null);
    tables.push({ title: `${t(title)}   ·   ${group.length}`, rows, rowLinks });
  }
  const fitted = fitColumnsToContent(w, columns, tables);
  w.heading(pdfSectionTitle('findings', t), summary, tables.length ? groupStartHeight(w, fitted, tables[0]!) : 0);
  for (let i = 0; i < tables.length; i++) {
    drawGroupedTable(w, fitted, tables[i]!);
    yield (i + 1) / tables.length;
  }
}

/** The findings of one severity by rule, rules in the order their first finding comes. */
function byRule(findings: readonly PdfFinding[]): RuleGroup[] {
  const rules = new Map<string, RuleGroup>();
  for (const f of findings) {
    const rule = rules.get(f.checkId);
    if (rule) rule.findings.push(f);
    else rules.set(f.checkId, { checkId: f.checkId, findings: [f] });
  }
  return [...rules.values()];
}

function ruleRow(
  rule: RuleGroup,
  t: Translate,
  noteOf: (f: PdfFinding) => string | undefined,
  withAccepted: boolean,
  itemLimit: number,
  pageOf: (f: PdfFinding) => number | null,
): TableCell[] {
  const all = rule.findings;
  // The summary pack lists a rule's first items and counts the rest; the full pack lists them all.
  const findings = all.length > itemLimit ? all.slice(0, itemLimit) : all;
  const more = all.length - findings.length;
  const title = KNOWN_CHECKS.has(rule.checkId) ? checkTitle(rule.checkId as (typeof CHECKS)[number]['id'], t) : findings[0]!.message;
  const itemName = (f: PdfFinding) => {
    const name = f.itemTitle.trim() || t('pdf.findings.wholePlan');
    const page = pageOf(f);
    return page === null ? name : t('pdf.findings.onPage', { item: name, page });
  };
  const sameMessage = all.every((f) => f.message === all[0]!.message);
  // One message for the rule: said once, then the items in a line (a no-break space keeps each dot after
  // its item, so no line starts with one). Messages of their own: one line each.
  const items = sameMessage
    ? `${findings[0]!.message}\n${findings.map(itemName).join('\u00a0·  ')}`
    : findings.map((f) => `• ${itemName(f)}: ${f.message}`).join('\n');
  const listed = more > 0 ? `${items}${sameMessage ? '\u00a0·  ' : '\n'}${t('pdf.findings.moreItems', { count: more })}` : items;
  const row: TableCell[] = [{ content: `${title}\n${t('pdf.findings.count', { count: all.length })}`, styles: { fontStyle: 'bold' } }, listed];
  if (withAccepted) {
    const acceptedLines = findings.flatMap((f) => {
      const note = noteOf(f);
      if (note === undefined) return [];
      return [note.trim() ? t('pdf.findings.acceptedItemWithNote', { item: itemName(f), note }) : t('pdf.findings.acceptedItem', { item: itemName(f) })];
    });
    row.push(acceptedLines.length ? muted(acceptedLines.join('\n')) : '');
  }
  return row;
}
