import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { PlannerApi } from '../shared/ipc-contract';
import { isAppUrl } from './security/url-policy';
import { docIdSchema } from './recovery/recovery-store';
import { dialogFileName } from './files/file-names';
import { isPdfFileName, pdfBytesProblem } from './files/pdf-file';

/*
 * What the main process accepts over IPC, decided without Electron so it can be tested alone:
 * who may call (the main window's top frame showing the app's own bundle) and what they may pass.
 */

/** PlannerApi methods the renderer invokes and awaits. */
export type InvokeMethod = {
  [K in keyof PlannerApi]: ReturnType<PlannerApi[K]> extends Promise<unknown> ? K : never;
}[keyof PlannerApi];
/** PlannerApi methods the renderer sends without waiting (onCommand is main → renderer). */
export type SendMethod = Exclude<keyof PlannerApi, InvokeMethod | 'onCommand'>;

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
  readonly detached?: boolean;
}

/**
 * True only for the main window's own top-level frame while it shows app://bundle. A null frame
 * (navigated away or destroyed), a subframe, another window or another origin is refused.
 */
export function isTrustedFrame(frame: FrameLike | null | undefined, topFrame: FrameLike | null | undefined): boolean {
  if (!frame || !topFrame) return false;
  try {
    if (frame.detached === true || frame.parent !== null) return false;
    const sameFrame = frame === topFrame || (frame.processId === topFrame.processId && frame.routingId === topFrame.routingId);
    return sameFrame && isAppUrl(frame.url);
  } catch {
    // A destroyed frame throws on property access.
    return false;
  }
}

export const MAX_PATH_LENGTH = 4096;
const PLAN_EXTENSION = /\.aiplan$/i;

/**
 * A local, absolute path. UNC and device paths (\\server\share, //server, \\?\) are refused:
 * opening one would make Windows contact another machine and hand it the user's credentials.
 */
export const localPathSchema = z
  .string()
  .min(1)
  .max(MAX_PATH_LENGTH - 1)
  .refine((p) => !p.includes('\0'), 'contains NUL')
  .refine((p) => !/^[\\/]{2}/.test(p), 'is a network or device path')
  .refine((p) => isAbsolute(p), 'is not absolute');

/** A plan file the renderer names itself (to save, or to reopen): it must end in .aiplan. */
export const planPathSchema = localPathSchema.refine((p) => PLAN_EXTENSION.test(p), 'is not an .aiplan file');

export const displayNameSchema = z.string().max(1024);
export const suggestedNameSchema = z.string().max(1024);

export const documentStateSchema = z.strictObject({
  displayName: displayNameSchema,
  filePath: localPathSchema.nullable(),
  dirty: z.boolean(),
});

// PDF export: the bytes must be a PDF of sane size; only a .pdf path may be asked to open.
export const pdfBytesSchema = z.custom<Uint8Array>((value) => pdfBytesProblem(value) === null, {
  error: (issue) => `the PDF ${pdfBytesProblem(issue.input) ?? 'is invalid'}`,
});
export const pdfPathSchema = localPathSchema.refine((p) => isPdfFileName(p), 'is not a .pdf file');

// Recovery and disk changes: the plan inside a recovery copy is validated by the recovery store.
export const savePlanOptionsSchema = z.strictObject({ overwrite: z.boolean().optional() });
export const recoveryTitleSchema = z.string().max(500);

/** One tuple schema per invoke channel; the plan itself is validated by savePlanFile. */
export const INVOKE_ARGUMENTS = {
  openPlanDialog: z.tuple([]),
  openPlanPath: z.tuple([planPathSchema]),
  savePlan: z.tuple([planPathSchema, z.unknown(), savePlanOptionsSchema.optional()]),
  savePlanAs: z.tuple([z.unknown(), suggestedNameSchema]),
  confirmUnsaved: z.tuple([displayNameSchema]),
  listRecent: z.tuple([]),
  writeRecovery: z.tuple([docIdSchema, recoveryTitleSchema, localPathSchema.nullable(), z.unknown()]),
  discardRecovery: z.tuple([docIdSchema]),
  listRecoveries: z.tuple([]),
  restoreRecovery: z.tuple([docIdSchema]),
  checkFileOnDisk: z.tuple([localPathSchema]),
  savePdf: z.tuple([pdfBytesSchema, suggestedNameSchema]),
  openExportedPdf: z.tuple([pdfPathSchema]),
} as const satisfies { [K in InvokeMethod]: z.ZodType<unknown[]> };

export const SEND_ARGUMENTS = {
  setDocumentState: z.tuple([documentStateSchema]),
  closeWindow: z.tuple([]),
} as const satisfies { [K in SendMethod]: z.ZodType<unknown[]> };

export type InvokeArguments<K extends InvokeMethod> = z.output<(typeof INVOKE_ARGUMENTS)[K]>;
export type SendArguments<K extends SendMethod> = z.output<(typeof SEND_ARGUMENTS)[K]>;

export const INVOKE_METHODS = Object.keys(INVOKE_ARGUMENTS) as InvokeMethod[];
export const SEND_METHODS = Object.keys(SEND_ARGUMENTS) as SendMethod[];

export type Parsed<T> = { ok: true; args: T } | { ok: false; reason: string };

function parseWith<T>(schema: z.ZodType<unknown[]>, args: unknown[]): Parsed<T> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return { ok: true, args: parsed.data as T };
  // Says which argument is wrong and why, never what it held.
  const reason = parsed.error.issues
    .slice(0, 3)
    .map((issue) => {
      const [index, ...rest] = issue.path;
      const where = typeof index === 'number' ? `argument ${index + 1}${rest.length ? ` (${rest.join('.')})` : ''}` : 'arguments';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
  return { ok: false, reason };
}

/** The validated arguments of an invoke channel, or why they were refused. */
export function parseInvokeArguments<K extends InvokeMethod>(method: K, args: unknown[]): Parsed<InvokeArguments<K>> {
  return parseWith(INVOKE_ARGUMENTS[method], args);
}

export function parseSendArguments<K extends SendMethod>(method: K, args: unknown[]): Parsed<SendArguments<K>> {
  return parseWith(SEND_ARGUMENTS[method], args);
}

/** A file name for the Save dialog: the plan title without path separators or reserved characters. */
export function safeFileName(suggested: string): string {
  return dialogFileName(suggested, { extension: 'aiplan', strip: PLAN_EXTENSION, fallback: 'Untitled plan' });
}

export function isPlanFileName(path: string): boolean {
  return PLAN_EXTENSION.test(path);
}

/** Save dialogs on Linux do not add the extension the filter names. */
export function withPlanExtension(path: string): string {
  return PLAN_EXTENSION.test(path) ? path : `${path}.aiplan`;
}
