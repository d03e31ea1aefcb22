import type { Locator, Page } from 'playwright-core';
import type { PlannerBridge } from '../harness/planner-bridge';

/**
 * What a person does with the app shell and the outline, in their words. Tests talk to this, so a
 * UI change is mended here once. Feature pages (board-page.ts, …) sit beside it.
 */
export class AppPage {
  constructor(
    readonly page: Page,
    readonly bridge: PlannerBridge,
    readonly origin: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(this.origin);
    await this.page.locator('.app').waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.locator('.app').waitFor();
  }

  // First-run screen

  get firstRun(): Locator {
    return this.page.locator('.first-run');
  }

  async startFromExample(): Promise<void> {
    await this.page.getByRole('button', { name: /Start from the example/ }).click();
    await this.outline.waitFor();
  }

  async startBlank(): Promise<void> {
    await this.page.getByRole('button', { name: /^Blank plan/ }).click();
    await this.outline.waitFor();
  }

  // Toolbar and commands

  toolbarButton(name: string | RegExp): Locator {
    return this.page.getByRole('toolbar').getByRole('button', { name });
  }

  async newFromExampleViaToolbar(): Promise<void> {
    await this.toolbarButton(/^New/).click();
    await this.page.getByRole('menuitem', { name: /From the example/ }).click();
  }

  /** Saves with the toolbar; when the plan has no file yet, Save As "chooses" `saveAsPath`. */
  async save(saveAsPath?: string): Promise<void> {
    if (saveAsPath) this.bridge.nextSavePath = saveAsPath;
    await this.toolbarButton(/^Save$/).click();
    await this.waitForClean();
  }

  async saveWithKeyboard(saveAsPath?: string): Promise<void> {
    if (saveAsPath) this.bridge.nextSavePath = saveAsPath;
    await this.page.keyboard.press('Control+s');
    await this.waitForClean();
  }

  /** Opens through the Open dialog, which "chooses" `path`. */
  async openFile(path: string): Promise<void> {
    this.bridge.nextOpenPath = path;
    await this.toolbarButton(/^Open/).click();
  }

  async undoWithKeyboard(): Promise<void> {
    await this.blurFocus();
    await this.page.keyboard.press('Control+z');
  }

  async redoWithKeyboard(): Promise<void> {
    await this.blurFocus();
    await this.page.keyboard.press('Control+Shift+z');
  }

  /** Moves focus out of any text field to the page itself, where Ctrl+Z means "undo the plan". */
  async blurFocus(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }

  // Document state

  get dirtyMarker(): Locator {
    return this.page.getByTestId('dirty-marker');
  }

  async isDirty(): Promise<boolean> {
    return this.dirtyMarker.isVisible();
  }

  async waitForClean(): Promise<void> {
    await this.dirtyMarker.waitFor({ state: 'hidden' });
  }

  async title(): Promise<string> {
    return this.page.title();
  }

  get statusMessage(): Locator {
    return this.page.locator('.status-line__message');
  }

  // Outline

  get outline(): Locator {
    return this.page.locator('.outline');
  }

  async planTitle(): Promise<string> {
    return (await this.page.locator('.plan-header__title').innerText()).trim();
  }

  async pillarTitles(): Promise<string[]> {
    return (await this.page.locator('.pillar__title').allInnerTexts()).map((t) => t.trim());
  }

  async objectiveTitles(): Promise<string[]> {
    return (await this.page.locator('.objective__title').allInnerTexts()).map((t) => t.trim());
  }

  async applicationTitles(): Promise<string[]> {
    return (await this.page.locator('.application__title').allInnerTexts()).map((t) => t.trim());
  }

  async kpiNames(): Promise<string[]> {
    return (await this.page.locator('.kpi__name').allInnerTexts()).map((t) => t.trim());
  }

  /** Renames in place: double-click the title, type, Enter. */
  async renameText(kind: 'Pillar title' | 'Objective title' | 'AI application title' | 'KPI name' | 'Plan title', oldText: string, newText: string): Promise<void> {
    await this.page.getByRole('button', { name: `${kind}: ${oldText}`, exact: true }).dblclick();
    const input = this.page.getByRole('textbox', { name: kind });
    await input.fill(newText);
    await input.press('Enter');
    await this.page.getByRole('button', { name: `${kind}: ${newText}`, exact: true }).waitFor();
  }

  renamePillar(oldTitle: string, newTitle: string): Promise<void> {
    return this.renameText('Pillar title', oldTitle, newTitle);
  }

  async addPillar(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add pillar' }).click();
    const input = this.page.getByRole('textbox', { name: 'Pillar title' });
    await input.fill(title);
    await input.press('Enter');
  }

  // Error dialog

  get errorDialog(): Locator {
    return this.page.getByRole('alertdialog');
  }

  async dismissError(): Promise<void> {
    await this.errorDialog.getByRole('button', { name: 'OK' }).click();
    await this.errorDialog.waitFor({ state: 'hidden' });
  }

  /** 1280×720 PNG of the whole window. */
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  }
}
