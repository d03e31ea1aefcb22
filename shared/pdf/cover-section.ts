import { GUIDING_QUESTION_KEYS, guidingQuestionText, guidingQuestionTitle } from '../guiding-questions';
import { countOfKind } from '../labels';
import type { Plan } from '../model';
import { capitals, horizonLabel, longDate } from './board-pack-labels';
import { COLOURS, TYPE } from './pdf-theme';
import type { PdfWriter, TextStyle } from './pdf-writer';

export interface ContentsBox {
  x: number;
  y: number;
  width: number;
}

const CONTENTS_WIDTH = 210;

/**
 * The cover: what this plan is, for whom, over which months, as of when, and the four guiding
 * questions answered. Returns where the table of contents goes, filled in once page numbers exist.
 */
export function drawCover(w: PdfWriter, plan: Plan, date: string, controlMarks: readonly string[] = []): ContentsBox {
  const page = w.page;
  const contents: ContentsBox = { x: page.right - CONTENTS_WIDTH, y: page.contentTop + 4, width: CONTENTS_WIDTH };
  const leftWidth = page.contentWidth - CONTENTS_WIDTH - 36;
  let y = page.contentTop + 4;
  w.fillRect(page.left, y, 56, 5, COLOURS.accent);
  y += 16;
  y += w.drawLines([capitals(w.t('pdf.cover.kicker'), w)], page.left, y, { size: 8.5, style: 'bold', colour: COLOURS.muted });
  y += 8;
  const titleStyle: TextStyle = { size: TYPE.coverTitle, style: 'bold', colour: COLOURS.accent };
  // A 500-character title wraps over several lines; a smaller size keeps the cover to one page.
  let titleLines = w.wrap(plan.meta.title, leftWidth, titleStyle);
  if (titleLines.length > 4) {
    titleStyle.size = 16;
    titleLines = w.wrap(plan.meta.title, leftWidth, titleStyle);
  }
  y += w.drawLines(titleLines, page.left, y, titleStyle);
  if (plan.meta.organisation.trim()) {
    y += 4;
    y += w.drawLines(w.wrap(plan.meta.organisation, leftWidth, { size: TYPE.coverOrganisation, colour: COLOURS.ink }), page.left, y, { size: TYPE.coverOrganisation, colour: COLOURS.ink });
  }
  if (controlMarks.length) {
    y += 8;
    const controlStyle: TextStyle = { size: 10, style: 'bold', colour: COLOURS.ink };
    y += w.drawLines(w.wrap(controlMarks.join('  ·  '), leftWidth, controlStyle), page.left, y, controlStyle);
  }
  y += 18;
  w.y = Math.max(y, contents.y + 150);

  const { t } = w;
  const starters = plan.applications.filter((a) => a.starter);
  const counts = [countOfKind(plan.pillars.length, 'pillar', t), countOfKind(plan.objectives.length, 'objective', t), countOfKind(plan.applications.length, 'application', t), countOfKind(plan.kpis.length, 'kpi', t)];
  const facts: [string, string][] = [
    [t('pdf.cover.horizon'), horizonLabel(plan, w)],
    [t('pdf.cover.prepared'), longDate(date, w)],
    // A count never breaks inside itself ("4 AI / applications"): only between the counts.
    [t('pdf.cover.inThisPlan'), counts.map((c) => c.replace(/ /g, '\u00a0')).join(' · ')],
    [t('pdf.cover.aiLead'), plan.readiness.aiLead.trim() || t('pdf.cover.noAiLead')],
  ];
  drawFacts(w, facts, starters.length ? starters.map((a) => a.title).join('  ·  ') : t('pdf.cover.noStarters'));
  drawGuidingQuestions(w, plan);
  return contents;
}

/** A row of short facts, then the starter projects across the full width (their titles can be long). */
function drawFacts(w: PdfWriter, facts: readonly [string, string][], starters: string): void {
  const page = w.page;
  const gap = 18;
  const width = (page.contentWidth - gap * (facts.length - 1)) / facts.length;
  const labelStyle: TextStyle = { size: 7.5, style: 'bold', colour: COLOURS.muted };
  const valueStyle: TextStyle = { size: 9.5, colour: COLOURS.ink };
  const valueLines = facts.map(([, value]) => w.wrap(value, width, valueStyle));
  const height = 13 + Math.max(...valueLines.map((l) => l.length)) * w.lineHeight(valueStyle.size);
  w.line(page.left, w.y, page.right, w.y, COLOURS.rule, 0.75);
  const top = w.y + 8;
  facts.forEach(([label], i) => {
    const x = page.left + i * (width + gap);
    w.drawLines([capitals(label, w)], x, top, labelStyle);
    w.drawLines(valueLines[i]!, x, top + 13, valueStyle);
  });
  w.y = top + height + 8;
  w.drawLines([capitals(w.t('pdf.cover.starters'), w)], page.left, w.y, labelStyle);
  w.y += 13;
  w.paragraph(starters, valueStyle);
  w.y += 6;
  w.line(page.left, w.y, page.right, w.y, COLOURS.rule, 0.75);
  w.y += 16;
}

