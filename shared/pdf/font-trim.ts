/**
 * jsPDF parses and re-encodes a TrueType font byte by byte on every export, and it copies a few
 * tables whole into the embedded subset. DejaVu's `post` table (62 KB of glyph names nobody reads
 * in a PDF) and the OpenType layout tables jsPDF ignores cost about a third of a small export, so
 * the font handed to jsPDF keeps only the tables it reads, with `post` reduced to its format 3
 * header. Glyph outlines, metrics, the character map and the licence in `name` are untouched.
 */
import { align4, checksum } from './ttf-tables';

const KEEP = new Set(['head', 'hhea', 'maxp', 'OS/2', 'hmtx', 'cmap', 'loca', 'glyf', 'name', 'post']);

export function compactFontForPdf(font: Uint8Array): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = view.getUint16(4);
  const tables: { tag: string; bytes: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(font[record]!, font[record + 1]!, font[record + 2]!, font[record + 3]!);
    if (!KEEP.has(tag)) continue;
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > font.byteLength) throw new Error(`The font's ${tag} table is cut short.`);
    let bytes = font.subarray(offset, offset + length);
    if (tag === 'post' && length >= 32) {
      bytes = bytes.slice(0, 32);
      new DataView(bytes.buffer).setUint32(0, 0x00030000);
    }
    tables.push({ tag, bytes });
  }
  tables.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const headerLength = 12 + tables.length * 16;
  const total = tables.reduce((n, t) => n + align4(t.bytes.length), headerLength);
  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);
  outView.setUint32(0, 0x00010000);
  outView.setUint16(4, tables.length);
  let power = 1;
  let log = 0;
  while (power * 2 <= tables.length) {
    power *= 2;
    log++;
  }
  outView.setUint16(6, power * 16);
  outView.setUint16(8, log);
  outView.setUint16(10, tables.length * 16 - power * 16);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[record + c] = t.tag.charCodeAt(c);
    out.set(t.bytes, offset);
    if (t.tag === 'head') outView.setUint32(offset + 8, 0); // checkSumAdjustment, recomputed below
    outView.setUint32(record + 4, checksum(out, offset, t.bytes.length));
    outView.setUint32(record + 8, offset);
    outView.setUint32(record + 12, t.bytes.length);
    offset += align4(t.bytes.length);
  });
  const head = tables.findIndex((t) => t.tag === 'head');
  if (head >= 0) {
    const headOffset = outView.getUint32(12 + head * 16 + 8);
    outView.setUint32(headOffset + 8, (0xb1b0afba - checksum(out, 0, out.length)) >>> 0);
  }
  return out;
}
