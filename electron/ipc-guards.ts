import { isAbsolute } from 'node:path';
import { LOCALES, PSEUDO_LOCALE } from '../shared/i18n/locales';
import { t } from '../shared/i18n/active-locale';
import { z } from 'zod';
import { COMPARISON_PURPOSES, type PlannerApi } from '../shared/ipc-contract';
import { ROOM_SIZES, THEME_CHOICES } from '../shared/display-preferences';
import { isAppUrl } from './security/url-policy';
import { docIdSchema } from './recovery/recovery-store';
import { dialogFileName } from './files/file-names';
import { isPdfFileName, pdfBytesProblem } from './files/pdf-file';
import { spreadsheetBytesProblem } from './files/spreadsheet-file';
import { IMPORT_FIELDS } from '../shared/spreadsheet/spreadsheet-types';
import { isDevicePath, isNetworkPath, isUncPath } from './handed-out-paths';

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
 * True only for the main window's own top-level frame while it shows app://bundle, or, in an
 * unpackaged `npm run dev` run, the electron-vite dev server main loaded it from (`devServerOrigin`,
 * null in production). A null frame (navigated away or destroyed), a subframe, another window or
 * another origin is refused.
 */
export function isTrustedFrame(
  frame: FrameLike | null | undefined,
  topFrame: FrameLike | null | undefined,
  devServerOrigin: string | null = null,
): boolean {
  if (!frame || !topFrame) return false;
  try {
    if (frame.detached === true || frame.parent !== null) return false;
    const sameFrame = frame === topFrame || (frame.processId === topFrame.processId && frame.routingId === topFrame.routingId);
    return sameFrame && (isAppUrl(frame.url) || isDevServerPage(frame.url, devServerOrigin));
  } catch {
    // A destroyed frame throws on property access.
    return false;
  }
}

function isDevServerPage(url: string, devServerOrigin: string | null): boolean {
  if (!devServerOrigin) return false;
  try {
    const page = new URL(url);
    return (page.protocol === 'http:' || page.protocol === 'https:') && page.origin === new URL(devServerOrigin).origin && page.username === '' && page.password === '';
  } catch {
    return false;
  }
}

export const MAX_PATH_LENGTH = 4096;
const PLAN_EXTENSION = /\.aiplan$/i;

/** Which network paths the renderer may name: those main handed out itself (handed-out-paths.ts). */
export interface PathTrust {
  has(path: string): boolean;
}
const TRUSTS_NO_NETWORK_PATH: PathTrust = { has: () => false };

/**
 * An absolute path. A network path (\\server\share\…) is accepted only when main handed it out
 * (the user chose that share in a dialog, a file manager or Open Recent): a page must never make
 * Windows contact a machine of its choosing and hand it the user's credentials. Device paths
 * (\\?\, \\.\) are always refused.
 */
function pathSchema(trust: PathTrust) {
  return z
    .string()
    .min(1)
    .max(MAX_PATH_LENGTH - 1)
    .refine((p) => !p.includes('\0'), 'contains NUL')
    .refine((p) => !isDevicePath(p), 'is a device path')
    .refine((p) => !isNetworkPath(p) || (isUncPath(p) && trust.has(p)), 'is a network path the app did not open or save itself')
    .refine((p) => isNetworkPath(p) || isAbsolute(p), 'is not absolute');
}

export const displayNameSchema = z.string().max(1024);
export const suggestedNameSchema = z.string().max(1024);

// PDF export: the bytes must be a PDF of sane size.
export const pdfBytesSchema = z.custom<Uint8Array>((value) => pdfBytesProblem(value) === null, {
  error: (issue) => `the PDF ${pdfBytesProblem(issue.input) ?? 'is invalid'}`,
});

// Spreadsheets (#19): exported bytes of the format named, and a column mapping of known fields for a header set.
export const spreadsheetFormatSchema = z.enum(['csv', 'xlsx']);
const spreadsheetBytesSchema = z.custom<Uint8Array>((value) => spreadsheetBytesProblem(value, 'csv') === null, {
  error: (issue) => `the spreadsheet ${spreadsheetBytesProblem(issue.input, 'csv') ?? 'is invalid'}`,
});
export const spreadsheetSaveSchema = z
  .tuple([spreadsheetBytesSchema, z.string().max(1024), spreadsheetFormatSchema])
  .refine(([bytes, , format]) => spreadsheetBytesProblem(bytes, format) === null, { error: 'the workbook has no zip header' });
/** A header set's key (headerSetKey) is the headers joined; a sheet of thousands of wide columns is not remembered. */
export const headerSetKeySchema = z.string().min(1).max(20_000);
export const columnMappingSchema = z.array(z.enum(IMPORT_FIELDS).nullable()).max(1000);

// Recovery and disk changes: the plan inside a recovery copy is validated by the recovery store.
export const savePlanOptionsSchema = z.strictObject({ overwrite: z.boolean().optional() });
export const recoveryTitleSchema = z.string().max(500);

