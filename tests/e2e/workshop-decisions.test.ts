import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openApp, startFileSession, type FileSession, type TestApp } from './harness/app-session';
import { pinnedToday } from './harness/pinned-clock';
import { keepForReadme, screenshotPath } from './harness/screenshots';
import { AxePage } from './pages/axe-page';
import { BoardPage } from './pages/board-page';
import { DisplayPage } from './pages/display-page';
import { ExportPage } from './pages/export-page';
import { InsightPage } from './pages/insight-page';
import { reportProblems as report } from './pages/room-page';
import { WorkshopDecisionsPage } from './pages/workshop-decisions-page';

/*
 * The parking lot and the decisions (#17 §4): captured in one line each, owned, dated and linked,
 * exported in the board pack, flagged when overdue, and kept in the plan file.
 */

let session: FileSession;
let t: TestApp;
let decisions: WorkshopDecisionsPage;

beforeAll(async () => {
  session = await startFileSession();
});
afterAll(async () => {
  await session?.close();
});

const CHATBOT = 'AI-powered chatbot for website engagement';
const QUESTION = 'Who signs off before customer data reaches a vendor?';
const DECISION = 'Pilot the chatbot on the contact page first';

/** `day` moved on by `days`, as YYYY-MM-DD. */
function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}
/** "4 December 2026", as the board pack writes it. */
const longEnglish = (day: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
/** "4 December 2026", as the app's English writes a day too (British, like the pack). */
const appEnglish = (day: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const pdftotext = (path: string) => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Parks a question and records a decision owned by the Operations Manager, due `due`, about the chatbot. */
async function captureBoth(due: string): Promise<void> {
  await decisions.open();
  await decisions.park(QUESTION);
  await decisions.record(DECISION);
  await decisions.setOwner(DECISION, 'Operations Manager');
  await decisions.setDue(DECISION, due);
  await decisions.link(DECISION, CHATBOT);
}

describe('parking lot and decisions', () => {
  beforeEach(async () => {
    t = await openApp(session);
    decisions = new WorkshopDecisionsPage(t.app);
    await t.app.startFromExample();
  });
  afterEach(async (context) => {
    expect(t.pageErrors).toEqual([]);
    await t.close(context.task);
  });

  it('captures a question and a decision in one line each, keeps the focus in the field, and undoes each change', async () => {
    await decisions.open();
    const parkedBefore = await decisions.parkedTexts();
    await decisions.park(QUESTION);
    expect(await decisions.parkField.inputValue()).toBe('');
    expect(await decisions.parkField.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await decisions.parkedTexts()).toEqual([...parkedBefore, QUESTION]);

    await decisions.record(DECISION);
    expect(await decisions.decisionField.inputValue()).toBe('');
    expect(await decisions.decisionField.evaluate((el) => el === document.activeElement)).toBe(true);
    await decisions.decision(DECISION).waitFor();
    expect(await decisions.linkedLabel(DECISION)).toBe('Nothing linked');

    await decisions.setOwner(DECISION, 'Operations Manager');
    await decisions.link(DECISION, CHATBOT);
    expect(await decisions.linkedLabel(DECISION)).toBe(CHATBOT);
    await t.app.undoWithKeyboard();
    await expect.poll(() => decisions.linkedLabel(DECISION)).toBe('Nothing linked');
    await t.app.undoWithKeyboard();
    await expect.poll(() => decisions.decision(DECISION).getByRole('textbox', { name: 'Owner', exact: true }).inputValue()).toBe('');
    await t.app.undoWithKeyboard();
    await expect.poll(() => decisions.decision(DECISION).count()).toBe(0);
    await t.app.redoWithKeyboard();
    await decisions.decision(DECISION).waitFor();

    // "Decide" turns the parked question into a decision, focused for its owner and date.
    await decisions.decideParked(QUESTION);
    await expect.poll(() => decisions.parkedTexts()).toEqual(parkedBefore);
    await expect.poll(() => decisions.focusedDecision()).toBe(QUESTION);
  });

  it('refuses an incomplete due date with a message and keeps the date it had; orders open decisions by due date, done ones last', async () => {
    const soon = addDays(pinnedToday(), 20);
    await captureBoth(soon);
    await expect.poll(() => decisions.dueField(DECISION).inputValue()).toBe(soon);
    // Chromium's date field will not take 30 February; what it holds that is no day is a date cut short (its month cleared).
    const due = decisions.dueField(DECISION);
    await due.focus();
    await t.page.keyboard.press('Backspace');
    await expect.poll(() => decisions.decision(DECISION).getByRole('alert').textContent()).toContain('not a complete, real date');
    expect(await due.getAttribute('aria-invalid')).toBe('true');
    // Nothing was committed: shown afresh from the plan, the field holds the date it had.
    await t.page.getByRole('tab', { name: 'Agenda', exact: true }).click();
    await decisions.open();
    expect(await decisions.dueField(DECISION).inputValue()).toBe(soon);
    expect(await decisions.decision(DECISION).getByRole('alert').count()).toBe(0);

    // The example's own decision is due on the 15th of the chatbot pilot's month, later than `soon`.
    const order = await decisions.decisionOrder();
    expect(order[0]).toBe(DECISION);
    await decisions.doneBox(DECISION).check();
    await t.app.blurFocus();
    await expect.poll(async () => (await decisions.decisionOrder()).at(-1)).toBe(DECISION);
  });

  it('exports the decision in the board pack’s Decisions and actions section', async () => {
    const due = addDays(pinnedToday(), 20);
    await captureBoth(due);
    const exporting = new ExportPage(t.app);
    await exporting.openWithKeyboard();
    await expect.poll(() => exporting.exportButton.isEnabled()).toBe(true);
    const out = join(t.dir, 'board pack.pdf');
    await exporting.exportTo(out);
    const text = pdftotext(out);
    expect(text).toContain('Decisions and actions');
    expect(text).toContain(`${DECISION} Operations Manager ${longEnglish(due)} AI application: ${CHATBOT} Open`);
    expect(text).toContain(QUESTION);
  });

  it('shows an overdue decision in the findings once the clock passes its date; clicking it focuses the decision', async () => {
    const due = addDays(pinnedToday(), 10);
    await captureBoth(due);
    expect(await decisions.overdueNote(DECISION).count()).toBe(0);

    await t.page.clock.setFixedTime(new Date(`${addDays(due, 1)}T10:00:00`));
    const insight = new InsightPage(t.page);
    await insight.showView('Findings');
    const finding = insight.finding('decision-overdue', DECISION);
    await finding.waitFor();
    expect(await finding.innerText()).toContain(`Due ${due}, owner Operations Manager: not marked done.`);
    await finding.getByRole('button').first().click();
    await decisions.panel.waitFor();
    await expect.poll(() => decisions.focusedDecision()).toBe(DECISION);
    expect(await decisions.overdueNote(DECISION).innerText()).toBe(`Overdue since ${appEnglish(due)}`);
    await decisions.room.screenshot(screenshotPath('workshop-decisions-overdue.png'));

    await decisions.doneBox(DECISION).check();
    await insight.showView('Findings');
    await expect.poll(() => insight.finding('decision-overdue', DECISION).count()).toBe(0);
  });

  it('keeps the parked questions and decisions in the file: saved, reopened, all there', async () => {
    const due = addDays(pinnedToday(), 20);
    await captureBoth(due);
    const file = join(t.dir, 'off-site.aiplan');
    await t.app.save(file);

    const reopened = await openApp(session);
    try {
      reopened.bridge.nextOpenPath = file;
      await reopened.app.openFile(file);
      await reopened.page.locator('.view').waitFor();
      const again = new WorkshopDecisionsPage(reopened.app);
      await again.open();
      expect(await again.parkedTexts()).toContain(QUESTION);
      expect(await again.decision(DECISION).getByRole('textbox', { name: 'Owner', exact: true }).inputValue()).toBe('Operations Manager');
      expect(await again.dueField(DECISION).inputValue()).toBe(due);
      expect(await again.linkedLabel(DECISION)).toBe(CHATBOT);
      expect(await again.decisionOrder()).toHaveLength(2);
      expect(reopened.pageErrors).toEqual([]);
    } finally {
      await reopened.close();
    }
  });

  it('reads "(deleted item)" once the linked application is deleted', async () => {
    await captureBoth(addDays(pinnedToday(), 20));
    const board = new BoardPage(t.app);
    await board.open();
    await board.askToDelete('application', CHATBOT);
    await board.deleteConfirmation.getByRole('button', { name: 'Delete', exact: true }).click();
    await board.deleteConfirmation.waitFor({ state: 'hidden' });
    await decisions.open();
    await expect.poll(() => decisions.linkedLabel(DECISION)).toBe('(deleted item)');
  });
});

describe('the decisions panel in a room', () => {
  const SIZES = [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ] as const;

  for (const size of SIZES) {
    const name = `${size.width}x${size.height}`;
    it(`at ${size.width}×${size.height}, shows all its text at 13 px or more, nothing covered or cut, with the detail panel shut and open`, async () => {
      const app = await openApp(session, { viewport: size });
      try {
        await app.app.startFromExample();
        const page = new WorkshopDecisionsPage(app.app);
        const display = new DisplayPage(app.app);
        await page.open();
        await page.park(QUESTION);
        await page.record(DECISION);
        await page.setOwner(DECISION, 'Operations Manager');
        await page.link(DECISION, CHATBOT);
        // Due yesterday: the room sees how an overdue decision is marked.
        await page.setDue(DECISION, addDays(pinnedToday(), -1));
        await app.app.blurFocus();
        await app.page.evaluate(() => document.querySelector('main.view')?.scrollTo(0, 0));
        await page.room.settle();
        const found: string[] = [];
        const shot = screenshotPath(`workshop-decisions-${name}.png`);
        await page.room.screenshot(shot);
        if (size.width === 1280) await keepForReadme(shot, 'workshop-decisions.png');
        found.push(...report('Decisions, panel shut', await page.room.problems()));
        // With an overdue row, a link, the parked list and both capture fields on screen.
        if (size.width === 1280) expect(await new AxePage(app.page).seriousFindings()).toEqual([]);
        if (await page.room.scrollViewToEnd()) found.push(...report('Decisions, panel shut, scrolled to the end', await page.room.problems()));

        await page.room.openDetailsOfFirstApplication();
        for (const roomSize of ['normal', 'extra-large'] as const) {
          await display.fromMenu(`room-size:${roomSize}`);
          await page.open();
          expect(await page.room.detailPanelIsOpen()).toBe(true);
          await page.room.screenshot(screenshotPath(`workshop-decisions-${name}-${roomSize}-panel.png`));
          found.push(...report(`Decisions, ${roomSize}, panel open`, await page.room.problems()));
          if (await page.room.scrollViewToEnd()) found.push(...report(`Decisions, ${roomSize}, panel open, scrolled to the end`, await page.room.problems()));
        }
        await page.room.pressEscape();
        expect(await page.room.detailPanelIsOpen()).toBe(false);
        await page.room.settle();
        await page.room.screenshot(screenshotPath(`workshop-decisions-${name}-extra-large.png`));
        found.push(...report('Decisions, extra-large, panel shut', await page.room.problems()));

        expect(found).toEqual([]);
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});
