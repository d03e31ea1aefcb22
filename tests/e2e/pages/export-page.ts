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

  async choosePack(pack: 'Full board pack' | 'Summary pack'): Promise<void> {
    await this.dialog.getByRole('radio', { name: new RegExp(`^${pack}`) }).check();
  }

  /** The section checkboxes the dialog offers, by title. */
  async sectionsOffered(): Promise<string[]> {
    return this.dialog.getByRole('group', { name: 'Sections' }).getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.closest('label')?.textContent?.trim() ?? ''));
  }

  /** Only the pillars named, ticked in the dialog's list of the plan's pillars. */
  async choosePillars(names: readonly string[]): Promise<void> {
    await this.dialog.getByRole('radio', { name: 'Only these pillars' }).check();
    for (const name of names) await this.pillarList.getByRole('checkbox', { name, exact: true }).check();
  }

  get pillarList(): Locator {
    return this.dialog.getByRole('group', { name: 'Only these pillars' });
  }

  get versionField(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Version', exact: true });
  }

  async chooseStatus(status: 'None' | 'Draft' | 'Final'): Promise<void> {
    await this.dialog.getByRole('group', { name: 'Status' }).getByRole('radio', { name: status, exact: true }).check();
  }

  get meetingDateField(): Locator {
    return this.dialog.getByLabel(/^Meeting date/);
  }

  get markingField(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Confidentiality marking' });
  }

  /** The markings the field suggests (its datalist). */
  async markingSuggestions(): Promise<string[]> {
    return this.markingField.evaluate((input) => [...((input as HTMLInputElement).list?.options ?? [])].map((o) => o.value));
  }

  /** The message under a field, as it describes the field; '' when there is none. */
  async problemOf(field: Locator): Promise<string> {
    const id = await field.getAttribute('aria-describedby');
    return id ? this.dialog.locator(`[id="${id}"]`).innerText() : '';
  }

  /** The line beside the buttons saying the export waits for something to be mended. */
  get blockedNote(): Locator {
    return this.dialog.getByText('Mend what is marked in red above to export.');
  }

  /** Whether the dialog lies wholly inside the window, its options scroll, and the Export button is in sight. */
  async fit(): Promise<{ inside: boolean; optionsScroll: boolean; exportInSight: boolean }> {
    const fit = await this.dialog.evaluate((dialog) => {
      const r = dialog.getBoundingClientRect();
      const options = dialog.querySelector('.export-dialog__scroll');
      return {
        inside: r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight,
        optionsScroll: options !== null && options.scrollHeight > options.clientHeight + 1,
      };
    });
    const button = await this.exportButton.boundingBox();
    const size = this.app.page.viewportSize()!;
    return { ...fit, exportInSight: button !== null && button.y >= 0 && button.y + button.height <= size.height };
  }

  /** Scrolls the options to their start or end, as a person would with the wheel. */
  async scrollOptions(to: 'start' | 'end'): Promise<void> {
    await this.dialog.locator('.export-dialog__scroll').evaluate((options, end) => options.scrollTo(0, end ? options.scrollHeight : 0), to === 'end');
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
