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
function columnOfRefAt(xml: string, at: number): number {
  let col = 0;
  let i = at;
  for (; ; i++) {
    const code = xml.charCodeAt(i);
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
function plainRunAt(xml: string, from: number, to: number): string | undefined {
  const after = xml.charCodeAt(from + 2);
  if (!xml.startsWith('<t', from) || !(after === 62 || after === 32) || !xml.startsWith('</t>', to - 4)) return undefined;
  const textStart = xml.indexOf('>', from + 2) + 1;
  if (textStart <= 0 || textStart > to - 4 || xml.indexOf('<', textStart) !== to - 4) return undefined;
  return xmlUnescape(xml.slice(textStart, to - 4));
}

/**
 * A reader of the sheet's tags in place, by indexOf and character codes: no regular expression, no
 * object and no substring per tag (a sheet at the caps has half a million), only one substring per
 * value read. Its fields describe the last tag read.
 */
class SheetScanner {
  /** Where the tag's name ends, and where its local name starts (after any namespace prefix). */
  nameEnd = 0;
  local = 0;
  closing = false;
  /** Where the tag's ">" is, and whether it closes itself ("/>"). */
  end = 0;
  empty = false;
  /** Start of the value of the attributes r, t and s (-1: absent), and where t's and s's end. */
  r = -1;
  t = -1;
  tEnd = -1;
  s = -1;
  sEnd = -1;
  private readonly found: { needle: string; at: number }[] = [];

  constructor(readonly xml: string) {}

  /** Reads the tag whose "<" is at `lt`; false when the text ends inside it. */
  tag(lt: number): boolean {
    const xml = this.xml;
    let i = lt + 1;
    this.closing = xml.charCodeAt(i) === 47;
    if (this.closing) i++;
    let local = i;
    for (; i < xml.length; i++) {
      const code = xml.charCodeAt(i);
      if (code === 62 || code === 47 || code === 60 || code <= 32) break;
      if (code === 58) local = i + 1;
    }
    this.nameEnd = i;
    this.local = local;
    this.end = xml.indexOf('>', i);
    this.empty = this.end > 0 && xml.charCodeAt(this.end - 1) === 47;
    return this.end >= 0;
  }

  is(name: string): boolean {
    // Names here are one to three letters: compared by code, cheaper than a startsWith call.
    if (this.nameEnd - this.local !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (this.xml.charCodeAt(this.local + i) !== name.charCodeAt(i)) return false;
    return true;
  }

  /** Reads the r, t and s attributes of the last tag (double-quoted, as the patterns before read them). */
  attributes(): void {
    const xml = this.xml;
    this.r = this.t = this.tEnd = this.s = this.sEnd = -1;
    for (let i = this.nameEnd; i < this.end; i++) {
      if (xml.charCodeAt(i) !== 61 || xml.charCodeAt(i + 1) !== 34 || xml.charCodeAt(i - 2) > 32) continue;
      const name = xml.charCodeAt(i - 1);
      const valueEnd = xml.indexOf('"', i + 2);
      if (valueEnd < 0) return;
      if (name === 114 && this.r < 0) this.r = i + 2;
      else if (name === 116 && this.t < 0) [this.t, this.tEnd] = [i + 2, valueEnd];
      else if (name === 115 && this.s < 0) [this.s, this.sEnd] = [i + 2, valueEnd];
      i = valueEnd;
    }
  }

  /** indexOf for a closing tag, remembering what it found: a file whose tags are never closed would send every search to the end again. */
  find(needle: string, from: number): number {
    // A handful of needles (</row>, </v>, </is>, prefixed alike), so a list beats a map.
    let memo: { needle: string; at: number } | undefined;
    for (const m of this.found) if (m.needle === needle) memo = m;
    if (memo === undefined) this.found.push((memo = { needle, at: -2 }));
    if (memo.at === -1 || memo.at >= from) return memo.at;
    memo.at = this.xml.indexOf(needle, from);
    return memo.at;
  }
}

const closeOf = (prefix: string, name: string) => (prefix === '' ? CLOSE[name]! : `</${prefix}${name}>`);
const CLOSE: Readonly<Record<string, string>> = { row: '</row>', v: '</v>', is: '</is>' };

/** Whether the t attribute's value (from `at` to `end`) is `type`. */
function typeIs(xml: string, at: number, end: number, type: string): boolean {
  if (end - at !== type.length || xml.charCodeAt(at) !== type.charCodeAt(0)) return false;
  return type.length === 1 || xml.startsWith(type, at);
}

/*
 * The sheet's rows and cells. What it reads is what the regular expressions it replaced read:
 * <row r>, <c r t s>, the cell's first <v>, whether it has an <f>, an inline string's <is>, with
 * any namespace prefix.
 */
function sheetTable(name: string, xml: string, strings: readonly string[], dates: readonly boolean[], caps: ReadCaps): SheetTable | Refused {
  const rows: Cell[][] = [];
  const uncached: [number, number][] = [];
  const scan = new SheetScanner(xml);
  let nextRow = 0;
  const dataStart = xml.indexOf('sheetData');
  let pos = dataStart < 0 ? 0 : dataStart;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0 || !scan.tag(lt)) break;
    pos = scan.end + 1;
    if (scan.closing || !scan.is('row')) continue;
    scan.attributes();
    let r = nextRow;
    if (scan.r >= 0) {
      const close = xml.indexOf('"', scan.r);
      const digits = xml.slice(scan.r, close);
      if (/^\d+$/.test(digits)) r = Number(digits) - 1;
    }
    nextRow = r + 1;
    if (r >= caps.maxRows) return refused('too-many-rows', `row ${r + 1}; at most ${caps.maxRows}`);
    if (scan.empty) continue;
    const rowClose = closeOf(xml.slice(lt + 1, scan.local), 'row');
    let rowEnd = scan.find(rowClose, pos);
    if (rowEnd < 0) rowEnd = xml.length;
    const row: Cell[] = [];
    let nextColumn = 0;
    for (;;) {
      const cellLt = xml.indexOf('<', pos);
      if (cellLt < 0 || cellLt >= rowEnd || !scan.tag(cellLt)) break;
      pos = scan.end + 1;
      if (scan.closing || !scan.is('c')) continue;
      const cellPrefix = xml.slice(cellLt + 1, scan.local);
      scan.attributes();
      const c = scan.r >= 0 && xml.charCodeAt(scan.r) !== 34 ? columnOfRefAt(xml, scan.r) : nextColumn;
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
          const at = xml.indexOf('<', pos);
          if (at < 0 || at >= rowEnd || !scan.tag(at)) break;
          pos = scan.end + 1;
          if (scan.closing) {
            if (scan.is('c') && xml.slice(at + 2, scan.local) === cellPrefix) break;
            continue;
          }
          if (scan.is('f')) formula = true;
          else if (scan.empty) continue;
          else if (raw === undefined && scan.is('v')) {
            const close = scan.find(closeOf(xml.slice(at + 1, scan.local), 'v'), pos);
            if (close >= 0 && close < rowEnd) {
              raw = xml.slice(pos, close);
              pos = close;
            }
          } else if (inline === undefined && scan.is('is')) {
            const close = scan.find(closeOf(xml.slice(at + 1, scan.local), 'is'), pos);
            if (close >= 0 && close < rowEnd) {
              inline = plainRunAt(xml, pos, close) ?? stringItemText(xml.slice(pos, close));
              pos = close;
            }
          }
        }
      let cell: Cell = null;
      if (t >= 0 && typeIs(xml, t, tEnd, 'inlineStr')) cell = inline ?? '';
      else if (raw !== undefined && raw !== '') {
        if (t < 0 || typeIs(xml, t, tEnd, 'n')) {
          const n = Number(raw);
          cell = Number.isFinite(n) ? (dates[style < 0 ? 0 : Number(xml.slice(style, styleEnd))] ? (dateOfSerial(n) ?? n) : n) : null;
        } else if (typeIs(xml, t, tEnd, 's')) cell = strings[Number(raw)] ?? null;
        else if (typeIs(xml, t, tEnd, 'str') || typeIs(xml, t, tEnd, 'e')) cell = xmlUnescape(raw);
        else if (typeIs(xml, t, tEnd, 'b')) cell = raw === '1' ? 'TRUE' : 'FALSE';
        else if (typeIs(xml, t, tEnd, 'd')) cell = xmlUnescape(raw).slice(0, 10);
        else {
          const n = Number(raw);
          cell = Number.isFinite(n) ? (dates[style < 0 ? 0 : Number(xml.slice(style, styleEnd))] ? (dateOfSerial(n) ?? n) : n) : null;
        }
      } else if (formula) uncached.push([r, c]);
      if (cell === '') cell = null;
      if (cell === null) continue;
      if (c < 0 || c >= caps.maxColumns) return refused('too-many-columns', `a cell in column ${c + 1}; at most ${caps.maxColumns}`);
      if (typeof cell === 'string' && cell.length > caps.maxCellLength) return refused('cell-too-large', `row ${r + 1}: ${cell.length} characters; at most ${caps.maxCellLength}`);
      while (row.length < c) row.push(null);
      row[c] = cell;
    }
    pos = Math.max(pos, rowEnd + rowClose.length);
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
