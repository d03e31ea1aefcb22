import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { MAX_PLAN_BYTES } from '../../shared/plan-load';
import type { PlanFileHandle, PlanFileStats } from '../files/plan-fs';

/*
 * What the open file looked like when it was opened or last saved, so that the next save can tell
 * whether something else (a sync client, a colleague, another copy of the app) changed, moved or
 * deleted it meanwhile. The content hash decides: a file touched but not changed is unchanged.
 */

export type FileStamp =
  | {
      exists: true;
      mtimeMs: number;
      size: number;
      /** sha-256 of the bytes, hex; null when the file is larger than any plan or unreadable. */
      hash: string | null;
    }
  | { exists: false };

export type StampComparison = 'unchanged' | 'changed' | 'missing';

/** Files larger than this are not hashed (nor opened as plans): size and time decide for them. */
export const STAMP_HASH_MAX_BYTES = MAX_PLAN_BYTES;
const CHUNK_BYTES = 1024 * 1024;

export interface StampFs {
  stat(path: string): Promise<PlanFileStats>;
  open(path: string, flags: string): Promise<PlanFileHandle>;
}

/**
 * Stamps the file at `path`. A path that cannot be seen, or that now names a folder or a device, is
 * reported as not existing: there is no plan file there any more. Never throws.
 */
export async function fileStamp(path: string, deps: { fs?: StampFs; maxHashBytes?: number } = {}): Promise<FileStamp> {
  const fs = deps.fs ?? nodeFs;
  const maxHashBytes = deps.maxHashBytes ?? STAMP_HASH_MAX_BYTES;
  let stats: PlanFileStats;
  try {
    stats = await fs.stat(path);
  } catch {
    return { exists: false };
  }
  if (!stats.isFile()) return { exists: false };
  if (stats.size > maxHashBytes) return { exists: true, mtimeMs: stats.mtimeMs, size: stats.size, hash: null };

  let handle: PlanFileHandle | null = null;
  try {
    handle = await fs.open(path, 'r');
    // Size and time from the open handle, so they describe the same file the hash is taken of.
    const opened = await handle.stat();
    const hash = await hashCapped(handle, maxHashBytes);
    return { exists: true, mtimeMs: opened.mtimeMs, size: opened.size, hash };
  } catch {
    return { exists: true, mtimeMs: stats.mtimeMs, size: stats.size, hash: null };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** sha-256 of everything the handle holds, or null when it holds more than `limit` bytes. */
async function hashCapped(handle: PlanFileHandle, limit: number): Promise<string | null> {
  const hash = createHash('sha256');
  const chunk = new Uint8Array(CHUNK_BYTES);
  let position = 0;
  for (;;) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) return hash.digest('hex');
    position += bytesRead;
    if (position > limit) return null;
    hash.update(chunk.subarray(0, bytesRead));
  }
}

/**
 * How the file now compares with what the app last knew of it. When both hashes are known they
 * decide alone (a sync client that rewrites identical bytes changes nothing); otherwise the size
 * and modification time do.
 */
export function compareStamp(known: FileStamp, current: FileStamp): StampComparison {
  if (!current.exists) return known.exists ? 'missing' : 'unchanged';
  if (!known.exists) return 'changed';
  if (known.hash !== null && current.hash !== null) return known.hash === current.hash && known.size === current.size ? 'unchanged' : 'changed';
  return known.size === current.size && known.mtimeMs === current.mtimeMs ? 'unchanged' : 'changed';
}
