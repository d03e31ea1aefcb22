import { describe, expect, it } from 'vitest';
import { VIEW_CATALOGUE } from '../../shared/commands/command-catalogue';
import { translator } from '../../shared/i18n/translator';
import { openApp, useFileSession, type TestApp } from './harness/app-session';
import { keepForReadme, screenshotPath } from './harness/screenshots';
import { DisplayPage } from './pages/display-page';
import { ExportPage } from './pages/export-page';
import { PresentingPage } from './pages/presenting-page';
import { reportProblems } from './pages/room-page';

/*
 * Issue 13, item 4: presenting (F5 or View › Present) shows the current view alone, full screen, at
 * Extra large, for a room; the arrows and PageUp/PageDown step through the views, Escape leaves and
 * E goes back to editing. The stored display preferences never change on the way.
 */
const files = useFileSession();
const en = translator('en');
/** How many views the tabs hold, and the last of them: the presentation's far end. */
const VIEW_COUNT = VIEW_CATALOGUE.length;
const LAST_VIEW = en(VIEW_CATALOGUE[VIEW_COUNT - 1]!.labelKey);

/** The example, opened at Large room size with the detail panel open on the Board, as a team mid-meeting has it. */
async function midMeeting(t: TestApp): Promise<{ presenting: PresentingPage; display: DisplayPage }> {
  await t.app.startFromExample();
  const display = new DisplayPage(t.app);
  await display.fromMenu('room-size:large');
  const presenting = new PresentingPage(t.app);
  await presenting.room.openDetailsOfFirstApplication();
  await presenting.room.showView('Board');
  return { presenting, display };
}

