/*
 * Raw DEFLATE inflated into a buffer of a fixed size that is never grown: the moment the data would
 * write one byte past it, inflating stops and says so. A zip entry's directory declares its size;
 * an entry that lies (a bomb declaring a few kilobytes) is stopped there, having cost no more time
 * or memory than the size it declared, which the zip caps already bound.
 *
 * fflate has no such limit: inflateSync with a given buffer drops what does not fit but decodes to
 * the end (a 50 MB bomb would keep it busy for minutes), and its streaming Inflate, fed in slices
 * to stop early, regrows and copies its buffers every slice (half as slow again). So this is
 * fflate 0.8.3's own single-shot `inflt` (src/index.ts), with the resizing taken out and a bound
 * check put in; its tables and error messages are kept. fflate is MIT licensed:
 *
 *   MIT License. Copyright (c) 2023 Arjun Barrett. Permission is hereby granted, free of charge, to
 *   any person obtaining a copy of this software and associated documentation files (the
 *   "Software"), to deal in the Software without restriction, including without limitation the
 *   rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the
 *   Software, and to permit persons to whom the Software is furnished to do so, subject to the
 *   following conditions: The above copyright notice and this permission notice shall be included
 *   in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",
 *   WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES
 *   OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 *   AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN
 *   ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE
 *   OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */

