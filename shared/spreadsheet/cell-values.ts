import { APPROACHES, CADENCES, CATEGORIES, DIRECTIONS, STATUSES } from '../schema/plan-schema';
import enDomain from '../i18n/catalogues/en/domain.json';
import deDomain from '../i18n/catalogues/de/domain.json';
import viDomain from '../i18n/catalogues/vi/domain.json';
import { monthString } from '../roadmap/months';
import { normaliseHeader } from './column-mapping';
import type { Cell } from './spreadsheet-types';

/*
 * Cell values → plan values. Each parser returns the value, `undefined` for an empty cell (the
 * row did not give this field) or `null` when the cell holds something that cannot be read.
 */

export type Parsed<T> = T | undefined | null;

const isEmpty = (cell: Cell) => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** Impact and feasibility: a whole number 1–5 ("4", 4, "4.0"); "high" or 7 cannot be read. */
export function parseScore(cell: Cell): Parsed<number> {
  // A lone digit, as almost every score cell of a CSV is, needs no pattern.
  if (typeof cell === 'string' && cell.length === 1) {
    const code = cell.charCodeAt(0);
    if (code >= 49 && code <= 53) return code - 48;
  }
  if (isEmpty(cell)) return undefined;
  const n = typeof cell === 'number' ? cell : /^\s*[1-5](\.0+)?\s*$/.test(cell!) ? Number(cell) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
}

const SEPARATOR_SPACES = /[\s\u00a0\u202f\u2009']/g;

/**
 * A number as people write it: "1,234.5", "1.234,5", "1 234,5", "12 %", "€ 40", "−5", "1e-7". A
 * lone dot is a decimal point (as every program writes numbers to CSV); a lone comma before
 * exactly three digits ("1,234") could be a thousands separator or a decimal comma and is not
 * guessed at: it cannot be read.
 */
export function parseNumber(cell: Cell): Parsed<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (cell !== null && isPlainDecimal(cell)) return Number(cell);
  if (isEmpty(cell)) return undefined;
  const text = cell!
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/\s*%$/u, '')
    .replace(/^(€|\$|£|¥|₫)\s*/u, '')
    .replace(/\s*(€|\$|£|¥|₫|EUR|USD|VND)$/iu, '')
    .replace(SEPARATOR_SPACES, '');
  if (/^-?\d+(\.\d+)?e[+-]?\d+$/i.test(text)) {
    // "1e999" is no number a plan can hold.
    const n = Number(text);
    return Number.isFinite(n) ? n : null;
  }
  if (!/^-?[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  let normal: string;
  if (commas && dots) {
    // Both kinds: the last one is the decimal mark and the other groups thousands.
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if ((decimal === ',' ? commas : dots) > 1 || !groupedWell(text.slice(0, text.lastIndexOf(decimal)), group)) return null;
    normal = text.split(group).join('').replace(',', '.');
  } else if (commas || dots) {
    const mark = commas ? ',' : '.';
    const count = commas || dots;
    const parts = text.split(mark);
    if (count > 1) {
      if (!groupedWell(text, mark)) return null;
      normal = parts.join('');
    } else {
      if (mark === ',' && parts[1]!.length === 3 && !/^-?0?$/.test(parts[0]!)) return null;
      normal = `${parts[0]}.${parts[1]}`;
    }
  } else normal = text;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/**
 * "-12.5", "40": digits with at most one dot between digits and nothing else, which every rule
 * below reads as Number() does, so the patterns are skipped for the usual cell.
 */
function isPlainDecimal(text: string): boolean {
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const digitsFrom = i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i === digitsFrom) return false;
  if (i === text.length) return true;
  if (text.charCodeAt(i) !== 46) return false;
  const fractionFrom = ++i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i === text.length && i > fractionFrom;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

function groupedWell(integer: string, group: string): boolean {
  if (!integer.includes(group)) return true;
  const [head, ...rest] = integer.replace(/^-/, '').split(group);
  return /^\d{1,3}$/.test(head!) && rest.every((g) => /^\d{3}$/.test(g));
}

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['jan', 'january', 'januar', 'jänner', 'janv'],
  ['feb', 'february', 'februar', 'febr'],
  ['mar', 'march', 'märz', 'maerz', 'mrz'],
  ['apr', 'april'],
  ['may', 'mai'],
  ['jun', 'june', 'juni'],
  ['jul', 'july', 'juli'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['oct', 'october', 'okt', 'oktober'],
  ['nov', 'november'],
  ['dec', 'december', 'dez', 'dezember'],
];
const MONTH_OF_NAME: ReadonlyMap<string, number> = new Map(MONTH_NAMES.flatMap((names, i) => names.map((name) => [normaliseHeader(name), i + 1] as const)));

const monthOf = (year: number, month: number): string | null =>
  Number.isInteger(year) && Number.isInteger(month) && year >= 1900 && year <= 9999 && month >= 1 && month <= 12 ? monthString(year * 12 + month - 1) : null;

/** Days since 1970-01-01 → year and month (the civil calendar, proleptic Gregorian). */
function yearMonthOfDays(days: number): { year: number; month: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month };
}

/** Excel's day serial (1900 system: day 25569 is 1970-01-01) → "YYYY-MM"; only serials of 1955–2119 are taken for dates. */
export function monthOfExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 20_000 || serial > 80_000) return null;
  const { year, month } = yearMonthOfDays(Math.floor(serial) - 25569);
  return monthOf(year, month);
}

