import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { errnoCode } from './fs-errors';
import { realPlanFs, type PlanFileHandle, type PlanFs } from './plan-fs';
import { tempFilesInFlight, tempPathFor } from './stale-temp-files';

export interface AtomicWriteOptions {
  fs?: PlanFs;
  /** Where to copy the file being replaced first; null when there is nothing to keep. */
  backupPath?: string | null;
  /** Permission bits for the new file (the old file's, so a save does not change who may read it). */
  mode?: number;
  /** Pauses between rename attempts refused with EPERM/EBUSY/EACCES. */
  renameRetryDelaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

/** Virus scanners and indexers on Windows hold a fresh file for a moment; about 1.5 s in all. */
export const RENAME_RETRY_DELAYS_MS: readonly number[] = [20, 50, 100, 200, 400, 800];
const RETRYABLE_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Replaces `target` with `data` so that at every moment the path holds either the complete old file
 * or the complete new one: write a temp file in the same folder, flush it to the disk, then rename
 * it over the target (a rename within one folder is atomic). On failure the temp file is removed,
 * the target is untouched, and the file-system error is thrown for the caller to word.
 */
export async function writeFileAtomically(target: string, data: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? realPlanFs;
  const folder = dirname(target);
  const temp = tempPathFor(target, randomBytes(6).toString('hex'));
  const staging = options.backupPath ? tempPathFor(options.backupPath, randomBytes(6).toString('hex')) : null;
  let tempCreated = false;
  tempFilesInFlight.add(temp);
  if (staging) tempFilesInFlight.add(staging);
  try {
    const handle = await fs.open(temp, 'wx', options.mode ?? 0o666);
    tempCreated = true;
    await writeSyncClose(handle, data);
    if (options.backupPath && staging) await keepBackup(fs, target, options.backupPath, staging);
    await renameWithRetry(fs, temp, target, options.renameRetryDelaysMs ?? RENAME_RETRY_DELAYS_MS, options.sleep ?? realSleep);
    tempCreated = false;
  } catch (error) {
    if (tempCreated) await fs.unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    tempFilesInFlight.delete(temp);
    if (staging) tempFilesInFlight.delete(staging);
  }
  await syncFolder(fs, folder);
}

async function writeSyncClose(handle: PlanFileHandle, data: Uint8Array): Promise<void> {
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
  await handle.close();
}

/**
 * Keeps the file about to be replaced as `backupPath`. A hard link costs no copying: once the rename
 * replaces the target, the old contents live on under the backup name alone. Disks without hard
 * links (FAT, some network shares) get a copy instead. The link or copy is made under a temp name
 * and renamed over the old backup, so a crash at any moment leaves some backup in place.
 */
async function keepBackup(fs: PlanFs, target: string, backupPath: string, staging: string): Promise<void> {
  try {
    try {
      await fs.link(target, staging);
    } catch (error) {
      // The file being replaced vanished meanwhile: there is nothing left to keep.
      if (errnoCode(error) === 'ENOENT') return;
      await fs.copyFile(target, staging);
    }
    await fs.rename(staging, backupPath);
  } catch (error) {
    await fs.unlink(staging).catch(() => undefined);
    if (errnoCode(error) !== 'ENOENT') throw error;
  }
}

async function renameWithRetry(fs: PlanFs, from: string, to: string, delays: readonly number[], sleep: (ms: number) => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !RETRYABLE_RENAME_CODES.has(errnoCode(error) ?? '')) throw error;
      await sleep(delay);
    }
  }
}

/** Makes the rename itself durable. Windows cannot open a folder for syncing; that is fine there. */
async function syncFolder(fs: PlanFs, folder: string): Promise<void> {
  let handle: PlanFileHandle | null = null;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Best effort only: the file is already in place.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
