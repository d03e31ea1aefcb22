/*
 * A worksheet's XML read in place from its UTF-8 bytes, without decoding the whole part into one
 * string (in node 20 that decode took twice as long as inflating the part). Markup is all
 * ASCII, and in UTF-8 an ASCII byte is never part of another character, so a scan of the bytes
 * finds the same tags, attributes and text bounds as a scan of the decoded text; only the values
 * read are decoded, each exactly as the whole part would have decoded them.
 */

/** Keeps a U+FEFF inside a value: only the part's very first bytes are a byte order mark, and no value starts there. */
const valueDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The direct-mapped cache of value texts: 4,096 slots, values up to 256 bytes. */
const CACHE_SLOTS = 4096;
const CACHE_MAX_BYTES = 256;

/** Thrown to read the part again from its decoded and re-encoded text (see `prefixKey`). */
export class NeedsNormalizing extends Error {}

/**
 * A reader of the sheet's tags in place, by byte: no regular expression, no object and no string
 * per tag (a sheet at the caps has half a million), one string per value read, and most of those
 * from a cache, since a sheet repeats its values (a flattened matrix repeats each pillar,
 * objective and description on every KPI row). Its fields describe the last tag read.
 */
export class SheetBytes {
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
  /** What nextTag and plainRun found: the hash of the bytes passed over, a plain run's text. */
  hash = 0;
  /** The row being read: its closing tag, and where that is (-1: not known yet; see startRow). */
  rowClose = '';
  rowEnd = 0;
  runFrom = 0;
  runTo = 0;
  private readonly found: { needle: string; at: number }[] = [];
  private readonly cacheFrom = new Int32Array(CACHE_SLOTS).fill(-1);
  private readonly cacheTo = new Int32Array(CACHE_SLOTS);
  private readonly cacheText: string[] = new Array<string>(CACHE_SLOTS).fill('');

  /** `normalized`: the bytes are valid UTF-8 (re-encoded from decoded text), so any prefix may be compared as bytes. */
  constructor(
    readonly bytes: Uint8Array,
    readonly normalized: boolean,
  ) {}

  /** indexOf of one byte: a loop the JIT inlines beats the typed array's builtin on the short hops between tags. */
  next(code: number, from: number): number {
    const bytes = this.bytes;
    // The length read once: node 20 re-read it each turn of the hot loops here (3-4 ms of a 5,000-row sheet).
    const length = bytes.length;
    for (let i = from; i < length; i++) if (bytes[i] === code) return i;
    return -1;
  }

  /** indexOf of a string whose characters stand for bytes (ASCII, or a `prefixKey`). */
  indexOf(needle: string, from: number): number {
    const bytes = this.bytes;
    const first = needle.charCodeAt(0);
    const last = bytes.length - needle.length;
    for (let at = this.next(first, from); at >= 0 && at <= last; at = this.next(first, at + 1)) {
      let k = 1;
      while (k < needle.length && bytes[at + k] === needle.charCodeAt(k)) k++;
      if (k === needle.length) return at;
    }
    return -1;
  }

  startsWith(ascii: string, at: number): boolean {
    if (at < 0 || at + ascii.length > this.bytes.length) return false;
    for (let k = 0; k < ascii.length; k++) if (this.bytes[at + k] !== ascii.charCodeAt(k)) return false;
    return true;
  }

  /** Reads the tag whose "<" is at `lt`; false when the part ends inside it. */
  tag(lt: number): boolean {
    const bytes = this.bytes;
    const length = bytes.length;
    let i = lt + 1;
    this.closing = bytes[i] === 47;
    if (this.closing) i++;
    let local = i;
    for (; i < length; i++) {
      const code = bytes[i]!;
      if (code === 62 || code === 47 || code === 60 || code <= 32) break;
      if (code === 58) local = i + 1;
    }
    this.nameEnd = i;
    this.local = local;
    let inner = false;
    this.end = -1;
    for (; i < length; i++) {
      const code = bytes[i];
      if (code === 62) {
        this.end = i;
        break;
      }
      if (code === 60) inner = true;
    }
    this.empty = this.end > 0 && bytes[this.end - 1] === 47;
    // A "<" inside the tag (a broken file) may start the row's closing tag: it is searched for now.
    if (inner && this.rowEnd < 0 && this.end >= 0) this.rowEndFrom(lt + 1);
    return this.end >= 0;
  }

  /**
   * Starts a row whose closing tag is `close`. Where that is (the first from the row's start) is
   * learnt as the scan passes each tag, so the row is not searched ahead of the scan: until then
   * `rowEnd` is -1, and no `close` starts between the row's start and the scan's position.
   */
  startRow(close: string): void {
    this.rowClose = close;
    this.rowEnd = -1;
  }

  /** Whether the "<" at `lt`, the first from the scan's position, is at or past the row's end. */
  endsRow(lt: number): boolean {
    if (this.rowEnd >= 0) return lt >= this.rowEnd;
    if (!this.startsWith(this.rowClose, lt)) return false;
    this.rowEnd = lt;
    return true;
  }

  /** The row's end (the part's end when it has none), searched for from `from` if not known yet; `from` is the scan's position. */
  rowEndFrom(from: number): number {
    if (this.rowEnd < 0) {
      const at = this.find(this.rowClose, from);
      this.rowEnd = at < 0 ? this.bytes.length : at;
    }
    return this.rowEnd;
  }

  /**
   * A bound for a value's closing tag found as the next tag from the scan's position: the row's
   * end when known; when not, past the part, since the text before holds no "<" and a closing
   * tag of another name cannot also be the row's.
   */
  rowLimit(): number {
    return this.rowEnd >= 0 ? this.rowEnd : this.bytes.length + 1;
  }

