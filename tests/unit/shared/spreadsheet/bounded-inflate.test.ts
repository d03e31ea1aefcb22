import fc from 'fast-check';
import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateInto } from '../../../../shared/spreadsheet/bounded-inflate';

/** Text-like bytes (repeats deflate well, so every block kind and long matches occur) or noise. */
const payloads = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc.array(fc.constantFrom('<row r="1">', '<c t="s"><v>', '12', '</v></c>', 'Łódź', '東京', '🙂', 'x'), { maxLength: 4000 }).map((parts) => new TextEncoder().encode(parts.join(''))),
  fc.integer({ min: 0, max: 200_000 }).map((n) => new Uint8Array(n).fill(97)),
);
const levels = fc.constantFrom(0, 1, 6, 9) as fc.Arbitrary<0 | 1 | 6 | 9>;

describe('inflateInto (bounded inflate)', () => {
  it('gives what fflate gives, into a buffer of exactly the inflated size', () => {
    fc.assert(
      fc.property(payloads, levels, (payload, level) => {
        const compressed = deflateSync(payload, { level });
        const out = new Uint8Array(payload.length);
        expect(inflateInto(compressed, out)).toBe(payload.length);
        expect(out).toEqual(inflateSync(compressed));
      }),
      { numRuns: 200 },
    );
  });

  it('stops at the first byte past the buffer, at every size short of the whole', () => {
    fc.assert(
      fc.property(payloads.filter((p) => p.length > 0), levels, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (payload, level, share) => {
        const short = Math.floor(payload.length * share);
        expect(inflateInto(deflateSync(payload, { level }), new Uint8Array(short))).toBe('over');
      }),
      { numRuns: 200 },
    );
  });

  it('writes no further than the buffer even for a bomb: a megabyte of zeros into a kilobyte', () => {
    const bomb = deflateSync(new Uint8Array(1024 * 1024), { level: 9 });
    const memory = new Uint8Array(2048);
    const out = memory.subarray(0, 1024);
    expect(inflateInto(bomb, out)).toBe('over');
    expect(memory.subarray(1024).every((b) => b === 0)).toBe(true);
  });

  it('throws on data that is not DEFLATE, or cut short, as fflate does', () => {
    const compressed = deflateSync(new TextEncoder().encode('<row r="1"><c><v>1</v></c></row>'.repeat(200)));
    const cut = compressed.subarray(0, compressed.length >> 1);
    expect(() => inflateSync(cut)).toThrow();
    expect(() => inflateInto(cut, new Uint8Array(10_000))).toThrow(/unexpected EOF|invalid/);
    // Block type 3 does not exist.
    expect(() => inflateInto(new Uint8Array([0b111, 0, 0, 0]), new Uint8Array(10))).toThrow('invalid block type');
    // A stored block that claims more bytes than follow.
    expect(() => inflateInto(new Uint8Array([1, 0xff, 0x00, 0x00, 0xff, 1, 2]), new Uint8Array(300))).toThrow('unexpected EOF');
    expect(inflateInto(new Uint8Array(0), new Uint8Array(5))).toBe(0);
  });

  it('never throws anything but its own errors on random bytes, and never writes past the buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 400 }), fc.integer({ min: 0, max: 5000 }), (noise, size) => {
        const memory = new Uint8Array(size + 16);
        try {
          const written = inflateInto(noise, memory.subarray(0, size));
          if (written !== 'over') expect(written).toBeLessThanOrEqual(size);
        } catch (error) {
          expect((error as Error).message).toMatch(/^(unexpected EOF|invalid block type|invalid length\/literal|invalid distance)$/);
        }
        expect(memory.subarray(size).every((b) => b === 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