describe('presenting', () => {
  it('F5 shows the current view alone at Extra large with text of 18 px or more; the arrows and PageUp/PageDown step through the views, stopping at the ends', async () => {
    const t = await openApp(files.session, { viewport: { width: 1280, height: 720 } });
    try {
      const { presenting, display } = await midMeeting(t);
      const stored = { ...t.bridge.displayPreferences };
      expect(stored.roomSize).toBe('large');
      expect(await presenting.visibleChrome()).toEqual({ toolbar: true, tabs: true, detailPanel: true });

      await presenting.startWithF5();
      expect(await presenting.isPresenting()).toBe(true);
      expect(await display.roomSize()).toBe('extra-large');
      expect(await presenting.visibleChrome()).toEqual({ toolbar: false, tabs: false, detailPanel: false });
      expect(await presenting.viewName()).toBe('Board');
      expect(await presenting.bar.innerText()).toContain(`Board · 2 of ${VIEW_COUNT}`);
      expect(await presenting.bar.innerText()).toContain('← → to change view · Esc to leave · E to edit');
      expect(reportProblems('presenting the board', await presenting.room.problems(18))).toEqual([]);

      await presenting.press('ArrowRight');
      expect(await presenting.viewName()).toBe('Roadmap');
      await presenting.press('PageDown');
      expect(await presenting.viewName()).toBe('Priorities');
      expect(await presenting.bar.innerText()).toContain(`Priorities · 4 of ${VIEW_COUNT}`);
      await presenting.press('PageUp');
      await presenting.press('ArrowLeft');
      await presenting.press('ArrowLeft');
      expect(await presenting.viewName()).toBe('Plan');
      // The first view is an end: one press too many stays there.
      await presenting.press('ArrowLeft');
      expect(await presenting.viewName()).toBe('Plan');
      // The last view is the other end: as many presses as there are views stay there.
      for (let i = 0; i < VIEW_COUNT; i++) await presenting.press('PageDown');
      expect(await presenting.viewName()).toBe(LAST_VIEW);
      expect(await presenting.bar.innerText()).toContain(`${LAST_VIEW} · ${VIEW_COUNT} of ${VIEW_COUNT}`);
      expect(await presenting.isPresenting()).toBe(true);
      expect(t.bridge.displayPreferences).toEqual(stored);
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('Escape leaves on the same view, with the chosen room size, the toolbar, the tabs and the detail panel back; E does so for editing', async () => {
    const t = await openApp(files.session, { viewport: { width: 1280, height: 720 } });
    try {
      const { presenting, display } = await midMeeting(t);
      const stored = { ...t.bridge.displayPreferences };

      await presenting.startWithF5();
      await presenting.press('ArrowRight');
      await presenting.press('Escape');
      expect(await presenting.isPresenting()).toBe(false);
      expect(await display.roomSize()).toBe('large');
      expect(await presenting.visibleChrome()).toEqual({ toolbar: true, tabs: true, detailPanel: true });
      expect(await presenting.bar.count()).toBe(0);
      expect(await t.page.getByRole('tab', { name: 'Roadmap' }).getAttribute('aria-selected')).toBe('true');

      await presenting.startWithF5();
      await presenting.press('PageDown');
      expect(await presenting.viewName()).toBe('Priorities');
      await presenting.press('e');
      expect(await presenting.isPresenting()).toBe(false);
      expect(await presenting.viewName()).toBe('Priorities');
      expect(await display.roomSize()).toBe('large');
      expect(await presenting.visibleChrome()).toEqual({ toolbar: true, tabs: true, detailPanel: true });
      // The keys are presenting's only while it lasts: E and the arrows are the page's again.
      await presenting.press('ArrowRight');
      expect(await presenting.viewName()).toBe('Priorities');

      expect(t.bridge.displayPreferences).toEqual(stored);
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('starts from the View menu too, and ends when the browser leaves full screen', async () => {
    const t = await openApp(files.session, { viewport: { width: 1280, height: 720 } });
    try {
      const { presenting } = await midMeeting(t);
      await t.bridge.sendCommand('present');
      await presenting.room.settle();
      expect(await presenting.isPresenting()).toBe(true);
      await presenting.press('Escape');

      await presenting.startWithF5();
      // Full screen needs the key press (a user gesture); a menu command from main may be refused it.
      await expect.poll(() => presenting.isFullScreen()).toBe(true);
      await presenting.leaveFullScreenByBrowser();
      expect(await presenting.isPresenting()).toBe(false);
      expect(await presenting.visibleChrome()).toEqual({ toolbar: true, tabs: true, detailPanel: true });
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('leaves the keys to a dialog opened while presenting: Escape closes the dialog, not the presentation', async () => {
    const t = await openApp(files.session, { viewport: { width: 1280, height: 720 } });
    try {
      const { presenting } = await midMeeting(t);
      await presenting.startWithF5();
      const exporting = new ExportPage(t.app);
      await exporting.openWithKeyboard();
      await t.page.keyboard.press('ArrowRight');
      await t.page.keyboard.press('Escape');
      await exporting.dialog.waitFor({ state: 'hidden' });
      expect(await presenting.isPresenting()).toBe(true);
      expect(await presenting.viewName()).toBe('Board');
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    it(`at ${viewport.width}×${viewport.height}, shows the roadmap and the board with nothing covered or cut, and no text under 18 px`, async () => {
      const t = await openApp(files.session, { viewport });
      try {
        await t.app.startFromExample();
        const presenting = new PresentingPage(t.app);
        await presenting.room.showView('Roadmap');
        await presenting.startWithF5();
        const found: string[] = [];
        for (const view of ['Roadmap', 'Board']) {
          if (view === 'Board') await presenting.press('ArrowLeft');
          expect(await presenting.viewName()).toBe(view);
          const shot = screenshotPath(`presenting-${view.toLowerCase()}-${viewport.width}.png`);
          await presenting.room.screenshot(shot);
          if (view === 'Roadmap' && viewport.width === 1280) await keepForReadme(shot, 'presenting-roadmap.png');
          found.push(...reportProblems(`presenting the ${view} at ${viewport.width}`, await presenting.room.problems(18)));
        }
        expect(found).toEqual([]);
        expect(t.pageErrors).toEqual([]);
      } finally {
        await t.close();
      }
    });
  }
});
