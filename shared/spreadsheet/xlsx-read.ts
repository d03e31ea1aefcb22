import { listZip, readEntry, type ZipEntry } from './zip-entries';
import type { ReadCaps } from './read-caps';
import type { Cell, ReadResult, SheetTable } from './spreadsheet-types';

/*
 * A small SpreadsheetML reader over the zip listing: the workbook's sheets in order, shared and
 * inline strings, numbers, booleans, and numbers in a date format as YYYY-MM-DD. Formulas give
 * their cached value; one without is read as empty and listed in `uncached`. The XML is scanned
 * with regular expressions over well-formed parts (no DTDs, no entities beyond XML's own), so
 * nothing in a file can make the scanner fetch or expand anything.
 */

type Refused = Extract<ReadResult, { status: 'refused' }>;
const refused = (reason: Refused['reason'], detail: string): Refused => ({ status: 'refused', reason, detail });

const P = '(?:[\\w.-]+:)?';
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text → string: character references, the five entities, and OOXML's _xHHHH_ escapes. */
export function xmlUnescape(text: string): string {
  const plain = text.includes('&')
    ? text.replace(ENTITY, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
        name ? NAMED[name]! : String.fromCodePoint(Number.parseInt(dec ?? hex!, dec ? 10 : 16)),
      )
    : text;
  return plain.includes('_x') ? plain.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : plain;
}

function attributes(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of raw.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[m[1]!.replace(/^[\w.-]+:(?=.)/, (p) => (p === 'r:' ? 'r:' : ''))] = xmlUnescape(m[2] ?? m[3] ?? '');
  return attrs;
}

const PHONETIC_RUN = new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, 'g');
const TEXT_RUN = new RegExp(`<${P}t(?:\\s[^>]*)?>([\\s\\S]*?)</${P}t>`, 'g');

/** The text of a string item (<si> or <is>): its <t> runs joined, phonetic runs left out. */
function runText(xml: string): string {
  const withoutPhonetic = xml.includes('rPh') ? xml.replace(PHONETIC_RUN, '') : xml;
  let text = '';
  for (const m of withoutPhonetic.matchAll(TEXT_RUN)) text += m[1];
  return xmlUnescape(text);
}

/** One attribute's raw value from a tag's attribute text, without building them all (cells are many). */
function attribute(raw: string, name: string): string | undefined {
  const at = raw.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  return raw.slice(start, raw.indexOf('"', start));
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a number format shows a date: d, m or y outside quotes, brackets and escapes. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Per cell style index: whether it formats numbers as dates. */
function dateStyles(xml: string | null): boolean[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(new RegExp(`<${P}numFmt\\b([^>]*)/?>`, 'g'))) {
    const a = attributes(m[1]!);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const cellXfs = new RegExp(`<${P}cellXfs\\b[^>]*>([\\s\\S]*?)</${P}cellXfs>`).exec(xml)?.[1] ?? '';
  return [...cellXfs.matchAll(new RegExp(`<${P}xf\\b([^>]*?)/?>`, 'g'))].map((m) => {
    const id = Number(attributes(m[1]!).numFmtId ?? 0);
    return BUILTIN_DATE_FORMATS.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!));
  });
}

/** Excel day serial → "YYYY-MM-DD" (1900 date system; serials before 1 March 1900 are not dates anyone means). */
export function dateOfSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return null;
  const z = Math.floor(serial) - 25569 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "AB12" → 27 (0-based column), or -1. */
function columnOfRef(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return i === 0 ? -1 : col - 1;
}

