import type { Locator, Page } from 'playwright-core';
import type { AppPage } from './app-page';

/** The Import Spreadsheet dialog and the spreadsheet exports, in the words of someone bringing their sheet in. */
export class SpreadsheetImportPage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import a spreadsheet' });
  }

  /** File › Import Spreadsheet…, the Open dialog "choosing" `path`. */
  async openFromMenu(path: string): Promise<void> {
    this.app.bridge.spreadsheets.nextOpenPath = path;
    await this.app.bridge.sendCommand('import-spreadsheet');
    await this.dialog.waitFor();
  }

  /** Drags a file called `name` holding `bytes` onto the window and drops it there. */
  async dropFile(name: string, bytes: Uint8Array): Promise<void> {
    await this.page.evaluate(
      ({ name, base64 }) => {
        const file = new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name);
        const data = new DataTransfer();
        data.items.add(file);
        const target = document.querySelector('main.view') ?? document.body;
        for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      },
      { name, base64: Buffer.from(bytes).toString('base64') },
    );
  }

  /** The field select of the column whose header reads `header`. */
  fieldOf(header: string): Locator {
    return this.dialog.locator(`select[aria-label^="Field of column"][aria-label$="“${header}”"]`);
  }

  async mapColumn(header: string, field: string): Promise<void> {
    await this.fieldOf(header).selectOption({ label: field });
  }

  /** The field each column is set to, by header, as the selects show them. */
  async mapping(): Promise<Record<string, string>> {
    await this.dialog.locator('tbody tr').first().waitFor();
    return this.dialog.locator('tbody tr').evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => {
          const select = row.querySelector('select')!;
          const header = (select.getAttribute('aria-label') ?? '').replace(/^.*“(.*)”$/, '$1');
          return [header, select.selectedOptions[0]?.textContent ?? ''];
        }),
      ),
    );
  }

  get previewButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Preview', exact: true });
  }

  async toPreview(): Promise<void> {
    await this.previewButton.click();
    await this.importButton.waitFor();
  }

  get importButton(): Locator {
    return this.dialog.getByRole('button', { name: /^Import \d+ rows?/ });
  }

  async chooseTarget(target: 'A new plan' | 'The open plan'): Promise<void> {
    await this.dialog.getByRole('radio', { name: new RegExp(`^${target}`) }).check();
  }

  /** The lines under "N rows cannot be used". */
  async problems(): Promise<string[]> {
    return (await this.dialog.locator('.import-problems__item').allInnerTexts()).map((text) => text.trim());
  }

  /** What the preview or the summary says will be, or was, created. */
  async counts(): Promise<string[]> {
    return (await this.dialog.locator('.import-counts li').allInnerTexts()).map((text) => text.trim());
  }

  async confirm(): Promise<void> {
    await this.importButton.click();
    await this.dialog.getByRole('button', { name: 'Done' }).waitFor();
  }

  async finish(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Done' }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** The refusal shown in place of the mapping: title, message and "Nothing was changed." */
  get refusal(): Locator {
    return this.dialog.getByRole('alert');
  }

  /** File › Export Spreadsheet › CSV or Excel, the Save dialog "choosing" `path`; resolves once the status line names the file written. */
  async exportFromMenu(format: 'csv' | 'xlsx', path: string): Promise<void> {
    this.app.bridge.spreadsheets.nextSavePath = path;
    await this.app.bridge.sendCommand(format === 'csv' ? 'export-csv' : 'export-xlsx');
    const written = (path.split(/[\\/]/).pop() ?? path).replace(new RegExp(`(\\.${format})?$`, 'i'), `.${format}`);
    await this.app.statusMessage.filter({ hasText: `Exported ${written}.` }).waitFor();
  }
}
