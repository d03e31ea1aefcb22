import fc from 'fast-check';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { addEmbeddedFonts } from '../../../../shared/pdf/pdf-document';
import { GlyphWidths, jsPdfOwnFilters, quickenFontEmbedding, quickenGlyphWidths, quickenTextShaping, unsharedFontOpen } from '../../../../shared/pdf/jspdf-speedups';
import { renderPlanPdf } from '../../../../shared/pdf';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { FONT_FAMILY } from '../../../../shared/pdf/pdf-theme';
import { shippedFonts } from './pdf-tools';

/* The quick paths around jsPDF's shaper and font assembly must give jsPDF's own results (#18 bench). */

interface Ttf {
  glyIdsUsed: number[];
  directory: { encode: (tables: unknown) => ArrayLike<number> };
  subset: { encode(ids: number[], format: number): ArrayLike<number> };
}

function documentWith(text: string): jsPDF {
  const doc = new jsPDF({ unit: 'pt', compress: true, putOnlyUsedFonts: true });
  addEmbeddedFonts(doc, shippedFonts());
  doc.text(text, 40, 40);
  doc.setFont(FONT_FAMILY, 'bold');
  doc.text(text, 40, 80);
  return doc;
}

const ttfOf = (doc: jsPDF, style: string) => (doc.internal as unknown as { getFont(f: string, s: string): { metadata: Ttf } }).getFont(FONT_FAMILY, style).metadata;

describe('the quick font assembly', () => {
  it.each(['normal', 'bold'])('writes the %s face byte for byte as jsPDF does', (style) => {
    const doc = documentWith('Łódź — “Quality” 12 % ↑ Ελληνικά Кириллица Tiếng Việt fi ffl');
    const ttf = ttfOf(doc, style);
    const used = ttf.glyIdsUsed.length;
    quickenFontEmbedding(doc);
    expect(ttf.glyIdsUsed.length).toBeLessThan(used);
    expect(new Set(ttf.glyIdsUsed).size).toBe(ttf.glyIdsUsed.length);
    const quick = Array.from(ttf.subset.encode(ttf.glyIdsUsed, 1));
    delete (ttf.directory as { encode?: unknown }).encode; // back to jsPDF's prototype method
    const own = Array.from(ttf.subset.encode(ttf.glyIdsUsed, 1));
    expect(quick.length).toBeGreaterThan(1000);
    expect(quick).toEqual(own);
  });
});

describe('the quick shaper', () => {
  const original = (jsPDF.API as unknown as { processArabic: (t: string) => string }).processArabic;
  quickenTextShaping(new jsPDF());
  const quick = (jsPDF.API as unknown as { processArabic: (t: string) => string }).processArabic;

  it('is installed once, however many documents are made', () => {
    quickenTextShaping(new jsPDF());
    expect((jsPDF.API as unknown as { processArabic: unknown }).processArabic).toBe(quick);
    expect(quick).not.toBe(original);
  });

  it('gives what the shaper gives for any text, Arabic or not', () => {
    const samples = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom('ل', 'ا', 'م', 'a', ' ', '\\', 's', '+', 'é') }));
    fc.assert(fc.property(samples, (text) => quick(text) === original(text)));
    expect(quick('مرحبا بالعالم')).toBe(original('مرحبا بالعالم'));
    expect(quick('مرحبا')).not.toBe('مرحبا');
  });

  it('shapes the text of a document that holds Arabic', () => {
    const doc = new jsPDF();
    quickenTextShaping(doc);
    const seen: unknown[] = [];
    doc.internal.events.subscribe('postProcessText', (payload: { text: unknown }) => seen.push(payload.text));
    doc.text('سلام', 10, 10);
    doc.text('Plain', 10, 20);
    expect(seen[0]).not.toEqual([['سلام']]);
    expect(JSON.stringify(seen[0])).not.toContain('سلام');
    expect(seen[1]).toEqual([['Plain']]);
  });
});

