import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';
import { align4, checksum } from './ttf-tables';

/*
 * Two of jsPDF's own steps cost more of an export than our whole layout (#18 bench, profiled at
 * 100 applications): its Arabic shaper rebuilds every string a character at a time on each text()
 * and width call, and its TrueType subsetter joins the font's tables with repeated Array.concat and
 * writes them a byte at a time. Both are replaced here by code that gives the same bytes:
 * - strings without an Arabic letter skip the shaper (it returns them unchanged, bar one quirk:
 *   it splits on the literal text "\s+" and joins with a space, which no plan means to print);
 * - the font file is assembled into one typed array, with the same table order, checksums and
 *   head adjustment as jsPDF's Directory.encode.
 * The byte-identical and golden-text tests hold either way.
 */

/** Arabic, its supplements and presentation forms: the letters jsPDF's shaper changes. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

type Shaper = (arg: unknown) => unknown;
interface ApiWithShaper {
  processArabic?: Shaper;
}

const quickShapers = new WeakMap<Shaper, Shaper>();

function quickShaper(shaper: Shaper): Shaper {
  const known = quickShapers.get(shaper);
  if (known) return known;
  const quick: Shaper = function (this: unknown, arg: unknown) {
    const text = typeof arg === 'string' ? arg : (arg as { text?: unknown } | null)?.text;
    if (!mayNeedShaping(text)) return arg;
    return shaper.call(this, arg);
  };
  quickShapers.set(quick, quick);
  quickShapers.set(shaper, quick);
  return quick;
}

function mayNeedShaping(text: unknown): boolean {
  if (typeof text === 'string') return ARABIC.test(text) || text.includes('\\s+');
  if (Array.isArray(text)) return text.some((part) => mayNeedShaping(Array.isArray(part) ? part[0] : part));
  return true;
}

/**
 * jspdf-autotable asks for the document's font list for every cell it styles, and jsPDF builds the
 * list anew each time; it changes only when a font is added.
 */
export function rememberFontList(doc: jsPDF): void {
  const build = doc.getFontList.bind(doc);
  const addFont = doc.addFont.bind(doc);
  let list: ReturnType<jsPDF['getFontList']> | null = null;
  doc.getFontList = () => (list ??= build());
  doc.addFont = ((...args: Parameters<jsPDF['addFont']>) => {
    list = null;
    return addFont(...args);
  }) as jsPDF['addFont'];
}

/**
 * jsPDF records each glyph's width the first time it prints it, and looks the glyph up with
 * Array.indexOf on every character. The same list, with the lookup kept in a map.
 */
export class GlyphWidths extends Array<unknown> {
  private readonly firstAt = new Map<number, number>();

  override push(...items: unknown[]): number {
    for (const item of items) {
      if (typeof item === 'number' && !this.firstAt.has(item)) this.firstAt.set(item, this.length);
      super.push(item);
    }
    return this.length;
  }

  override indexOf(value: unknown, fromIndex?: number): number {
    if (typeof value === 'number' && fromIndex === undefined) return this.firstAt.get(value) ?? -1;
    return super.indexOf(value, fromIndex);
  }
}

/** Gives each embedded font of the document the quick glyph-width list, while it is still empty. */
export function quickenGlyphWidths(doc: jsPDF): void {
  const getFont = (doc.internal as unknown as { getFont(name: string, style: string): { metadata?: { Unicode?: { widths: unknown[] } } } }).getFont;
  for (const [family, styles] of Object.entries(doc.getFontList() as Record<string, string[]>)) {
    for (const style of styles) {
      const unicode = getFont(family, style).metadata?.Unicode;
      if (unicode && Array.isArray(unicode.widths) && unicode.widths.length === 0 && !(unicode.widths instanceof GlyphWidths)) unicode.widths = new GlyphWidths();
    }
  }
}

