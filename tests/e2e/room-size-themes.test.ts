import { describe, expect, it } from 'vitest';
import { openApp, useFileSession } from './harness/app-session';
import { keepForReadme, screenshotPath } from './harness/screenshots';
import { DisplayPage } from './pages/display-page';
import { fileSlug as slug, reportProblems as report, RoomPage } from './pages/room-page';

/*
 * Issue 13: a room size (Normal, Large, Extra large) that scales type and spacing and reflows every
 * view, and light, dark and high-contrast themes, each remembered in the settings. One page per
 * case, every view of the example at 1280×720 read as a person looking would (room-page.ts).
 * Screenshots of each go to tests/.output/display-*.png for people to look at.
 */
const files = useFileSession();


/** Every view of the example (and the board as a table), audited with text under `minPx` too small. */
async function auditEveryView(room: RoomPage, name: string, minPx?: number): Promise<string[]> {
  const found: string[] = [];
  for (const view of await room.viewNames()) {
    await room.showView(view);
    await room.screenshot(screenshotPath(`display-${name}-${slug(view)}.png`));
    found.push(...report(`${name}, ${view}`, await room.problems(minPx)));
  }
  await room.showView('Board');
  await room.showBoardAs('Table');
  await room.screenshot(screenshotPath(`display-${name}-table.png`));
  found.push(...report(`${name}, Board as a table`, await room.problems(minPx)));
  await room.showBoardAs('Board');
  return found;
}

/** The same with the detail panel open on the first application (it takes its own column). */
async function auditEveryViewWithPanel(room: RoomPage, name: string, minPx?: number): Promise<string[]> {
  const found: string[] = [];
  await room.openDetailsOfFirstApplication();
  for (const view of await room.viewNames()) {
    if (!(await room.detailPanelIsOpen())) await room.openDetailsOfFirstApplication();
    await room.showView(view);
    await room.screenshot(screenshotPath(`display-${name}-${slug(view)}-panel.png`));
    found.push(...report(`${name}, ${view}, panel open`, await room.problems(minPx)));
  }
  return found;
}

describe('room sizes and themes at the three window sizes, with the detail panel shut and open', () => {
  const cases: readonly {
    size: { width: number; height: number };
    command: 'theme:dark' | 'theme:contrast' | 'room-size:large' | 'room-size:extra-large';
    minPx?: number;
    /** The README's screenshot of this case: a view, panel shut, kept as assets/screenshots/<file>. */
    readme?: { view: string; file: string };
  }[] = [
    { size: { width: 1024, height: 768 }, command: 'theme:dark' },
    { size: { width: 1280, height: 720 }, command: 'theme:dark', readme: { view: 'Board', file: 'board-dark.png' } },
    { size: { width: 1920, height: 1080 }, command: 'theme:dark' },
    { size: { width: 1280, height: 720 }, command: 'theme:contrast' },
    { size: { width: 1024, height: 768 }, command: 'room-size:large' },
    { size: { width: 1280, height: 720 }, command: 'room-size:large' },
    { size: { width: 1920, height: 1080 }, command: 'room-size:large' },
    { size: { width: 1024, height: 768 }, command: 'room-size:extra-large', minPx: 18 },
    { size: { width: 1280, height: 720 }, command: 'room-size:extra-large', minPx: 18, readme: { view: 'Roadmap', file: 'roadmap-extra-large.png' } },
    { size: { width: 1920, height: 1080 }, command: 'room-size:extra-large', minPx: 18 },
  ];
  for (const { size, command, minPx, readme } of cases) {
    it(`${command} at ${size.width}×${size.height}: every view readable, nothing covered or cut${minPx ? `, no text under ${minPx} px` : ''}`, async () => {
      const t = await openApp(files.session, { viewport: size });
      try {
        await t.app.startFromExample();
        const display = new DisplayPage(t.app);
        await display.fromMenu(command);
        const [setting, value] = command.split(':');
        expect(await (setting === 'theme' ? display.theme() : display.roomSize())).toBe(value);
        const room = new RoomPage(t.app);
        const name = `${command.replace(':', '-')}-${size.width}`;
        const found = await auditEveryView(room, name, minPx);
        if (readme) {
          await room.showView(readme.view);
          const shot = screenshotPath(`display-${name}-readme.png`);
          await room.screenshot(shot);
          await keepForReadme(shot, readme.file);
        }
        found.push(...(await auditEveryViewWithPanel(room, name, minPx)));
        expect(found).toEqual([]);
        expect(t.pageErrors).toEqual([]);
      } finally {
        await t.close();
      }
    }, 180_000);
  }
});

