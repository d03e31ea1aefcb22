import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/*
 * Draws the app icon (four pillars rising left to right on a blue tile: strategy first, AI in
 * steps) and writes the PNG set electron-builder packs: build/icons/NxN.png for Linux (AppImage,
 * deb: the size is read from the name) and build/icon.png (512 px) for macOS and Windows.
 * Run with `npx tsx scripts/make-icons.ts`; the output is byte-identical on every run.
 */

const SIZES = [16, 32, 48, 64, 128, 256, 512];
const OUT = join(import.meta.dirname, '..', 'build');
const TILE = [0x1f, 0x4e, 0x9c];
const PILLAR = [0xff, 0xff, 0xff];
const ACCENT = [0xf2, 0xb1, 0x34];

/** Coverage of the unit square's point (x, y) in 0..1 coordinates: which colour it is, if any. */
function shade(x: number, y: number): number[] | null {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const heights = [0.28, 0.4, 0.52, 0.64];
  for (let i = 0; i < 4; i++) {
    const left = 0.17 + i * 0.175;
    if (x >= left && x <= left + 0.12 && y <= 0.8 && y >= 0.8 - heights[i]!) return i === 3 ? ACCENT : PILLAR;
  }
  return TILE;
}

function rgba(size: number): Buffer {
  const samples = 4;
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    rows[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const colour = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          for (let c = 0; c < 3; c++) sum[c]! += colour[c]!;
          sum[3]! += 255;
        }
      const covered = sum[3]! / 255;
      const at = py * (size * 4 + 1) + 1 + px * 4;
      for (let c = 0; c < 3; c++) rows[at + c] = covered ? Math.round(sum[c]! / covered) : 0;
      rows[at + 3] = Math.round(sum[3]! / (samples * samples));
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rgba(size), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync(join(OUT, 'icons'), { recursive: true });
for (const size of SIZES) writeFileSync(join(OUT, 'icons', `${size}x${size}.png`), png(size));
writeFileSync(join(OUT, 'icon.png'), png(512));
