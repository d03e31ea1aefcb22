import { basename } from 'node:path';
import type { FileError, SpreadsheetFormat, SpreadsheetOpenResult, SpreadsheetSaveResult } from '../../shared/ipc-contract';
import { t } from '../../shared/i18n/active-locale';
import { writeFileAtomically } from './atomic-write';
import { dialogFileName } from './file-names';
import { openErrorFrom, saveErrorFrom } from './fs-errors';
import { realPlanFs, type PlanFileHandle, type PlanFs } from './plan-fs';
import { readCapped } from './read-capped';

/*
 * Spreadsheets for the app (#19): main reads the file the person chose, capped, and hands the bytes
 * to the renderer, whose worker parses them (a hostile workbook is refused there, off every
 * thread that matters); on export it checks the bytes look like what the app writes and writes them
 * atomically where the person chose.
 */

/** Far above any spreadsheet of a plan (5,000 rows are well under 1 MB); the domain's caps refuse sooner. */
export const MAX_SPREADSHEET_BYTES = 64 * 1024 * 1024;
const MB = 1024 * 1024;

/** What File › Import offers and what a drop accepts: CSV in its usual names, and Excel's workbook. */
export const SPREADSHEET_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx'] as const;
const SPREADSHEET_NAME = /\.(csv|tsv|txt|xlsx)$/i;
const EXTENSION_OF: Record<SpreadsheetFormat, RegExp> = { csv: /\.csv$/i, xlsx: /\.xlsx$/i };
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": an XLSX is a zip

export function isSpreadsheetFileName(path: string): boolean {
  return SPREADSHEET_NAME.test(path);
}

/** Why these bytes are not a CSV or XLSX the app would write, or null when they are. */
export function spreadsheetBytesProblem(value: unknown, format: unknown): string | null {
  if (!(value instanceof Uint8Array)) return 'is not bytes';
  if (value.byteLength > MAX_SPREADSHEET_BYTES) return `is larger than ${MAX_SPREADSHEET_BYTES / MB} MB`;
  if (format === 'xlsx' && !ZIP_MAGIC.every((byte, i) => value[i] === byte)) return 'is not an XLSX workbook (no zip header)';
  if (format !== 'csv' && format !== 'xlsx') return 'names no known format';
  return null;
}

/** Save dialogs on Linux do not add the extension the filter names. */
export function withSpreadsheetExtension(path: string, format: SpreadsheetFormat): string {
  return EXTENSION_OF[format].test(path) ? path : `${path}.${format}`;
}

export function isSpreadsheetExportName(path: string, format: SpreadsheetFormat): boolean {
  return EXTENSION_OF[format].test(path);
}

/** A file name for the Export dialog: the plan's name without path separators or reserved characters. */
export function safeSpreadsheetFileName(suggested: string, format: SpreadsheetFormat): string {
  return dialogFileName(suggested, { extension: format, strip: /\.(csv|xlsx|pdf|aiplan)$/i, fallback: t('spreadsheet.defaultName') });
}

/**
 * Reads a spreadsheet the person chose: a regular file of at most MAX_SPREADSHEET_BYTES (measured
 * before reading, and again while reading, as it may grow). Never throws and never writes.
 */
export async function readSpreadsheetFile(path: string, deps: { fs?: PlanFs } = {}): Promise<SpreadsheetOpenResult> {
  const fs = deps.fs ?? realPlanFs;
  const name = basename(path);
  const fail = (error: FileError): SpreadsheetOpenResult => ({ status: 'error', path, error });
  const tooLarge = (size: number): FileError => ({
    code: 'too-large',
    message: t('spreadsheet.file.tooLarge', { name, mb: Math.ceil(size / MB), max: MAX_SPREADSHEET_BYTES / MB }),
    details: [],
  });
  let handle: PlanFileHandle | null = null;
  try {
    // Measured by path first: opening a pipe would wait for a writer, and a huge file is refused unread.
    const measured = await fs.stat(path);
    if (!measured.isFile()) return fail({ code: measured.isDirectory() ? 'is-directory' : 'unknown', message: t('spreadsheet.file.notAFile', { name }), details: [] });
    if (measured.size > MAX_SPREADSHEET_BYTES) return fail(tooLarge(measured.size));
    handle = await fs.open(path, 'r');
    const stats = await handle.stat();
    if (stats.size > MAX_SPREADSHEET_BYTES) return fail(tooLarge(stats.size));
    const bytes = await readCapped(handle, stats.size, MAX_SPREADSHEET_BYTES);
    if (bytes === null) return fail({ code: 'too-large', message: t('spreadsheet.file.grew', { name, max: MAX_SPREADSHEET_BYTES / MB }), details: [] });
    return { status: 'chosen', name, bytes };
  } catch (error) {
    return fail(openErrorFrom(error, path));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Writes the exported table atomically; a failure leaves whatever was at `path` untouched. */
export async function saveSpreadsheetFile(path: string, bytes: Uint8Array): Promise<SpreadsheetSaveResult> {
  try {
    await writeFileAtomically(path, bytes);
    return { status: 'saved', path };
  } catch (error) {
    return { status: 'error', path, error: saveErrorFrom(error, path, 'export-again') };
  }
}
