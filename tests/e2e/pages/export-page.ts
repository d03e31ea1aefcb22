import type { Locator } from 'playwright-core';
import type { AppPage } from './app-page';

/** The Export PDF dialog, in the words of someone exporting a board pack. */
export class ExportPage {
  constructor(readonly app: AppPage) {}

  get dialog(): Locator {
    return this.app.page.getByRole('dialog', { name: 'Export PDF' });
  }

  async openWithKeyboard(): Promise<void> {
    await this.app.blurFocus();
    await this.app.page.keyboard.press('Control+e');
    await this.dialog.waitFor();
  }

  async openWithToolbar(): Promise<void> {
    await this.app.toolbarButton(/^Export PDF/).click();
    await this.dialog.waitFor();
  }

  async choosePageSize(size: 'A4' | 'Letter'): Promise<void> {
    await this.dialog.getByRole('radio', { name: new RegExp(`^${size}`) }).check();
  }

  async setSection(title: string, included: boolean): Promise<void> {
    await this.dialog.getByRole('checkbox', { name: title }).setChecked(included);
  }

  get dateField(): Locator {
    return this.dialog.getByLabel('Date on the cover');
  }

  get characterWarning(): Locator {
    return this.dialog.getByRole('status', { name: 'Characters the PDF cannot show' });
  }

  get exportButton(): Locator {
    return this.dialog.getByRole('button', { name: /^Export/ });
  }

  get progress(): Locator {
    return this.dialog.getByRole('progressbar');
  }

  /** Exports, with the Save dialog "choosing" `path`; resolves once the dialog says it is saved. */
  async exportTo(path: string): Promise<void> {
    this.app.bridge.nextPdfPath = path;
    await this.exportButton.click();
    await this.savedMessage.waitFor({ timeout: 30_000 });
  }

  get savedMessage(): Locator {
    return this.dialog.getByText(/^Saved /);
  }

  async openPdf(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Open PDF' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
