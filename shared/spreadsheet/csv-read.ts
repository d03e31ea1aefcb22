import Papa from 'papaparse';
import { restoreFormulaText } from './cell-text';
import type { ReadCaps } from './read-caps';
import type { Cell, ReadResult } from './spreadsheet-types';

type Refused = Extract<ReadResult, { status: 'refused' }>;
const refused = (reason: Refused['reason'], detail: string): Refused => ({ status: 'refused', reason, detail });

/**
 * The text of a CSV file and the encoding it was in: a byte-order mark decides (UTF-8, or UTF-16
 * as Excel's "Unicode text" writes it); without one, UTF-16 when every other byte of the start is
 * zero, UTF-8 when the bytes are valid UTF-8, and Windows-1252 (what Excel writes as "CSV" on a
 * Western Windows) otherwise.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const decode = (encoding: string, from = 0, fatal = false) => new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes.subarray(from));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', 3), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', 2), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', 2), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (pairs >= 2 && oddZeros > pairs * 0.4 && evenZeros === 0) return { text: decode('utf-16le'), encoding: 'utf-16le' };
  if (pairs >= 2 && evenZeros > pairs * 0.4 && oddZeros === 0) return { text: decode('utf-16be'), encoding: 'utf-16be' };
  // Lenient decoding marks every invalid sequence with U+FFFD, and is twice as fast as the strict
  // kind; only a text holding that mark (or a file that holds the character itself) is checked strictly.
  const text = decode('utf-8');
  if (!text.includes('\ufffd')) return { text, encoding: 'utf-8' };
  try {
    return { text: decode('utf-8', 0, true), encoding: 'utf-8' };
  } catch {
    return { text: decode('windows-1252'), encoding: 'windows-1252' };
  }
}

/**
 * Reads a CSV (or tab-separated) file: delimiter guessed among comma, semicolon, tab and bar (or
 * taken from Excel's "sep=;" first line), quoted fields with delimiters and line breaks, the quote
 * that export puts before formula-looking text taken off again. Stops reading at the row cap.
 */
export function readCsv(bytes: Uint8Array, name: string, caps: ReadCaps): ReadResult {
  const { text: decoded, encoding } = decodeText(bytes);
  // Binary files (a PDF, an image, an old .xls) hold NULs; text never does.
  if (decoded.slice(0, 4096).includes('\u0000')) return refused('not-a-spreadsheet', 'binary content');
  let text = decoded;
  let delimiter = '';
  let skipped = 0;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1]!;
    text = text.slice(sep[0].length);
    skipped = 1;
  }
  if (!delimiter) delimiter = guessDelimiter(text.slice(0, cutAfterLines(text, 0, 50)));
  // Only as many lines as the cap allows are parsed; a longer text is refused unless its quoted
  // line breaks make the records fewer than its lines.
  const cut = cutAfterLines(text, 0, caps.maxRows + 1);
  const newline = guessNewline(text);
  let data = Papa.parse<string[]>(text.slice(0, cut), { delimiter, newline, skipEmptyLines: false }).data;
  if (cut < text.length && data.length <= caps.maxRows) data = Papa.parse<string[]>(text, { delimiter, newline, skipEmptyLines: false, preview: caps.maxRows + 1 }).data;
  // A final line break leaves one empty record behind; it is no row of the table.
  if (data.length && data[data.length - 1]!.length === 1 && data[data.length - 1]![0] === '') data.pop();
  if (data.length + skipped > caps.maxRows) return refused('too-many-rows', `more than ${caps.maxRows} rows`);
  // Papaparse's records become the rows in place: no second copy of every row.
  const rows = data as unknown as Cell[][];
  for (let r = 0; r < rows.length; r++) {
    const record = rows[r]!;
    if (record.length > caps.maxColumns) {
      if (record.slice(caps.maxColumns).some((f) => f !== '')) return refused('too-many-columns', `row ${r + 1 + skipped}: ${record.length} columns; at most ${caps.maxColumns}`);
      record.length = caps.maxColumns;
    }
    for (let c = 0; c < record.length; c++) {
      const field = record[c] as string;
      if (field.length > caps.maxCellLength) throw new CellTooLarge(r + 1 + skipped, field.length);
      // Only a field starting with a quote can carry the quote export put before a formula.
      record[c] = field === '' ? null : field.charCodeAt(0) === 39 ? restoreFormulaText(field) : field;
    }
  }
  const first = rows.findIndex((row) => row.some((cell) => cell !== null && cell.toString().trim() !== ''));
  const drop = first < 0 ? rows.length : first;
  return {
    status: 'read',
    sheets: [{ name, rows: rows.slice(drop), firstRow: drop + 1 + skipped }],
    format: 'csv',
    encoding,
    delimiter,
  };
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter that splits the first records into the same number of fields most often (more
 * than one), quotes respected; more fields break a tie, then the order comma, semicolon, tab, bar.
 * Papaparse's own guess is not quote-aware enough: a quoted ";" in a short comma file fooled it.
 */
