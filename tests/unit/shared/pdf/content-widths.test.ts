import { describe, expect, it } from 'vitest';
import { pdfLanguage } from '../../../../shared/pdf/board-pack-labels';
import { fitColumnsToContent } from '../../../../shared/pdf/content-widths';
import type { TableColumn, TableGroup } from '../../../../shared/pdf/grouped-table';
import { createPdfDocument } from '../../../../shared/pdf/pdf-document';
import { pageGeometry } from '../../../../shared/pdf/page-geometry';
import { TYPE } from '../../../../shared/pdf/pdf-theme';
import { PdfWriter } from '../../../../shared/pdf/pdf-writer';
import { shippedFonts } from './pdf-tools';

/* #18 §6: column widths come from what the columns hold, the same for every group of a section. */

function writer(): PdfWriter {
  const doc = createPdfDocument('a4', shippedFonts(), { title: 't', subject: 's', keywords: 'k', author: 'a', language: 'en', date: '2026-12-02', fileId: '0'.repeat(32) });
  return new PdfWriter(doc, pageGeometry('a4'), (text) => text, pdfLanguage('en'));
}

const columns: TableColumn[] = [
  { header: 'Item', share: 0.25 },
  { header: 'Status', share: 0.25 },
  { header: 'Note', share: 0.25 },
  { header: 'Owner', share: 0.25 },
];
const longNote = 'Privacy review booked before the pilot, with the data protection officer and the vendor, so that no customer data leaves the EU. '.repeat(2);
const groups: TableGroup[] = [
  { title: 'One', rows: [['Chatbot', 'Idea', longNote, 'Head of Marketing']] },
  { title: 'Two', rows: [['Order entry automation', { content: 'Overdue', styles: { fontStyle: 'bold' } }, 'Short.', 'Operations Manager']] },
];

describe('column widths from content', () => {
  const w = writer();
  const fitted = fitColumnsToContent(w, columns, groups);
  const widths = fitted.map((c) => c.share * w.page.contentWidth);

  it('fills the content width exactly', () => {
    expect(fitted.reduce((n, c) => n + c.share, 0)).toBeCloseTo(1, 6);
  });

  it('gives the long notes the room and keeps short columns to what they hold', () => {
    expect(widths[2]).toBeGreaterThan(w.page.contentWidth * 0.4);
    expect(widths[1]).toBeLessThan(w.page.contentWidth * 0.15);
  });

  it('breaks no word: every word of every cell, bold ones measured bold, fits its column', () => {
    const fits = (text: string, i: number, style: 'normal' | 'bold') =>
      text.split(/\s+/).every((word) => w.textWidth(word, { size: TYPE.table, style }) + 10 <= widths[i]!);
    expect(fits('Order entry automation Chatbot', 0, 'normal')).toBe(true);
    expect(fits('Overdue', 1, 'bold')).toBe(true);
    expect(fits('Head of Marketing Operations Manager', 3, 'normal')).toBe(true);
  });

  it('keeps the shares when even the longest words cannot fit', () => {
    const hostile: TableGroup[] = [{ title: 'x', rows: [columns.map(() => 'W'.repeat(400))] }];
    expect(fitColumnsToContent(w, columns, hostile).map((c) => c.share)).toEqual(columns.map((c) => c.share));
  });
});
