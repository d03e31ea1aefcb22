import type { Locator, Page } from 'playwright-core';

export type TierId = 'prohibited' | 'high-risk' | 'limited' | 'minimal' | 'untriaged';

/** The Governance view and an application's Governance section (#16), in a person's words. */
export class GovernancePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Governance', exact: true }).click();
    await this.view.waitFor();
  }

  get view(): Locator {
    return this.page.locator('main.view .governance');
  }

  get disclaimer(): Locator {
    return this.view.getByTestId('not-legal-advice');
  }

  // Applications by tier

  tierGroup(tier: TierId): Locator {
    return this.view.locator(`[data-testid="tier-group"][data-tier="${tier}"]`);
  }

  /** The tier group an application is listed under. */
  async tierOf(title: string): Promise<string | null> {
    const group = this.view.getByTestId('tier-group').filter({ has: this.page.getByRole('button', { name: `${title}: open its triage`, exact: true }) });
    if ((await group.count()) !== 1) return null;
    return group.getAttribute('data-tier');
  }

  async reasonOf(title: string): Promise<string> {
    const row = this.view.locator('.tier-app').filter({ has: this.page.getByRole('button', { name: `${title}: open its triage`, exact: true }) });
    return (await row.locator('.tier-app__reason').innerText()).trim();
  }

  /** Opens an application's triage in the detail panel from its place under its tier. */
  async openTriage(title: string): Promise<void> {
    await this.view.getByRole('button', { name: `${title}: open its triage`, exact: true }).click();
    await this.section.waitFor();
  }

  // The detail panel's Governance section

  get panel(): Locator {
    return this.page.getByTestId('detail-panel');
  }

  get section(): Locator {
    return this.panel.getByTestId('governance-section');
  }

  get triageResult(): Locator {
    return this.section.getByTestId('triage-result');
  }

  /** Answers a yes/no question of the questionnaire (or the role question) by its words. */
  async answer(question: string | RegExp, answer: string): Promise<void> {
    await this.section.getByRole('group', { name: question }).getByText(answer, { exact: true }).click();
  }

  async chooseArea(area: string): Promise<void> {
    await this.section.getByRole('combobox', { name: 'Is it used in one of these areas?' }).selectOption({ label: area });
  }

  checkbox(name: string | RegExp): Locator {
    return this.section.getByRole('checkbox', { name });
  }

  get applicationDuties(): Locator {
    return this.section.getByTestId('application-duties').locator('li');
  }

  risks(): Locator {
    return this.section.getByTestId('risk');
  }

  async addCommonRisks(): Promise<void> {
    await this.section.getByRole('button', { name: 'Add common risks' }).click();
  }

  // Duties coming up

  get duties(): Locator {
    return this.view.getByTestId('duty');
  }

  // Tools register

  tool(name: string): Locator {
    return this.view.getByRole('group', { name: `Tool: ${name}`, exact: true });
  }

  async setToolStatus(name: string, status: 'Approved' | 'Under review' | 'Banned'): Promise<void> {
    await this.tool(name).getByRole('combobox', { name: 'Status' }).selectOption({ label: status });
  }

  // Risk heat map

  cell(likelihood: number, impact: number): Locator {
    return this.view.locator(`[data-testid="risk-cell"][data-likelihood="${likelihood}"][data-impact="${impact}"]`);
  }

  async heatMapTotal(): Promise<number> {
    const counts = await this.view.getByTestId('risk-cell').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-count'))));
    return counts.reduce((a, b) => a + b, 0);
  }

  get riskList(): Locator {
    return this.view.getByTestId('risk-list');
  }
}
