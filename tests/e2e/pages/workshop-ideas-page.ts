import type { Locator, Page } from 'playwright-core';
import type { AppPage } from './app-page';
import { RoomPage } from './room-page';

const twoFrames = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/**
 * The Workshop view's Ideas panel (#17 §2) as a facilitator uses it: the capture fields by their
 * labels, the unaligned ideas by their title fields, the library's cards by their titles.
 */
export class WorkshopIdeasPage {
  readonly page: Page;
  readonly room: RoomPage;

  constructor(readonly app: AppPage) {
    this.page = app.page;
    this.room = new RoomPage(app);
  }

  /** Shows the Workshop view at its Ideas tab. */
  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Workshop', exact: true }).click();
    await this.page.getByRole('tab', { name: 'Ideas and use cases', exact: true }).click();
    await this.panel.waitFor();
    await this.room.settle();
  }

  get panel(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Ideas and use cases' });
  }

  get ideaField(): Locator {
    return this.panel.getByRole('textbox', { name: 'New idea', exact: true });
  }

  get problemField(): Locator {
    return this.panel.getByRole('textbox', { name: 'Business problem it solves (optional)', exact: true });
  }

  get status(): Locator {
    return this.panel.getByTestId('ideas-status');
  }

  /** Types an idea (and its problem) and presses Enter in the last field typed into. */
  async capture(idea: string, problem?: string): Promise<void> {
    await this.ideaField.fill(idea);
    if (problem === undefined) {
      await this.ideaField.press('Enter');
      return;
    }
    await this.problemField.fill(problem);
    await this.problemField.press('Enter');
  }

  get ideaRows(): Locator {
    return this.panel.getByTestId('idea-row');
  }

  /** The unaligned ideas' titles as the panel lists them. */
  async ideaTitles(): Promise<string[]> {
    return this.ideaRows.getByRole('textbox', { name: 'Idea title' }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  }

  /** An idea's row by its title. */
  idea(title: string): Locator {
    return this.ideaRows.filter({ has: this.page.locator(`input[value="${title.replace(/"/g, '\\"')}"]`) });
  }

  problemOf(title: string): Locator {
    return this.idea(title).getByRole('textbox', { name: 'Business problem' });
  }

  get search(): Locator {
    return this.panel.getByRole('searchbox', { name: 'Search the library' });
  }

  get useCases(): Locator {
    return this.panel.getByTestId('use-case');
  }

  async useCaseTitles(): Promise<string[]> {
    return (await this.useCases.locator('.use-case__title').allInnerTexts()).map((t) => t.trim());
  }

  useCase(title: string): Locator {
    return this.panel.getByRole('article', { name: title, exact: true });
  }

  async addUseCase(title: string): Promise<void> {
    await this.panel.getByRole('button', { name: `Add to ideas: ${title}`, exact: true }).click();
  }

  /** Drags a library card by its grip onto the ideas column with real pointer events. */
  async dragUseCaseToIdeas(title: string): Promise<void> {
    const grip = this.panel.getByRole('button', { name: `Drag ${title} onto the ideas`, exact: true });
    await grip.scrollIntoViewIfNeeded();
    const from = await grip.boundingBox();
    if (!from) throw new Error('grip not visible');
    const x = from.x + from.width / 2;
    const y = from.y + from.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + 10, y + 10, { steps: 4 });
    await twoFrames(this.page);
    const target = this.panel.getByTestId('ideas-drop');
    const to = await target.boundingBox();
    if (!to) throw new Error('ideas column not visible');
    // The column may be taller than the view and partly scrolled away: aim at the middle of what shows.
    const view = await this.page.locator('main.view').boundingBox();
    const top = Math.max(to.y, view?.y ?? 0);
    const bottom = Math.min(to.y + to.height, view ? view.y + view.height : to.y + to.height);
    const toX = to.x + to.width / 2;
    const toY = (top + bottom) / 2;
    await this.page.mouse.move(toX, toY, { steps: 12 });
    await twoFrames(this.page);
    await this.page.mouse.move(toX + 1, toY, { steps: 2 });
    await twoFrames(this.page);
    await this.page.mouse.up();
    await twoFrames(this.page);
  }
}