/** Swaps the shaper for its quick form, in jsPDF's API (width calls) and in this document's text events. */
export function quickenTextShaping(doc: jsPDF): void {
  const api = jsPDF.API as unknown as ApiWithShaper;
  if (api.processArabic) api.processArabic = quickShaper(api.processArabic);
  const events = (doc.internal as unknown as { events: { getTopics(): Record<string, Record<string, [Shaper, boolean]>> } }).events;
  const subscribers = events.getTopics()['preProcessText'] ?? {};
  for (const entry of Object.values(subscribers)) {
    if (quickShapers.has(entry[0])) entry[0] = quickShaper(entry[0]);
  }
}

interface TtfDirectory {
  scalarType: number;
  encode(tables: Record<string, ArrayLike<number> | null>): ArrayLike<number>;
}
interface EmbeddedTtf {
  glyIdsUsed: number[];
  directory: TtfDirectory;
}

/** Just before output: each embedded face's used glyphs once each, and the quick font assembly. */
export function quickenFontEmbedding(doc: jsPDF): void {
  const fonts = doc.getFontList() as Record<string, string[]>;
  const getFont = (doc.internal as unknown as { getFont(name: string, style: string): { metadata?: unknown } }).getFont;
  for (const [family, styles] of Object.entries(fonts)) {
    for (const style of styles) {
      const ttf = getFont(family, style).metadata as EmbeddedTtf | undefined;
      if (!ttf || !Array.isArray(ttf.glyIdsUsed) || !ttf.directory) continue;
      // jsPDF records a glyph id for every character drawn; the subset needs each once.
      const unique = [...new Set(ttf.glyIdsUsed)];
      ttf.glyIdsUsed.length = 0;
      ttf.glyIdsUsed.push(...unique);
      ttf.directory.encode = (tables) => assembleFont(ttf.directory.scalarType, tables);
    }
  }
}

/** jsPDF's Directory.encode, in one pass over a typed array. */
export function assembleFont(scalarType: number, tables: Record<string, ArrayLike<number> | null>): Uint8Array {
  const tags = Object.keys(tables);
  const count = tags.length;
  // jsPDF's own arithmetic for these three header fields, kept so the bytes do not change.
  const searchRange = Math.floor(Math.log(count) / Math.log(2)) * 16;
  const entrySelector = Math.floor(searchRange / Math.log(2));
  const rangeShift = count * 16 - searchRange;
  const headerLength = 12 + count * 16;
  let total = headerLength;
  for (const tag of tags) total += align4(tables[tag]?.length ?? 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, scalarType >>> 0);
  view.setUint16(4, count & 0xffff);
  view.setUint16(6, searchRange & 0xffff);
  view.setUint16(8, entrySelector & 0xffff);
  view.setUint16(10, rangeShift & 0xffff);
  let offset = headerLength;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const table = tables[tag] ?? [];
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[record + c] = tag.charCodeAt(c) & 0xff;
    out.set(table, offset);
    view.setUint32(record + 4, checksum(out, offset, table.length));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.length);
    if (tag === 'head') headOffset = offset;
    offset += align4(table.length);
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out, 0, out.length)) >>> 0);
  return out;
}


interface ParsedTtf {
  subset: { constructor: new (font: ParsedTtf) => unknown };
  directory: object;
  toUnicode: Record<number, number>;
}
interface RawTable {
  raw?: () => number[] | null;
}
type OpenTtf = (file: Uint8Array) => ParsedTtf;
interface ApiWithTtf {
  TTFFont?: { open: OpenTtf };
}

const parsedFonts = new Map<string, ParsedTtf>();
const PARSED_FONTS_KEPT = 8;
let sharedOpen: OpenTtf | null = null;
let ownOpen: OpenTtf | null = null;

/** jsPDF's own parse, for tests that compare against it. */
export const unsharedFontOpen = (): OpenTtf | null => ownOpen;

/**
 * jsPDF parses the whole TrueType file on every document (a tenth of an export). The parsed tables
 * are only read afterwards, so each document gets a thin layer over one parse per font: its own
 * character-to-glyph record, subset and directory (the three things a document writes to), the
 * tables and glyph cache shared. Keyed by the file's bytes, so a different font is parsed anew.
 */
