import type { Locator, Page } from 'playwright-core';

const twoFrames = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/**
 * "Move to…" in a person's words: open it on a card (right click, Shift+F10, the focus button or
 * Ctrl+Shift+M), read what it offers, choose a destination or leave with Escape. Cards come from
 * the feature pages (board-page.ts, roadmap-page.ts, insight-page.ts).
 */
export class MoveMenuPage {
  constructor(readonly page: Page) {}

  get menu(): Locator {
    return this.page.getByRole('menu', { name: /^Move .* to…$/ });
  }

  async openWithRightClick(card: Locator): Promise<void> {
    await card.click({ button: 'right', position: { x: 8, y: 8 } });
    await this.menu.waitFor();
  }

  /** Focus `focusable` (a grip, a bar, a 2×2 card) and press Shift+F10. */
  async openWithKeyboard(focusable: Locator): Promise<void> {
    await focusable.focus();
    await this.page.keyboard.press('Shift+F10');
    await this.menu.waitFor();
  }

  async openWithShortcut(focusable: Locator): Promise<void> {
    await focusable.focus();
    await this.page.keyboard.press('Control+Shift+M');
    await this.menu.waitFor();
  }

  /** Focus `focusable`, Tab to the "Move to…" button that shows beside it, press Enter. */
  async openWithFocusButton(focusable: Locator): Promise<void> {
    await focusable.focus();
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Enter');
    await this.menu.waitFor();
  }

  /** The destinations offered, as "heading › label" (or just the label where there is no heading). */
  async destinations(): Promise<string[]> {
    return this.menu.locator('[role="menuitem"]').evaluateAll((items) =>
      items.map((item) => {
        const heading = item.closest('[role="group"]')?.getAttribute('aria-label');
        const label = (item.textContent ?? '').trim();
        return heading ? `${heading} › ${label}` : label;
      }),
    );
  }

  /** The focused item's text, as the keyboard walks the menu. */
  async focusedItem(): Promise<string> {
    return this.page.evaluate(() => (document.activeElement?.getAttribute('role') === 'menuitem' ? (document.activeElement.textContent ?? '').trim() : ''));
  }

  /** Arrow down to the destination whose text is `label` (under `heading`, if given) and press Enter. */
  async chooseWithKeyboard(label: string, heading?: string): Promise<void> {
    const wanted = heading ? `${heading} › ${label}` : label;
    const all = await this.destinations();
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not offered: ${all.join(' | ')}`);
    for (let i = 0; i < at; i++) await this.page.keyboard.press('ArrowDown');
    if ((await this.focusedItem()) !== label) throw new Error(`focus is on "${await this.focusedItem()}", not "${label}"`);
    await this.page.keyboard.press('Enter');
    await this.menu.waitFor({ state: 'detached' });
    await twoFrames(this.page);
  }

  async choose(label: string, heading?: string): Promise<void> {
    const scope = heading ? this.menu.getByRole('group', { name: heading, exact: true }) : this.menu;
    await scope.getByRole('menuitem', { name: label, exact: true }).click();
    await this.menu.waitFor({ state: 'detached' });
    await twoFrames(this.page);
  }

  async escape(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.menu.waitFor({ state: 'detached' });
    await twoFrames(this.page);
  }

  /** What the status line's live region says (the roadmap and the 2×2 speak there). */
  async statusAnnouncement(): Promise<string> {
    return ((await this.page.locator('.status-line__message[role="status"]').textContent()) ?? '').trim();
  }
}
