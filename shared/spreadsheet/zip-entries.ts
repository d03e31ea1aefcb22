import { inflateInto } from './bounded-inflate';
import type { ReadRefusal } from './spreadsheet-types';

/*
 * The zip container of an XLSX, read from its central directory before anything is inflated, so
 * that a zip bomb is refused from a few hundred bytes of directory. Names are only looked up in
 * this listing, never used as paths.
 */

export interface ZipCaps {
  /** Sum of the entries' uncompressed sizes. */
  maxUncompressedBytes: number;
  maxEntries: number;
  /** Uncompressed ÷ compressed size past which an entry of more than a megabyte is taken for a bomb. */
  maxRatio: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipListing = { ok: true; entries: Map<string, ZipEntry> } | { ok: false; reason: ReadRefusal; detail: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

const refuse = (reason: ReadRefusal, detail: string): ZipListing => ({ ok: false, reason, detail });

export function listZip(bytes: Uint8Array, caps: ZipCaps): ZipListing {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  if (eocd < 0) return refuse('corrupt', 'no zip central directory');
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) return refuse('too-large', 'zip64 archive');
  if (count > caps.maxEntries) return refuse('too-many-entries', `${count} entries; at most ${caps.maxEntries}`);
  if (directoryOffset + directorySize > eocd) return refuse('corrupt', 'central directory out of bounds');
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return refuse('corrupt', 'broken central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) return refuse('encrypted', name);
    if (compressedSize === 0xffffffff || size === 0xffffffff) return refuse('too-large', `zip64 entry ${name}`);
    total += size;
    if (total > caps.maxUncompressedBytes) return refuse('zip-bomb', `more than ${caps.maxUncompressedBytes} bytes uncompressed`);
    if (size > 1024 * 1024 && size / Math.max(1, compressedSize) > caps.maxRatio) return refuse('zip-bomb', `${name} claims ${size} bytes from ${compressedSize}`);
    if (method !== 0 && method !== 8) return refuse('corrupt', `${name}: compression method ${method}`);
    entries.set(name.replace(/^\//, ''), { name, method, compressedSize, size, localOffset });
  }
  return { ok: true, entries };
}

/**
 * One entry's bytes, inflated into a buffer of the size its directory declares: an entry that would
 * inflate past it (a directory that lies) is stopped at that byte.
 */
export function readEntry(bytes: Uint8Array, entry: ZipEntry): { ok: true; data: Uint8Array } | { ok: false; reason: ReadRefusal; detail: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) return { ok: false, reason: 'corrupt', detail: `${entry.name}: no local header` };
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return { ok: false, reason: 'corrupt', detail: `${entry.name}: truncated` };
  const compressed = bytes.subarray(start, end);
  if (entry.method === 0) return entry.compressedSize === entry.size ? { ok: true, data: compressed } : { ok: false, reason: 'corrupt', detail: entry.name };
  const out = new Uint8Array(entry.size);
  let written: number | 'over';
  try {
    written = inflateInto(compressed, out);
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: `${entry.name}: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (written === 'over') return { ok: false, reason: 'zip-bomb', detail: `${entry.name} inflates past its declared ${entry.size} bytes` };
  return { ok: true, data: written === entry.size ? out : out.subarray(0, written) };
}
