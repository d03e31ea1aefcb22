/**
 * Which characters a TrueType font can show, read from its `cmap` table. jsPDF prints a missing
 * glyph as nothing at all (DejaVu has no CJK), so the app asks this before exporting.
 */
export interface FontCoverage {
  has(codePoint: number): boolean;
}

const BMP_SIZE = 0x10000;

/** Parses the Unicode subtables (formats 4 and 12) of a TTF's cmap. Throws on bytes that are not a TrueType font. */
export function readFontCoverage(fontBytes: Uint8Array): FontCoverage {
  const view = new DataView(fontBytes.buffer, fontBytes.byteOffset, fontBytes.byteLength);
  const fail = (why: string): never => {
    throw new Error(`The font is not a readable TrueType font: ${why}.`);
  };
  if (fontBytes.byteLength < 12) fail('too short');
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565 /* 'true' */) fail('unknown sfnt version');
  const numTables = view.getUint16(4);
  let cmapOffset = -1;
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    if (record + 16 > fontBytes.byteLength) fail('table directory cut short');
    if (tagAt(view, record) === 'cmap') cmapOffset = view.getUint32(record + 8);
  }
  if (cmapOffset < 0 || cmapOffset + 4 > fontBytes.byteLength) fail('no cmap table');

  const bmp = new Uint8Array(BMP_SIZE / 8);
  const astral: [number, number][] = [];
  const mark = (from: number, to: number) => {
    for (let c = from; c <= to && c < BMP_SIZE; c++) bmp[c >> 3]! |= 1 << (c & 7);
    if (to >= BMP_SIZE) astral.push([Math.max(from, BMP_SIZE), to]);
  };

  const subtables = view.getUint16(cmapOffset + 2);
  const seen = new Set<number>();
  for (let i = 0; i < subtables; i++) {
    const rec = cmapOffset + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const offset = cmapOffset + view.getUint32(rec + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || seen.has(offset) || offset + 2 > fontBytes.byteLength) continue;
    seen.add(offset);
    const format = view.getUint16(offset);
    if (format === 4) readFormat4(view, offset, mark);
    else if (format === 12) readFormat12(view, offset, mark);
  }
  return {
    has(codePoint: number): boolean {
      if (codePoint < BMP_SIZE) return (bmp[codePoint >> 3]! & (1 << (codePoint & 7))) !== 0;
      return astral.some(([from, to]) => codePoint >= from && codePoint <= to);
    },
  };
}

function tagAt(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

function readFormat4(view: DataView, at: number, mark: (from: number, to: number) => void): void {
  const segCount = view.getUint16(at + 6) / 2;
  const endCodes = at + 14;
  const startCodes = endCodes + segCount * 2 + 2;
  const idDeltas = startCodes + segCount * 2;
  const idRangeOffsets = idDeltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = view.getUint16(endCodes + s * 2);
    const start = view.getUint16(startCodes + s * 2);
    const delta = view.getInt16(idDeltas + s * 2);
    const rangeOffsetAt = idRangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    let runStart = -1;
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const glyphAt = rangeOffsetAt + rangeOffset + (c - start) * 2;
        glyph = glyphAt + 2 <= view.byteLength ? view.getUint16(glyphAt) : 0;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0 && runStart < 0) runStart = c;
      if (glyph === 0 && runStart >= 0) {
        mark(runStart, c - 1);
        runStart = -1;
      }
    }
    if (runStart >= 0) mark(runStart, Math.min(end, 0xfffe));
  }
}

function readFormat12(view: DataView, at: number, mark: (from: number, to: number) => void): void {
  const groups = view.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const rec = at + 16 + g * 12;
    if (rec + 12 > view.byteLength) return;
    const start = view.getUint32(rec);
    const end = Math.min(view.getUint32(rec + 4), 0x10ffff);
    const startGlyph = view.getUint32(rec + 8);
    // Glyph 0 is .notdef: a group starting at glyph 0 does not cover its first character.
    const from = startGlyph === 0 ? start + 1 : start;
    if (from <= end) mark(from, end);
  }
}

/** Characters the PDF drops silently rather than draws: control and invisible formatting characters. */
export function isInvisibleFormatting(codePoint: number): boolean {
  return (
    codePoint < 0x20 ||
    (codePoint >= 0x7f && codePoint < 0xa0) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    codePoint === 0xfeff ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  );
}

/**
 * Makes text safe to draw with the embedded fonts: NFC-normalised, line breaks unified, tabs as
 * spaces, invisible formatting dropped, and every character the fonts lack shown as `placeholder`
 * (the app has already listed those characters to the user).
 */
export function textSanitiser(coverages: readonly FontCoverage[], placeholder: string): (text: string) => string {
  const supported = (cp: number) => coverages.every((c) => c.has(cp));
  const cache = new Map<string, string>();
  return (input: string): string => {
    const cached = cache.get(input);
    if (cached !== undefined) return cached;
    const text = input.normalize('NFC').replace(/\r\n?/g, '\n');
    let out = '';
    let clean = text === input;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp === 0x0a) out += ch;
      else if (cp === 0x09) {
        clean = false;
        out += ' ';
      } else if (cp === 0x2028 || cp === 0x2029) {
        clean = false;
        out += '\n';
      } else if (isInvisibleFormatting(cp)) clean = false;
      else if (cp === 0x20 || supported(cp)) out += ch;
      else {
        clean = false;
        out += placeholder;
      }
    }
    // Runs of blank lines would print as empty pages: keep at most one blank line between paragraphs.
    const result = clean && !/\n\s*\n\s*\n/.test(input) ? input : out.replace(/\n[ \t]*(?:\n[ \t]*){2,}/g, '\n\n');
    if (cache.size < 50_000) cache.set(input, result);
    return result;
  };
}
