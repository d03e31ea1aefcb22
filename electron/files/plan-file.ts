import { basename } from 'node:path';
import type { FileError, OpenResult, SaveResult } from '../../shared/ipc-contract';
import type { Plan } from '../../shared/model';
import { integrityProblems } from '../../shared/plan-integrity';
import { listsOverCaps, overCapDetail } from '../../shared/plan-caps';
import { loadPlanFromBytes, loadPlanFromText, maxNestingDepth, MAX_JSON_DEPTH, MAX_PLAN_BYTES, serialisePlan, tooLarge } from '../../shared/plan-load';
import { planSchema, PLAN_FORMAT, PLAN_VERSION } from '../../shared/schema/plan-schema';
import { writeFileAtomically } from './atomic-write';
import { errnoCode, openErrorFrom, saveErrorFrom, withAdvice, type SaveAdvice } from './fs-errors';
import { t } from '../../shared/i18n/active-locale';
import { readCapped } from './read-capped';
import { removeStaleTempFiles } from './stale-temp-files';
import { realPlanFs, type PlanFileHandle, type PlanFileStats, type PlanFs } from './plan-fs';
import { systemNowMs } from '../clock';

export type { PlanFs } from './plan-fs';

/** The backup kept beside a plan when a save replaces it: `plan.aiplan` → `plan.aiplan.bak`. */
export const backupPathOf = (path: string): string => `${path}.bak`;

/**
 * Opens a plan file: size cap (checked before reading), strict UTF-8, parse, migrate, validate and
 * check references. Never throws and never writes to the file.
 */
