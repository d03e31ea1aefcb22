import { describe, expect, it } from 'vitest';
import { openApp, useFileSession, type TestApp } from './harness/app-session';
import { pinnedNow } from './harness/pinned-clock';
import { keepForReadme, screenshotPath } from './harness/screenshots';
import { AxePage } from './pages/axe-page';
import { DisplayPage } from './pages/display-page';
import { PresentingPage } from './pages/presenting-page';
import { reportProblems as report } from './pages/room-page';
import { WorkshopAgendaPage } from './pages/workshop-agenda-page';

/*
 * The off-site's agenda (#17): the default agenda, edited and reordered, then run in the room with
 * the keyboard; each step opens its view, its countdown runs under a clock the test moves, and at
 * zero the bar says so without a dialog. Presenting shows the bar at room size and pages the steps.
 */
const files = useFileSession();

/** A plan to work on: the example (which runs the default agenda already) or a blank one (no agenda yet). */
async function withApp(
  viewport: { width: number; height: number },
  body: (t: TestApp, agenda: WorkshopAgendaPage) => Promise<void>,
  start: 'example' | 'blank' = 'example',
): Promise<void> {
  const t = await openApp(files.session, { viewport });
  let state = 'fail';
  try {
    await (start === 'example' ? t.app.startFromExample() : t.app.startBlank());
    const agenda = new WorkshopAgendaPage(t.app);
    await body(t, agenda);
    expect(t.pageErrors).toEqual([]);
    state = 'pass';
  } finally {
    // A failure keeps a screenshot in tests/.output/failures/, as the harness does for its own tests.
    await t.close({ name: expect.getState().currentTestName ?? 'workshop agenda', result: { state } });
  }
}

/** Fake timers from here on, still running at the normal pace, so that fastForward can jump to a step's end. */
async function fakeTheClock(t: TestApp): Promise<void> {
  await t.page.clock.install({ time: pinnedNow() });
}

const DIALOGS = (t: TestApp) => t.page.locator('dialog[open], [role="dialog"], [role="alertdialog"]');

describe('running the agenda', () => {
  it('on a blank plan, starts from the default agenda and runs three steps with the keyboard, each opening its view, the time counting under a fixed clock', async () => {
    await withApp({ width: 1280, height: 720 }, async (t, agenda) => {
      await agenda.open();
      await agenda.startDefault();
      expect(await agenda.steps.count()).toBe(7);
      expect(await agenda.total.innerText()).toBe('7 steps · 6 h planned');
      await agenda.holdClock(pinnedNow());

      await agenda.run();
      expect(await agenda.barPosition()).toBe('Step 1 of 7');
      expect(await agenda.barTitle()).toBe('Purpose and the four guiding questions');
      expect(await agenda.barAsk()).toContain('Why are we doing AI at all?');
      expect(await agenda.viewName()).toBe('Plan');
      expect(await agenda.time()).toBe('30:00');

      await t.page.clock.runFor(61_000);
      expect(await agenda.time()).toBe('28:59');

      // Pause holds the time however long the room talks.
      await agenda.press('startPause');
      expect(await agenda.barButton('Start').isVisible()).toBe(true);
      expect(await agenda.bar.innerText()).toContain('Paused');
      await t.page.clock.runFor(5 * 60_000);
      expect(await agenda.time()).toBe('28:59');
      await agenda.press('startPause');
      await t.page.clock.runFor(1_000);
      expect(await agenda.time()).toBe('28:58');

      await agenda.press('addFive');
      expect(await agenda.time()).toBe('33:58');

      await agenda.press('next');
      expect(await agenda.barPosition()).toBe('Step 2 of 7');
      expect(await agenda.barTitle()).toBe('Pillars and objectives');
      expect(await agenda.viewName()).toBe('Board');
      expect(await agenda.time()).toBe('60:00');
      await t.page.clock.runFor(2_000);
      expect(await agenda.time()).toBe('59:58');

      await agenda.press('next');
      expect(await agenda.barPosition()).toBe('Step 3 of 7');
      expect(await agenda.viewName()).toBe('Workshop');
      expect(await agenda.workshopTab()).toBe('Ideas and use cases');

      // Back keeps each step's time; the bar's own buttons do what the keys do.
      await agenda.press('previous');
      expect(await agenda.viewName()).toBe('Board');
      expect(await agenda.time()).toBe('59:58');
      await agenda.barButton('Next').click();
      expect(await agenda.barPosition()).toBe('Step 3 of 7');

      // At zero: the cue and the words on the bar, said politely, and never a dialog; then time over.
      expect(await agenda.timeState()).toBe('left');
      await t.page.clock.fastForward(75 * 60_000 + 65_000);
      await t.page.clock.runFor(500);
      await expect.poll(() => agenda.timeState()).toBe('over');
      expect(await agenda.time()).toBe('+1:05 over');
      expect(await agenda.bar.innerText()).toContain("Time's up");
      expect(await agenda.announced()).toBe("Time's up for Ideas, problem first.");
      expect(await DIALOGS(t).count()).toBe(0);
      await t.page.clock.runFor(10_000);
      expect(await agenda.time()).toBe('+1:15 over');

      await agenda.barButton('+5 min').click();
      expect(await agenda.timeState()).toBe('left');
      expect(await agenda.time()).toBe('3:45');
      expect(await agenda.announced()).toBe('');

      await agenda.barButton('Stop').click();
      expect(await agenda.bar.count()).toBe(0);
    }, 'blank');
  });

  it('presenting shows the bar at room size with the step, the time and the ask, and PageDown and the arrows page the steps', async () => {
    await withApp({ width: 1280, height: 720 }, async (t, agenda) => {
      await agenda.open();
      expect(await agenda.steps.count()).toBe(7);
      await agenda.run();
      const presenting = new PresentingPage(t.app);
      await presenting.startWithF5();
      expect(await presenting.isPresenting()).toBe(true);
      expect(await agenda.bar.isVisible()).toBe(true);
      expect(await agenda.barPosition()).toBe('Step 1 of 7');
      expect(await agenda.time()).toBe('30:00');
      expect(await agenda.barAsk()).toContain('Why are we doing AI at all?');
      expect(await presenting.bar.innerText()).toContain('PageDown/PageUp to change step');

      await presenting.press('PageDown');
      expect(await agenda.barPosition()).toBe('Step 2 of 7');
      expect(await presenting.viewName()).toBe('Board');
      expect(await presenting.isPresenting()).toBe(true);
      const shot = screenshotPath('workshop-presenting.png');
      await presenting.room.screenshot(shot);
      await keepForReadme(shot, 'workshop-presenting.png');
      expect(report('presenting the board with the agenda', await presenting.room.problems(18))).toEqual([]);

      await presenting.press('ArrowRight');
      expect(await agenda.barPosition()).toBe('Step 3 of 7');
      expect(await agenda.workshopTab()).toBe('Ideas and use cases');
      await presenting.press('PageUp');
      await presenting.press('ArrowLeft');
      expect(await agenda.barPosition()).toBe('Step 1 of 7');
      expect(await presenting.viewName()).toBe('Plan');

      await presenting.press('Escape');
      expect(await presenting.isPresenting()).toBe(false);
      expect(await agenda.bar.isVisible()).toBe(true);
    });
  });
});

