import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VIEW_CATALOGUE } from '../../shared/commands/command-catalogue';
import { translator } from '../../shared/i18n/translator';
import { openApp, useFileSession } from './harness/app-session';

/*
 * The app's language: chosen in the toolbar's Display menu it applies at once, every view and the
 * toolbar re-rendered without a reload, and is kept in the settings; a stored language opens the
 * app in it; 'System language' follows the system's (the browser context's locale here).
 * Expected texts come from the catalogues, so a better translation does not break the test.
 */
const files = useFileSession();
const en = translator('en');
const de = translator('de');
const vi = translator('vi');

const tabNames = (page: Page) => page.getByRole('tab').allInnerTexts().then((names) => names.map((name) => name.trim()));
const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('the language', () => {
  it('switches to Deutsch from the Display menu at once, without a reload, and is stored', async () => {
    const t = await openApp(files.session);
    try {
      await t.app.startFromExample();
      expect(await tabNames(t.page)).toEqual(VIEW_CATALOGUE.map((view) => en(view.labelKey)));
      // A mark on the window: a reload would wipe it.
      await t.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

      await t.page.getByRole('button', { name: en('app.display.button') }).click();
      const menu = t.page.getByRole('menu', { name: en('app.display.title') });
      expect(await menu.getByRole('menuitemradio', { name: en('app.display.language.system') }).getAttribute('aria-checked')).toBe('true');
      await menu.getByRole('menuitemradio', { name: 'Deutsch' }).click();
      await menu.waitFor({ state: 'detached' });

      expect(await lang(t.page)).toBe('de');
      expect(await tabNames(t.page)).toEqual(VIEW_CATALOGUE.map((view) => de(view.labelKey)));
      expect(de('menu.view.priorities')).not.toBe(en('menu.view.priorities'));
      await t.app.toolbarButton(de('app.toolbar.open')).waitFor();
      await t.app.toolbarButton(de('app.toolbar.exportPdf')).waitFor();
      expect(await t.app.toolbarButton(en('app.toolbar.open')).count()).toBe(0);
      expect(await t.page.locator('.status-line__counts').innerText()).toMatch(/Säulen/);
      expect(await t.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
      expect(t.bridge.displayPreferences.language).toBe('de');

      // The menu now speaks German and marks Deutsch as chosen.
      await t.page.getByRole('button', { name: de('app.display.button') }).click();
      const menuDe = t.page.getByRole('menu', { name: de('app.display.title') });
      expect(await menuDe.getByRole('menuitemradio', { name: 'Deutsch' }).getAttribute('aria-checked')).toBe('true');
      await t.page.keyboard.press('Escape');
      await menuDe.waitFor({ state: 'detached' });
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('opens in Vietnamese when Vietnamese is stored', async () => {
    const t = await openApp(files.session);
    try {
      t.bridge.displayPreferences = { ...t.bridge.displayPreferences, language: 'vi' };
      await t.app.reload();
      await expect.poll(() => lang(t.page)).toBe('vi');
      await t.page.getByRole('button', { name: vi('app.firstRun.example') }).click();
      await t.page.locator('main.view').waitFor();
      expect(await tabNames(t.page)).toEqual(VIEW_CATALOGUE.map((view) => vi(view.labelKey)));
      await t.app.toolbarButton(vi('app.toolbar.open')).waitFor();
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('follows a German system when the choice is System language', async () => {
    const t = await openApp(files.session, { systemLocale: 'de-DE' });
    try {
      expect(t.bridge.displayPreferences.language).toBe('system');
      await expect.poll(() => lang(t.page)).toBe('de');
      await t.page.getByRole('button', { name: de('app.firstRun.example') }).waitFor();
      await t.app.toolbarButton(de('app.toolbar.open')).waitFor();
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('writes the board pack in the app’s language unless another is chosen in the Export dialog', async () => {
    const t = await openApp(files.session, { systemLocale: 'de-DE' });
    try {
      await t.page.getByRole('button', { name: de('app.firstRun.example') }).click();
      await t.page.locator('main.view').waitFor();
      await t.app.blurFocus();
      await t.page.keyboard.press('Control+e');
      const dialog = t.page.getByRole('dialog', { name: de('export.title') });
      await dialog.waitFor();
      const language = dialog.getByLabel(de('export.language'));
      expect(await language.inputValue()).toBe('de');

      await language.selectOption('vi');
      await expect.poll(() => dialog.getByRole('button', { name: /^Export/ }).isEnabled(), { timeout: 10_000 }).toBe(true);
      const path = join(t.dir, 'board-pack.pdf');
      t.bridge.nextPdfPath = path;
      await dialog.getByRole('button', { name: de('export.submit') }).click();
      await dialog.getByRole('button', { name: de('export.openPdf') }).waitFor({ timeout: 30_000 });
      const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
      expect(text).toContain(vi('pdf.section.matrix'));
      expect(text).not.toContain(de('pdf.section.matrix'));
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