function sheetTable(name: string, xml: string, strings: readonly string[], dates: readonly boolean[], caps: ReadCaps): SheetTable | Refused {
  const rows: Cell[][] = [];
  const uncached: [number, number][] = [];
  let nextRow = 0;
  const rowPattern = new RegExp(`<${P}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}row>)`, 'g');
  const cellPattern = new RegExp(`<${P}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, 'g');
  const valuePattern = new RegExp(`<${P}v(?:\\s[^>]*)?>([\\s\\S]*?)</${P}v>`);
  const formulaPattern = new RegExp(`<${P}f[\\s>/]`);
  const inlinePattern = new RegExp(`<${P}is>([\\s\\S]*?)</${P}is>`);
  for (const rowMatch of xml.matchAll(rowPattern)) {
    const rAttr = /\br="(\d+)"/.exec(rowMatch[1]!);
    const r = rAttr ? Number(rAttr[1]) - 1 : nextRow;
    nextRow = r + 1;
    if (r >= caps.maxRows) return refused('too-many-rows', `row ${r + 1}; at most ${caps.maxRows}`);
    const body = rowMatch[2];
    if (!body) continue;
    const row: Cell[] = [];
    let nextColumn = 0;
    for (const cellMatch of body.matchAll(cellPattern)) {
      const rawAttrs = cellMatch[1]!;
      const ref = attribute(rawAttrs, 'r');
      const c = ref ? columnOfRef(ref) : nextColumn;
      nextColumn = c + 1;
      const inner = cellMatch[2] ?? '';
      const type = attribute(rawAttrs, 't') ?? 'n';
      const raw = valuePattern.exec(inner)?.[1];
      let cell: Cell = null;
      if (type === 'inlineStr') cell = runText(inlinePattern.exec(inner)?.[1] ?? '');
      else if (raw !== undefined && raw !== '') {
        if (type === 's') cell = strings[Number(raw)] ?? null;
        else if (type === 'str' || type === 'e') cell = xmlUnescape(raw);
        else if (type === 'b') cell = raw === '1' ? 'TRUE' : 'FALSE';
        else if (type === 'd') cell = xmlUnescape(raw).slice(0, 10);
        else {
          const n = Number(raw);
          cell = Number.isFinite(n) ? (dates[Number(attribute(rawAttrs, 's') ?? 0)] ? (dateOfSerial(n) ?? n) : n) : null;
        }
      } else if (formulaPattern.test(inner)) uncached.push([r, c]);
      if (cell === '') cell = null;
      if (cell === null) continue;
      if (c < 0 || c >= caps.maxColumns) return refused('too-many-columns', `a cell in column ${c + 1}; at most ${caps.maxColumns}`);
      if (typeof cell === 'string' && cell.length > caps.maxCellLength) return refused('cell-too-large', `row ${r + 1}: ${cell.length} characters; at most ${caps.maxCellLength}`);
      while (row.length < c) row.push(null);
      row[c] = cell;
    }
    if (row.length) {
      while (rows.length < r) rows.push([]);
      rows[r] = row;
    }
  }
  const first = rows.findIndex((row) => row !== undefined && row.some((cell) => cell !== null && (typeof cell !== 'string' || cell.trim() !== '')));
  const drop = first < 0 ? rows.length : first;
  return {
    name,
    rows: rows.slice(drop).map((row) => row ?? []),
    firstRow: drop + 1,
    ...(uncached.length ? { uncached: uncached.filter(([r]) => r >= drop).map(([r, c]) => [r - drop, c] as [number, number]) } : {}),
  };
}

export function readXlsx(bytes: Uint8Array, caps: ReadCaps): ReadResult {
  const listing = listZip(bytes, caps);
  if (!listing.ok) return refused(listing.reason, listing.detail);
  const { entries } = listing;
  const decoder = new TextDecoder('utf-8');
  const text = (path: string): string | null | Refused => {
    const entry: ZipEntry | undefined = entries.get(path);
    if (!entry) return null;
    const read = readEntry(bytes, entry);
    return read.ok ? decoder.decode(read.data) : refused(read.reason, read.detail);
  };
  const isRefused = (value: unknown): value is Refused => typeof value === 'object' && value !== null;

  const workbook = text('xl/workbook.xml');
  if (workbook === null) return refused('not-a-spreadsheet', 'no xl/workbook.xml');
  if (isRefused(workbook)) return workbook;
  const rels = text('xl/_rels/workbook.xml.rels');
  if (isRefused(rels)) return rels;
  const targets = new Map<string, string>();
  for (const m of (rels ?? '').matchAll(new RegExp(`<${P}Relationship\\b([^>]*)/?>`, 'g'))) {
    const a = attributes(m[1]!);
    if (a.Id && a.Target) targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const shared = text('xl/sharedStrings.xml');
  if (isRefused(shared)) return shared;
  const strings = shared === null ? [] : [...shared.matchAll(new RegExp(`<${P}si>([\\s\\S]*?)</${P}si>|<${P}si/>`, 'g'))].map((m) => runText(m[1] ?? ''));
  if (strings.some((s) => s.length > caps.maxCellLength)) return refused('cell-too-large', `a shared string; at most ${caps.maxCellLength} characters`);
  const styles = text('xl/styles.xml');
  if (isRefused(styles)) return styles;
  const dates = dateStyles(styles);

  const sheets: SheetTable[] = [];
  for (const m of workbook.matchAll(new RegExp(`<${P}sheet\\b([^>]*)/?>`, 'g'))) {
    const a = attributes(m[1]!);
    // The sheet's name is only a label: its part is found through the relationship, inside the zip listing.
    const path = targets.get(a['r:id'] ?? '') ?? null;
    const xml = path === null ? null : text(path.replace(/\/\.\//g, '/'));
    if (xml === null) continue;
    if (isRefused(xml)) return xml;
    const table = sheetTable(a.name ?? `Sheet${sheets.length + 1}`, xml, strings, dates, caps);
    if ('status' in table) return table;
    sheets.push(table);
  }
  if (!sheets.length) return refused('not-a-spreadsheet', 'no worksheets');
  return { status: 'read', sheets, format: 'xlsx' };
}
