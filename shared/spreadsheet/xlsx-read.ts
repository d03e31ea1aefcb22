import { listZip, readEntry, type ZipEntry } from './zip-entries';
import type { ReadCaps } from './read-caps';
import { NeedsNormalizing, normalizedUtf8, SheetBytes } from './sheet-bytes';
import type { Cell, ReadResult, SheetTable } from './spreadsheet-types';

/*
 * A small SpreadsheetML reader over the zip listing: the workbook's sheets in order, shared and
 * inline strings, numbers, booleans, and numbers in a date format as YYYY-MM-DD. Formulas give
 * their cached value; one without is read as empty and listed in `uncached`. The small parts are
 * scanned with regular expressions, the worksheets in place from their bytes (sheet-bytes.ts); no
 * DTDs, no entities beyond XML's own, so nothing in a file can make the reader fetch or expand
 * anything.
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

/** "AB12" → 27 (0-based column), or -1; read in place from `at`. */
function columnOfRefAt(bytes: Uint8Array, at: number): number {
  let col = 0;
  let i = at;
  for (; ; i++) {
    const code = bytes[i]!;
    if (!(code >= 65 && code <= 90)) break;
    col = col * 26 + (code - 64);
  }
  return i === at ? -1 : col - 1;
}

/** The text of a string item's XML: one plain <t> run read directly, anything else by runText. */
function stringItemText(item: string): string {
  if (item.startsWith('<t') && (item.charCodeAt(2) === 62 || item.charCodeAt(2) <= 32) && item.indexOf('</t>') === item.length - 4 && !item.includes('rPh')) {
    const inner = item.slice(item.indexOf('>') + 1, item.length - 4);
    if (!inner.includes('<')) return xmlUnescape(inner);
  }
  return runText(item);
}

/** An inline string that is one plain <t>text</t> run (as export writes them), read in place; undefined for anything else. */
function plainRunAt(scan: SheetBytes, from: number, to: number): string | undefined {
  const after = scan.bytes[from + 2];
  if (!scan.startsWith('<t', from) || !(after === 62 || after === 32) || !scan.startsWith('</t>', to - 4)) return undefined;
  const textStart = scan.next(62, from + 2) + 1;
  if (textStart <= 0 || textStart > to - 4 || scan.next(60, textStart) !== to - 4) return undefined;
  return xmlUnescape(scan.text(textStart, to - 4));
}

const closeOf = (prefix: string, name: string) => (prefix === '' ? CLOSE[name]! : `</${prefix}${name}>`);
const CLOSE: Readonly<Record<string, string>> = { row: '</row>', v: '</v>', is: '</is>' };

/** Whether the t attribute's value (from `at` to `end`) is `type`. */
function typeIs(scan: SheetBytes, at: number, end: number, type: string): boolean {
  if (end - at !== type.length || scan.bytes[at] !== type.charCodeAt(0)) return false;
  return type.length === 1 || scan.startsWith(type, at);
}

/** Whether bytes `from`..`to` are the same as the `length` bytes at `other`. */
function sameBytes(bytes: Uint8Array, from: number, to: number, other: number, length: number): boolean {
  if (to - from !== length) return false;
  for (let k = 0; k < length; k++) if (bytes[from + k] !== bytes[other + k]) return false;
  return true;
}

/** The style index of a cell's s attribute, as Number() read the attribute's text. */
function styleOf(scan: SheetBytes, from: number, to: number): number {
  return scan.smallInteger(from, to) ?? Number(scan.text(from, to));
}

/** A number cell's value: the number, or its date when the cell's style shows a date. */
function numberCell(raw: string, scan: SheetBytes, style: number, styleEnd: number, dates: readonly boolean[]): Cell {
  const n = Number(raw);
  return Number.isFinite(n) ? (dates[style < 0 ? 0 : styleOf(scan, style, styleEnd)] ? (dateOfSerial(n) ?? n) : n) : null;
}

