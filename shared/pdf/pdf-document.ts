import { jsPDF } from 'jspdf';
import { PAGE_SIZES, type PdfPageSize } from './page-geometry';
import { compactFontForPdf } from './font-trim';
import { FONT_FAMILY } from './pdf-theme';
import { quickenCompression, quickenGlyphWidths, quickenTextShaping, rememberFontList, shareParsedFonts } from './jspdf-speedups';
import { cacheTextEncoding, cacheTextMeasures } from './jspdf-text-caches';

/** A regular and a bold face, as TrueType bytes. */
export interface PdfFontSet {
  regular: Uint8Array;
  bold: Uint8Array;
}

/**
 * DejaVu Sans (Latin, Greek, Cyrillic), and optionally a CJK face (BIZ UDPGothic, assets/fonts) that
 * a pack switches to when the plan writes characters DejaVu lacks (#18 §6; shared/pdf/font-choice.ts).
 */
export interface PdfFonts extends PdfFontSet {
  cjk?: PdfFontSet;
}

export interface DocumentProperties {
  title: string;
  subject: string;
  keywords: string;
  author: string;
  /** The language of the text ("de"), for screen readers and text-to-speech. */
  language: Parameters<jsPDF['setLanguage']>[0];
  /** "YYYY-MM-DD": the only date in the file, so the same inputs give the same bytes. */
  date: string;
  /** 32 hex digits derived from the inputs. */
  fileId: string;
}

const binaryStrings = new WeakMap<Uint8Array, string>();

/** jsPDF's virtual file system holds fonts as "binary strings" (one char per byte); made once per font. */
function fontAsBinaryString(font: Uint8Array): string {
  const cached = binaryStrings.get(font);
  if (cached !== undefined) return cached;
  const bytes = compactFontForPdf(font);
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x2000) chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x2000)));
  const out = chunks.join('');
  binaryStrings.set(font, out);
  return out;
}

/** Registers the regular and bold font under FONT_FAMILY and selects the regular one. */
export function addEmbeddedFonts(doc: jsPDF, fonts: PdfFontSet): void {
  shareParsedFonts();
  doc.addFileToVFS('DejaVuSans.ttf', fontAsBinaryString(fonts.regular));
  doc.addFont('DejaVuSans.ttf', FONT_FAMILY, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fontAsBinaryString(fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', FONT_FAMILY, 'bold');
  doc.setFont(FONT_FAMILY, 'normal');
}

/** A landscape, compressed document with the two embedded fonts and fixed metadata. */
export function createPdfDocument(size: PdfPageSize, fonts: PdfFontSet, props: DocumentProperties): jsPDF {
  const { width, height } = PAGE_SIZES[size];
  // Positions to a thousandth of a point (jsPDF writes 16 digits by default): a third less page content to format and deflate.
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: [width, height], compress: true, putOnlyUsedFonts: true, floatPrecision: 3 });
  addEmbeddedFonts(doc, fonts);
  quickenTextShaping(doc);
  quickenCompression();
  rememberFontList(doc);
  quickenGlyphWidths(doc);
  cacheTextEncoding(doc);
  cacheTextMeasures(doc);
  doc.setDisplayMode('fullwidth', 'continuous');
  doc.setDocumentProperties({
    title: props.title,
    subject: props.subject,
    author: props.author,
    creator: 'AI Alignment Planner',
    keywords: props.keywords,
  });
  doc.setLanguage(props.language);
  doc.setCreationDate(pdfDate(props.date));
  if (!/^[0-9A-F]{32}$/i.test(props.fileId)) throw new Error('The PDF file id must be 32 hex digits.');
  doc.setFileId(props.fileId);
  return doc;
}

/**
 * "2026-11-23" → "D:20261123000000+00'00'". jsPDF accepts years 1970–2037 only; later dates are
 * clamped rather than letting it fall back to the clock.
 */
export function pdfDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`The export date must be written YYYY-MM-DD, not "${date}".`);
  const year = Number(m[1]);
  if (year > 2037) return "D:20371231000000+00'00'";
  if (year < 1970) return "D:19700101000000+00'00'";
  return `D:${m[1]}${m[2]}${m[3]}000000+00'00'`;
}

/** A 128-bit FNV-1a style hash of the inputs, as the PDF's file id (32 hex digits). */
export function fileIdOf(parts: readonly string[]): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  return seeds
    .map((seed, lane) => {
      let h = seed >>> 0;
      for (const part of parts) {
        for (let i = 0; i < part.length; i++) {
          h ^= part.charCodeAt(i) + lane;
          h = Math.imul(h, 0x01000193) >>> 0;
        }
        h ^= 0xff;
        h = Math.imul(h, 0x01000193) >>> 0;
      }
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b) >>> 0;
      h ^= h >>> 13;
      return (h >>> 0).toString(16).padStart(8, '0');
    })
    .join('')
    .toUpperCase();
}

const OPEN_ACTION = '/OpenAction [3 0 R /FitH null]';

/**
 * jsPDF always writes an /OpenAction (a harmless "fit width" view) into the catalog. A board pack
 * should carry no actions at all, so it is blanked out with spaces of the same length: the catalog
 * is not compressed, and keeping every byte offset keeps the cross-reference table valid.
 */
export function withoutOpenAction(pdf: Uint8Array): Uint8Array {
  const pattern = Array.from(OPEN_ACTION, (c) => c.charCodeAt(0));
  const at: number[] = [];
  for (let i = pdf.length - pattern.length; i >= 0 && at.length < 2; i--) {
    let match = true;
    for (let j = 0; j < pattern.length && match; j++) match = pdf[i + j] === pattern[j];
    if (match) at.push(i);
  }
  if (at.length !== 1) throw new Error(`Expected one ${OPEN_ACTION} in jsPDF's output, found ${at.length}.`);
  const out = pdf.slice();
  out.fill(0x20, at[0]!, at[0]! + pattern.length);
  return out;
}
