import type { Locator, Page } from 'playwright-core';

/** The recovery offer at start and the questions about a plan's file changing on disk. */
export class RecoveryPage {
  constructor(readonly page: Page) {}

  get offer(): Locator {
    return this.page.getByRole('dialog', { name: /Restore your/ });
  }

  offeredTitles(): Promise<string[]> {
    return this.offer.locator('.recovery-list__title').allInnerTexts();
  }

  async restore(title: string): Promise<void> {
    await this.offer.getByRole('button', { name: `Restore ${title}`, exact: true }).click();
  }

  async discard(title: string): Promise<void> {
    await this.offer.getByRole('button', { name: `Discard ${title}`, exact: true }).click();
  }

  /** The question shown when a save or a focus check finds the file changed or gone. */
  get question(): Locator {
    return this.page.getByRole('alertdialog');
  }

  async answer(label: string | RegExp): Promise<void> {
    await this.question.getByRole('button', { name: label }).click();
  }

  /** What the window does when the user switches to another app and back. */
  async switchAwayAndBack(): Promise<void> {
    await this.page.evaluate(() => {
      window.dispatchEvent(new Event('blur'));
      window.dispatchEvent(new Event('focus'));
    });
  }
}
