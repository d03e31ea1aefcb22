import { jsPDF } from 'jspdf';

/*
 * A board pack prints and measures the same strings over and over (an application's name in the
 * matrix, the roadmap, the details, the KPIs…; every status label, owner and "—"), and jsPDF works
 * each one out afresh a character at a time: its glyph encoding on every text() and its widths on
 * every measure and wrap (#18 bench). These caches answer a repeat from the first answer, per
 * document and per font, so the bytes do not change:
 * - encoding: the first time, jsPDF's own encoder runs and records the glyphs, their widths and
 *   their characters; a repeat would only record the same again (the glyph list is made unique
 *   before the font is written, keeping first appearances in order);
 * - widths and wrapping read only the font's tables, so a repeat is a pure function of the string,
 *   the font, its size and the character spacing (only spacing 0 is cached).
 */

interface FontEntry {
  encoding?: string;
  metadata?: { widthOfString?: unknown };
}
interface TextMutex {
  activeFontKey: string;
  fonts: Record<string, FontEntry>;
  isHex?: boolean;
}
interface TextPayload {
  text: unknown;
  mutex: TextMutex;
}
type Escape = (payload: TextPayload) => void;
type Subscriber = [Escape, boolean];

interface DocInternals {
  events: { getTopics(): Record<string, Record<string, Subscriber>> };
  getFont(name?: string, style?: string): FontEntry;
  getFontSize(): number;
  getCharSpace(): number;
}

const internalsOf = (doc: jsPDF) => doc.internal as unknown as DocInternals;

/** jsPDF's Unicode text encoder: the first postProcessText handler its plugins register (the other is the bidi engine). */
function jsPdfEncoder(): Escape | undefined {
  const events = (jsPDF.API as unknown as { events: [string, Escape][] }).events;
  return events.find(([topic]) => topic === 'postProcessText')?.[1];
}

/** Encodes each distinct string once per font of this document; repeats are read from the first. */
export function cacheTextEncoding(doc: jsPDF): void {
  const own = jsPdfEncoder();
  if (!own) return;
  const subscribers = internalsOf(doc).events.getTopics()['postProcessText'] ?? {};
  const entry = Object.values(subscribers).find((s) => s[0] === own);
  if (entry) entry[0] = cachedEncoder(own);
}

function cachedEncoder(own: Escape): Escape {
  const encoded = new WeakMap<FontEntry, Map<string, string>>();
  return function (this: unknown, payload: TextPayload) {
    const font = payload.mutex?.fonts?.[payload.mutex.activeFontKey];
    const text = payload.text || '';
    if (!font || font.encoding !== 'Identity-H' || !encodable(text)) return own.call(this, payload);
    let cache = encoded.get(font);
    if (!cache) encoded.set(font, (cache = new Map()));
    const encode = (part: string): string => {
      let hex = cache.get(part);
      if (hex === undefined) {
        const one: TextPayload = { ...payload, text: part };
        own.call(this, one);
        hex = one.text as string;
        cache.set(part, hex);
      }
      return hex;
    };
    // The shapes jsPDF's encoder accepts: a string, or lines that are strings or [text, x, y].
    if (typeof text === 'string') payload.text = encode(text);
    else {
      payload.text = (text as (string | unknown[])[]).map((part) =>
        typeof part === 'string' ? encode(part) : part.length === 3 ? [encode(part[0] as string), part[1], part[2]] : encode(part[0] as string),
      );
    }
    if (typeof text === 'string' || (text as unknown[]).length) payload.mutex.isHex = true;
  };
}

function encodable(text: unknown): boolean {
  if (typeof text === 'string') return true;
  return Array.isArray(text) && text.every((part) => typeof part === 'string' || (Array.isArray(part) && typeof part[0] === 'string'));
}

type UnitWidth = (text: string, options?: Record<string, unknown>) => number;
type Split = (text: string | string[], maxlen: number, options?: Record<string, unknown>) => string[];

const WIDTH_OPTIONS = new Set(['font', 'fontSize', 'charSpace', 'doKerning']);
const SPLIT_OPTIONS = new Set(['fontSize']);
const onlyKeys = (options: Record<string, unknown> | undefined, allowed: ReadonlySet<string>) => !options || Object.keys(options).every((k) => allowed.has(k));

/**
 * String widths (behind getTextWidth, jspdf-autotable's column sizing and right or centred text)
 * and line wrapping, each worked out once per string, font and size in this document.
 */
export function cacheTextMeasures(doc: jsPDF): void {
  const internal = internalsOf(doc);
  const ownWidth = (doc.getStringUnitWidth as unknown as UnitWidth).bind(doc);
  const widths = new WeakMap<FontEntry, Map<string, number>>();
  (doc as unknown as { getStringUnitWidth: UnitWidth }).getStringUnitWidth = (text, options) => {
    const font = (options?.font as FontEntry | undefined) ?? internal.getFont();
    const charSpace = (options?.charSpace as number | undefined) || internal.getCharSpace();
    if (typeof text !== 'string' || charSpace || typeof font.metadata?.widthOfString !== 'function' || !onlyKeys(options, WIDTH_OPTIONS)) return ownWidth(text, options);
    const size = (options?.fontSize as number | undefined) || internal.getFontSize();
    let cache = widths.get(font);
    if (!cache) widths.set(font, (cache = new Map()));
    const key = `${size}|${text}`;
    let width = cache.get(key);
    if (width === undefined) cache.set(key, (width = ownWidth(text, options)));
    return width;
  };

  const ownSplit = (doc.splitTextToSize as unknown as Split).bind(doc);
  const splits = new WeakMap<FontEntry, Map<string, readonly string[]>>();
  (doc as unknown as { splitTextToSize: Split }).splitTextToSize = (text, maxlen, options) => {
    const font = internal.getFont();
    const paragraphs = typeof text === 'string' ? text.split(/\r?\n/) : text;
    if (internal.getCharSpace() || !font.metadata || !Array.isArray(paragraphs) || !paragraphs.every((p) => typeof p === 'string') || !onlyKeys(options, SPLIT_OPTIONS)) {
      return ownSplit(text, maxlen, options);
    }
    // jsPDF wraps each paragraph on its own, so each is cached on its own.
    const prefix = `${(options?.fontSize as number | undefined) || internal.getFontSize()}|${internal.getFontSize()}|${maxlen}|`;
    let cache = splits.get(font);
    if (!cache) splits.set(font, (cache = new Map()));
    const lines: string[] = [];
    for (const paragraph of paragraphs) {
      const key = prefix + paragraph;
      let wrapped = cache.get(key);
      if (!wrapped) cache.set(key, (wrapped = ownSplit([paragraph], maxlen, options)));
      lines.push(...wrapped);
    }
    return lines;
  };
}
