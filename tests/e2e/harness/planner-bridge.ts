import type { Page } from 'playwright-core';
import { RecoveryBridge } from './recovery-bridge';
import { SpreadsheetBridge } from './spreadsheet-bridge';
import { openPlanFile, savePlanFile } from '../../../electron/files/plan-file';
import { ExportedPdfs, savePdfFile, withPdfExtension } from '../../../electron/files/pdf-file';
import { parseInvokeArguments, parseSendArguments } from '../../../electron/ipc-guards';
import { DEFAULT_DISPLAY_PREFERENCES, type DisplayPreferences } from '../../../shared/display-preferences';
import type { DocumentState, MenuCommand, OpenResult, SaveResult, UnsavedChoice } from '../../../shared/ipc-contract';
import type { OpenExportedPdfResult, PdfSaveResult } from '../../../shared/ipc-contract';

/*
 * Provides `window.planner` to the page from the test, backed by the same Node file modules the
 * main process uses. Native dialogs are stubbed: the test says what the next open/save dialog
 * "chooses" and how the next unsaved-changes prompt is answered.
 */

type BridgeCall =
  | { method: 'openPlanDialog' }
  | { method: 'openPlanPath'; path: string }
  | { method: 'savePlan'; path: string }
  | { method: 'savePlanAs'; suggestedName: string }
  | { method: 'confirmUnsaved'; displayName: string }
  | { method: 'listRecent' }
  | { method: 'closeWindow' }
  | { method: 'savePdf'; suggestedName: string; size: number }
  | { method: 'openExportedPdf'; path: string }
  | { method: 'openPlanForComparison'; purpose: string };

export class PlannerBridge {
  /** What the next Open dialog returns: a path, or null for Cancel. Consumed by one dialog. */
  nextOpenPath: string | null = null;
  /** What the next Save As dialog returns: a path, or null for Cancel. Consumed by one dialog. */
  nextSavePath: string | null = null;
  /** The answer to the next unsaved-changes prompt (then it reverts to 'cancel'). */
  nextUnsavedChoice: UnsavedChoice = 'cancel';
  recentFiles: string[] = [];

  readonly calls: BridgeCall[] = [];
  readonly documentStates: DocumentState[] = [];
  readonly unsavedPrompts: string[] = [];
  closeRequests = 0;
  // PDF export: what the next Export dialog "chooses" (null for Cancel), and what was "opened".
  nextPdfPath: string | null = null;
  readonly openedPdfs: string[] = [];
  private readonly exportedPdfs = new ExportedPdfs();
  /** What the next "read a plan to compare or merge" dialog returns (#20): a path, or null for Cancel. Consumed by one dialog. */
  nextComparisonPath: string | null = null;
  /** Room size and theme as main's settings keep them; they survive a reload of the page. */
  displayPreferences: DisplayPreferences = DEFAULT_DISPLAY_PREFERENCES;

  /** Recovery copies and changes on disk (recovery-bridge.ts). */
  readonly recovery: RecoveryBridge;
  /** Spreadsheet import and export (spreadsheet-bridge.ts). */
  readonly spreadsheets = new SpreadsheetBridge();

  constructor(
    private readonly page: Page,
    options: { recoveryDir?: string } = {},
  ) {
    this.recovery = new RecoveryBridge(options.recoveryDir);
  }

