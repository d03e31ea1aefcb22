import { __createTable, type RowInput, type UserOptions } from 'jspdf-autotable';
import { describe, expect, it } from 'vitest';
import { pdfLanguage } from '../../../../shared/pdf/board-pack-labels';
import { createGroupTable } from '../../../../shared/pdf/grouped-table';
import { createPdfDocument } from '../../../../shared/pdf/pdf-document';
import { pageGeometry } from '../../../../shared/pdf/page-geometry';
import { FONT_FAMILY } from '../../../../shared/pdf/pdf-theme';
import { PdfWriter } from '../../../../shared/pdf/pdf-writer';
import { shippedFonts } from './pdf-tools';

/* The grouped tables skip jspdf-autotable's cell measuring when their fixed widths make it unread (#18 bench). */

function writer(): PdfWriter {
  const doc = createPdfDocument('a4', shippedFonts(), { title: 't', subject: 's', keywords: 'k', author: 'a', language: 'en', date: '2026-12-02', fileId: '0'.repeat(32) });
  return new PdfWriter(doc, pageGeometry('a4'), (text) => text, pdfLanguage('en'));
}

const LONG = 'Vierteljährlich überprüfte Kundenzufriedenheit mit einem außergewöhnlich langen Wort: Donaudampfschifffahrtsgesellschaftskapitän';

function options(body: RowInput[], widths: (number | 'auto')[] = [120, 300, 80]): UserOptions {
  return {
    startY: 60,
    theme: 'plain',
    tableWidth: 500,
    styles: { font: FONT_FAMILY, fontSize: 8.5, overflow: 'linebreak', cellPadding: 4 },
    headStyles: { fontStyle: 'bold' },
    columnStyles: Object.fromEntries(widths.map((cellWidth, i) => [i, { cellWidth }])),
    head: [[{ content: 'A group title that spans the table', colSpan: 3 }], ['Item', 'Description', 'Status']],
    body,
  };
}

/** What a drawn table depends on: column widths, row heights and every cell's wrapped lines. */
function layout(table: ReturnType<typeof __createTable>) {
  return {
    widths: table.columns.map((c) => c.width),
    rows: table.allRows().map((row) => ({ height: row.height, cells: Object.values(row.cells).map((c) => ({ width: c.width, text: c.text })) })),
  };
}

describe('createGroupTable', () => {
  const cases: [string, RowInput[], (number | 'auto')[]?][] = [
    ['plain rows', [['Onboarding', LONG, 'Live'], ['Invoice matching', 'Short', 'Planned']]],
    ['a spanning row among plain ones', [[{ content: 'No applications yet under this objective', colSpan: 3 }], ['Onboarding', LONG, 'Live']]],
    ['only spanning rows (measured, as autotable must)', [[{ content: LONG, colSpan: 3 }], [{ content: 'Two', colSpan: 2 }, 'x']]],
    ['columns of automatic width (measured)', [['Onboarding', LONG, 'Live']], [120, 'auto', 'auto']],
    ['no rows at all (measured)', []],
  ];

  it.each(cases)('lays out %s exactly as jspdf-autotable does on its own', (_, body, widths) => {
    const quick = writer();
    const own = writer();
    expect(layout(createGroupTable(quick, options(body, widths)))).toEqual(layout(__createTable(own.doc, options(body, widths))));
  });

  it('leaves the document measuring text afterwards', () => {
    const w = writer();
    createGroupTable(w, options([['Onboarding', LONG, 'Live']]));
    expect(w.doc.getTextWidth('Onboarding')).toBeGreaterThan(10);
  });
});
