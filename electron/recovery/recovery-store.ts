import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { FileError } from '../../shared/ipc-contract';
import type { Plan } from '../../shared/model';
import { loadPlanFromBytes, MAX_PLAN_BYTES, serialisePlan } from '../../shared/plan-load';
import { writeFileAtomically } from '../files/atomic-write';
import { errnoCode, errnoForMessage } from '../files/fs-errors';
import { t } from '../../shared/i18n/active-locale';
import { readCapped } from '../files/read-capped';
import { checkPlanForSave } from '../files/plan-file';
import type { PlanFileHandle, PlanFs } from '../files/plan-fs';
import { systemNowMs } from '../clock';

/*
 * Recovery copies of plans with unsaved changes, kept in the app's data folder (never beside the
 * user's own file). One file per document, `<docId>.recovery`:
 *
 *   line 1: a one-line JSON header {format, version, docId, title, filePath, changedAt}
 *   rest:   the plan, byte for byte as a plan file (serialisePlan)
 *
 * Keeping the plan as its own byte range means reading it back goes through loadPlanFromBytes
 * unchanged, so every guard of opening a plan file (size, UTF-8, depth, forbidden keys, schema,
 * references) applies to a recovery copy too.
 */

export const RECOVERY_FORMAT = 'ai-alignment-recovery';
export const RECOVERY_VERSION = 1;
export const RECOVERY_SUFFIX = '.recovery';
/** Copies that fail to load are renamed to `<name>.<stamp>.corrupt`, kept for a person to inspect. */
export const CORRUPT_SUFFIX = '.corrupt';
const HEADER_MAX_BYTES = 64 * 1024;
const COPY_MAX_BYTES = HEADER_MAX_BYTES + MAX_PLAN_BYTES;
/** Temp files older than this are left over from a crash mid-write, not from a write in progress. */
const STALE_TEMP_MS = 10 * 60 * 1000;

export const docIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const COPY_NAME = /^([A-Za-z0-9_-]{1,64})\.recovery$/;
const TEMP_NAME = /^\.[A-Za-z0-9_-]{1,64}\.recovery\.[0-9a-f]+\.tmp$/;

const metaSchema = z.strictObject({
  docId: docIdSchema,
  title: z.string().max(500),
  filePath: z.string().min(1).max(32_767).nullable(),
  changedAt: z.iso.datetime({ offset: true }),
});
const headerSchema = metaSchema.extend({
  format: z.literal(RECOVERY_FORMAT),
  version: z.literal(RECOVERY_VERSION),
});

export type RecoveryMeta = z.infer<typeof metaSchema>;
export interface RecoveryEntry extends RecoveryMeta {
  /** Where the copy lives, for the record; callers address copies by docId. */
  path: string;
}

export type RecoveryWriteResult = { status: 'written'; path: string } | { status: 'error'; path: string | null; error: FileError };
export type RecoveryReadResult =
  | { status: 'opened'; path: string; meta: RecoveryMeta; plan: Plan; migratedFrom: number | null; mtimeMs: number }
  | { status: 'error'; path: string | null; error: FileError };
export type RecoveryDiscardResult = { status: 'discarded' } | { status: 'error'; path: string | null; error: FileError };

/** The file-system calls this module makes; node:fs/promises satisfies it. Tests inject failures. */
export interface RecoveryFs extends PlanFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  lstat(path: string): Promise<{ isFile(): boolean; mtimeMs: number }>;
}
export interface RecoveryDeps {
  fs?: RecoveryFs;
  /** The clock, in epoch milliseconds: how old a temp file is, and the name of a copy set aside. */
  nowMs?: () => number;
}
const realFs: RecoveryFs = nodeFs;

export const recoveryPathOf = (dir: string, docId: string): string => join(dir, `${docId}${RECOVERY_SUFFIX}`);

const badDocId = (): FileError => ({
  code: 'invalid',
  message: t('dialog.recovery.badDocId'),
  details: [],
});

/**
 * Writes (or replaces) the recovery copy of one document atomically: a crash mid-write leaves the
 * previous copy whole. The plan comes from the renderer, so it is validated first. Never throws.
 */
