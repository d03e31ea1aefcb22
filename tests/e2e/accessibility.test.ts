import { describe, expect, it } from 'vitest';
import { openApp, useFileSession } from './harness/app-session';
import { AxePage } from './pages/axe-page';
import { DisplayPage } from './pages/display-page';
import { RoomPage } from './pages/room-page';

/*
 * Issue 13, item 7: axe-core on every view of the example at 1280×720, with the detail panel shut
 * and open, finds nothing serious or critical. The board's table and the moderate landmark rules
 * (one main, one level-one heading, content inside landmarks) are held too.
 */
const files = useFileSession();

describe('axe-core on the example plan at 1280×720', () => {
  it('finds no serious or critical violation on any view, with the detail panel shut and open', async () => {
    const t = await openApp(files.session, { viewport: { width: 1280, height: 720 } });
    try {
      await t.app.startFromExample();
      const room = new RoomPage(t.app);
      const axe = new AxePage(t.page);
      const views = await room.viewNames();
      const found: string[] = [];
      const audit = async (where: string) => found.push(...(await axe.seriousFindings()).map((f) => `${where}: ${f}`));

      for (const view of views) {
        await room.showView(view);
        await audit(`${view}, panel shut`);
      }
      await room.showView('Board');
      await room.showBoardAs('Table');
      await audit('Table, panel shut');
      await room.showBoardAs('Board');

      for (const view of [...views, 'Table']) {
        if (!(await room.detailPanelIsOpen())) await room.openDetailsOfFirstApplication();
        if (view === 'Table') {
          await room.showView('Board');
          await room.showBoardAs('Table');
        } else await room.showView(view);
        await audit(`${view}, panel open`);
        if (view === 'Table') await room.showBoardAs('Board');
      }
      expect(found).toEqual([]);
    } finally {
      await t.close();
    }
  });

  for (const theme of ['dark', 'contrast'] as const) {
    it(`${theme} theme: finds no serious or critical violation (contrast included) on any view, with the detail panel shut and open`, async () => {
      const t = await openApp(files.session, { viewport: { width: 1280, height: 720 } });
      try {
        await t.app.startFromExample();
        const display = new DisplayPage(t.app);
        await display.fromMenu(`theme:${theme}`);
        expect(await display.theme()).toBe(theme);
        const room = new RoomPage(t.app);
        const axe = new AxePage(t.page);
        const found: string[] = [];
        const views = await room.viewNames();
        for (const view of views) {
          await room.showView(view);
          found.push(...(await axe.seriousFindings()).map((f) => `${view}, panel shut: ${f}`));
        }
        await room.openDetailsOfFirstApplication();
        for (const view of views) {
          await room.showView(view);
          found.push(...(await axe.seriousFindings()).map((f) => `${view}, panel open: ${f}`));
        }
        expect(found).toEqual([]);
      } finally {
        await t.close();
      }
    });
  }

  it('finds every view inside one main landmark under one level-one heading', async () => {
    const t = await openApp(files.session, { viewport: { width: 1280, height: 720 } });
    try {
      await t.app.startFromExample();
      const room = new RoomPage(t.app);
      const axe = new AxePage(t.page);
      const found: string[] = [];
      for (const view of await room.viewNames()) {
        await room.showView(view);
        const moderate = (await axe.allFindings()).filter((f) => /^moderate (landmark|page-has-heading-one|region)/.test(f));
        found.push(...moderate.map((f) => `${view}: ${f}`));
      }
      expect(found).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
