import type { Locator, Page } from 'playwright-core';
import type { AppPage } from './app-page';

type Kind = 'pillar' | 'objective' | 'application' | 'kpi';

const twoFrames = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/**
 * The alignment board in a person's words: open it, find a card by its title, drag it with the
 * pointer or the keyboard, add items quickly, switch to the table. Tests talk to this.
 */
export class BoardPage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: /^Board/ }).click();
    await this.board.waitFor();
  }

  get board(): Locator {
    return this.page.getByTestId('board');
  }

  get table(): Locator {
    return this.page.getByTestId('matrix-table');
  }

  get detailPanel(): Locator {
    return this.page.getByTestId('detail-panel');
  }

  /** A card (the draggable wrapper) by kind and exact title. */
  item(kind: Kind, title: string): Locator {
    const titleClass = { pillar: 'pillar-header__title', objective: 'objective-card__title', application: 'application-card__title', kpi: 'kpi-row__name' }[kind];
    return this.board
      .locator(`[data-item-kind="${kind}"]`)
      .filter({ has: this.page.locator(`.${titleClass}`, { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) })
      .first();
  }

  handle(kind: Kind, title: string): Locator {
    return this.item(kind, title).locator('[data-drag-handle]').first();
  }

  pillarColumn(title: string): Locator {
    return this.item('pillar', title);
  }

  /** Titles of the applications under an objective, in order. */
  async applicationsOf(objectiveTitle: string): Promise<string[]> {
    const texts = await this.item('objective', objectiveTitle).locator('.application-card__title').allInnerTexts();
    return texts.map((t) => t.trim());
  }

  async kpisOf(applicationTitle: string): Promise<string[]> {
    const texts = await this.item('application', applicationTitle).locator('.kpi-row__name').allInnerTexts();
    return texts.map((t) => t.trim());
  }

  async objectivesOf(pillarTitle: string): Promise<string[]> {
    const texts = await this.pillarColumn(pillarTitle).locator('.objective-card__title').allInnerTexts();
    return texts.map((t) => t.trim());
  }

  /** The find-and-filter row above the board. */
  get filterRow(): Locator {
    return this.page.getByRole('search', { name: 'Find and filter' });
  }

  /** Chooses a status in the filter row ('' for all). */
  async filterByStatus(label: string): Promise<void> {
    await this.filterRow.getByLabel(/Status/).selectOption({ label });
  }

  /** How many lines the filter row takes: its controls are centred on their line, so count the distinct centres. */
  async filterRowLines(): Promise<number> {
    const centres = await this.filterRow.locator(':scope > *').evaluateAll((children) =>
      children.map((c) => {
        const r = c.getBoundingClientRect();
        return r.top + r.height / 2;
      }),
    );
    return centres.filter((y, i) => centres.findIndex((other) => Math.abs(other - y) < 4) === i).length;
  }

  /** "1 of 4 match", while a filter is on. */
  async filterCount(): Promise<string> {
    return (await this.filterRow.locator('output').innerText()).trim();
  }

  /** The pillars' titles, left to right. */
  async pillarTitles(): Promise<string[]> {
    return (await this.board.locator('.pillar-header__title').allInnerTexts()).map((t) => t.trim());
  }

  async trayTitles(): Promise<string[]> {
    return (await this.page.locator('.tray .application-card__title').allInnerTexts()).map((t) => t.trim());
  }

  /**
   * Drags with real pointer events: press on the source, move in steps (the first move only passes
   * the 5 px activation distance), settle for two frames, release.
   */
  async dragTo(source: Locator, target: Locator, where: 'top' | 'bottom' | 'center' = 'center'): Promise<void> {
    await source.scrollIntoViewIfNeeded();
    const from = await source.boundingBox();
    if (!from) throw new Error('drag source not visible');
    const fromX = from.x + Math.min(40, from.width / 2);
    const fromY = from.y + Math.min(14, from.height / 2);
    await this.page.mouse.move(fromX, fromY);
    await this.page.mouse.down();
    await this.page.mouse.move(fromX + 12, fromY + 12, { steps: 4 });
    await twoFrames(this.page);
    await target.scrollIntoViewIfNeeded();
    const to = await target.boundingBox();
    if (!to) throw new Error('drop target not visible');
    const toY = where === 'top' ? to.y + Math.min(10, to.height / 4) : where === 'bottom' ? to.y + to.height - Math.min(10, to.height / 4) : to.y + to.height / 2;
    await this.page.mouse.move(to.x + to.width / 2, toY, { steps: 12 });
    await twoFrames(this.page);
    await this.page.mouse.move(to.x + to.width / 2 + 1, toY, { steps: 2 });
    await twoFrames(this.page);
  }

  async drop(): Promise<void> {
    await this.page.mouse.up();
    await twoFrames(this.page);
  }

  /** Focus the grip and press Space: the item is lifted for the arrow keys. */
  async liftWithKeyboard(kind: Kind, title: string): Promise<void> {
    await this.handle(kind, title).focus();
    await this.page.keyboard.press('Space');
    await twoFrames(this.page);
  }

  async pressArrow(key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight', times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      await twoFrames(this.page);
    }
  }

  async dropWithKeyboard(): Promise<void> {
    await twoFrames(this.page);
    await this.page.keyboard.press('Space');
    await twoFrames(this.page);
  }

  get dropIndicator(): Locator {
    return this.page.getByTestId('drop-indicator');
  }

  /** The live region dnd-kit speaks through. */
  async announcement(): Promise<string> {
    return ((await this.page.getByTestId('board-announcer').textContent()) ?? '').trim();
  }

  /** Fast entry: open the "Add …" field, type each title and Enter, then Escape. */
  async quickAdd(scope: Locator, buttonName: string, titles: readonly string[]): Promise<void> {
    // "Add objective" names itself "Add objective to <pillar>".
    await scope.getByRole('button', { name: new RegExp(`^${escapeRegExp(buttonName)}( to .*)?$`) }).first().click();
    for (const title of titles) {
      await this.page.keyboard.type(title);
      await this.page.keyboard.press('Enter');
    }
    await this.page.keyboard.press('Escape');
  }

  async showTable(): Promise<void> {
    await this.page.getByRole('button', { name: 'Table', exact: true }).click();
    await this.table.waitFor();
  }

  async showBoard(): Promise<void> {
    await this.page.getByRole('button', { name: 'Board', exact: true }).click();
    await this.board.waitFor();
  }

  /** Rows of the table view: pillar / objective / application / KPI. */
  async tableRows(): Promise<string[][]> {
    return this.table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td')).slice(0, 4).map((td) => td.textContent?.trim() ?? '')),
    );
  }

  /** The same four columns read off the board, one row per KPI (and per childless item). */
  async boardRows(): Promise<string[][]> {
    return this.board.evaluate((board) => {
      const text = (el: Element | null, selector: string) => el?.querySelector(selector)?.textContent?.trim() ?? '';
      const rows: string[][] = [];
      const apps = (scope: Element, pillar: string, objective: string) => {
        for (const app of Array.from(scope.querySelectorAll(':scope [data-item-kind="application"]'))) {
          const title = text(app, '.application-card__title');
          const kpis = Array.from(app.querySelectorAll('[data-item-kind="kpi"]'));
          if (kpis.length === 0) rows.push([pillar, objective, title, 'No KPI yet']);
          for (const kpi of kpis) rows.push([pillar, objective, title, text(kpi, '.kpi-row__name')]);
        }
      };
      const tray: string[][] = [];
      for (const pillar of Array.from(board.querySelectorAll('.board__lanes > [data-item-kind="pillar"]'))) {
        const p = text(pillar, '.pillar-header__title');
        const objectives = Array.from(pillar.querySelectorAll('[data-item-kind="objective"]'));
        if (objectives.length === 0) rows.push([p, '—', '—', '—']);
        for (const objective of objectives) {
          const o = text(objective, '.objective-card__title');
          if (!objective.querySelector('[data-item-kind="application"]')) rows.push([p, o, '—', '—']);
          apps(objective, p, o);
        }
      }
      const before = rows.length;
      apps(board.querySelector('.tray')!, 'Unaligned idea', 'No objective yet');
      tray.push(...rows.splice(before));
      return [...rows, ...tray];
    });
  }

  /** The question asked before deleting an item that has children. */
  get deleteConfirmation(): Locator {
    return this.page.getByRole('alertdialog', { name: /^Delete / });
  }

  /**
   * Deletes a childless card with Delete on its handle, then waits the frames in which focus moves
   * to its neighbour (delete-flow.ts), so the next focus a test sets is not taken back.
   */
  async deleteWithKeyboard(kind: Kind, title: string): Promise<void> {
    await this.handle(kind, title).focus();
    await this.page.keyboard.press('Delete');
    await this.handle(kind, title).waitFor({ state: 'detached' });
    await twoFrames(this.page);
  }

  /** Focuses a card's handle and presses Delete; for an item with children the confirmation opens. */
  async askToDelete(kind: Kind, title: string): Promise<void> {
    await this.handle(kind, title).focus();
    await this.page.keyboard.press('Delete');
    await this.deleteConfirmation.waitFor();
  }

  async keepIt(): Promise<void> {
    await this.deleteConfirmation.getByRole('button', { name: 'Keep it' }).click();
    await this.deleteConfirmation.waitFor({ state: 'hidden' });
  }

  async select(kind: Kind, title: string): Promise<void> {
    const titleClass = { pillar: '.pillar-header', objective: '.objective-card__tag', application: '.application-card__facts', kpi: '.kpi-row__values' }[kind];
    await this.item(kind, title).locator(titleClass).first().click();
    await this.detailPanel.waitFor();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