// Room size, theme and language: exactly the three known fields, each one of its listed values.
export const displayPreferencesSchema = z.strictObject({
  roomSize: z.enum(ROOM_SIZES),
  theme: z.enum(THEME_CHOICES),
  language: z.enum(['system', ...LOCALES, PSEUDO_LOCALE]),
});

/** One tuple schema per channel; the plan itself is validated by savePlanFile. */
function argumentSchemas(trust: PathTrust) {
  const path = pathSchema(trust);
  /** A plan file the renderer names itself (to save, or to reopen): it must end in .aiplan. */
  const planPath = path.refine((p) => PLAN_EXTENSION.test(p), 'is not an .aiplan file');
  const pdfPath = path.refine((p) => isPdfFileName(p), 'is not a .pdf file');
  const documentState = z.strictObject({ displayName: displayNameSchema, filePath: path.nullable(), dirty: z.boolean() });
  return {
    invoke: {
      openPlanDialog: z.tuple([]),
      openPlanPath: z.tuple([planPath]),
      savePlan: z.tuple([planPath, z.unknown(), savePlanOptionsSchema.optional()]),
      savePlanAs: z.tuple([z.unknown(), suggestedNameSchema]),
      confirmUnsaved: z.tuple([displayNameSchema]),
      listRecent: z.tuple([]),
      writeRecovery: z.tuple([docIdSchema, recoveryTitleSchema, path.nullable(), z.unknown()]),
      discardRecovery: z.tuple([docIdSchema]),
      listRecoveries: z.tuple([]),
      restoreRecovery: z.tuple([docIdSchema]),
      checkFileOnDisk: z.tuple([path]),
      savePdf: z.tuple([pdfBytesSchema, suggestedNameSchema]),
      openExportedPdf: z.tuple([pdfPath]),
      getDisplayPreferences: z.tuple([]),
      openSpreadsheetDialog: z.tuple([]),
      saveSpreadsheet: spreadsheetSaveSchema,
      getImportMapping: z.tuple([headerSetKeySchema]),
      openPlanForComparison: z.tuple([z.enum(COMPARISON_PURPOSES)]),
    } as const satisfies { [K in InvokeMethod]: z.ZodType<unknown[]> },
    send: {
      setDocumentState: z.tuple([documentState]),
      closeWindow: z.tuple([]),
      setDisplayPreferences: z.tuple([displayPreferencesSchema]),
      setModalOpen: z.tuple([z.boolean()]),
      setImportMapping: z.tuple([headerSetKeySchema, columnMappingSchema]),
    } as const satisfies { [K in SendMethod]: z.ZodType<unknown[]> },
  };
}

type ArgumentSchemas = ReturnType<typeof argumentSchemas>;
export type InvokeArguments<K extends InvokeMethod> = z.output<ArgumentSchemas['invoke'][K]>;
export type SendArguments<K extends SendMethod> = z.output<ArgumentSchemas['send'][K]>;

const schemasByTrust = new WeakMap<PathTrust, ArgumentSchemas>();
function schemasFor(trust: PathTrust): ArgumentSchemas {
  let schemas = schemasByTrust.get(trust);
  if (!schemas) schemasByTrust.set(trust, (schemas = argumentSchemas(trust)));
  return schemas;
}

export const INVOKE_METHODS = Object.keys(schemasFor(TRUSTS_NO_NETWORK_PATH).invoke) as InvokeMethod[];
export const SEND_METHODS = Object.keys(schemasFor(TRUSTS_NO_NETWORK_PATH).send) as SendMethod[];

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

/**
 * The validated arguments of an invoke channel, or why they were refused. Network paths pass only
 * when `trust` (main's record of the paths it handed out) knows them.
 */
export function parseInvokeArguments<K extends InvokeMethod>(method: K, args: unknown[], trust: PathTrust = TRUSTS_NO_NETWORK_PATH): Parsed<InvokeArguments<K>> {
  return parseWith(schemasFor(trust).invoke[method], args);
}

export function parseSendArguments<K extends SendMethod>(method: K, args: unknown[], trust: PathTrust = TRUSTS_NO_NETWORK_PATH): Parsed<SendArguments<K>> {
  return parseWith(schemasFor(trust).send[method], args);
}

/** A file name for the Save dialog: the plan title without path separators or reserved characters. */
export function safeFileName(suggested: string): string {
  return dialogFileName(suggested, { extension: 'aiplan', strip: PLAN_EXTENSION, fallback: t('window.untitled') });
}

export function isPlanFileName(path: string): boolean {
  return PLAN_EXTENSION.test(path);
}

/** Save dialogs on Linux do not add the extension the filter names. */
export function withPlanExtension(path: string): string {
  return PLAN_EXTENSION.test(path) ? path : `${path}.aiplan`;
}