const validDay = (year: number, month: number, day: number) => day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The pilot's start month: "2027-03", "2027-3", "2027/03", "03/2027", "03.2027", "2027-03-15",
 * "15.03.2027", "Mar 2027", "March 2027", "März 2027", "tháng 3 2027", an Excel date serial or a date
 * cell. "2027-13" and "2027-02-30" cannot be read.
 */
export function parseMonth(cell: Cell): Parsed<string> {
  if (isEmpty(cell)) return undefined;
  if (typeof cell === 'number') return monthOfExcelSerial(cell);
  let month = monthCache.get(cell!);
  if (month === undefined) {
    month = monthOfText(cell!.trim());
    if (monthCache.size < 10_000) monthCache.set(cell!, month);
  }
  return month;
}

/** Texts already read as months: a column of pilot starts repeats a few dozen months thousands of times. */
const monthCache = new Map<string, string | null>();

function monthOfText(text: string): string | null {
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2})(?:[T ][\d:.]+Z?)?)?$/.exec(text);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (m[3] !== undefined && (month < 1 || month > 12 || !validDay(year, month, Number(m[3])))) return null;
    return monthOf(year, month);
  }
  m = /^(?:(\d{1,2})\.)?(\d{1,2})[./](\d{4})$/.exec(text);
  if (m) {
    const [year, month] = [Number(m[3]), Number(m[2])];
    if (m[1] !== undefined && (month < 1 || month > 12 || !validDay(year, month, Number(m[1])))) return null;
    return monthOf(year, month);
  }
  if (/^\d+(\.\d+)?$/.test(text)) return monthOfExcelSerial(Number(text));
  const words = normaliseHeader(text).replace(/^(thang|thg)\s+/, '').split(' ');
  if (words.length === 2) {
    const [a, b] = words as [string, string];
    const [name, year] = /^\d{4}$/.test(b) ? [a, b] : [b, a];
    const month = MONTH_OF_NAME.get(name) ?? (/^\d{1,2}$/.test(name) ? Number(name) : undefined);
    if (month !== undefined && /^\d{4}$/.test(year)) return monthOf(Number(year), month);
  }
  return null;
}

type Catalogue = Readonly<Record<string, string>>;
const CATALOGUES: readonly Catalogue[] = [enDomain, deDomain, viDomain];

/** value, English label and the labels of the other languages → value. */
function choiceTable<T extends string>(values: readonly T[], keyPrefix: string | null, extra: Readonly<Record<string, T>> = {}): ReadonlyMap<string, T> {
  const table = new Map<string, T>();
  const add = (word: string, value: T) => {
    const key = normaliseHeader(word) || word.trim();
    if (key && !table.has(key)) table.set(key, value);
  };
  for (const value of values) add(value, value);
  for (const catalogue of CATALOGUES) for (const value of values) if (keyPrefix) add(catalogue[`${keyPrefix}.${value}`] ?? '', value);
  for (const [word, value] of Object.entries(extra)) add(word, value);
  return table;
}

export const CHOICES = {
  status: choiceTable(STATUSES, 'domain.status', { 'in pilot': 'pilot', scaling: 'scale', production: 'live', 'in production': 'live', done: 'live' }),
  category: choiceTable(CATEGORIES, 'domain.category', {
    'customer support': 'customer-support',
    'sales and marketing': 'sales-marketing',
    sales: 'sales-marketing',
    marketing: 'sales-marketing',
    operations: 'operations-logistics',
    logistics: 'operations-logistics',
    finance: 'finance-admin',
    admin: 'finance-admin',
    hr: 'hr-talent',
  }),
  approach: choiceTable(APPROACHES, 'domain.approach', { buy: 'off-the-shelf', build: 'custom', 'off the shelf': 'off-the-shelf' }),
  direction: choiceTable(DIRECTIONS, null, {
    'higher is better': 'up',
    'lower is better': 'down',
    higher: 'up',
    lower: 'down',
    increase: 'up',
    decrease: 'down',
    '↑': 'up',
    '↓': 'down',
    'up is good': 'up',
    'down is good': 'down',
    steigend: 'up',
    fallend: 'down',
    'höher ist besser': 'up',
    'niedriger ist besser': 'down',
    'càng cao càng tốt': 'up',
    'càng thấp càng tốt': 'down',
  }),
  cadence: choiceTable(CADENCES, 'domain.cadence'),
};

/** The English label export writes for a choice; the value itself where the app has no label (direction). */
export function choiceLabel(kind: keyof typeof CHOICES, value: string): string {
  if (kind === 'direction') return value === 'down' ? 'lower is better' : 'higher is better';
  return (enDomain as Catalogue)[`domain.${kind}.${value}`] ?? value;
}

/** Words already looked up, per kind: a column of choices repeats a handful of words thousands of times. */
const choiceCache: Readonly<Record<keyof typeof CHOICES, Map<string, string | null>>> = {
  status: new Map(),
  category: new Map(),
  approach: new Map(),
  direction: new Map(),
  cadence: new Map(),
};

export function parseChoice<K extends keyof typeof CHOICES>(kind: K, cell: Cell): Parsed<string> {
  if (isEmpty(cell)) return undefined;
  const word = typeof cell === 'number' ? String(cell) : cell!;
  const cache = choiceCache[kind];
  let value = cache.get(word);
  if (value === undefined) {
    // Arrows are not letters, so they would normalise to nothing.
    value = CHOICES[kind].get(normaliseHeader(word) || word.trim()) ?? null;
    if (cache.size < 10_000) cache.set(word, value);
  }
  return value;
}
