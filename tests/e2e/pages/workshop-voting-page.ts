import type { Locator, Page } from 'playwright-core';
import type { AppPage } from './app-page';
import { RoomPage } from './room-page';

export type Scale = 'Impact' | 'Feasibility';

/**
 * The Workshop view's Voting panel (#17 §3) as a facilitator and the people passing the laptop use
 * it: people by name, the ballot by the voter's name, scores as radio groups named for their
 * application ("Impact of …"), results as table rows found by application title.
 */
export class WorkshopVotingPage {
  readonly page: Page;
  readonly room: RoomPage;

  constructor(readonly app: AppPage) {
    this.page = app.page;
    this.room = new RoomPage(app);
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Workshop', exact: true }).click();
    await this.page.getByRole('tab', { name: 'Voting', exact: true }).click();
    await this.panel.waitFor();
    await this.room.settle();
  }

  get panel(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Voting' });
  }

  // People

  get nameField(): Locator {
    return this.panel.getByRole('textbox', { name: 'Add a person', exact: true });
  }

  /** Types each name and presses Enter, as a facilitator going round the room. */
  async addPeople(...names: string[]): Promise<void> {
    await this.nameField.click();
    for (const name of names) {
      await this.page.keyboard.type(name);
      await this.page.keyboard.press('Enter');
    }
  }

  /** Removes everyone already in the room (the example plan brings three), each with the ✕ beside their name. */
  async removeEveryone(): Promise<void> {
    const remove = this.panel.getByRole('button', { name: /^Remove .+ and their votes$/ });
    while ((await remove.count()) > 0) await remove.first().click();
  }

  async people(): Promise<string[]> {
    return (await this.panel.getByTestId('participant').locator('.voting-people__name').allInnerTexts()).map((s) => s.trim());
  }

  // Options

  async chooseMode(mode: 'Dots' | 'Impact and feasibility scores'): Promise<void> {
    await this.panel.getByRole('radio', { name: mode, exact: true }).check();
  }

  get dotsPerPerson(): Locator {
    return this.panel.getByRole('textbox', { name: 'Dots per person', exact: true });
  }

  async setDotsPerPerson(text: string): Promise<void> {
    await this.dotsPerPerson.fill(text);
    await this.dotsPerPerson.press('Enter');
  }

  get secret(): Locator {
    return this.panel.getByRole('checkbox', { name: /^Secret ballots/ });
  }

  // Ballots

  /** The button that opens a person's ballot ("Anna votes", or "Anna has voted" once done). */
  voter(name: string): Locator {
    return this.panel.getByRole('list', { name: 'Who votes now' }).getByRole('button', { name: new RegExp(`^(✓ ?)?${name} (votes|has voted)$`) });
  }

  get ballot(): Locator {
    return this.panel.getByTestId('ballot');
  }

  async startBallot(name: string): Promise<void> {
    await this.voter(name).click();
    await this.ballot.getByRole('heading', { name: `${name}'s ballot`, exact: true }).waitFor();
  }

  async finishBallot(): Promise<void> {
    await this.ballot.getByRole('button', { name: 'Done — pass the laptop', exact: true }).click();
    await this.ballot.waitFor({ state: 'detached' });
  }

  scale(title: string, scale: Scale): Locator {
    return this.ballot.getByRole('radiogroup', { name: `${scale} of ${title}`, exact: true });
  }

  /** The score checked in a scale of the open ballot, or null. */
  async checkedScore(title: string, scale: Scale): Promise<number | null> {
    const values = await this.scale(title, scale)
      .getByRole('radio')
      .evaluateAll((radios) => radios.filter((r) => (r as HTMLInputElement).checked).map((r) => Number((r as HTMLInputElement).value)));
    return values[0] ?? null;
  }

  /** Every score checked anywhere on the open ballot. */
  async checkedCount(): Promise<number> {
    return this.ballot.getByRole('radio', { checked: true }).count();
  }

  /** Scores with the mouse: a click on the number. */
  async clickScore(title: string, scale: Scale, score: number): Promise<void> {
    await this.scale(title, scale).getByText(String(score), { exact: true }).click();
  }

  /** Scores with the keyboard: focus the group's first number, Space to choose it, then the arrow keys up to `score`. */
  async keyScore(title: string, scale: Scale, score: number): Promise<void> {
    await this.scale(title, scale).getByRole('radio', { name: '1', exact: true }).focus();
    await this.page.keyboard.press('Space');
    for (let n = 1; n < score; n++) await this.page.keyboard.press('ArrowRight');
  }

  ballotRow(title: string): Locator {
    return this.ballot.getByTestId('ballot-row').filter({ has: this.page.getByText(title, { exact: true }) });
  }

  async giveDot(title: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.ballot.getByRole('button', { name: `One more dot for ${title}`, exact: true }).click();
  }

  moreDots(title: string): Locator {
    return this.ballot.getByRole('button', { name: `One more dot for ${title}`, exact: true });
  }

  async dotsLeft(): Promise<string> {
    return (await this.ballot.getByTestId('dots-left').innerText()).trim();
  }

  get progress(): Locator {
    return this.panel.getByTestId('ballot-progress');
  }

  // Results

  get results(): Locator {
    return this.panel.getByTestId('voting-results');
  }

  get table(): Locator {
    return this.results.getByTestId('results-table');
  }

  resultRow(title: string): Locator {
    return this.table.getByTestId('result-row').filter({ has: this.page.getByText(title, { exact: true }) });
  }

  async resultTitles(): Promise<string[]> {
    return (await this.table.getByTestId('result-row').locator('.voting-table__title').allInnerTexts()).map((s) => s.trim());
  }

  /** A result cell's words: the median with its range under it, or a count. */
  async cell(title: string, column: 'impact' | 'feasibility' | 'dots' | 'people'): Promise<string> {
    return (await this.resultRow(title).locator(`[data-column="${column}"]`).innerText()).replace(/\s+/g, ' ').trim();
  }

  async press(name: 'Reveal results' | 'Hide results' | 'Apply medians and mark starter candidates' | 'Mark starter candidates' | 'Clear votes'): Promise<void> {
    await this.results.getByRole('button', { name, exact: true }).click();
  }

  get starters(): Locator {
    return this.results.getByTestId('starter-candidates');
  }
}