  is(name: string): boolean {
    // Names here are one to three letters: compared by code, cheaper than a startsWith call.
    if (this.nameEnd - this.local !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (this.bytes[this.local + i] !== name.charCodeAt(i)) return false;
    return true;
  }

  /** Reads the r, t and s attributes of the last tag (double-quoted, as the patterns before read them). */
  attributes(): void {
    const bytes = this.bytes;
    this.r = this.t = this.tEnd = this.s = this.sEnd = -1;
    for (let i = this.nameEnd; i < this.end; i++) {
      if (bytes[i] !== 61 || bytes[i + 1] !== 34 || bytes[i - 2]! > 32) continue;
      const name = bytes[i - 1];
      const valueEnd = this.next(34, i + 2);
      if (valueEnd < 0) return;
      if (name === 114 && this.r < 0) this.r = i + 2;
      else if (name === 116 && this.t < 0) [this.t, this.tEnd] = [i + 2, valueEnd];
      else if (name === 115 && this.s < 0) [this.s, this.sEnd] = [i + 2, valueEnd];
      i = valueEnd;
    }
  }

  /**
   * The namespace prefix of a tag ("<x:row" → "x:"), one character a byte, to build and compare
   * closing tags with. Bytes compare as the decoded text did when they are ASCII or valid UTF-8;
   * a prefix beyond ASCII in a part not known valid is left to a reading of the decoded text.
   */
  prefixKey(from: number, to: number): string {
    let key = '';
    for (let i = from; i < to; i++) {
      const code = this.bytes[i]!;
      if (code >= 128 && !this.normalized) throw new NeedsNormalizing();
      key += String.fromCharCode(code);
    }
    return key;
  }

  /** indexOf for a closing tag, remembering what it found: a file whose tags are never closed would send every search to the end again. */
  find(needle: string, from: number): number {
    // A handful of needles (</row>, </v>, </is>, prefixed alike), so a list beats a map.
    let memo: { needle: string; at: number } | undefined;
    for (const m of this.found) if (m.needle === needle) memo = m;
    if (memo === undefined) this.found.push((memo = { needle, at: -2 }));
    if (memo.at === -1 || memo.at >= from) return memo.at;
    memo.at = this.indexOf(needle, from);
    return memo.at;
  }

  /**
   * The next "<" from `from`, like next(60, from), hashing the bytes passed over into `hash` for
   * `text`: a value's bytes are read once to find its end and to look it up.
   */
  nextTag(from: number): number {
    const bytes = this.bytes;
    const length = bytes.length;
    let hash = 0;
    for (let i = from; i < length; i++) {
      const code = bytes[i]!;
      if (code === 60) {
        this.hash = hash;
        return i;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
    }
    return -1;
  }

  /**
   * The text of bytes `from`..`to` as the whole part's decoding held it, a repeated one from the
   * cache. `hash`: the bytes' hash from nextTag, when they are the ones it passed over.
   */
  text(from: number, to: number, hash?: number): string {
    const length = to - from;
    if (length <= 0) return '';
    if (length > CACHE_MAX_BYTES) return valueDecoder.decode(this.bytes.subarray(from, to));
    const bytes = this.bytes;
    if (hash === undefined) {
      hash = 0;
      for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    }
    const slot = (hash ^ (hash >>> 16) ^ length) & (CACHE_SLOTS - 1);
    const cached = this.cacheFrom[slot]!;
    if (cached >= 0 && this.cacheTo[slot]! - cached === length) {
      let k = 0;
      while (k < length && bytes[cached + k] === bytes[from + k]) k++;
      if (k === length) return this.cacheText[slot]!;
    }
    const text = valueDecoder.decode(bytes.subarray(from, to));
    this.cacheFrom[slot] = from;
    this.cacheTo[slot] = to;
    this.cacheText[slot] = text;
    return text;
  }

  /**
   * Where `close` is, when an element's content at `from` is one plain run `<t…>text</t>` followed
   * by it: then it is the first `close` from `from` (no "<" comes before), as find would have
   * answered, and `runFrom`, `runTo` and `hash` describe the text. -1 for anything else.
   */
  plainRun(from: number, close: string): number {
    const bytes = this.bytes;
    const after = bytes[from + 2];
    if (bytes[from] !== 60 || bytes[from + 1] !== 116 || (after !== 62 && after !== 32)) return -1;
    let gt = from + 2;
    for (; gt < bytes.length; gt++) {
      const code = bytes[gt];
      if (code === 62) break;
      if (code === 60) return -1;
    }
    const textEnd = this.nextTag(gt + 1);
    if (gt >= bytes.length || textEnd < 0 || !this.startsWith('</t>', textEnd) || !this.startsWith(close, textEnd + 4)) return -1;
    this.runFrom = gt + 1;
    this.runTo = textEnd;
    return textEnd + 4;
  }

  /** A decimal integer of one to nine ASCII digits (none: 0, as Number("") is), read in place; undefined for anything else. */
  smallInteger(from: number, to: number): number | undefined {
    if (to - from > 9) return undefined;
    let n = 0;
    for (let i = from; i < to; i++) {
      const digit = this.bytes[i]! - 48;
      if (digit < 0 || digit > 9) return undefined;
      n = n * 10 + digit;
    }
    return n;
  }
}

/** The part decoded as the reader before decoded it (a byte order mark dropped, bad bytes as U+FFFD) and encoded again: valid UTF-8. */
export function normalizedUtf8(bytes: Uint8Array): Uint8Array {
  return new TextEncoder().encode(new TextDecoder('utf-8').decode(bytes));
}
