import type { Locator, Page } from 'playwright-core';
import type { AppPage } from './app-page';

/** "€22,400" or "22.400 €" as whole currency units; NaN when it is not an amount. */
export function amountOf(text: string): number {
  const digits = text.replace(/[^\d.,-]/g, '').replace(/[.,](?=\d{3}(\D|$))/g, '');
  return Number(digits.replace(',', '.'));
}

/**
 * Money where the team looks at it outside the Value view: the spend chart under the roadmap (read
 * through its table, as a screen reader does), the 2×2 sized by net value, and the board's table
 * and filters for cost and payback (behind the filter row's "More filters").
 */
export class ValueViewsPage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  get spendChart(): Locator {
    return this.page.getByRole('region', { name: 'Spend per quarter' });
  }

  /** The button that folds and unfolds the chart (its heading). */
  get spendChartToggle(): Locator {
    return this.spendChart.getByRole('button', { name: 'Spend per quarter' });
  }

  get spendTable(): Locator {
    return this.spendChart.getByRole('table', { name: 'Spend per quarter by pillar' });
  }

  /** A quarter's total spend in whole units, from the chart's table ("Q1 2027"). */
  async quarterTotal(quarter: string): Promise<number> {
    const cells = this.spendTable.getByRole('row', { name: new RegExp(`^${quarter}\\b`) }).getByRole('cell');
    return amountOf(await cells.last().innerText());
  }

  /** A pillar's spend in a quarter, in whole units. */
  async quarterSpendOf(quarter: string, pillar: string): Promise<number> {
    const headers = (await this.spendTable.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
    const column = headers.indexOf(pillar);
    if (column < 1) throw new Error(`no column for ${pillar} in ${headers.join(', ')}`);
    const cells = this.spendTable.getByRole('row', { name: new RegExp(`^${quarter}\\b`) }).getByRole('cell');
    return amountOf(await cells.nth(column - 1).innerText());
  }

  /** The drawn column of a quarter ("2027-Q1"), for its position and its hover title. */
  quarterColumn(key: string): Locator {
    return this.spendChart.locator(`[data-quarter="${key}"]`);
  }

  async foldSpendChart(): Promise<void> {
    await this.spendChartToggle.click();
  }

  get sizeByValue(): Locator {
    return this.page.getByRole('button', { name: 'Size by net value' });
  }

  priorityCard(title: string): Locator {
    return this.page.getByTestId('priority-card').filter({ hasText: title });
  }

  /** A card's size step when sized by net value (null: the normal size). */
  async cardSize(title: string): Promise<number | null> {
    const size = await this.priorityCard(title).getAttribute('data-size');
    return size === null ? null : Number(size);
  }

  async cardNet(title: string): Promise<string> {
    return (await this.priorityCard(title).getByTestId('card-net').innerText()).trim();
  }

  get table(): Locator {
    return this.page.getByTestId('matrix-table');
  }

  /** The text in a column of the table (by its header) on the first row of an application. */
  async tableCell(applicationTitle: string, column: string): Promise<string> {
    const headers = (await this.table.locator('thead th').allInnerTexts()).map((h) => h.replace(/\s+/g, ' ').trim());
    const index = headers.indexOf(column);
    if (index < 0) throw new Error(`no column "${column}" in ${headers.join(' | ')}`);
    const row = this.table.locator('tbody tr').filter({ hasText: applicationTitle }).first();
    return (await row.locator('td').nth(index).innerText()).trim();
  }

  /** Which applications' rows of the table are not dimmed by the filter. */
  async undimmedApplications(): Promise<string[]> {
    return this.table.locator('tbody tr:not([data-dimmed]) td[data-item-kind="application"]').allInnerTexts();
  }

  /** The Board tab when the board shows as a table (BoardPage.open waits for the cards). */
  async openTable(): Promise<void> {
    await this.page.getByRole('tab', { name: /^Board/ }).click();
    await this.table.waitFor();
  }

  get filterRow(): Locator {
    return this.page.getByRole('search', { name: 'Find and filter' });
  }

  /** The button that shows and hides the cost and payback filters ("More filters", "More filters (1)" while one is on). */
  get moreFilters(): Locator {
    return this.filterRow.getByRole('button', { name: /^More filters/ });
  }

  /** Shows the cost and payback filters, on their line under the others. */
  async showMoreFilters(): Promise<void> {
    if ((await this.moreFilters.getAttribute('aria-expanded')) !== 'true') await this.moreFilters.click();
    await this.filterRow.getByRole('group', { name: 'More filters' }).waitFor();
  }

  async filterByPayback(label: string): Promise<void> {
    await this.showMoreFilters();
    await this.filterRow.getByLabel(/^Payback/).selectOption({ label });
  }

  async filterByCost(label: string): Promise<void> {
    await this.showMoreFilters();
    await this.filterRow.getByLabel(/^Cost/).selectOption({ label });
  }

  async costOptions(): Promise<string[]> {
    await this.showMoreFilters();
    return (await this.filterRow.getByLabel(/^Cost/).locator('option').allInnerTexts()).map((o) => o.trim());
  }
}