/** The four guiding questions in a 2 × 2 grid when the answers fit the page; otherwise one after another, flowing. */
function drawGuidingQuestions(w: PdfWriter, plan: Plan): void {
  const page = w.page;
  const headStyle: TextStyle = { size: 11, style: 'bold', colour: COLOURS.accent };
  const qStyle: TextStyle = { size: 9, style: 'bold', colour: COLOURS.ink };
  const pStyle: TextStyle = { size: 8, colour: COLOURS.muted };
  const aStyle: TextStyle = { size: TYPE.body, colour: COLOURS.ink };
  const emptyStyle: TextStyle = { size: TYPE.body, colour: COLOURS.muted };
  const notAnswered = w.t('pdf.cover.notAnswered');
  const gap = 18;
  const boxWidth = (page.contentWidth - gap) / 2;
  const pad = 10;
  const inner = boxWidth - 2 * pad;
  const blocks = GUIDING_QUESTION_KEYS.map((key) => {
    const q = { question: guidingQuestionTitle(key, w.t), prompt: guidingQuestionText(key, w.t) };
    const text = plan.guidingQuestions[key].trim();
    const lines = text ? w.wrap(text, inner, aStyle) : [notAnswered];
    const height = pad + w.lineHeight(9) + w.lineHeight(8) + 6 + lines.length * w.lineHeight(TYPE.body) + pad;
    return { q, text, lines, height };
  });
  const rowHeights = [Math.max(blocks[0]!.height, blocks[1]!.height), Math.max(blocks[2]!.height, blocks[3]!.height)];
  const headHeight = w.lineHeight(11) + 8;
  w.ensureSpace(headHeight + Math.min(rowHeights[0]!, 120));
  w.y += w.drawLines([w.t('pdf.cover.guidingQuestions')], page.left, w.y, headStyle) + 8;
  const fitsAsGrid = w.y + rowHeights[0]! + gap / 2 + rowHeights[1]! <= page.contentBottom;
  if (fitsAsGrid) {
    blocks.forEach((b, i) => {
      const x = page.left + (i % 2) * (boxWidth + gap);
      const top = w.y + (i < 2 ? 0 : rowHeights[0]! + gap / 2);
      const height = rowHeights[i < 2 ? 0 : 1]!;
      w.setDraw(COLOURS.hairline, 0.75);
      w.setFill(COLOURS.white);
      w.doc.rect(x, top, boxWidth, height, 'S');
      w.fillRect(x, top, 3, height, COLOURS.accent);
      let y = top + pad;
      y += w.drawLines([b.q.question], x + pad, y, qStyle);
      y += w.drawLines([b.q.prompt], x + pad, y, pStyle) + 6;
      w.drawLines(b.lines, x + pad, y, b.text ? aStyle : emptyStyle);
    });
    w.y += rowHeights[0]! + gap / 2 + rowHeights[1]!;
    return;
  }
  const width = Math.min(page.contentWidth, 640);
  for (const b of blocks) {
    w.ensureSpace(w.lineHeight(9) + w.lineHeight(8) + 2 * w.lineHeight(TYPE.body));
    w.y += w.drawLines([b.q.question], page.left, w.y, qStyle);
    w.y += w.drawLines([b.q.prompt], page.left, w.y, pStyle) + 4;
    w.paragraph(b.text || notAnswered, b.text ? aStyle : emptyStyle, page.left, width);
    w.y += 10;
  }
}

/** Fills the contents box on the cover once every section's first page is known. */
export function drawContents(w: PdfWriter, box: ContentsBox, entries: readonly { title: string; page: number }[]): void {
  const head: TextStyle = { size: 8.5, style: 'bold', colour: COLOURS.muted };
  const item: TextStyle = { size: 9.5, colour: COLOURS.ink };
  let y = box.y;
  w.setFill(COLOURS.headFill);
  const lh = w.lineHeight(item.size) + 3;
  const height = 30 + entries.length * lh;
  w.doc.rect(box.x, y, box.width, height, 'F');
  y += 10;
  w.drawLines([capitals(w.t('pdf.cover.contents'), w)], box.x + 12, y, head);
  y += 18;
  for (const e of entries) {
    const pageText = String(e.page);
    const numberWidth = w.textWidth(pageText, item);
    w.drawLines([w.fitOneLine(e.title, box.width - 36 - numberWidth, item)], box.x + 12, y, item);
    w.drawLines([pageText], box.x + box.width - 12, y, item, 'right');
    // Each line is a link to its section's first page (#18 §3).
    w.doc.link(box.x, y - 1.5, box.width, lh, { pageNumber: e.page });
    y += lh;
  }
}
