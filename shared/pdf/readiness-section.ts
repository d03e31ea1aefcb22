import type { Plan } from '../model';
import { READINESS_KEYS } from '../schema/plan-schema';
import { drawGroupedTable, type TableCell, type TableColumn } from './grouped-table';
import { COLOURS, TYPE } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';
import { READINESS_ANSWER_KEYS, READINESS_AREA_KEYS, READINESS_AREAS, READINESS_LABELS } from './readiness-labels';
import { pdfSectionTitle } from './pdf-sections';
import { labelsFor } from '../labels';

/** Vision, boundaries and AI lead, then the readiness and governance checklist by area. */
export function* drawReadinessSection(w: PdfWriter, plan: Plan): Generator<number> {
  const { t } = w;
  const r = plan.readiness;
  // A notes column nobody wrote in would hold a third of the page empty: it shows only when a note exists.
  const withNotes = READINESS_KEYS.some((k) => r.items[k].note.trim() !== '');
  const answerColumn: TableColumn = { header: t('pdf.readiness.column.answer'), share: withNotes ? 0.13 : 0.2, labels: Object.values(labelsFor(READINESS_ANSWER_KEYS, t)) };
  const columns: TableColumn[] = withNotes
    ? [{ header: t('pdf.readiness.column.statement'), share: 0.48 }, answerColumn, { header: t('pdf.readiness.column.note'), share: 0.39 }]
    : [{ header: t('pdf.readiness.column.statement'), share: 0.8 }, answerColumn];
  const answers = READINESS_KEYS.map((k) => r.items[k].answer);
  const n = (a: string) => answers.filter((x) => x === a).length;
  w.heading(
    pdfSectionTitle('readiness', t),
    t('pdf.readiness.summary', { yes: n('yes'), total: answers.length, partly: n('partly'), no: n('no'), unanswered: n('unanswered') }),
  );
  labelledParagraph(w, t('pdf.readiness.vision'), r.vision, t('pdf.readiness.notWritten'));
  labelledParagraph(w, t('pdf.readiness.usesToAvoid'), r.usesToAvoid, t('pdf.readiness.notWritten'));
  labelledParagraph(w, t('pdf.readiness.aiLead'), r.aiLead, t('pdf.readiness.notNominated'));
  w.y += 6;
  yield 0.2;
  for (let i = 0; i < READINESS_AREAS.length; i++) {
    const area = READINESS_AREAS[i]!;
    const rows: TableCell[][] = READINESS_KEYS.filter((k) => READINESS_LABELS[k].area === area).map((k) => {
      const item = r.items[k];
      const answer = t(READINESS_ANSWER_KEYS[item.answer]);
      const cells: TableCell[] = [
        t(READINESS_LABELS[k].statement),
        item.answer === 'unanswered' ? { content: answer, styles: { textColor: [...COLOURS.muted] } } : { content: answer, styles: { fontStyle: 'bold' } },
      ];
      return withNotes ? [...cells, item.note] : cells;
    });
    drawGroupedTable(w, columns, { title: t(READINESS_AREA_KEYS[area]), rows });
    yield 0.2 + (0.8 * (i + 1)) / READINESS_AREAS.length;
  }
}

/** A bold label in the left column and its text wrapped beside it, flowing onto the next page if long. */
function labelledParagraph(w: PdfWriter, label: string, text: string, whenEmpty: string): void {
  const labelWidth = 150;
  const style = { size: TYPE.body };
  w.ensureSpace(w.lineHeight(TYPE.body) * 2);
  w.drawLines(w.wrap(label, labelWidth - 10, { size: TYPE.body, style: 'bold', colour: COLOURS.muted }), w.page.left, w.y, { size: TYPE.body, style: 'bold', colour: COLOURS.muted });
  const x = w.page.left + labelWidth;
  const width = Math.min(w.page.right - x, 560);
  if (text.trim()) w.paragraph(text, style, x, width);
  else w.paragraph(whenEmpty, { ...style, colour: COLOURS.muted }, x, width);
  w.y += 6;
}
