import { basename, dirname } from 'node:path';
import type { FileError, FileErrorCode } from '../../shared/ipc-contract';

/** The errno code of a Node file-system error, or null for anything else. */
export function errnoCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return null;
}

const describe = (error: unknown): string => {
  const code = errnoCode(error);
  const text = error instanceof Error ? error.message : String(error);
  return code && !text.includes(code) ? `${code}: ${text}` : text;
};

/** What went wrong while opening a plan, in words a person can act on. */
export function openErrorFrom(error: unknown, path: string): FileError {
  const name = basename(path);
  const details = [describe(error)];
  switch (errnoCode(error)) {
    case 'ENOENT':
      return { code: 'not-found', message: `There is no file "${name}" in ${dirname(path)}: it may have been moved, renamed or deleted.`, details };
    case 'ENOTDIR':
      return { code: 'not-found', message: `The path to "${name}" goes through something that is not a folder, so the file cannot be found.`, details };
    case 'EACCES':
    case 'EPERM':
      return { code: 'permission', message: `You do not have permission to read "${name}". Ask whoever owns the file to share it with you, or copy it somewhere you can read it.`, details };
    case 'EISDIR':
      return { code: 'is-directory', message: `"${name}" is a folder, not a plan file.`, details };
    case 'EBUSY':
    case 'ETXTBSY':
      return { code: 'busy', message: `"${name}" is locked by another program. Close that program, or wait a moment, and open it again.`, details };
    case 'EMFILE':
    case 'ENFILE':
      return { code: 'busy', message: `Too many files are open right now to read "${name}". Close some programs and try again.`, details };
    default:
      return { code: 'unknown', message: `"${name}" could not be read (${errnoCode(error) ?? 'unexpected error'}).`, details };
  }
}

const SAVE_AS = 'Use Save As to keep your work in another place; it is still open here.';

/** What went wrong while saving a plan; every message offers Save As as the way out. */
export function saveErrorFrom(error: unknown, path: string): FileError {
  const name = basename(path);
  const folder = dirname(path);
  const details = [describe(error)];
  const make = (code: FileErrorCode, sentence: string): FileError => ({ code, message: `${sentence} ${SAVE_AS}`, details });
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return make('disk-full', `The disk is full, so "${name}" could not be saved; the file on disk was left as it was.`);
    case 'EROFS':
      return make('read-only', `The disk holding "${name}" is read-only, so the plan could not be saved there.`);
    case 'EACCES':
    case 'EPERM':
      return make('permission', `You do not have permission to write "${name}" in ${folder}; the file on disk was left as it was.`);
    case 'EISDIR':
      return make('is-directory', `"${name}" is a folder, so the plan cannot be saved under that name.`);
    case 'ENOENT':
    case 'ENOTDIR':
      return make('not-found', `The folder ${folder} no longer exists (it may have been moved, renamed or unplugged).`);
    case 'EBUSY':
    case 'ETXTBSY':
      return make('busy', `"${name}" is locked by another program, so it could not be replaced; the file on disk was left as it was.`);
    case 'ENAMETOOLONG':
      return make('not-found', `The name or path "${name}" is too long for this disk.`);
    default:
      return make('unknown', `"${name}" could not be saved (${errnoCode(error) ?? 'unexpected error'}); the file on disk was left as it was.`);
  }
}