/*
 * The sheet's rows and cells, read from the part's bytes. What it reads is what the regular
 * expressions it replaced read: <row r>, <c r t s>, the cell's first <v>, whether it has an <f>,
 * an inline string's <is>, with any namespace prefix.
 */
function sheetTable(name: string, bytes: Uint8Array, strings: readonly string[], dates: readonly boolean[], caps: ReadCaps, normalized = false): SheetTable | Refused {
  try {
    return sheetTableOf(name, new SheetBytes(bytes, normalized), strings, dates, caps);
  } catch (error) {
    if (!(error instanceof NeedsNormalizing)) throw error;
    return sheetTable(name, normalizedUtf8(bytes), strings, dates, caps, true);
  }
}

function sheetTableOf(name: string, scan: SheetBytes, strings: readonly string[], dates: readonly boolean[], caps: ReadCaps): SheetTable | Refused {
  const bytes = scan.bytes;
  const rows: Cell[][] = [];
  const uncached: [number, number][] = [];
  let nextRow = 0;
  const dataStart = scan.indexOf('sheetData', 0);
  let pos = dataStart < 0 ? 0 : dataStart;
  for (;;) {
    const lt = scan.next(60, pos);
    if (lt < 0 || !scan.tag(lt)) break;
    pos = scan.end + 1;
    if (scan.closing || !scan.is('row')) continue;
    scan.attributes();
    let r = nextRow;
    if (scan.r >= 0) {
      const close = scan.next(34, scan.r);
      const digits = close > scan.r ? scan.smallInteger(scan.r, close) : undefined;
      if (digits !== undefined) r = digits - 1;
      else if (close - scan.r > 9) {
        const text = scan.text(scan.r, close);
        if (/^\d+$/.test(text)) r = Number(text) - 1;
      }
    }
    nextRow = r + 1;
    if (r >= caps.maxRows) return refused('too-many-rows', `row ${r + 1}; at most ${caps.maxRows}`);
    if (scan.empty) continue;
    const rowClose = closeOf(scan.prefixKey(lt + 1, scan.local), 'row');
    scan.startRow(rowClose);
    const row: Cell[] = [];
    let nextColumn = 0;
    for (;;) {
      const cellLt = scan.next(60, pos);
      if (cellLt < 0 || scan.endsRow(cellLt) || !scan.tag(cellLt)) break;
      pos = scan.end + 1;
      if (scan.closing || !scan.is('c')) continue;
      const cellPrefix = cellLt + 1;
      const cellPrefixLength = scan.prefixKey(cellPrefix, scan.local).length;
      scan.attributes();
      const c = scan.r >= 0 && bytes[scan.r] !== 34 ? columnOfRefAt(bytes, scan.r) : nextColumn;
      nextColumn = c + 1;
      const t = scan.t;
      const tEnd = scan.tEnd;
      const style = scan.s;
      const styleEnd = scan.sEnd;
      let raw: string | undefined;
      let formula = false;
      let inline: string | undefined;
      // The cell's own elements up to its closing tag: <v>, <f>, <is>; the rest is passed over.
      if (!scan.empty)
        for (;;) {
          const at = scan.next(60, pos);
          if (at < 0 || scan.endsRow(at) || !scan.tag(at)) break;
          pos = scan.end + 1;
          if (scan.closing) {
            if (scan.is('c') && sameBytes(bytes, at + 2, scan.local, cellPrefix, cellPrefixLength)) break;
            continue;
          }
          if (scan.is('f')) formula = true;
          else if (scan.empty) continue;
          else if (raw === undefined && scan.is('v')) {
            // The closing tag is nearly always the next tag: then it is the first, as find would answer.
            const needle = closeOf(scan.prefixKey(at + 1, scan.local), 'v');
            const next = scan.nextTag(pos);
            const direct = next >= 0 && scan.startsWith(needle, next);
            const close = direct ? next : scan.find(needle, pos);
            if (close >= 0 && close < (direct ? scan.rowLimit() : scan.rowEndFrom(pos))) {
              raw = scan.text(pos, close, direct ? scan.hash : undefined);
              pos = close;
            }
          } else if (inline === undefined && scan.is('is')) {
            const needle = closeOf(scan.prefixKey(at + 1, scan.local), 'is');
            const run = scan.plainRun(pos, needle);
            const close = run >= 0 ? run : scan.find(needle, pos);
            if (close >= 0 && close < (run >= 0 ? scan.rowLimit() : scan.rowEndFrom(pos))) {
              inline = run >= 0 ? xmlUnescape(scan.text(scan.runFrom, scan.runTo, scan.hash)) : (plainRunAt(scan, pos, close) ?? stringItemText(scan.text(pos, close)));
              pos = close;
            }
          }
        }
      let cell: Cell = null;
      if (t >= 0 && typeIs(scan, t, tEnd, 'inlineStr')) cell = inline ?? '';
      else if (raw !== undefined && raw !== '') {
        if (t < 0 || typeIs(scan, t, tEnd, 'n')) cell = numberCell(raw, scan, style, styleEnd, dates);
        else if (typeIs(scan, t, tEnd, 's')) cell = strings[Number(raw)] ?? null;
        else if (typeIs(scan, t, tEnd, 'str') || typeIs(scan, t, tEnd, 'e')) cell = xmlUnescape(raw);
        else if (typeIs(scan, t, tEnd, 'b')) cell = raw === '1' ? 'TRUE' : 'FALSE';
        else if (typeIs(scan, t, tEnd, 'd')) cell = xmlUnescape(raw).slice(0, 10);
        else cell = numberCell(raw, scan, style, styleEnd, dates);
      } else if (formula) uncached.push([r, c]);
      if (cell === '') cell = null;
      if (cell === null) continue;
      if (c < 0 || c >= caps.maxColumns) return refused('too-many-columns', `a cell in column ${c + 1}; at most ${caps.maxColumns}`);
      if (typeof cell === 'string' && cell.length > caps.maxCellLength) return refused('cell-too-large', `row ${r + 1}: ${cell.length} characters; at most ${caps.maxCellLength}`);
      while (row.length < c) row.push(null);
      row[c] = cell;
    }
    pos = Math.max(pos, scan.rowEndFrom(pos) + rowClose.length);
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
  const part = (path: string): Uint8Array | null | Refused => {
    const entry: ZipEntry | undefined = entries.get(path);
    if (!entry) return null;
    const read = readEntry(bytes, entry);
    return read.ok ? read.data : refused(read.reason, read.detail);
  };
  const text = (path: string): string | null | Refused => {
    const data = part(path);
    return data instanceof Uint8Array ? decoder.decode(data) : data;
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
  const strings = shared === null ? [] : [...shared.matchAll(new RegExp(`<${P}si>([\\s\\S]*?)</${P}si>|<${P}si/>`, 'g'))].map((m) => stringItemText(m[1] ?? ''));
  if (strings.some((s) => s.length > caps.maxCellLength)) return refused('cell-too-large', `a shared string; at most ${caps.maxCellLength} characters`);
  const styles = text('xl/styles.xml');
  if (isRefused(styles)) return styles;
  const dates = dateStyles(styles);

  const sheets: SheetTable[] = [];
  for (const m of workbook.matchAll(new RegExp(`<${P}sheet\\b([^>]*)/?>`, 'g'))) {
    const a = attributes(m[1]!);
    // The sheet's name is only a label: its part is found through the relationship, inside the zip listing.
    const path = targets.get(a['r:id'] ?? '') ?? null;
    const xml = path === null ? null : part(path.replace(/\/\.\//g, '/'));
    if (xml === null) continue;
    if (!(xml instanceof Uint8Array)) return xml;
    const table = sheetTable(a.name ?? `Sheet${sheets.length + 1}`, xml, strings, dates, caps);
    if ('status' in table) return table;
    sheets.push(table);
  }
  if (!sheets.length) return refused('not-a-spreadsheet', 'no worksheets');
  return { status: 'read', sheets, format: 'xlsx' };
}
