import type { Page } from 'playwright-core';
import { openPlanFile, savePlanFile } from '../../../electron/files/plan-file';
import type { DocumentState, MenuCommand, OpenResult, SaveResult, UnsavedChoice } from '../../../shared/ipc-contract';

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
  | { method: 'closeWindow' };

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

  constructor(private readonly page: Page) {}

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
    await page.addInitScript(installPlannerInPage);
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
  });
}