describe('the room size', () => {
  it('grows with Ctrl+= and the View menu, shrinks with Ctrl+−, returns to Normal with Ctrl+0, and is remembered across a reload', async () => {
    const t = await openApp(files.session);
    try {
      await t.app.startFromExample();
      const display = new DisplayPage(t.app);
      expect(await display.roomSize()).toBe('normal');
      const normal = await display.bodyTextPx();

      await display.press('Control+Equal');
      expect(await display.roomSize()).toBe('large');
      const large = await display.bodyTextPx();
      expect(large).toBeGreaterThan(normal);
      await display.press('Control+Equal');
      expect(await display.roomSize()).toBe('extra-large');
      expect(await display.bodyTextPx()).toBeGreaterThan(large);
      await display.press('Control+Equal');
      expect(await display.roomSize()).toBe('extra-large');

      await display.press('Control+Minus');
      expect(await display.roomSize()).toBe('large');
      await display.press('Control+Digit0');
      expect(await display.roomSize()).toBe('normal');
      expect(await display.bodyTextPx()).toBe(normal);

      await display.fromMenu('room-size:extra-large');
      expect(await display.roomSize()).toBe('extra-large');
      expect(t.bridge.displayPreferences).toEqual({ roomSize: 'extra-large', theme: 'system', language: 'system' });
      // No browser zoom: the page's own scale changed, the device pixels did not.
      expect(await t.page.evaluate(() => window.devicePixelRatio)).toBe(1);

      await t.app.reload();
      await new RoomPage(t.app).settle();
      expect(await display.roomSize()).toBe('extra-large');
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('themes', () => {
  it('follow the system’s dark setting until one is chosen, and remember the choice across a reload', async () => {
    const t = await openApp(files.session);
    try {
      const display = new DisplayPage(t.app);
      expect(await display.theme()).toBe('light');
      await t.page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => display.theme(), { timeout: 5000 }).toBe('dark');
      const dark = await display.pageBackground();

      await display.fromMenu('theme:contrast');
      expect(await display.theme()).toBe('contrast');
      expect(await display.pageBackground()).not.toBe(dark);
      await display.fromMenu('theme:light');
      await t.app.reload();
      expect(await display.theme()).toBe('light');
      expect(t.bridge.displayPreferences).toEqual({ roomSize: 'normal', theme: 'light', language: 'system' });
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('forced colours (Windows high contrast)', () => {
  it('keep the roadmap’s phase bars and legend drawn with borders, and mark the selected tab and zoom', async () => {
    const t = await openApp(files.session, { viewport: { width: 1280, height: 720 } });
    try {
      await t.page.emulateMedia({ forcedColors: 'active' });
      await t.app.startFromExample();
      const room = new RoomPage(t.app);
      const display = new DisplayPage(t.app);
      await room.showView('Roadmap');
      await room.screenshot(screenshotPath('display-forced-colours-roadmap.png'));

      const phases = await display.edgesOf('.bar .phase');
      expect(phases.length).toBeGreaterThanOrEqual(4);
      for (const phase of phases) {
        expect(phase.width * phase.height).toBeGreaterThan(0);
        expect(Math.max(phase.border, phase.outline)).toBeGreaterThan(0);
      }
      // Four phases, four border styles: told apart without colour.
      expect(new Set(phases.map((p) => p.borderStyle)).size).toBe(4);
      const swatches = await display.edgesOf('.roadmap__legend-swatch');
      expect(swatches).toHaveLength(4);
      for (const swatch of swatches) expect(swatch.border).toBeGreaterThan(0);
      expect(new Set(swatches.map((s) => s.borderStyle)).size).toBe(4);

      const [selected] = await display.edgesOf('[role="tab"][aria-selected="true"]');
      const [other] = await display.edgesOf('[role="tab"][aria-selected="false"]');
      expect(selected!.outline + selected!.underline).toBeGreaterThan(0);
      expect(other!.outline + other!.underline).toBe(0);

      const [zoomOn] = await display.edgesOf('.segmented__option[aria-checked="true"]');
      const [zoomOff] = await display.edgesOf('.segmented__option[aria-checked="false"]');
      expect(zoomOn!.outline).toBeGreaterThan(0);
      expect(zoomOff!.outline).toBe(0);
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