export function guessDelimiter(sample: string): string {
  let best: string = ',';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const counts = fieldCounts(sample, delimiter);
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    let mode = 0;
    let modeFrequency = 0;
    for (const [count, times] of frequency) if (times > modeFrequency || (times === modeFrequency && count > mode)) [mode, modeFrequency] = [count, times];
    if (mode < 2) continue;
    const score = (modeFrequency / counts.length) * 1_000_000 + Math.min(mode, 999_999);
    if (score > bestScore) [best, bestScore] = [delimiter, score];
  }
  return best;
}

/** The number of fields of each non-blank record of the sample, quotes respected; a record cut off at the end is left out. */
function fieldCounts(sample: string, delimiter: string): number[] {
  const counts: number[] = [];
  let fields = 1;
  let blank = true;
  let quoted = false;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i]!;
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === delimiter) fields++;
    else if (c === '\n') {
      if (!blank || fields > 1) counts.push(fields);
      fields = 1;
      blank = true;
      continue;
    } else if (c === '\r') continue;
    blank = false;
  }
  if (!quoted && (!blank || fields > 1)) counts.push(fields);
  return counts;
}

/** How far into the text the line break is guessed from. */
const NEWLINE_SAMPLE = 64 * 1024;

/**
 * The text's line break, as papaparse guesses it (outside quotes: "\n" when a lone one comes
 * first or there is no "\r"; "\r\n" when at least half the "\r"-separated pieces start with
 * "\n"; "\r" otherwise), from the start of the text in one scan instead of papaparse's regular
 * expression and splits over a megabyte, which took a quarter of its parsing time.
 */
export function guessNewline(text: string): '\n' | '\r\n' | '\r' {
  const end = Math.min(text.length, NEWLINE_SAMPLE);
  let quoted = false;
  let returns = 0;
  let returnsBeforeNewline = 0;
  let newlineFirst = false;
  let previous = -1;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    // Quoted text is passed over whole, as papaparse's guess cuts it out before looking.
    if (code === 34) {
      quoted = !quoted;
      continue;
    }
    if (quoted) continue;
    if (code === 13) returns++;
    else if (code === 10) {
      if (returns === 0) newlineFirst = true;
      if (previous === 13) returnsBeforeNewline++;
    }
    previous = code;
  }
  if (returns === 0 || newlineFirst) return '\n';
  return returnsBeforeNewline >= (returns + 1) / 2 ? '\r\n' : '\r';
}

/** The index just past the `lines`-th line break from `from` (the text's length when it has fewer). */
function cutAfterLines(text: string, from: number, lines: number): number {
  let at = from;
  for (let n = 0; n < lines; n++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

export class CellTooLarge extends Error {
  constructor(
    readonly row: number,
    readonly length: number,
  ) {
    super(`row ${row}: ${length} characters`);
  }
}