export async function writeRecoveryCopy(
  dir: string,
  copy: RecoveryMeta & { plan: unknown },
  deps: RecoveryDeps = {},
): Promise<RecoveryWriteResult> {
  const fs = deps.fs ?? realFs;
  // Arrives from the renderer over IPC: checked here whatever its static type says.
  const { plan, ...rest } = (typeof copy === 'object' && copy !== null ? copy : {}) as Partial<RecoveryMeta> & { plan?: unknown };
  const meta = metaSchema.safeParse(rest);
  if (!meta.success) {
    const docIdOk = docIdSchema.safeParse(rest.docId).success;
    return { status: 'error', path: null, error: docIdOk ? invalidMeta(meta.error) : badDocId() };
  }
  const path = recoveryPathOf(dir, meta.data.docId);
  const checked = checkPlanForSave(plan);
  if (!checked.ok) return { status: 'error', path, error: checked.error };
  const header = JSON.stringify({ format: RECOVERY_FORMAT, version: RECOVERY_VERSION, ...meta.data });
  try {
    await fs.mkdir(dir, { recursive: true });
    // Readable by the user alone: a recovery copy holds the same sensitive strategy as the plan.
    await writeFileAtomically(path, Buffer.from(`${header}\n${serialisePlan(checked.plan)}`, 'utf8'), { fs, mode: 0o600 });
    return { status: 'written', path };
  } catch (error) {
    return { status: 'error', path, error: writeErrorFrom(error) };
  }
}

/**
 * Every recovery copy that can be restored, newest change first. A copy that is damaged, hostile
 * or not a file is moved aside to `*.corrupt` and left out; temp files left by a crash mid-write
 * are removed. Never throws: an unreadable folder lists nothing.
 */
export async function listRecoveryCopies(dir: string, deps: RecoveryDeps = {}): Promise<RecoveryEntry[]> {
  const fs = deps.fs ?? realFs;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const entries: RecoveryEntry[] = [];
  for (const name of names) {
    if (TEMP_NAME.test(name)) {
      await removeStaleTemp(fs, join(dir, name), deps.nowMs ?? systemNowMs);
      continue;
    }
    const docId = COPY_NAME.exec(name)?.[1];
    if (!docId) continue;
    const read = await readRecoveryCopy(dir, docId, deps);
    if (read.status === 'opened') entries.push({ ...read.meta, path: read.path });
  }
  return entries.sort((a, b) => Date.parse(b.changedAt) - Date.parse(a.changedAt) || a.docId.localeCompare(b.docId));
}

/**
 * Reads one recovery copy with the same guards as opening a plan file. A copy whose content is
 * damaged or hostile is moved aside to `*.corrupt` (so it is not offered again) and reported as
 * an error; a copy that cannot be read right now (permissions, a busy disk) is left where it is.
 */
