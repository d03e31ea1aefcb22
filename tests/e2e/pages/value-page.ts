import type { Locator, Page } from 'playwright-core';

export type PhaseName = 'Pilot' | 'Refine' | 'Standardise' | 'Scale';
export type ValueColumn = 'Application' | 'Cost' | 'Benefit a year' | 'Payback' | 'Net value' | 'ROI';

/** The Value view and the detail panel's Value sections (#15), in a person's words. */
export class ValuePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Value', exact: true }).click();
    await this.view.waitFor();
  }

  get view(): Locator {
    return this.page.locator('main.view [data-testid="value-view"]');
  }

  get table(): Locator {
    return this.view.getByTestId('value-table');
  }

  /** An application's row in the table. */
  row(title: string): Locator {
    return this.table.getByTestId('value-row').filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  /** The main figure of a row's column (the middle estimate), as shown. */
  async cell(title: string, column: 'cost' | 'annual' | 'payback' | 'net' | 'roi'): Promise<string> {
    return (await this.row(title).locator(`[data-column="${column}"] .value-table__main`).innerText()).trim();
  }

  async rowTitles(): Promise<string[]> {
    return (await this.table.getByTestId('value-row').locator('.value-row__title').allInnerTexts()).map((s) => s.trim());
  }

  columnHeader(name: ValueColumn): Locator {
    return this.table.getByRole('columnheader').filter({ has: this.page.getByRole('button', { name: new RegExp(`^${name}\\b`) }) });
  }

  async sortBy(name: ValueColumn): Promise<void> {
    await this.columnHeader(name).getByRole('button').click();
  }

  async planTotal(column: 'cost' | 'annual' | 'payback' | 'net' | 'roi'): Promise<string> {
    return (await this.table.getByTestId('plan-total').locator(`[data-column="${column}"] .value-table__main`).innerText()).trim();
  }

  // The detail panel

  get panel(): Locator {
    return this.page.getByTestId('detail-panel');
  }

  get section(): Locator {
    return this.panel.getByTestId('value-section');
  }

  /** The one-off cost field of a phase in the application's Value section. */
  oneOff(phase: PhaseName): Locator {
    return this.section.getByRole('textbox', { name: `One-off cost of ${phase}`, exact: true });
  }

  effort(phase: PhaseName): Locator {
    return this.section.getByRole('textbox', { name: `Effort of ${phase} in person days`, exact: true });
  }

  get monthly(): Locator {
    return this.section.getByRole('textbox', { name: 'Monthly cost', exact: true });
  }

  /** Types into a field and leaves it with Enter, as a person finishing an entry would. */
  async enter(field: Locator, text: string): Promise<void> {
    await field.fill(text);
    await field.press('Enter');
  }

  /** A result of the section ("Payback month", "ROI over the horizon", …) as shown. */
  async result(key: 'annual' | 'cost' | 'payback' | 'net' | 'roi' | 'net3' | 'roi3' | 'realised'): Promise<string> {
    return (await this.section.getByTestId(`result-${key}`).locator('dd').innerText()).trim();
  }

  /** The KPI's Value section, once a KPI is selected. */
  get kpiSection(): Locator {
    return this.panel.getByTestId('kpi-value');
  }

  async kpiAnnual(): Promise<string> {
    return (await this.kpiSection.getByTestId('kpi-annual').locator('dd').innerText()).trim();
  }
}
