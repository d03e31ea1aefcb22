import type { Page } from 'playwright-core';
import type { MenuCommand } from '../../../shared/ipc-contract';
import type { AppPage } from './app-page';

/** How a phase bar, a legend swatch or a tab is drawn: what a person would see of its edges. */
export interface DrawnEdges {
  width: number;
  height: number;
  border: number;
  borderStyle: string;
  outline: number;
  outlineStyle: string;
  underline: number;
  textDecoration: string;
}

/**
 * Room size and theme, as a presenter sets them: the keys (Ctrl+=, Ctrl+−, Ctrl+0) and the View
 * menu's commands; what the page shows is read from the root element and computed styles.
 */
export class DisplayPage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  /** The room size the page shows ('normal', 'large', 'extra-large'). */
  async roomSize(): Promise<string | undefined> {
    return this.page.evaluate(() => document.documentElement.dataset.room);
  }

  /** The theme the page shows ('light', 'dark', 'contrast'). */
  async theme(): Promise<string | undefined> {
    return this.page.evaluate(() => document.documentElement.dataset.theme);
  }

  /** The computed size of body text, in CSS pixels. */
  async bodyTextPx(): Promise<number> {
    return this.page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  }

  /** The page background colour, as computed. */
  async pageBackground(): Promise<string> {
    return this.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  }

  async press(keys: 'Control+Equal' | 'Control+Minus' | 'Control+Digit0'): Promise<void> {
    await this.app.blurFocus();
    await this.page.keyboard.press(keys);
    await this.frames();
  }

  /** A View menu item, as the main process sends it. */
  async fromMenu(command: Extract<MenuCommand, `room-size:${string}` | `theme:${string}`>): Promise<void> {
    await this.app.bridge.sendCommand(command);
    await this.frames();
  }

  async frames(): Promise<void> {
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  /** The drawn edges of every element matching `selector` (its ::after underline too, for tabs). */
  async edgesOf(selector: string): Promise<DrawnEdges[]> {
    return this.page.locator(selector).evaluateAll((elements) =>
      elements.map((el) => {
        const style = getComputedStyle(el);
        const after = getComputedStyle(el, '::after');
        const box = el.getBoundingClientRect();
        const visible = (width: string, kind: string) => (kind === 'none' || kind === 'hidden' ? 0 : parseFloat(width));
        return {
          width: box.width,
          height: box.height,
          border: Math.max(visible(style.borderTopWidth, style.borderTopStyle), visible(style.borderLeftWidth, style.borderLeftStyle)),
          borderStyle: style.borderTopStyle,
          outline: visible(style.outlineWidth, style.outlineStyle),
          outlineStyle: style.outlineStyle,
          underline: after.content === 'none' ? 0 : visible(after.borderBottomWidth, after.borderBottomStyle),
          textDecoration: style.textDecorationLine,
        };
      }),
    );
  }
}
