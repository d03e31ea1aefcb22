import type { Plan } from '../model';
import { READINESS_KEYS } from '../schema/plan-schema';
import { drawGroupedTable, type TableCell, type TableColumn } from './grouped-table';
import { COLOURS, TYPE } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';
import { READINESS_ANSWER_LABELS, READINESS_AREAS, READINESS_LABELS } from './readiness-labels';

const COLUMNS: TableColumn[] = [
  { header: 'Statement', share: 0.48 },
  { header: 'Answer', share: 0.13 },
  { header: 'Note', share: 0.39 },
];

/** Vision, boundaries and AI lead, then the readiness and governance checklist by area. */
export function* drawReadinessSection(w: PdfWriter, plan: Plan): Generator<number> {
  const r = plan.readiness;
  const answers = READINESS_KEYS.map((k) => r.items[k].answer);
  const n = (a: string) => answers.filter((x) => x === a).length;
  w.heading(
    'Readiness and governance',
    `How ready the organisation is, beyond any one initiative: ${n('yes')} of ${answers.length} statements answered yes, ${n('partly')} partly, ${n('no')} no, ${n('unanswered')} not answered yet.`,
  );
  labelledParagraph(w, 'Vision and boundaries', r.vision, 'Not written yet.');
  labelledParagraph(w, 'Uses to avoid', r.usesToAvoid, 'Not written yet.');
  labelledParagraph(w, 'AI lead', r.aiLead, 'Not nominated yet.');
  w.y += 6;
  yield 0.2;
  for (let i = 0; i < READINESS_AREAS.length; i++) {
    const area = READINESS_AREAS[i]!;
    const rows: TableCell[][] = READINESS_KEYS.filter((k) => READINESS_LABELS[k].area === area).map((k) => {
      const item = r.items[k];
      const answer = READINESS_ANSWER_LABELS[item.answer];
      return [
        READINESS_LABELS[k].question,
        item.answer === 'unanswered' ? { content: answer, styles: { textColor: [...COLOURS.muted] } } : { content: answer, styles: { fontStyle: 'bold' } },
        item.note,
      ];
    });
    drawGroupedTable(w, COLUMNS, { title: area, rows });
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
