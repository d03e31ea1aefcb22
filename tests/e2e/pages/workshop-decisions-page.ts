import type { Locator, Page } from 'playwright-core';
import type { AppPage } from './app-page';
import { RoomPage } from './room-page';

/**
 * The Workshop view's parking lot and decisions (#17 §4) as a facilitator uses them: two one-line
 * fields found by their labels, each decision a group named "Decision: <its text>", its fields by label.
 */
export class WorkshopDecisionsPage {
  readonly page: Page;
  readonly room: RoomPage;

  constructor(readonly app: AppPage) {
    this.page = app.page;
    this.room = new RoomPage(app);
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Workshop', exact: true }).click();
    await this.page.getByRole('tab', { name: 'Parking lot and decisions', exact: true }).click();
    await this.panel.waitFor();
    await this.room.settle();
  }

  get panel(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Parking lot and decisions' });
  }

  get parkField(): Locator {
    return this.panel.getByRole('textbox', { name: 'Park a question', exact: true });
  }

  get decisionField(): Locator {
    return this.panel.getByRole('textbox', { name: 'Record a decision', exact: true });
  }

  /** Types the question and presses Enter. */
  async park(text: string): Promise<void> {
    await this.parkField.fill(text);
    await this.parkField.press('Enter');
  }

  /** Types the decision and presses Enter. */
  async record(text: string): Promise<void> {
    await this.decisionField.fill(text);
    await this.decisionField.press('Enter');
  }

  /** The parked questions' texts, in their order. */
  async parkedTexts(): Promise<string[]> {
    const fields = this.panel.getByRole('list', { name: 'Parked questions' }).getByRole('textbox');
    const texts: string[] = [];
    for (const field of await fields.all()) texts.push(await field.inputValue());
    return texts;
  }

  async decideParked(text: string): Promise<void> {
    await this.panel.getByRole('button', { name: `Decide: turn “${text.slice(0, 80)}” into a decision` }).click();
  }

  /** The decision whose text starts with `text` (the group's name holds the first 80 characters). */
  decision(text: string): Locator {
    return this.panel.getByRole('group', { name: `Decision: ${text.trim().slice(0, 80)}`, exact: true });
  }

  /** The decisions' names as the list orders them. */
  async decisionOrder(): Promise<string[]> {
    const groups = this.panel.getByRole('list', { name: 'Decisions, open first by due date' }).getByRole('group');
    return (await groups.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))).map((name) => name.replace(/^Decision: /, ''));
  }

  async setOwner(text: string, owner: string): Promise<void> {
    await this.decision(text).getByRole('textbox', { name: 'Owner', exact: true }).fill(owner);
  }

  dueField(text: string): Locator {
    return this.decision(text).getByLabel('Due', { exact: true });
  }

  async setDue(text: string, day: string): Promise<void> {
    await this.dueField(text).fill(day);
  }

  linkField(text: string): Locator {
    return this.decision(text).getByRole('combobox', { name: 'About', exact: true });
  }

  async link(text: string, itemTitle: string): Promise<void> {
    await this.linkField(text).selectOption({ label: itemTitle });
  }

  /** The label of the option the link field shows. */
  async linkedLabel(text: string): Promise<string> {
    return this.linkField(text).evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
  }

  doneBox(text: string): Locator {
    return this.decision(text).getByRole('checkbox', { name: 'Done', exact: true });
  }

  overdueNote(text: string): Locator {
    return this.decision(text).getByTestId('decision-overdue');
  }

  /** The name of the decision group holding the focus, or null. */
  async focusedDecision(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.closest('[data-item-kind="decision"]')?.getAttribute('aria-label')?.replace(/^Decision: /, '') ?? null);
  }
}
