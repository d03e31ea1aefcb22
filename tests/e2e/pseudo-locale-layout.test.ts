import { describe, expect, it } from 'vitest';
import { openApp, useFileSession, type TestApp } from './harness/app-session';
import { screenshotPath } from './harness/screenshots';
import { fileSlug as slug, reportProblems as report, RoomPage } from './pages/room-page';
import { VIEW_CATALOGUE } from '../../shared/commands/command-catalogue';

/*
 * Issue 14, "layouts hold": under pseudo-localisation (every message 40 % longer, every letter
 * accented: shared/i18n/pseudo.ts) each view of the example at 1280×720, with the detail panel shut
 * and open, is read as a person looking would (room-page.ts): nothing covered, no 2×2 title cut,
 * no text under 13 px. A layout that only holds for English text fails here before German does.
 * Views are reached by their shortcuts and tabs by their order, as their names are pseudo-text.
 */
const files = useFileSession();

/** Nine views read twice each take 20–60 s on a loaded 2-core machine. */
const AUDIT_TIMEOUT_MS = 150_000;

async function openInPseudoLocale(size: { width: number; height: number }): Promise<TestApp> {
  const t = await openApp(files.session, { viewport: size });
  t.bridge.displayPreferences = { ...t.bridge.displayPreferences, language: 'en-XA' };
  await t.app.reload();
  await t.bridge.sendCommand('new-example');
  await t.page.locator('main.view').waitFor();
  return t;
}

async function showViewByShortcut(room: RoomPage, index: number): Promise<void> {
  await room.app.blurFocus();
  // The view catalogue's own shortcut: Mod+1 … Mod+9, and Mod+Shift+W for the tenth, the Workshop.
  await room.page.keyboard.press(VIEW_CATALOGUE[index]!.shortcut.replace('Mod+', 'Control+'));
  await room.page.locator('main.view').waitFor();
  await room.settle();
}

describe('pseudo-localised text (40 % longer, accented) at 1280×720', () => {
  it('fits every view with the detail panel shut and open: nothing covered, no 2×2 title cut, no text under 13 px', async () => {
    const t = await openInPseudoLocale({ width: 1280, height: 720 });
    try {
      const room = new RoomPage(t.app);
      const tabs = await room.viewNames();
      // Every view in the catalogue has its Ctrl+number shortcut (Governance and Value are 8 and 9).
      expect(tabs).toHaveLength(VIEW_CATALOGUE.length);
      // Pseudo-text reached the page: accented letters, padded with tildes.
      for (const tab of tabs) expect(tab).toMatch(/~/);
      expect(await t.page.locator('html').getAttribute('lang')).toBe('en-XA');

      // The toolbar gives up words, never commands: every button inside the window, the title whole.
      const toolbar = await t.page.locator('.toolbar').evaluate((bar) => ({
        buttonsOutside: [...bar.querySelectorAll('button')].filter((b) => b.getBoundingClientRect().right > window.innerWidth + 0.5).length,
        titleWhole: (() => {
          const name = bar.querySelector('.toolbar__file-name');
          return !!name && name.scrollWidth <= name.clientWidth + 1;
        })(),
      }));
      expect(toolbar).toEqual({ buttonsOutside: 0, titleWhole: true });

      const found: string[] = [];
      for (const [index, tab] of tabs.entries()) {
        await showViewByShortcut(room, index);
        await room.screenshot(screenshotPath(`pseudo-${slug(String(index + 1))}.png`));
        found.push(...report(`${tab}, panel shut`, await room.problems()));
      }

      // The detail panel: select the first application of the outline.
      await showViewByShortcut(room, 0);
      await t.page.locator('.application__title').first().click();
      await room.detailPanel.waitFor();
      await room.settle();
      for (const [index, tab] of tabs.entries()) {
        await showViewByShortcut(room, index);
        if (!(await room.detailPanelIsOpen())) continue;
        await room.screenshot(screenshotPath(`pseudo-${slug(String(index + 1))}-panel.png`));
        found.push(...report(`${tab}, panel open`, await room.problems()));
      }
      expect(found).toEqual([]);
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  }, AUDIT_TIMEOUT_MS);
});
