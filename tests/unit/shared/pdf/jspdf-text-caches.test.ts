import fc from 'fast-check';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { addEmbeddedFonts } from '../../../../shared/pdf/pdf-document';
import { cacheTextEncoding, cacheTextMeasures } from '../../../../shared/pdf/jspdf-text-caches';
import { quickenFontEmbedding } from '../../../../shared/pdf/jspdf-speedups';
import { FONT_FAMILY } from '../../../../shared/pdf/pdf-theme';
import { shippedFonts } from './pdf-tools';

/* The encoding, width and wrapping caches must give what jsPDF gives without them (#18 bench). */

const fonts = shippedFonts();

function newDocument(cached: boolean): jsPDF {
  const doc = new jsPDF({ unit: 'pt', compress: true, putOnlyUsedFonts: true });
  addEmbeddedFonts(doc, fonts);
  if (cached) {
    cacheTextEncoding(doc);
    cacheTextMeasures(doc);
  }
  doc.setFileId('0'.repeat(32));
  doc.setCreationDate("D:20261202000000+00'00'");
  return doc;
}

const bytesOf = (doc: jsPDF): Buffer => {
  quickenFontEmbedding(doc);
  return Buffer.from(doc.output('arraybuffer'));
};

/** Text drawn and measured every way the board pack does, each string more than once, in both faces. */
function drawEverything(doc: jsPDF, texts: readonly string[]): void {
  let y = 40;
  for (let round = 0; round < 2; round++) {
    for (const style of ['normal', 'bold', 'normal']) {
      doc.setFont(FONT_FAMILY, style);
      for (const [i, text] of texts.entries()) {
        doc.setFontSize(8 + (i % 3));
        const lines = doc.splitTextToSize(text, 120) as string[];
        doc.text(lines, 40, y);
        doc.text(text, 400, y, { align: i % 2 ? 'right' : 'center' });
        doc.text(lines, 300, y, { align: i % 2 ? 'center' : 'right' });
        doc.text(`${Math.round(doc.getTextWidth(text) * 1000)}`, 500, y);
        y = y > 700 ? 40 : y + 14;
      }
    }
  }
}

describe('the text caches', () => {
  const TEXTS = [
    'Łódź — “Quality” 12 % ↑ Ελληνικά Кириллица Tiếng Việt fi ffl',
    'Customer onboarding assistant',
    'Customer onboarding assistant',
    'A longer description that wraps onto several lines at a hundred and twenty points,\nwith a second paragraph',
    '',
    ' ',
    '—',
    'ends at a glyph the font lacks \u0001 and what follows is dropped by jsPDF',
    'CJK 中文 is left out by jsPDF',
  ];

  it('write the same document as jsPDF alone, repeats and all', () => {
    const plain = newDocument(false);
    drawEverything(plain, TEXTS);
    const cached = newDocument(true);
    drawEverything(cached, TEXTS);
    expect(bytesOf(cached).equals(bytesOf(plain))).toBe(true);
  });

  it('measure and wrap any text as jsPDF does, at any size and width, asked once or twice', () => {
    const plain = newDocument(false);
    const cached = newDocument(true);
    const text = fc.string({ unit: fc.constantFrom('a', 'W', 'é', ' ', '\n', '—', 'Ж', 'i', '.', '中') });
    fc.assert(
      fc.property(text, fc.integer({ min: 5, max: 300 }), fc.constantFrom(7, 8.5, 12), fc.constantFrom('normal', 'bold'), (s, width, size, style) => {
        for (const doc of [plain, cached]) {
          doc.setFont(FONT_FAMILY, style);
          doc.setFontSize(size);
        }
        for (let twice = 0; twice < 2; twice++) {
          expect(cached.splitTextToSize(s, width)).toEqual(plain.splitTextToSize(s, width));
          const paragraphs = s.split('\n') as unknown as string; // jsPDF takes a list of paragraphs too; its types say string
          expect(cached.splitTextToSize(paragraphs, width, { fontSize: size + 1 })).toEqual(plain.splitTextToSize(paragraphs, width, { fontSize: size + 1 }));
          expect(cached.getTextWidth(s)).toBe(plain.getTextWidth(s));
        }
      }),
    );
  });

  it('hand back a fresh list of lines each time, so a caller may change it', () => {
    const doc = newDocument(true);
    const first = doc.splitTextToSize('one two three four five six seven', 40) as string[];
    first.length = 1;
    expect((doc.splitTextToSize('one two three four five six seven', 40) as string[]).length).toBeGreaterThan(1);
  });

  it('measure with character spacing as jsPDF does (it is not cached)', () => {
    const plain = newDocument(false);
    const cached = newDocument(true);
    for (const doc of [plain, cached]) doc.setCharSpace(1.5);
    expect(cached.getTextWidth('Spaced out')).toBe(plain.getTextWidth('Spaced out'));
    expect(cached.splitTextToSize('Spaced out letters wrap sooner', 60)).toEqual(plain.splitTextToSize('Spaced out letters wrap sooner', 60));
  });
});
