import type { MessageKey } from '../i18n/translator';
import { kindHeading } from '../labels';
import type { Plan } from '../model';
import { decisionCounts, decisionStatus, linkedTitle, orderedDecisions, type DecisionStatus } from '../workshop/decision-list';
import { longDate } from './board-pack-labels';
import { fitColumnsToContent } from './content-widths';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn } from './grouped-table';
import { pdfSectionTitle } from './pdf-sections';
import { COLOURS, TYPE } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';

/*
 * Decisions and actions (#17 §4): what the room decided, who owns it, by when, what it is about and
 * where it stands on the pack's date; then the questions it parked. The board reads this page to
 * chase what was agreed, so an overdue decision says so in bold.
 */

const STATUS_KEYS: Record<DecisionStatus, MessageKey> = {
  open: 'workshop.pdf.status.open',
  overdue: 'workshop.pdf.status.overdue',
  done: 'workshop.pdf.status.done',
};

export function* drawDecisionsSection(w: PdfWriter, plan: Plan, date: string): Generator<number> {
  const { t } = w;
  const { decisions, parked } = plan.workshop;
  const title = pdfSectionTitle('decisions', t);
  if (decisions.length === 0 && parked.length === 0) {
    w.heading(title, t('workshop.pdf.none'), 0);
    yield 1;
    return;
  }

  const counts = decisionCounts(decisions, date);
  const summary = t('workshop.pdf.summary', { decisions: decisions.length, ...counts, parked: parked.length, date: longDate(date, w) });
  const columns: TableColumn[] = [
    { header: t('workshop.pdf.column.decision'), share: 0.37 },
    { header: t('workshop.pdf.column.owner'), share: 0.14 },
    { header: t('workshop.pdf.column.due'), share: 0.14 },
    { header: t('workshop.pdf.column.about'), share: 0.22 },
    { header: t('workshop.pdf.column.status'), share: 0.13, labels: Object.values(STATUS_KEYS).map((key) => t(key)) },
  ];
  const rows: TableCell[][] = orderedDecisions(decisions).map((d) => {
    const status = decisionStatus(d, date);
    const statusText = t(STATUS_KEYS[status]);
    const linked = d.link ? linkedTitle(plan, d.link, t) : null;
    const about = d.link === null ? '' : linked === null ? t('workshop.pdf.deleted') : t('workshop.pdf.about', { kind: kindHeading(d.link.kind, t), title: linked });
    return [
      d.text,
      d.owner.trim() || { content: t('workshop.pdf.noOwner'), styles: { textColor: [...COLOURS.muted] } },
      d.due === null ? { content: t('workshop.pdf.noDue'), styles: { textColor: [...COLOURS.muted] } } : longDate(d.due, w),
      about,
      status === 'overdue' ? { content: statusText, styles: { fontStyle: 'bold' } } : status === 'done' ? { content: statusText, styles: { textColor: [...COLOURS.muted] } } : statusText,
    ];
  });
  const decisionsGroup = { title: `${t('workshop.pdf.decisions.title')}   ·   ${decisions.length}`, rows };
  const fitted = fitColumnsToContent(w, columns, [decisionsGroup]);
  w.heading(title, summary, rows.length ? groupStartHeight(w, fitted, decisionsGroup) : 30);
  if (rows.length) drawGroupedTable(w, fitted, decisionsGroup);
  else subHeadingWithLine(w, t('workshop.pdf.decisions.title'), t('workshop.pdf.decisions.none'));
  yield 0.6;

  const parkedColumns: TableColumn[] = [
    { header: t('workshop.pdf.column.question'), share: 0.8 },
    { header: t('workshop.pdf.column.parked'), share: 0.2 },
  ];
  if (parked.length) drawGroupedTable(w, parkedColumns, { title: `${t('workshop.pdf.parked.title')}   ·   ${parked.length}`, rows: parked.map((q) => [q.text, longDate(q.at, w)]) });
  else subHeadingWithLine(w, t('workshop.pdf.parked.title'), t('workshop.pdf.parked.none'));
  yield 1;
}

/** A small bold title and one muted line, where a table would stand if it had rows. */
function subHeadingWithLine(w: PdfWriter, title: string, line: string): void {
  w.ensureSpace(w.lineHeight(TYPE.body) * 3);
  w.paragraph(title, { size: TYPE.body, style: 'bold' });
  w.paragraph(line, { size: TYPE.body, colour: COLOURS.muted });
  w.y += 10;
}