  /** Installs the bridge; call before the first `page.goto`. It survives reloads. */
  async install(): Promise<void> {
    const page = this.page;
    await page.exposeFunction('__bridgeOpenPlanDialog', async (): Promise<OpenResult> => {
      this.calls.push({ method: 'openPlanDialog' });
      const path = this.nextOpenPath;
      this.nextOpenPath = null;
      return path === null ? { status: 'cancelled' } : openPlanFile(path);
    });
    await page.exposeFunction('__bridgeOpenPlanPath', async (path: string): Promise<OpenResult> => {
      this.calls.push({ method: 'openPlanPath', path });
      return openPlanFile(path);
    });
    await page.exposeFunction('__bridgeSavePlan', async (path: string, plan: unknown): Promise<SaveResult> => {
      this.calls.push({ method: 'savePlan', path });
      return savePlanFile(path, plan);
    });
    await page.exposeFunction('__bridgeSavePlanAs', async (plan: unknown, suggestedName: string): Promise<SaveResult> => {
      this.calls.push({ method: 'savePlanAs', suggestedName });
      const path = this.nextSavePath;
      this.nextSavePath = null;
      return path === null ? { status: 'cancelled' } : savePlanFile(path, plan);
    });
    await page.exposeFunction('__bridgeConfirmUnsaved', async (displayName: string): Promise<UnsavedChoice> => {
      this.calls.push({ method: 'confirmUnsaved', displayName });
      this.unsavedPrompts.push(displayName);
      const choice = this.nextUnsavedChoice;
      this.nextUnsavedChoice = 'cancel';
      return choice;
    });
    await page.exposeFunction('__bridgeSetDocumentState', (state: DocumentState) => {
      this.documentStates.push(state);
    });
    await page.exposeFunction('__bridgeListRecent', async (): Promise<string[]> => {
      this.calls.push({ method: 'listRecent' });
      return [...this.recentFiles];
    });
    await page.exposeFunction('__bridgeCloseWindow', () => {
      this.calls.push({ method: 'closeWindow' });
      this.closeRequests++;
    });
    // PDF export: the bytes cross as base64 and are checked with main's own argument schema.
    await page.exposeFunction('__bridgeSavePdf', async (base64: unknown, suggestedName: unknown): Promise<PdfSaveResult> => {
      const bytes = typeof base64 === 'string' ? new Uint8Array(Buffer.from(base64, 'base64')) : base64;
      const parsed = parseInvokeArguments('savePdf', [bytes, suggestedName]);
      if (!parsed.ok) throw new Error(`Refused pdf:save: ${parsed.reason}.`);
      this.calls.push({ method: 'savePdf', suggestedName: parsed.args[1], size: parsed.args[0].byteLength });
      const path = this.nextPdfPath;
      this.nextPdfPath = null;
      if (path === null) return { status: 'cancelled' };
      const result = await savePdfFile(withPdfExtension(path), parsed.args[0]);
      if (result.status === 'saved') this.exportedPdfs.remember(result.path);
      return result;
    });
    await page.exposeFunction('__bridgeOpenExportedPdf', async (path: unknown): Promise<OpenExportedPdfResult> => {
      const parsed = parseInvokeArguments('openExportedPdf', [path]);
      if (!parsed.ok) throw new Error(`Refused pdf:open-exported: ${parsed.reason}.`);
      this.calls.push({ method: 'openExportedPdf', path: parsed.args[0] });
      if (!this.exportedPdfs.isLatest(parsed.args[0])) return { status: 'error', message: 'Only the PDF just exported can be opened from here.' };
      this.openedPdfs.push(parsed.args[0]);
      return { status: 'opened' };
    });
    // The plan over time: a plan file read with main's own loader, checked with main's own argument schema.
    await page.exposeFunction('__bridgeOpenPlanForComparison', async (purpose: unknown): Promise<OpenResult> => {
      const parsed = parseInvokeArguments('openPlanForComparison', [purpose]);
      if (!parsed.ok) throw new Error(`Refused plan:open-for-comparison: ${parsed.reason}.`);
      this.calls.push({ method: 'openPlanForComparison', purpose: parsed.args[0] });
      const path = this.nextComparisonPath;
      this.nextComparisonPath = null;
      return path === null ? { status: 'cancelled' } : openPlanFile(path);
    });
    // Room size and theme, checked with main's own argument schema.
    await page.exposeFunction('__bridgeGetDisplayPreferences', async (): Promise<DisplayPreferences> => ({ ...this.displayPreferences }));
    await page.exposeFunction('__bridgeSetDisplayPreferences', (preferences: unknown) => {
      const parsed = parseSendArguments('setDisplayPreferences', [preferences]);
      if (!parsed.ok) throw new Error(`Refused prefs:set-display: ${parsed.reason}.`);
      this.displayPreferences = parsed.args[0];
    });
    await page.addInitScript(installPlannerInPage);
    await this.recovery.install(page);
    await this.spreadsheets.install(page);
  }

  /** Delivers a menu command, as the main process does from the native menu. */
  async sendCommand(command: MenuCommand): Promise<void> {
    await this.page.evaluate((c) => (window as unknown as { __bridgeEmitCommand(c: string): void }).__bridgeEmitCommand(c), command);
  }

  get lastDocumentState(): DocumentState | undefined {
    return this.documentStates[this.documentStates.length - 1];
  }
}

/** Runs inside the page before its scripts: the PlannerApi shape, forwarding to the test. */
function installPlannerInPage(): void {
  type Bridge = Record<string, (...args: unknown[]) => Promise<unknown>>;
  const w = window as unknown as Bridge & { planner: unknown; __bridgeEmitCommand: (c: string) => void };
  const listeners = new Set<(command: string) => void>();
  w.__bridgeEmitCommand = (command) => {
    for (const listener of [...listeners]) listener(command);
  };
  w.planner = Object.freeze({
    openPlanDialog: () => w.__bridgeOpenPlanDialog!(),
    openPlanPath: (path: string) => w.__bridgeOpenPlanPath!(path),
    savePlan: (path: string, plan: unknown) => w.__bridgeSavePlan!(path, plan),
    savePlanAs: (plan: unknown, suggestedName: string) => w.__bridgeSavePlanAs!(plan, suggestedName),
    confirmUnsaved: (displayName: string) => w.__bridgeConfirmUnsaved!(displayName),
    setDocumentState: (state: unknown) => void w.__bridgeSetDocumentState!(state),
    listRecent: () => w.__bridgeListRecent!(),
    onCommand: (listener: (command: string) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    closeWindow: () => void w.__bridgeCloseWindow!(),
    savePdf: (bytes: unknown, suggestedName: string) => {
      let encoded: unknown = bytes;
      if (bytes instanceof Uint8Array) {
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        encoded = btoa(binary);
      }
      return w.__bridgeSavePdf!(encoded, suggestedName);
    },
    openExportedPdf: (path: string) => w.__bridgeOpenExportedPdf!(path),
    openPlanForComparison: (purpose: string) => w.__bridgeOpenPlanForComparison!(purpose),
    getDisplayPreferences: () => w.__bridgeGetDisplayPreferences!(),
    setDisplayPreferences: (preferences: unknown) => void w.__bridgeSetDisplayPreferences!(preferences),
    // The native menu's greying while a dialog is open has no counterpart in the browser.
    setModalOpen: () => undefined,
  });
}
