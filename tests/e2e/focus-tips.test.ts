import { describe, expect, it } from 'vitest';
import { openApp, useFileSession } from './harness/app-session';
import { screenshotPath } from './harness/screenshots';
import { RoomPage } from './pages/room-page';

/*
 * Issue 13: text cut short shows whole on focus, not only on hover. At 1024×768 with the detail
 * panel open, the panel's Category select cuts its longest value; reached with the keyboard, a tip
 * under it shows the value whole, and goes when focus leaves.
 */
const files = useFileSession();

describe('cut text on keyboard focus', () => {
  it('shows a cut select value whole in a tip under it, and hides the tip when focus moves on', async () => {
    const t = await openApp(files.session, { viewport: { width: 1024, height: 768 } });
    try {
      await t.app.startFromExample();
      const room = new RoomPage(t.app);
      await room.openDetailsOfFirstApplication();
      const category = room.detailPanel.getByLabel('Category', { exact: true });
      await category.selectOption({ label: 'Customer support and communication' });
      const tip = t.page.locator('[data-focus-tip]');

      // Reach it with the keyboard: from the field before it, Tab.
      await category.focus();
      await t.page.keyboard.press('Shift+Tab');
      await expect.poll(() => tip.isVisible()).toBe(false);
      await t.page.keyboard.press('Tab');
      expect(await category.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.innerText()).toBe('Customer support and communication');
      // Under the select, inside the window.
      const [select, box] = [(await category.boundingBox())!, (await tip.boundingBox())!];
      expect(box.y).toBeGreaterThanOrEqual(select.y + select.height - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(1024);
      await t.page.screenshot({ path: screenshotPath('focus-tip-1024.png') });

      // Focus moves on: the tip no longer shows this value (the next select may show its own), and
      // with focus gone from the panel it is hidden.
      await t.page.keyboard.press('Tab');
      await expect.poll(async () => (await tip.isVisible()) && (await tip.innerText()) === 'Customer support and communication').toBe(false);
      await t.app.blurFocus();
      await expect.poll(() => tip.isVisible()).toBe(false);
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('shows no tip for a view that scrolls: its text is a scroll away, not cut', async () => {
    const t = await openApp(files.session, { viewport: { width: 1024, height: 768 } });
    try {
      await t.app.startFromExample();
      const view = t.page.locator('main.view');
      expect(await view.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
      // Keyboard focus on the view itself, as after starting from the example.
      await t.page.keyboard.press('Tab');
      await view.evaluate((el) => (el as HTMLElement).focus({ focusVisible: true } as FocusOptions));
      expect(await view.evaluate((el) => el === document.activeElement && el.matches(':focus-visible'))).toBe(true);
      await t.page.waitForTimeout(100);
      expect(await t.page.locator('[data-focus-tip]').isVisible()).toBe(false);
    } finally {
      await t.close();
    }
  });

  it('hides the tip on a shortcut, which may take the control off screen without moving focus', async () => {
    const t = await openApp(files.session, { viewport: { width: 1024, height: 768 } });
    try {
      await t.app.startFromExample();
      const room = new RoomPage(t.app);
      await room.openDetailsOfFirstApplication();
      const category = room.detailPanel.getByLabel('Category', { exact: true });
      await category.selectOption({ label: 'Customer support and communication' });
      const tip = t.page.locator('[data-focus-tip]');
      await category.focus();
      await t.page.keyboard.press('Shift+Tab');
      await t.page.keyboard.press('Tab');
      await expect.poll(() => tip.isVisible()).toBe(true);
      await t.page.keyboard.press('Control+3');
      await expect.poll(() => tip.isVisible()).toBe(false);
    } finally {
      await t.close();
    }
  });
});
