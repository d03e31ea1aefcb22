import type { Page } from 'playwright-core';
import { readSpreadsheetFile, saveSpreadsheetFile, withSpreadsheetExtension } from '../../../electron/files/spreadsheet-file';
import { parseInvokeArguments, parseSendArguments } from '../../../electron/ipc-guards';
import { createMemorySettings } from '../../../electron/settings/settings';
import type { SpreadsheetOpenResult, SpreadsheetSaveResult } from '../../../shared/ipc-contract';

/*
 * The spreadsheet part of `window.planner` in end-to-end tests (#19), backed by the same Node modules
 * as electron/spreadsheet-ipc.ts: the file chosen in the Import dialog read capped, the export
 * checked with main's own argument schema and written atomically, the column mappings kept as main's
 * settings keep them. Bytes cross as base64. Installed after the base bridge, it wraps the page's
 * frozen `window.planner` in a new one with these methods added.
 */
export class SpreadsheetBridge {
  /** What the next Import dialog chooses: a path, or null for Cancel. Consumed by one dialog. */
  nextOpenPath: string | null = null;
  /** What the next Export Spreadsheet dialog chooses: a path, or null for Cancel. */
  nextSavePath: string | null = null;
  /** The mappings as the machine's settings keep them; they survive a reload of the page. */
  readonly mappings = createMemorySettings();
  readonly saved: { path: string; format: string; size: number }[] = [];

  async install(page: Page): Promise<void> {
    await page.exposeFunction('__sheetOpenDialog', async (): Promise<unknown> => {
      const path = this.nextOpenPath;
      this.nextOpenPath = null;
      if (path === null) return { status: 'cancelled' } satisfies SpreadsheetOpenResult;
      const result = await readSpreadsheetFile(path);
      return result.status === 'chosen' ? { ...result, bytes: Buffer.from(result.bytes).toString('base64') } : result;
    });
    await page.exposeFunction('__sheetSave', async (base64: unknown, suggestedName: unknown, format: unknown): Promise<SpreadsheetSaveResult> => {
      const bytes = typeof base64 === 'string' ? new Uint8Array(Buffer.from(base64, 'base64')) : base64;
      const parsed = parseInvokeArguments('saveSpreadsheet', [bytes, suggestedName, format]);
      if (!parsed.ok) throw new Error(`Refused spreadsheet:save: ${parsed.reason}.`);
      const [checked, , chosenFormat] = parsed.args;
      const path = this.nextSavePath;
      this.nextSavePath = null;
      if (path === null) return { status: 'cancelled' };
      const result = await saveSpreadsheetFile(withSpreadsheetExtension(path, chosenFormat), checked);
      if (result.status === 'saved') this.saved.push({ path: result.path, format: chosenFormat, size: checked.byteLength });
      return result;
    });
    await page.exposeFunction('__sheetGetMapping', async (key: unknown) => {
      const parsed = parseInvokeArguments('getImportMapping', [key]);
      if (!parsed.ok) throw new Error(`Refused spreadsheet:get-mapping: ${parsed.reason}.`);
      return this.mappings.getImportMapping(parsed.args[0]);
    });
    await page.exposeFunction('__sheetSetMapping', (key: unknown, mapping: unknown) => {
      const parsed = parseSendArguments('setImportMapping', [key, mapping]);
      if (!parsed.ok) throw new Error(`Refused spreadsheet:set-mapping: ${parsed.reason}.`);
      this.mappings.setImportMapping(parsed.args[0], parsed.args[1]);
    });
    await page.addInitScript(wrapPlannerInPage);
  }
}

/** Runs in the page after the base bridge's init script. */
function wrapPlannerInPage(): void {
  type Fn = (...args: unknown[]) => Promise<unknown>;
  const w = globalThis as unknown as Record<string, Fn> & { planner: Record<string, Fn> };
  const toBase64 = (bytes: Uint8Array) => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  };
  const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  w.planner = Object.freeze({
    ...w.planner,
    openSpreadsheetDialog: async () => {
      const result = (await w.__sheetOpenDialog!()) as { status: string; bytes?: string };
      return result.status === 'chosen' ? { ...result, bytes: fromBase64(result.bytes!) } : result;
    },
    saveSpreadsheet: (bytes: unknown, suggestedName: unknown, format: unknown) => w.__sheetSave!(bytes instanceof Uint8Array ? toBase64(bytes) : bytes, suggestedName, format),
    getImportMapping: (key: unknown) => w.__sheetGetMapping!(key),
    setImportMapping: (key: unknown, mapping: unknown) => void w.__sheetSetMapping!(key, mapping),
  }) as never;
}
