import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialisePlan } from '../../shared/plan-load';
import { generatePlan } from '../fixtures/generate-plan';
import { examplePlan } from '../fixtures/pdf/pdf-fixture-plans';
import { takeSnapshot } from '../../shared/history/snapshots';
import { openApp, useFileSession, type TestApp } from './harness/app-session';
import { keepForReadme, screenshotPath } from './harness/screenshots';
import { AxePage } from './pages/axe-page';
import { DisplayPage } from './pages/display-page';
import { ExportPage } from './pages/export-page';
import { reportProblems, RoomPage } from './pages/room-page';

/*
 * Issue 18 §4 and §5 in the export dialog: the board pack's document control (version, status,
 * meeting date, confidentiality marking), the summary pack and a pack of chosen pillars; the dialog
 * fits the window at every size and room size, scrolling inside rather than being cut.
 */
const files = useFileSession();

const PILLARS = ['Customer Acquisition', 'Operational Efficiency', 'Product Innovation', 'Customer Retention'];
const CHOSEN = 'Operational Efficiency';

const pdfPages = (path: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
/** The PDF's text with runs of spaces and line breaks as one space, as a reader takes it in. */
const pdfWords = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

async function withApp(viewport: { width: number; height: number } | undefined, run: (t: TestApp, exporting: ExportPage) => Promise<void>): Promise<void> {
  const t = await openApp(files.session, viewport ? { viewport } : {});
  try {
    await run(t, new ExportPage(t.app));
    expect(t.pageErrors).toEqual([]);
  } finally {
    await t.close();
  }
}

describe('the board pack’s document control, summary and pillars in the Export dialog', () => {
  it('exports the summary pack of one pillar as version 1.2, draft, for a meeting, marked Board only in every footer', async () => {
    await withApp(undefined, async (t, exporting) => {
      await t.app.startFromExample();
      await exporting.openWithKeyboard();
      await expect.poll(() => exporting.exportButton.isEnabled()).toBe(true);

      await exporting.versionField.fill('1.2');
      await exporting.chooseStatus('Draft');
      await exporting.meetingDateField.fill('2026-12-15');
      expect(await exporting.markingSuggestions()).toEqual(['Confidential', 'Board only', 'Internal']);
      await exporting.markingField.fill('Board only');
      const full = await exporting.sectionsOffered();
      await exporting.choosePack('Summary pack');
      expect(await exporting.sectionsOffered()).toEqual(['Cover and guiding questions', 'Executive summary', 'Roadmap', 'Priorities', 'Alignment findings']);
      expect(full.length).toBeGreaterThan(5);
      await exporting.choosePillars([CHOSEN]);
      expect(await exporting.exportButton.isEnabled()).toBe(true);

      const shot = screenshotPath('export-dialog-control.png');
      await new RoomPage(t.app).screenshot(shot);
      await keepForReadme(shot, 'export-dialog.png');

      const out = join(t.dir, 'summary.pdf');
      await exporting.exportTo(out);
      const words = pdfWords(out);
      expect(words).toContain('Version 1.2 · Draft');
      expect(words).toContain('For the meeting of 15 December 2026');
      expect(words).toContain('BOARD ONLY');
      // A loose page still says what it is: the marking in every page's footer.
      const pages = pdfPages(out);
      expect(words.split('BOARD ONLY').length - 1).toBeGreaterThanOrEqual(pages);
      expect(words).toContain('Executive summary');
      expect(words).toContain(CHOSEN);
      for (const other of PILLARS.filter((p) => p !== CHOSEN)) expect(words).not.toContain(other);
      expect(pages).toBeLessThanOrEqual(12);

      // Kept for the next export in this session.
      await exporting.app.page.getByRole('button', { name: 'Close' }).click();
      await exporting.openWithKeyboard();
      expect(await exporting.versionField.inputValue()).toBe('1.2');
      expect(await exporting.markingField.inputValue()).toBe('Board only');
      expect(await exporting.dialog.getByRole('radio', { name: /^Summary pack/ }).isChecked()).toBe(true);
      expect(await exporting.pillarList.getByRole('checkbox', { name: CHOSEN }).isChecked()).toBe(true);
    });
  }, 90_000);

  it('refuses a marking too long for the footer, or a half-typed meeting date, with a message under the field, until mended', async () => {
    await withApp(undefined, async (t, exporting) => {
      await t.app.startFromExample();
      await exporting.openWithKeyboard();
      await expect.poll(() => exporting.exportButton.isEnabled()).toBe(true);

      const marking = 'Strictly confidential: board members only';
      await exporting.markingField.fill(marking);
      expect(await exporting.exportButton.isEnabled()).toBe(false);
      expect(await exporting.problemOf(exporting.markingField)).toBe(`At most 40 characters fit in the footer; this has ${marking.length}. Shorten it to export.`);
      expect(await exporting.markingField.getAttribute('aria-invalid')).toBe('true');
      expect(await exporting.blockedNote.isVisible()).toBe(true);
      // Nothing is cut: the text stays as typed for the person to shorten.
      expect(await exporting.markingField.inputValue()).toBe(marking);
      await exporting.markingField.fill('Strictly confidential');
      expect(await exporting.problemOf(exporting.markingField)).toBe('');

      await exporting.versionField.fill('Second draft for the December board');
      expect(await exporting.problemOf(exporting.versionField)).toContain('At most 20 characters');
      expect(await exporting.exportButton.isEnabled()).toBe(false);
      await exporting.versionField.fill('2');

      // Chromium's date field takes no 30 February; what it holds that is no day is a date cut short.
      await exporting.meetingDateField.fill('2026-12-15');
      await exporting.meetingDateField.focus();
      await t.page.keyboard.press('Backspace');
      await expect.poll(() => exporting.problemOf(exporting.meetingDateField)).toContain('not a complete, real date');
      expect(await exporting.exportButton.isEnabled()).toBe(false);
      await exporting.meetingDateField.fill('');
      await expect.poll(() => exporting.exportButton.isEnabled()).toBe(true);
      expect(await exporting.blockedNote.count()).toBe(0);

      // Only these pillars, with none ticked, is refused too.
      await exporting.dialog.getByRole('radio', { name: 'Only these pillars' }).check();
      await exporting.dialog.getByText('Choose at least one pillar.').waitFor();
      expect(await exporting.exportButton.isEnabled()).toBe(false);
      await t.page.screenshot({ path: screenshotPath('export-dialog-control-problems.png') });
      expect(await new AxePage(t.page).seriousFindings()).toEqual([]);
      expect(t.bridge.calls.some((c) => c.method === 'savePdf')).toBe(false);
    });
  }, 60_000);

  it('adds the changes since a snapshot the person picks, and offers no such choice for a plan without one', async () => {
    await withApp(undefined, async (t, exporting) => {
      await t.app.startFromExample();
      await exporting.openWithKeyboard();
      expect(await exporting.dialog.getByLabel('Changes since a snapshot').count()).toBe(0);
      await t.page.keyboard.press('Escape');

      const base = takeSnapshot(examplePlan(), { id: 'snap-offsite', name: 'Off-site v1 approved', takenAt: '2026-11-20T16:00:00.000Z' });
      const plan = { ...base, applications: base.applications.map((a, i) => (i === 0 ? { ...a, title: 'Website assistant' } : a)) };
      const file = join(t.dir, 'with-snapshot.aiplan');
      writeFileSync(file, serialisePlan(plan));
      await t.app.openFile(file);
      await t.page.locator('.view').waitFor();
      await exporting.openWithKeyboard();
      const since = exporting.dialog.getByLabel('Changes since a snapshot');
      expect(await since.inputValue()).toBe('');
      await since.selectOption({ label: 'Off-site v1 approved' });
      await exporting.dialog.getByText('Taken on 20 Nov 2026').waitFor();
      await new RoomPage(t.app).screenshot(screenshotPath('export-dialog-changes.png'));
      const out = join(t.dir, 'changes.pdf');
      await exporting.exportTo(out);
      const words = pdfWords(out);
      expect(words).toContain('Changes since “Off-site v1 approved”');
      expect(words).toContain('Title: “AI-powered chatbot for website engagement” → “Website assistant”');
    });
  }, 60_000);

  it('lists a hundred pillars in a list that scrolls inside the dialog, which stays inside the window', async () => {
    await withApp({ width: 1024, height: 768 }, async (t, exporting) => {
      const plan = generatePlan({ pillars: 100, objectivesPerPillar: 1, applicationsPerObjective: 1, kpisPerApplication: 0, scheduled: true, startMonth: '2027-01', now: '2026-11-23T10:00:00.000Z' });
      const file = join(t.dir, 'hundred-pillars.aiplan');
      writeFileSync(file, serialisePlan(plan));
      await t.app.openFile(file);
      await t.page.locator('.view').waitFor();
      await exporting.openWithKeyboard();
      await exporting.dialog.getByRole('radio', { name: 'Only these pillars' }).check();
      expect(await exporting.pillarList.getByRole('checkbox').count()).toBe(100);
      const list = await exporting.pillarList.evaluate((ul) => ({ height: ul.clientHeight, content: ul.scrollHeight, window: window.innerHeight }));
      expect(list.content).toBeGreaterThan(list.height);
      expect(list.height).toBeLessThan(list.window / 2);
      const last = exporting.pillarList.getByRole('checkbox', { name: plan.pillars[99]!.title });
      await last.check();
      expect(await last.isChecked()).toBe(true);
      expect((await exporting.fit()).inside).toBe(true);
      const room = new RoomPage(t.app);
      expect(reportProblems('100 pillars', await room.dialogProblems())).toEqual([]);
      await room.screenshot(screenshotPath('export-dialog-100-pillars.png'));
    });
  }, 60_000);
});

describe('the Export dialog at every window and room size: inside the window, scrolling inside, nothing covered or cut', () => {
  const cases: readonly { size: { width: number; height: number }; room: 'normal' | 'extra-large' }[] = [
    { size: { width: 1024, height: 768 }, room: 'normal' },
    { size: { width: 1280, height: 720 }, room: 'normal' },
    { size: { width: 1920, height: 1080 }, room: 'normal' },
    { size: { width: 1024, height: 768 }, room: 'extra-large' },
    { size: { width: 1280, height: 720 }, room: 'extra-large' },
    { size: { width: 1920, height: 1080 }, room: 'extra-large' },
  ];
  for (const { size, room: roomSize } of cases) {
    it(`${roomSize} at ${size.width}×${size.height}`, async () => {
      await withApp(size, async (t, exporting) => {
        await t.app.startFromExample();
        const minPx = roomSize === 'extra-large' ? 18 : undefined;
        if (roomSize === 'extra-large') await new DisplayPage(t.app).fromMenu('room-size:extra-large');
        await exporting.openWithKeyboard();
        await expect.poll(() => exporting.exportButton.isEnabled()).toBe(true);
        // The tallest the options get: the full pack's sections and the list of pillars open.
        await exporting.choosePillars([CHOSEN]);
        await exporting.markingField.fill('A marking much too long to fit in the footer of the pack');
        const room = new RoomPage(t.app);
        const name = `export-dialog-${roomSize}-${size.width}`;
        await exporting.scrollOptions('start');
        await room.settle();
        const fit = await exporting.fit();
        expect(fit.inside).toBe(true);
        expect(fit.exportInSight).toBe(true);
        await room.screenshot(screenshotPath(`${name}.png`));
        const found = reportProblems(`${name}, top`, await room.dialogProblems(minPx));
        if (fit.optionsScroll) {
          await exporting.scrollOptions('end');
          await room.settle();
          await room.screenshot(screenshotPath(`${name}-end.png`));
          found.push(...reportProblems(`${name}, scrolled to the end`, await room.dialogProblems(minPx)));
          expect((await exporting.fit()).exportInSight).toBe(true);
        }
        // The tallest case: at 1024×768 or at Extra large the options scroll, below the title and above the buttons.
        if (size.width === 1024 || roomSize === 'extra-large') expect(fit.optionsScroll).toBe(true);
        expect(found).toEqual([]);
      });
    }, 60_000);
  }
});
