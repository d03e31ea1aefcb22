import { describe, expect, it } from 'vitest';
import { pdfLanguage } from '../../../../shared/pdf/board-pack-labels';
import { drawGroupedTable, type TableColumn, type TableGroup } from '../../../../shared/pdf/grouped-table';
import { createPdfDocument } from '../../../../shared/pdf/pdf-document';
import { pageGeometry } from '../../../../shared/pdf/page-geometry';
import { PdfWriter } from '../../../../shared/pdf/pdf-writer';
import { shippedFonts } from './pdf-tools';

/* #18 §6: no group leaves a single row behind, at the foot of a page or alone on the next. */

const columns: TableColumn[] = [
  { header: 'Item', share: 0.5 },
  { header: 'Note', share: 0.5 },
];

function writer(): PdfWriter {
  const page = pageGeometry('a4');
  const doc = createPdfDocument('a4', shippedFonts(), { title: 't', subject: 's', keywords: 'k', author: 'a', language: 'en', date: '2026-12-02', fileId: '0'.repeat(32) });
  return new PdfWriter(doc, page, (text) => text, pdfLanguage('en'));
}

const group = (rows: number): TableGroup => ({
  title: 'Group',
  rows: Array.from({ length: rows }, (_, i) => [`Row ${i + 1}`, 'A note']),
  rowItems: Array.from({ length: rows }, (_, i) => [`row:${i + 1}`]),
});

/** Where the cursor must stand for exactly `rows` rows (and the head) to fit above the page's foot. */
function cursorFitting(w: PdfWriter, rows: number): number {
  const probe = writer();
  probe.y = probe.page.contentTop;
  drawGroupedTable(probe, columns, group(rows));
  const height = probe.y - 14 - probe.page.contentTop;
  return w.page.contentBottom - height - 1;
}

describe('group breaks', () => {
  it('moves a group on whole rather than leave its first row alone at the foot of a page', () => {
    const w = writer();
    w.y = cursorFitting(w, 1);
    const start = drawGroupedTable(w, columns, group(6));
    expect(start).toBe(2);
    for (let r = 1; r <= 6; r++) expect(w.pageOfItem(`row:${r}`)).toBe(2);
  });

  it('stays put when its second row is taller than a page, so the heading above is not left alone', () => {
    const w = writer();
    w.y = cursorFitting(w, 1);
    const tall: TableGroup = { ...group(3), rows: [['Row 1', 'A note'], ['Row 2', Array.from({ length: 120 }, (_, i) => `Line ${i}`).join('\n')], ['Row 3', 'A note']] };
    expect(drawGroupedTable(w, columns, tall)).toBe(1);
    expect(w.pageOfItem('row:1')).toBe(1);
  });

  it('ends a page a row early rather than carry a single last row onto the next', () => {
    const w = writer();
    w.y = cursorFitting(w, 5);
    const start = drawGroupedTable(w, columns, group(6));
    expect(start).toBe(1);
    expect([1, 2, 3, 4].map((r) => w.pageOfItem(`row:${r}`))).toEqual([1, 1, 1, 1]);
    expect([5, 6].map((r) => w.pageOfItem(`row:${r}`))).toEqual([2, 2]);
  });

  it('leaves no single row on the last page of a group that spans several', () => {
    const w = writer();
    w.y = w.page.contentTop;
    // Rows per full page, then a group that would fill two pages and put one row on a third.
    const perPage = (() => {
      for (let n = 10; n < 200; n++) {
        const p = writer();
        drawGroupedTable(p, columns, group(n));
        if (p.pageCount > 1) return n - 1;
      }
      return 0;
    })();
    expect(perPage).toBeGreaterThan(5);
    const rows = perPage * 2 + 1;
    drawGroupedTable(w, columns, group(rows));
    const pageOf = (r: number) => w.pageOfItem(`row:${r}`);
    expect(pageOf(rows)).toBe(3);
    expect(pageOf(rows - 1)).toBe(3);
    expect(pageOf(rows - 2)).toBe(2);
    expect(pageOf(1)).toBe(1);
  });

  it('leaves a group that fits where it is', () => {
    const w = writer();
    w.y = cursorFitting(w, 6);
    expect(drawGroupedTable(w, columns, group(6))).toBe(1);
    expect(w.pageOfItem('row:6')).toBe(1);
  });
});

describe('the readiness checklist', () => {
  it('leaves out the notes column when nobody wrote a note, and shows it as soon as one exists', async () => {
    const { renderPlanPdf } = await import('../../../../shared/pdf');
    const { examplePlan } = await import('../../../fixtures/pdf/pdf-fixture-plans');
    const { flatText, pdfWorkspace } = await import('./pdf-tools');
    const workspace = pdfWorkspace();
    try {
      const plan = examplePlan();
      const bare = flatText(workspace.write('bare.pdf', renderPlanPdf(plan, { fonts: shippedFonts(), date: '2026-12-02', sections: ['readiness'] })));
      expect(bare).not.toMatch(/\bNote\b/);
      const noted = { ...plan, readiness: { ...plan.readiness, items: { ...plan.readiness.items, dataCleanup: { answer: 'partly' as const, note: 'Quarterly clean-up agreed.' } } } };
      const text = flatText(workspace.write('noted.pdf', renderPlanPdf(noted, { fonts: shippedFonts(), date: '2026-12-02', sections: ['readiness'] })));
      expect(text).toMatch(/\bNote\b/);
      expect(text).toContain('Quarterly clean-up agreed.');
    } finally {
      workspace.cleanup();
    }
  });
});