export async function openPlanFile(path: string, deps: { fs?: PlanFs } = {}): Promise<OpenResult> {
  const fs = deps.fs ?? realPlanFs;
  const fail = (error: FileError): OpenResult => ({ status: 'error', path, error });
  if (typeof path !== 'string' || path === '')
    return { status: 'error', path: null, error: { code: 'not-found', message: t('dialog.open.noName'), details: [] } };
  let handle: PlanFileHandle | null = null;
  try {
    // Measured by path first: opening a pipe would wait for a writer, and a huge file is refused unread.
    const measured = await fs.stat(path);
    const refusal = notARegularFile(measured, path) ?? (measured.size > MAX_PLAN_BYTES ? tooLargeError(measured.size) : null);
    if (refusal) return fail(refusal);
    handle = await fs.open(path, 'r');
    const stats = await handle.stat();
    if (stats.size > MAX_PLAN_BYTES) return fail(tooLargeError(stats.size));
    const bytes = await readCapped(handle, stats.size, MAX_PLAN_BYTES);
    if (bytes === null)
      return fail({ code: 'too-large', message: t('dialog.open.grew', { name: basename(path), mb: MAX_PLAN_BYTES / 1024 / 1024 }), details: [] });
    const loaded = loadPlanFromBytes(bytes);
    if (!loaded.ok) return fail({ ...loaded.error });
    await removeStaleTempFiles(fs, await fs.realpath(path).catch(() => path));
    return { status: 'opened', path, plan: loaded.plan, migratedFrom: loaded.migratedFrom, mtimeMs: stats.mtimeMs };
  } catch (error) {
    return fail(openErrorFrom(error, path));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Saves a plan received from the renderer (so untrusted: validated here first) atomically, keeping
 * the previous file as `<name>.bak`. Refuses to replace a plan written by a newer version of the app.
 * Never throws; on failure the file on disk is byte-identical to before.
 */
export async function savePlanFile(path: string, plan: unknown, options: { fs?: PlanFs; now?: string; advice?: SaveAdvice } = {}): Promise<SaveResult> {
  const fs = options.fs ?? realPlanFs;
  const advice = options.advice ?? 'save-as';
  if (typeof path !== 'string' || path === '')
    return { status: 'error', path: null, error: { code: 'not-found', message: withAdvice(t('dialog.save.noName'), advice, 'dialog.save.adviceChooseOne'), details: [] } };
  const fail = (error: FileError): SaveResult => ({ status: 'error', path, error });
  try {
    const checked = checkPlanForSave(plan);
    if (!checked.ok) return fail(checked.error);
    const toWrite: Plan = options.now ? { ...checked.plan, meta: { ...checked.plan.meta, updatedAt: options.now } } : checked.plan;

    const existing = await statIfExists(fs, path);
    if (existing) {
      const refusal = notARegularFile(existing, path, 'save', advice) ?? (await refusalToReplace(fs, path, existing, advice));
      if (refusal) return fail(refusal);
    }
    // A plan opened through a symbolic link (into a synced folder, say) is saved into the file the
    // link points at, with its backup beside it: replacing the link with a new file would leave the
    // real file behind, unsaved.
    const target = existing ? await fs.realpath(path) : path;
    // Before writing, so that on a nearly full disk the space a killed save held is free again.
    await removeStaleTempFiles(fs, target);
    await writeFileAtomically(target, Buffer.from(serialisePlan(toWrite), 'utf8'), {
      fs,
      backupPath: existing ? backupPathOf(target) : null,
      mode: existing ? existing.mode & 0o777 : undefined,
    });
    const written = await fs.stat(path).catch(() => null);
    return { status: 'saved', path, mtimeMs: written?.mtimeMs ?? systemNowMs() };
  } catch (error) {
    return fail(saveErrorFrom(error, path, advice));
  }
}

/**
 * Validates a plan handed to the main process: the schema, then ids and references. The renderer
 * sends the plan's text (renderer/file/plan-text.ts), which is parsed here, off the UI thread.
 */
export function checkPlanForSave(plan: unknown): { ok: true; plan: Plan } | { ok: false; error: FileError } {
  if (typeof plan === 'string') {
    const loaded = loadPlanFromText(plan);
    if (!loaded.ok) return { ok: false, error: { ...loaded.error, message: t('dialog.save.planTextRefused', { reason: loaded.error.message }) } };
    if (loaded.migratedFrom !== null) return { ok: false, error: { code: 'invalid', message: t('dialog.save.olderFormat'), details: [] } };
    return { ok: true, plan: loaded.plan };
  }
  const over = listsOverCaps(plan);
  if (over.length)
    return { ok: false, error: { code: 'too-many-items', message: t('dialog.save.tooManyItems'), details: over.map(overCapDetail) } };
  const parsed = planSchema.safeParse(plan);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    return { ok: false, error: { code: 'invalid', message: t('dialog.save.wrongValues'), details } };
  }
  const problems = integrityProblems(parsed.data);
  if (problems.length)
    return { ok: false, error: { code: 'broken-references', message: t('dialog.save.brokenReferences'), details: problems } };
  return { ok: true, plan: parsed.data };
}

function tooLargeError(size: number): FileError {
  const result = tooLarge(size);
  return result.ok ? { code: 'too-large', message: t('dialog.open.tooLarge'), details: [] } : { ...result.error };
}

function notARegularFile(stats: PlanFileStats, path: string, action: 'open' | 'save' = 'open', advice: SaveAdvice = 'save-as'): FileError | null {
  const name = basename(path);
  if (stats.isDirectory())
    return action === 'open'
      ? { code: 'is-directory', message: t('dialog.open.isFolder', { name }), details: [] }
      : { code: 'is-directory', message: withAdvice(t('dialog.save.isFolder', { name, target: 'plan' }), advice, 'dialog.save.adviceChooseName'), details: [] };
  if (!stats.isFile())
    return action === 'open'
      ? { code: 'not-a-plan', message: t('dialog.open.device', { name }), details: [] }
      : { code: 'unknown', message: withAdvice(t('dialog.save.device', { name }), advice, 'dialog.save.adviceChooseName'), details: [] };
  return null;
}

async function statIfExists(fs: PlanFs, path: string): Promise<PlanFileStats | null> {
  try {
    return await fs.stat(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** A read-only file or a plan from a newer app is not ours to replace. */
async function refusalToReplace(fs: PlanFs, path: string, existing: PlanFileStats, advice: SaveAdvice): Promise<FileError | null> {
  const name = basename(path);
  if ((existing.mode & 0o222) === 0)
    return { code: 'read-only', message: withAdvice(t('dialog.save.markedReadOnly', { name }), advice, 'dialog.save.adviceAnotherName'), details: [] };
  const version = await formatVersionOnDisk(fs, path, existing.size);
  if (version !== null && version > PLAN_VERSION)
    return {
      code: 'newer-version',
      message: withAdvice(t('dialog.save.newerVersion', { name, version: String(version), current: String(PLAN_VERSION) }), advice, 'dialog.save.adviceNewFile'),
      details: [],
    };
  return null;
}

const HEAD_BYTES = 4096;
/** The opening of a file this app (of any version) writes: the format marker, then the version. */
const CANONICAL_HEAD = /^\uFEFF?\s*\{\s*"format"\s*:\s*"([^"\\]*)"\s*,\s*"version"\s*:\s*(-?\d+)\s*[,}]/;

/**
 * The format version of the plan at `path`, or null when it is not a plan. Reads only the head of a
 * file in the canonical layout, so that checking before every save costs next to nothing.
 */
async function formatVersionOnDisk(fs: PlanFs, path: string, size: number): Promise<number | null> {
  let handle: PlanFileHandle | null = null;
  try {
    handle = await fs.open(path, 'r');
    const head = new Uint8Array(Math.min(size, HEAD_BYTES));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const match = CANONICAL_HEAD.exec(new TextDecoder().decode(head.subarray(0, bytesRead)));
    if (match) return match[1] === PLAN_FORMAT ? Number(match[2]) : null;
    if (size > MAX_PLAN_BYTES) return null;
    const bytes = await readCapped(handle, size, MAX_PLAN_BYTES);
    if (bytes === null) return null;
    const text = new TextDecoder().decode(bytes);
    if (maxNestingDepth(text) > MAX_JSON_DEPTH) return null;
    const raw: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
    const doc = raw as { format?: unknown; version?: unknown };
    return doc.format === PLAN_FORMAT && typeof doc.version === 'number' && Number.isInteger(doc.version) ? doc.version : null;
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

