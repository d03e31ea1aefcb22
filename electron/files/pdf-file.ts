import type { PdfSaveResult } from '../../shared/ipc-contract';
import { t } from '../../shared/i18n/active-locale';
import { writeFileAtomically } from './atomic-write';
import { dialogFileName } from './file-names';
import { saveErrorFrom } from './fs-errors';

/*
 * Writing an exported PDF for the app: the renderer makes the bytes, the main process checks they
 * are a PDF of sane size, writes them atomically where the user chose, and remembers that one path
 * so "Open PDF" can open it and nothing else.
 */

/** A 1,000-application board pack is a few MB; anything near this is not one of ours. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const PDF_EXTENSION = /\.pdf$/i;

/** Why these bytes are not a PDF the app would write, or null when they are. */
export function pdfBytesProblem(value: unknown): string | null {
  if (!(value instanceof Uint8Array)) return 'is not bytes';
  if (value.byteLength > MAX_PDF_BYTES) return `is larger than ${MAX_PDF_BYTES / 1024 / 1024} MB`;
  if (!PDF_MAGIC.every((byte, i) => value[i] === byte)) return 'does not start with %PDF-';
  return null;
}

export function isPdfFileName(path: string): boolean {
  return PDF_EXTENSION.test(path);
}

/** Save dialogs on Linux do not add the extension the filter names. */
export function withPdfExtension(path: string): string {
  return PDF_EXTENSION.test(path) ? path : `${path}.pdf`;
}

/** A file name for the Export dialog: the plan's name without path separators or reserved characters. */
export function safePdfFileName(suggested: string): string {
  return dialogFileName(suggested, { extension: 'pdf', strip: /\.(pdf|aiplan)$/i, fallback: t('dialog.pdf.defaultName') });
}

/** Writes the PDF atomically; a failure leaves whatever was at `path` untouched. */
export async function savePdfFile(path: string, bytes: Uint8Array): Promise<PdfSaveResult> {
  try {
    await writeFileAtomically(path, bytes);
    return { status: 'saved', path };
  } catch (error) {
    return { status: 'error', path, error: saveErrorFrom(error, path, 'export-again') };
  }
}

/**
 * The PDF this window exported last. "Open PDF" is honoured only for exactly that path, so a
 * compromised renderer cannot make the main process open an arbitrary file or program.
 */
export class ExportedPdfs {
  private latest: string | null = null;

  remember(path: string): void {
    this.latest = path;
  }

  isLatest(path: string): boolean {
    return this.latest !== null && path === this.latest;
  }
}