describe('editing the agenda', () => {
  it('reorders a step with its move buttons by keyboard and by dragging its grip, and undo puts it back', async () => {
    await withApp({ width: 1280, height: 720 }, async (t, agenda) => {
      await agenda.open();
      const before = await agenda.stepTitles();
      expect(before.slice(0, 3)).toEqual(['Purpose and the four guiding questions', 'Pillars and objectives', 'Ideas, problem first']);

      await agenda.moveByKeyboard('Pillars and objectives', 'up');
      await expect.poll(() => agenda.stepTitles()).toEqual([before[1], before[0], ...before.slice(2)]);
      // The focus stays on the step's button, so the next press moves it again.
      await t.page.keyboard.press('Tab');
      await t.page.keyboard.press('Enter');
      await expect.poll(() => agenda.stepTitles()).toEqual(before);

      await agenda.drag('Prioritise', 'Ideas, problem first');
      await expect.poll(() => agenda.stepTitles()).toEqual([before[0], before[1], 'Prioritise', 'Ideas, problem first', ...before.slice(4)]);
      await t.app.undoWithKeyboard();
      await expect.poll(() => agenda.stepTitles()).toEqual(before);
    });
  });

  it('edits a step’s title, minutes and view, refuses minutes it cannot read, and undoes an edit; a removed step comes back with undo', async () => {
    await withApp({ width: 1280, height: 720 }, async (t, agenda) => {
      await agenda.open();
      const title = agenda.titleField(1);
      expect(await title.inputValue()).toBe('');
      expect(await title.getAttribute('placeholder')).toBe('Purpose and the four guiding questions');
      await title.fill('Why AI, in one line');
      await agenda.app.blurFocus();
      await expect.poll(() => agenda.stepTitles().then((titles) => titles[0])).toBe('Why AI, in one line');
      await t.app.undoWithKeyboard();
      await expect.poll(() => title.inputValue()).toBe('');
      expect((await agenda.stepTitles())[0]).toBe('Purpose and the four guiding questions');

      for (const bad of ['0', '481', 'half an hour', '2.5']) {
        await agenda.setMinutes(1, bad);
        expect(await agenda.step(1).getByRole('alert').innerText()).toBe('Write a whole number of minutes from 1 to 480.');
        expect(await agenda.total.innerText()).toBe('7 steps · 6 h planned');
      }
      await agenda.setMinutes(1, '45');
      await expect.poll(() => agenda.total.innerText()).toBe('7 steps · 6 h 15 min planned');
      expect(await agenda.step(1).getByRole('alert').count()).toBe(0);

      await agenda.opensField(1).selectOption({ label: 'Workshop: Voting' });
      expect(await agenda.opensField(1).inputValue()).toBe('workshop-voting');

      await agenda.panel.getByRole('button', { name: 'Remove the step Roadmap', exact: true }).click();
      await expect.poll(() => agenda.steps.count()).toBe(6);
      await expect.poll(() => t.app.statusMessage.innerText()).toContain('Removed the step Roadmap. Undo brings it back.');
      await t.app.undoWithKeyboard();
      await expect.poll(() => agenda.steps.count()).toBe(7);
      expect((await agenda.stepTitles())[4]).toBe('Roadmap');

      await agenda.panel.getByRole('button', { name: 'Add after Roadmap', exact: true }).click();
      await expect.poll(() => agenda.stepTitles().then((titles) => titles[5])).toBe('Untitled step');
      await expect.poll(() => t.page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe('Untitled step');
    });
  });
});

describe('the agenda for assistive technology', () => {
  it('the Agenda panel and the running bar have no accessibility findings, empty, listed and running', async () => {
    await withApp({ width: 1280, height: 720 }, async (t, agenda) => {
      const axe = new AxePage(t.page);
      await agenda.open();
      expect(await axe.allFindings()).toEqual([]);
      await agenda.startDefault();
      await agenda.room.settle();
      expect(await axe.allFindings()).toEqual([]);
      await agenda.run();
      await agenda.open();
      expect(await agenda.bar.getByRole('status').count()).toBe(1);
      expect(await axe.allFindings()).toEqual([]);
    }, 'blank');
  });
});

describe('the agenda in a room', () => {
  const SIZES = [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ] as const;

  for (const size of SIZES) {
    it(`at ${size.width}×${size.height}: the Agenda panel and the bar over the board show all their text, nothing covered or cut, panel shut and open, at Normal and Extra large`, async () => {
      await withApp(size, async (t, agenda) => {
        const name = `${size.width}x${size.height}`;
        const display = new DisplayPage(t.app);
        const found: string[] = [];
        await agenda.open();
        await fakeTheClock(t);
        for (const roomSize of ['normal', 'extra-large'] as const) {
          await display.fromMenu(`room-size:${roomSize}`);
          await agenda.open();
          await agenda.room.screenshot(screenshotPath(`workshop-agenda-panel-${name}-${roomSize}.png`));
          found.push(...report(`Agenda panel, ${roomSize}, panel shut`, await agenda.room.problems()));
          if (await agenda.room.scrollViewToEnd()) found.push(...report(`Agenda panel, ${roomSize}, panel shut, at its end`, await agenda.room.problems()));
        }
        await display.fromMenu('room-size:normal');

        await agenda.run();
        await agenda.press('next');
        expect(await agenda.viewName()).toBe('Board');
        await agenda.room.settle();
        const shot = screenshotPath(`workshop-agenda-${name}.png`);
        await agenda.room.screenshot(shot);
        if (size.width === 1280) await keepForReadme(shot, 'workshop-agenda.png');
        found.push(...report('Board with the bar, normal, panel shut', await agenda.room.problems()));

        await agenda.room.openDetailsOfFirstApplication();
        for (const roomSize of ['normal', 'extra-large'] as const) {
          await display.fromMenu(`room-size:${roomSize}`);
          await agenda.room.showView('Board');
          await agenda.room.screenshot(screenshotPath(`workshop-agenda-${name}-${roomSize}-panel.png`));
          found.push(...report(`Board with the bar, ${roomSize}, panel open`, await agenda.room.problems()));
          await agenda.open();
          expect(await agenda.room.detailPanelIsOpen()).toBe(true);
          await agenda.room.screenshot(screenshotPath(`workshop-agenda-panel-${name}-${roomSize}-panel.png`));
          found.push(...report(`Agenda panel with the bar, ${roomSize}, panel open`, await agenda.room.problems()));
          if (await agenda.room.scrollViewToEnd()) found.push(...report(`Agenda panel with the bar, ${roomSize}, panel open, at its end`, await agenda.room.problems()));
        }
        // The cue at zero takes no more room than the count did.
        await t.page.clock.fastForward(61 * 60_000);
        await t.page.clock.runFor(500);
        await expect.poll(() => agenda.timeState()).toBe('over');
        await agenda.room.screenshot(screenshotPath(`workshop-agenda-${name}-over.png`));
        found.push(...report('Agenda panel with the bar at time over, extra-large, panel open', await agenda.room.problems()));
        expect(found).toEqual([]);
      });
    });
  }
});
