import type { Locator, Page } from 'playwright-core';
import type { AppPage } from './app-page';
import { RoomPage } from './room-page';

/** The keys a presenter (or a presentation clicker) uses while presenting. */
export type PresentingKey = 'ArrowRight' | 'ArrowLeft' | 'PageDown' | 'PageUp' | 'Escape' | 'e';

/**
 * Presenting mode (View › Present, F5), as a presenter uses it and as the room sees it: what shows
 * and what is hidden is read from roles and the root element, never from class names.
 */
export class PresentingPage {
  readonly page: Page;
  readonly room: RoomPage;

  constructor(readonly app: AppPage) {
    this.page = app.page;
    this.room = new RoomPage(app);
  }

  /** The slim bar that names the view and the keys. */
  get bar(): Locator {
    return this.page.getByRole('contentinfo', { name: 'Presenting' });
  }

  /** Presses F5 with the focus on the page, as a presenter starts the show. */
  async startWithF5(): Promise<void> {
    await this.app.blurFocus();
    await this.page.keyboard.press('F5');
    await this.room.settle();
  }

  async press(key: PresentingKey): Promise<void> {
    await this.page.keyboard.press(key);
    await this.room.settle();
  }

  async isPresenting(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.hasAttribute('data-presenting'));
  }

  async isFullScreen(): Promise<boolean> {
    return this.page.evaluate(() => document.fullscreenElement !== null);
  }

  /** Leaves full screen as the browser does when the system or the window's own control ends it. */
  async leaveFullScreenByBrowser(): Promise<void> {
    await this.page.evaluate(() => document.exitFullscreen());
    await this.room.settle();
  }

  /** The view shown, by its level-one heading (which names it for a screen reader too). */
  async viewName(): Promise<string> {
    return (await this.page.locator('main > h1').innerText()).trim();
  }

  /** Which parts of the shell a person can see: the toolbar, the view tabs and the detail panel. */
  async visibleChrome(): Promise<{ toolbar: boolean; tabs: boolean; detailPanel: boolean }> {
    return {
      toolbar: await this.page.getByRole('toolbar').first().isVisible(),
      tabs: await this.page.getByRole('tablist').isVisible(),
      detailPanel: await this.room.detailPanel.isVisible(),
    };
  }
}