export async function readRecoveryCopy(dir: string, docId: string, deps: RecoveryDeps = {}): Promise<RecoveryReadResult> {
  const fs = deps.fs ?? realFs;
  if (!docIdSchema.safeParse(docId).success) return { status: 'error', path: null, error: badDocId() };
  const path = recoveryPathOf(dir, docId);
  const corrupt = async (error: FileError): Promise<RecoveryReadResult> => {
    await moveAside(fs, path, deps.nowMs ?? systemNowMs);
    return { status: 'error', path, error: { ...error, message: t('dialog.recovery.setAside', { reason: error.message }) } };
  };
  let handle: PlanFileHandle | null = null;
  let bytes: Uint8Array | null;
  let mtimeMs: number;
  try {
    // lstat, not stat: a symbolic link or a folder planted under a copy's name is never followed.
    const link = await fs.lstat(path);
    if (!link.isFile()) return corrupt({ code: 'not-a-plan', message: t('dialog.recovery.notAFile'), details: [] });
    handle = await fs.open(path, 'r');
    const stats = await handle.stat();
    mtimeMs = stats.mtimeMs;
    bytes = stats.size > COPY_MAX_BYTES ? null : await readCapped(handle, stats.size, COPY_MAX_BYTES);
  } catch (error) {
    return { status: 'error', path, error: readErrorFrom(error) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
  if (bytes === null) return corrupt({ code: 'too-large', message: t('dialog.recovery.tooLarge'), details: [] });

  const newline = bytes.indexOf(0x0a);
  if (newline < 0 || newline > HEADER_MAX_BYTES) return corrupt(headerError(t('dialog.recovery.noHeader')));
  const meta = parseHeader(bytes.subarray(0, newline), docId);
  if (!meta.ok) return corrupt(meta.error);
  const loaded = loadPlanFromBytes(bytes.subarray(newline + 1));
  if (!loaded.ok) return corrupt({ ...loaded.error });
  return { status: 'opened', path, meta: meta.meta, plan: loaded.plan, migratedFrom: loaded.migratedFrom, mtimeMs };
}

/** Removes the recovery copy of a document (after a clean save or an explicit discard). Idempotent. */
export async function discardRecoveryCopy(dir: string, docId: string, deps: RecoveryDeps = {}): Promise<RecoveryDiscardResult> {
  const fs = deps.fs ?? realFs;
  if (!docIdSchema.safeParse(docId).success) return { status: 'error', path: null, error: badDocId() };
  const path = recoveryPathOf(dir, docId);
  try {
    await fs.unlink(path);
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') return { status: 'error', path, error: writeErrorFrom(error) };
  }
  return { status: 'discarded' };
}

function parseHeader(bytes: Uint8Array, docId: string): { ok: true; meta: RecoveryMeta } | { ok: false; error: FileError } {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, error: headerError(t('dialog.recovery.headerNotJson')) };
  }
  // A strict object schema rejects every unexpected key, `__proto__` and `constructor` included.
  const header = headerSchema.safeParse(raw);
  if (!header.success) return { ok: false, error: headerError(t('dialog.recovery.headerUnknown'), header.error) };
  const { format: _format, version: _version, ...meta } = header.data;
  if (meta.docId !== docId) return { ok: false, error: headerError(t('dialog.recovery.headerOtherDocument')) };
  return { ok: true, meta };
}

const headerError = (message: string, error?: z.ZodError): FileError => ({
  code: 'invalid',
  message,
  details: error ? error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(header)'}: ${i.message}`) : [],
});

const invalidMeta = (error: z.ZodError): FileError => ({
  code: 'invalid',
  message: t('dialog.recovery.malformed'),
  details: error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(copy)'}: ${i.message}`),
});

async function moveAside(fs: RecoveryFs, path: string, nowMs: () => number): Promise<void> {
  const aside = `${path}.${nowMs()}-${randomBytes(3).toString('hex')}${CORRUPT_SUFFIX}`;
  // If even the rename fails, the copy stays and is refused again next time: never worse.
  await fs.rename(path, aside).catch(() => undefined);
}

async function removeStaleTemp(fs: RecoveryFs, path: string, nowMs: () => number): Promise<void> {
  try {
    const stats = await fs.lstat(path);
    if (nowMs() - stats.mtimeMs > STALE_TEMP_MS) await fs.unlink(path);
  } catch {
    // Gone already, or not ours to remove: harmless either way.
  }
}


function readErrorFrom(error: unknown): FileError {
  const details = [error instanceof Error ? error.message : String(error)];
  switch (errnoCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'not-found', message: t('dialog.recovery.gone'), details };
    case 'EACCES':
    case 'EPERM':
      return { code: 'permission', message: t('dialog.recovery.noReadPermission'), details };
    default:
      return { code: 'unknown', message: t('dialog.recovery.unreadable', { code: errnoForMessage(error) }), details };
  }
}

function writeErrorFrom(error: unknown): FileError {
  const details = [error instanceof Error ? error.message : String(error)];
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'disk-full', message: t('dialog.recovery.diskFull'), details };
    case 'EROFS':
      return { code: 'read-only', message: t('dialog.recovery.readOnlyDisk'), details };
    case 'EACCES':
    case 'EPERM':
      return { code: 'permission', message: t('dialog.recovery.noWritePermission'), details };
    case 'EBUSY':
      return { code: 'busy', message: t('dialog.recovery.locked'), details };
    default:
      return { code: 'unknown', message: t('dialog.recovery.unwritable', { code: errnoForMessage(error) }), details };
  }
}
