import { basename, dirname } from 'node:path';
import { t } from '../../shared/i18n/active-locale';
import type { MessageKey } from '../../shared/i18n/translator';
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

/** The errno code for a message, or "unexpected error" in the reader's language. */
export const errnoForMessage = (error: unknown): string => errnoCode(error) ?? t('dialog.file.unexpectedError');

/** What went wrong while opening a plan, in words a person can act on. */
export function openErrorFrom(error: unknown, path: string): FileError {
  const name = basename(path);
  const details = [describe(error)];
  switch (errnoCode(error)) {
    case 'ENOENT':
      return { code: 'not-found', message: t('dialog.open.notFound', { name, folder: dirname(path) }), details };
    case 'ENOTDIR':
      return { code: 'not-found', message: t('dialog.open.pathNotFolder', { name }), details };
    case 'EACCES':
    case 'EPERM':
      return { code: 'permission', message: t('dialog.open.permission', { name }), details };
    case 'EISDIR':
      return { code: 'is-directory', message: t('dialog.open.isFolder', { name }), details };
    case 'EBUSY':
    case 'ETXTBSY':
      return { code: 'busy', message: t('dialog.open.locked', { name }), details };
    case 'EMFILE':
    case 'ENFILE':
      return { code: 'busy', message: t('dialog.open.tooManyOpen', { name }), details };
    default:
      return { code: 'unknown', message: t('dialog.open.unknown', { name, code: errnoForMessage(error) }), details };
  }
}

/**
 * What a failed save says to do next: Save As (the plan is still open in the app), export again
 * elsewhere (a PDF, whose wording then says "written", not "saved"), or nothing (the command line).
 */
export type SaveAdvice = 'save-as' | 'export-again' | 'none';

/** A sentence, then what to do next. */
export function withAdvice(sentence: string, advice: SaveAdvice, saveAsKey: MessageKey = 'dialog.save.adviceSaveAs'): string {
  if (advice === 'none') return sentence;
  return `${sentence} ${t(advice === 'save-as' ? saveAsKey : 'dialog.save.adviceExportAgain')}`;
}

/** What went wrong while saving a plan (or writing a PDF); every message offers a way out. */
export function saveErrorFrom(error: unknown, path: string, advice: SaveAdvice = 'save-as'): FileError {
  const name = basename(path);
  const folder = dirname(path);
  const target = advice === 'export-again' ? 'pdf' : 'plan';
  const details = [describe(error)];
  const make = (code: FileErrorCode, sentence: string): FileError => ({ code, message: withAdvice(sentence, advice), details });
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return make('disk-full', t('dialog.save.diskFull', { name, target }));
    case 'EROFS':
      return make('read-only', t('dialog.save.readOnlyDisk', { name, target }));
    case 'EACCES':
    case 'EPERM':
      return make('permission', t('dialog.save.permission', { name, folder }));
    case 'EISDIR':
      return make('is-directory', t('dialog.save.isFolder', { name, target }));
    case 'ENOENT':
    case 'ENOTDIR':
      return make('not-found', t('dialog.save.folderGone', { folder }));
    case 'EBUSY':
    case 'ETXTBSY':
      return make('busy', t('dialog.save.locked', { name }));
    case 'ENAMETOOLONG':
      return make('not-found', t('dialog.save.nameTooLong', { name }));
    default:
      return make('unknown', t('dialog.save.unknown', { name, target, code: errnoForMessage(error) }));
  }
}