export function shareParsedFonts(): void {
  const api = jsPDF.API as unknown as ApiWithTtf;
  if (!api.TTFFont || api.TTFFont.open === sharedOpen) return;
  const open = api.TTFFont.open.bind(api.TTFFont);
  ownOpen = open;
  sharedOpen = (file) => {
    const key = fingerprint(file);
    let parsed = parsedFonts.get(key);
    if (!parsed) {
      parsed = open(file);
      rememberRawTables(parsed);
      if (parsedFonts.size >= PARSED_FONTS_KEPT) parsedFonts.delete(parsedFonts.keys().next().value!);
      parsedFonts.set(key, parsed);
    }
    // A shallow copy, not a prototype link: jsPDF asks hasOwnProperty('cmap') before it trusts a glyph.
    const own = Object.assign(Object.create(Object.getPrototypeOf(parsed) as object) as ParsedTtf, parsed);
    own.toUnicode = {};
    own.directory = Object.create(parsed.directory) as object;
    own.subset = new parsed.subset.constructor(own) as ParsedTtf['subset'];
    return own;
  };
  api.TTFFont.open = sharedOpen;
}

/** The tables every subset copies whole: jsPDF reads each from the file a byte at a time, per document. */
const WHOLE_TABLES = ['cmap', 'hmtx', 'hhea', 'maxp', 'post', 'name'];

function rememberRawTables(parsed: ParsedTtf): void {
  for (const tag of WHOLE_TABLES) {
    const table = (parsed as unknown as Record<string, RawTable | undefined>)[tag];
    if (typeof table?.raw !== 'function') continue;
    const read = table.raw.bind(table);
    let bytes: number[] | null | undefined;
    // Read once; the subset only copies the bytes out (jsPDF's own assembly too, by concat).
    table.raw = () => (bytes === undefined ? (bytes = read()) : bytes);
  }
}

/**
 * Length and a 64-bit FNV-1a of the table directory (every table's tag, checksum, offset and
 * length), the head table and the last 4 KB: two fonts differ there, so distinct fonts never share
 * a parse, without hashing megabytes per document.
 */
function fingerprint(bytes: Uint8Array): string {
  const tables = bytes.length >= 6 ? (bytes[4]! << 8) | bytes[5]! : 0;
  const spans: [number, number][] = [
    [0, Math.min(bytes.length, 12 + tables * 16 + 64)],
    [Math.max(0, bytes.length - 4096), bytes.length],
  ];
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (const [from, to] of spans) {
    for (let i = from; i < to; i++) {
      a = Math.imul(a ^ bytes[i]!, 0x01000193) >>> 0;
      b = Math.imul(b ^ bytes[i]!, 0x85ebca6b) >>> 0;
    }
  }
  return `${bytes.length}:${a.toString(16)}:${b.toString(16)}`;
}

type Filters = (data: string, chain: string | string[]) => { data: string; reverseChain: string };
let quickFilters: Filters | null = null;
let ownFilters: Filters | null = null;

/** jsPDF's own stream filters, for tests that compare against them. */
export const jsPdfOwnFilters = (): Filters | null => ownFilters;

/**
 * jsPDF deflates each stream with fflate, then rebuilds the compressed bytes into a string with a
 * reduce that adds one character at a time. The same fflate call with a chunked conversion gives
 * the same string; any other filter chain goes to jsPDF as before.
 */
export function quickenCompression(): void {
  const api = jsPDF.API as unknown as { processDataByFilters: Filters };
  if (api.processDataByFilters === quickFilters) return;
  const own = api.processDataByFilters.bind(api);
  ownFilters = own;
  quickFilters = (data, chain) => {
    const filters = typeof chain === 'string' ? [chain] : chain;
    if (filters.length !== 1 || (filters[0] !== 'FlateEncode' && filters[0] !== '/FlateEncode')) return own(data, chain);
    const bytes = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);
    return { data: binaryString(zlibSync(bytes)), reverseChain: '/FlateDecode' };
  };
  api.processDataByFilters = quickFilters;
}

function binaryString(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) parts.push(String.fromCharCode(...bytes.subarray(i, i + 8192)));
  return parts.join('');
}