/** Extra bits of the length codes 257–285, and of the distance codes. */
const LENGTH_EXTRA = new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, 0, 0, 0]);
const DISTANCE_EXTRA = new Uint8Array([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 0, 0]);
/** The order the code-length code's lengths are stored in. */
const CODE_LENGTH_ORDER = new Uint8Array([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);

/** Each code's base value, from its extra bits. */
function bases(extra: Uint8Array, start: number): Uint16Array {
  const b = new Uint16Array(31);
  for (let i = 0; i < 31; ++i) b[i] = start += 1 << extra[i - 1]!;
  return b;
}
const LENGTH_BASE = bases(LENGTH_EXTRA, 2);
LENGTH_BASE[28] = 258;
const DISTANCE_BASE = bases(DISTANCE_EXTRA, 0);

const REVERSED = new Uint16Array(32768);
for (let i = 0; i < 32768; ++i) {
  let x = ((i & 0xaaaa) >> 1) | ((i & 0x5555) << 1);
  x = ((x & 0xcccc) >> 2) | ((x & 0x3333) << 2);
  x = ((x & 0xf0f0) >> 4) | ((x & 0x0f0f) << 4);
  REVERSED[i] = (((x & 0xff00) >> 8) | ((x & 0x00ff) << 8)) >> 1;
}

/** A Huffman lookup table from code lengths `lengths` of at most `maxBits`: entry = symbol << 4 | length. */
function huffmanMap(lengths: Uint8Array, maxBits: number): Uint16Array {
  const counts = new Uint16Array(maxBits);
  for (let i = 0; i < lengths.length; ++i) {
    const length = lengths[i]!;
    if (length) counts[length - 1]!++;
  }
  const firstCode = new Uint16Array(maxBits);
  for (let i = 1; i < maxBits; ++i) firstCode[i] = (firstCode[i - 1]! + counts[i - 1]!) << 1;
  const map = new Uint16Array(1 << maxBits);
  const shift = 15 - maxBits;
  for (let i = 0; i < lengths.length; ++i) {
    const length = lengths[i]!;
    if (!length) continue;
    const entry = (i << 4) | length;
    const free = maxBits - length;
    let v = firstCode[length - 1]! << free;
    firstCode[length - 1]!++;
    for (const last = v | ((1 << free) - 1); v <= last; ++v) map[REVERSED[v]! >> shift] = entry;
  }
  return map;
}

const FIXED_LENGTHS = new Uint8Array(288);
FIXED_LENGTHS.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
const FIXED_LITERAL_MAP = huffmanMap(FIXED_LENGTHS, 9);
const FIXED_DISTANCE_MAP = huffmanMap(new Uint8Array(32).fill(5), 5);

const largest = (a: Uint8Array): number => {
  let m = a[0]!;
  for (let i = 1; i < a.length; ++i) if (a[i]! > m) m = a[i]!;
  return m;
};
const bits = (d: Uint8Array, p: number, mask: number): number => {
  const o = (p / 8) | 0;
  return ((d[o]! | (d[o + 1]! << 8)) >> (p & 7)) & mask;
};
// Past the end a byte reads as undefined, which `|` makes 0, as in fflate.
const bits16 = (d: Uint8Array, p: number): number => {
  const o = (p / 8) | 0;
  return (d[o]! | (d[o + 1]! << 8) | (d[o + 2]! << 16)) >> (p & 7);
};
const byteAfter = (p: number): number => ((p + 7) / 8) | 0;

class InflateError extends Error {}
const fail = (message: string): never => {
  throw new InflateError(message);
};

/**
 * Inflates raw DEFLATE `data` into `out` from its start. Returns the number of bytes written, or
 * 'over' as soon as the data would write past `out`'s end. Throws an Error for data that is not
 * DEFLATE (fflate's messages: "unexpected EOF", "invalid block type", "invalid length/literal",
 * "invalid distance").
 */
export function inflateInto(data: Uint8Array, out: Uint8Array): number | 'over' {
  const totalBits = data.length * 8;
  const limit = out.length;
  if (!data.length) return 0;
  let final: number;
  let pos = 0;
  let written = 0;
  do {
    final = bits(data, pos, 1);
    const type = bits(data, pos + 1, 3);
    pos += 3;
    let literalMap: Uint16Array;
    let distanceMap: Uint16Array;
    let literalBits: number;
    let distanceBits: number;
    if (!type) {
      // Stored: a length, its complement, then the bytes as they are.
      const s = byteAfter(pos) + 4;
      const length = data[s - 4]! | (data[s - 3]! << 8);
      const end = s + length;
      if (end > data.length) fail('unexpected EOF');
      if (written + length > limit) return 'over';
      out.set(data.subarray(s, end), written);
      written += length;
      pos = end * 8;
      continue;
    } else if (type === 1) {
      [literalMap, distanceMap, literalBits, distanceBits] = [FIXED_LITERAL_MAP, FIXED_DISTANCE_MAP, 9, 5];
    } else if (type === 2) {
      const literalCount = bits(data, pos, 31) + 257;
      const codeLengthCount = bits(data, pos + 10, 15) + 4;
      const total = literalCount + bits(data, pos + 5, 31) + 1;
      pos += 14;
      const lengths = new Uint8Array(total);
      const codeLengths = new Uint8Array(19);
      for (let i = 0; i < codeLengthCount; ++i) codeLengths[CODE_LENGTH_ORDER[i]!] = bits(data, pos + i * 3, 7);
      pos += codeLengthCount * 3;
      const codeLengthBits = largest(codeLengths);
      const codeLengthMask = (1 << codeLengthBits) - 1;
      const codeLengthMap = huffmanMap(codeLengths, codeLengthBits);
      for (let i = 0; i < total; ) {
        const r = codeLengthMap[bits(data, pos, codeLengthMask)]!;
        pos += r & 15;
        const s = r >> 4;
        if (s < 16) lengths[i++] = s;
        else {
          let copied = 0;
          let n = 0;
          if (s === 16) {
            n = 3 + bits(data, pos, 3);
            pos += 2;
            copied = lengths[i - 1]!;
          } else if (s === 17) {
            n = 3 + bits(data, pos, 7);
            pos += 3;
          } else if (s === 18) {
            n = 11 + bits(data, pos, 127);
            pos += 7;
          }
          while (n--) lengths[i++] = copied;
        }
      }
      const literalLengths = lengths.subarray(0, literalCount);
      const distanceLengths = lengths.subarray(literalCount);
      literalBits = largest(literalLengths);
      distanceBits = largest(distanceLengths);
      literalMap = huffmanMap(literalLengths, literalBits);
      distanceMap = huffmanMap(distanceLengths, distanceBits);
    } else return fail('invalid block type');
    if (pos > totalBits) fail('unexpected EOF');

    const literalMask = (1 << literalBits) - 1;
    const distanceMask = (1 << distanceBits) - 1;
    for (;;) {
      const c = literalMap[bits16(data, pos) & literalMask]!;
      const sym = c >> 4;
      pos += c & 15;
      if (pos > totalBits) fail('unexpected EOF');
      if (!c) fail('invalid length/literal');
      if (sym < 256) {
        if (written >= limit) return 'over';
        out[written++] = sym;
      } else if (sym === 256) break;
      else {
        let add = sym - 254;
        if (sym > 264) {
          const i = sym - 257;
          const b = LENGTH_EXTRA[i]!;
          add = bits(data, pos, (1 << b) - 1) + LENGTH_BASE[i]!;
          pos += b;
        }
        const d = distanceMap[bits16(data, pos) & distanceMask]!;
        const dsym = d >> 4;
        if (!d) fail('invalid distance');
        pos += d & 15;
        let distance = DISTANCE_BASE[dsym]!;
        if (dsym > 3) {
          const b = DISTANCE_EXTRA[dsym]!;
          distance += bits16(data, pos) & ((1 << b) - 1);
          pos += b;
        }
        if (pos > totalBits) fail('unexpected EOF');
        if (written < distance) fail('invalid distance');
        const end = written + add;
        if (end > limit) return 'over';
        for (; written < end; ++written) out[written] = out[written - distance]!;
      }
    }
  } while (!final);
  return written;
}