describe('fonts parsed once and shared between documents', () => {
  const api = jsPDF.API as unknown as { TTFFont: { open: unknown } };
  const render = (title: string) => {
    const plan = examplePlan();
    plan.meta.title = title;
    return renderPlanPdf(plan, { fonts: shippedFonts(), date: '2026-12-02' });
  };

  it('gives the bytes of a document that parsed its own fonts, whatever was printed before', () => {
    const first = render('Plan – “one”');
    render('Ελληνικά Кириллица Tiếng Việt ½ ¾ → ✓');
    const again = render('Plan – “one”');
    const shared = api.TTFFont.open;
    const own = unsharedFontOpen();
    expect(own).not.toBeNull();
    api.TTFFont.open = own;
    try {
      const alone = render('Plan – “one”');
      expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
      expect(Buffer.from(alone).equals(Buffer.from(first))).toBe(true);
    } finally {
      api.TTFFont.open = shared;
    }
  });
});

describe('the tables every font subset copies whole', () => {
  it('are read from the file once per font, and the documents still match one that parsed its own fonts (above)', () => {
    const metadataOf = () => {
      const doc = documentWith('Łódź');
      return (doc.internal as unknown as { getFont(f: string, s: string): { metadata: Record<string, { raw(): number[] }> } }).getFont(FONT_FAMILY, 'normal').metadata;
    };
    const one = metadataOf();
    const two = metadataOf();
    for (const tag of ['cmap', 'hmtx', 'hhea', 'maxp', 'post', 'name']) {
      expect(one[tag]!.raw().length).toBeGreaterThan(0);
      expect(two[tag]!.raw()).toBe(one[tag]!.raw());
    }
  });
});

describe('the quick stream compression', () => {
  it('writes the streams jsPDF writes', () => {
    const plan = examplePlan();
    const quick = renderPlanPdf(plan, { fonts: shippedFonts(), date: '2026-12-02' });
    const api = jsPDF.API as unknown as { processDataByFilters: unknown };
    const installed = api.processDataByFilters;
    expect(jsPdfOwnFilters()).not.toBeNull();
    api.processDataByFilters = jsPdfOwnFilters();
    try {
      const own = renderPlanPdf(plan, { fonts: shippedFonts(), date: '2026-12-02' });
      expect(quick.length).toBeGreaterThan(50_000);
      expect(Buffer.from(quick).equals(Buffer.from(own))).toBe(true);
    } finally {
      api.processDataByFilters = installed;
    }
  });
});

describe('the quick glyph-width list', () => {
  const TEXT = 'Łódź — “Quality” 12 % ↑ Ελληνικά Кириллица Tiếng Việt fi ffl, again: Łódź Quality';
  const documentWithWidths = (quick: boolean): Uint8Array => {
    const doc = new jsPDF({ unit: 'pt', compress: true, putOnlyUsedFonts: true });
    addEmbeddedFonts(doc, shippedFonts());
    if (quick) {
      quickenGlyphWidths(doc);
      const unicode = (doc.internal as unknown as { getFont(f: string, s: string): { metadata: { Unicode: { widths: unknown } } } }).getFont(FONT_FAMILY, 'bold').metadata.Unicode;
      expect(unicode.widths).toBeInstanceOf(GlyphWidths);
    }
    doc.setFileId('0'.repeat(32));
    doc.setCreationDate("D:20261202000000+00'00'");
    doc.text(TEXT, 40, 40);
    doc.setFont(FONT_FAMILY, 'bold');
    doc.text(TEXT.split(' ').reverse().join(' '), 40, 80);
    return new Uint8Array(doc.output('arraybuffer'));
  };

  it('finds each glyph where a plain list would, and writes the same document', () => {
    const widths = new GlyphWidths();
    widths.push(3, [600], 7, [580]);
    expect([widths.indexOf(7), widths.indexOf(3), widths.indexOf(9), widths.indexOf([600])]).toEqual([2, 0, -1, -1]);
    expect(Array.isArray(widths)).toBe(true);
    expect(Buffer.from(documentWithWidths(true)).equals(Buffer.from(documentWithWidths(false)))).toBe(true);
  });
});
