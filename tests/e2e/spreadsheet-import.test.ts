import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../shared/spreadsheet/column-mapping';
import { previewImport } from '../../shared/spreadsheet/import-preview';
import { readSpreadsheet } from '../../shared/spreadsheet/read-table';
import { openApp, useAppPerTest, useFileSession, type TestApp } from './harness/app-session';
import { keepForReadme, screenshotPath } from './harness/screenshots';
import { AxePage } from './pages/axe-page';
import { BoardPage } from './pages/board-page';
import { DisplayPage } from './pages/display-page';
import { reportProblems, RoomPage } from './pages/room-page';
import { SpreadsheetImportPage } from './pages/spreadsheet-import-page';
import { zipBomb } from './spreadsheet-files';

/*
 * Spreadsheets in and out through the UI (#19): a CSV with one bad row and a column the guesser does
 * not know, mapped by hand, previewed, merged into the open plan as one undo step; the matrix and the
 * workbook exported from the menu and read back; a zip bomb refused with nothing changed; the dialog
 * audited at the room's window sizes. The clock is pinned by the harness (pinned-clock.ts).
 */

const HEADERS = 'Strategic Pillar,Business Objective,AI Application,Key Performance Indicator,Impact,Sponsor';
const ROWS = [
  'Grow recurring revenue,Win accounts in Łódź,Lead scoring assistant,Qualified leads per month,4,Head of Sales',
  'Grow recurring revenue,Win accounts in Łódź,Lead scoring assistant,Lead-to-deal conversion,4,Head of Sales',
  'Grow recurring revenue,Win accounts in Łódź,Proposal drafter,Proposals sent per week,high,Head of Sales',
  'Run a leaner back office,Cut invoice handling time,Invoice reader,"Invoices processed, per hour",3,CFO',
];
const CSV = `${[HEADERS, ...ROWS].join('\r\n')}\r\n`;

let t: TestApp;
let sheets: SpreadsheetImportPage;

describe('importing a spreadsheet into the open plan', () => {
  useAppPerTest(async (opened) => {
    t = opened;
    sheets = new SpreadsheetImportPage(t.app);
    await t.app.startFromExample();
  });

  const writeCsv = (name = 'ideas.csv') => {
    const path = join(t.dir, name);
    writeFileSync(path, CSV);
    return path;
  };

  it('maps an unknown column by hand, lists the bad row with its reason, merges the rest as one undo step, and remembers the mapping', async () => {
    const board = new BoardPage(t.app);
    await board.open();
    const pillarsBefore = await board.pillarTitles();
    await sheets.openFromMenu(writeCsv());

    // Step 1: the seed table's headers and Impact are matched; "Sponsor" is not, until mapped by hand.
    expect(await sheets.mapping()).toEqual({
      'Strategic Pillar': 'Strategic pillar',
      'Business Objective': 'Business objective',
      'AI Application': 'AI application',
      'Key Performance Indicator': 'Key performance indicator',
      Impact: 'Impact',
      Sponsor: 'Ignore',
    });
    await sheets.mapColumn('Sponsor', 'Owner');
    await sheets.toPreview();

    // Step 2: three rows of four; row 4 (the header is row 1) names an impact that is not a score.
    await expect.poll(() => sheets.dialog.locator('.import-preview__rows').innerText()).toBe('3 rows of 4 can be imported.');
    expect(await sheets.problems()).toEqual(['Row 4: Impact “high” is not a score from 1 to 5']);
    expect(await sheets.counts()).toEqual(['2 strategic pillars', '2 business objectives', '2 AI applications', '3 KPIs']);
    expect(await sheets.dialog.getByRole('radio', { name: /^The open plan/ }).isChecked()).toBe(true);
    expect(await sheets.importButton.innerText()).toBe('Import 3 rows, skip 1');

    await sheets.confirm();
    expect(await sheets.counts()).toEqual(['2 strategic pillars', '2 business objectives', '2 AI applications', '3 KPIs']);
    await expect.poll(() => sheets.dialog.innerText()).toContain('1 row was skipped.');
    await sheets.finish();

    expect(await board.applicationsOf('Win accounts in Łódź')).toEqual(['Lead scoring assistant']);
    expect(await board.kpisOf('Lead scoring assistant')).toEqual(['Qualified leads per month', 'Lead-to-deal conversion']);
    expect(await board.kpisOf('Invoice reader')).toEqual(['Invoices processed, per hour']);
    expect(await board.pillarTitles()).toEqual([...pillarsBefore, 'Grow recurring revenue', 'Run a leaner back office']);
    expect(await t.app.isDirty()).toBe(true);

    // One undo takes the whole import back.
    await t.app.undoWithKeyboard();
    await expect.poll(() => board.pillarTitles()).toEqual(pillarsBefore);
    expect(await board.item('application', 'Lead scoring assistant').count()).toBe(0);

    // The same headers again: the column mapped by hand is remembered on this machine.
    await sheets.openFromMenu(writeCsv('next-month.csv'));
    expect((await sheets.mapping()).Sponsor).toBe('Owner');
    expect(await sheets.dialog.innerText()).toContain('The columns are set as they were the last time');
    await t.page.keyboard.press('Escape');
    await sheets.dialog.waitFor({ state: 'detached' });
    expect(await board.pillarTitles()).toEqual(pillarsBefore);
  });

  it('imports a dropped CSV into a new unsaved plan named after the file', async () => {
    await sheets.dropFile('Q3 ideas.csv', new TextEncoder().encode(CSV));
    await sheets.dialog.waitFor();
    await sheets.mapColumn('Sponsor', 'Owner');
    await sheets.toPreview();
    await sheets.chooseTarget('A new plan');
    // The example is unchanged, so no unsaved-changes prompt stands in the way.
    await sheets.confirm();
    expect(await sheets.dialog.innerText()).toContain('A new plan was made from Q3 ideas.csv. It is not saved yet.');
    await sheets.finish();
    expect(await t.app.planTitle()).toBe('Q3 ideas');
    expect(await t.app.pillarTitles()).toEqual(['Grow recurring revenue', 'Run a leaner back office']);
    expect(await t.app.isDirty()).toBe(true);
  });

  it('refuses a zip bomb with a clear message, and changes nothing', async () => {
    const pillarsBefore = await t.app.pillarTitles();
    const path = join(t.dir, 'bomb.xlsx');
    writeFileSync(path, zipBomb());
    await sheets.openFromMenu(path);
    await sheets.refusal.waitFor();
    const text = await sheets.refusal.innerText();
    expect(text).toContain('bomb.xlsx was not imported');
    expect(text).toContain('The workbook would unpack to far more data than a spreadsheet holds, so it was not opened.');
    expect(text).toContain('Nothing was changed.');
    await sheets.dialog.getByRole('button', { name: 'Close' }).click();
    await sheets.dialog.waitFor({ state: 'detached' });
    expect(await t.app.pillarTitles()).toEqual(pillarsBefore);
    expect(await t.app.isDirty()).toBe(false);
  });
});

describe('exporting the matrix and the workbook', () => {
  useAppPerTest(async (opened) => {
    t = opened;
    sheets = new SpreadsheetImportPage(t.app);
    await t.app.startFromExample();
  });

  it('writes File › Export Spreadsheet › CSV and Excel where the Save dialog chose, and both read back as the same matrix', async () => {
    const applications = await t.app.applicationTitles();
    const csvPath = join(t.dir, 'matrix.csv');
    await sheets.exportFromMenu('csv', csvPath);
    await sheets.exportFromMenu('xlsx', join(t.dir, 'board'));

    const csv = await readSpreadsheet(new Uint8Array(readFileSync(csvPath)), 'matrix.csv');
    const xlsx = await readSpreadsheet(new Uint8Array(readFileSync(join(t.dir, 'board.xlsx'))), 'board.xlsx');
    if (csv.status !== 'read' || xlsx.status !== 'read') throw new Error('an exported file was not read back');
    const matrix = csv.sheets[0]!.rows;
    expect(matrix[0]!.slice(0, 4)).toEqual(['Strategic Pillar', 'Business Objective', 'AI Application', 'Key Performance Indicator']);
    // Every application of the outline has its rows.
    const column = matrix[0]!.indexOf('AI Application');
    const named = new Set(matrix.slice(1).map((row) => row[column]));
    for (const application of applications) expect(named, application).toContain(application);
    // The workbook's first sheet reads as the same matrix, every row usable; further sheets follow it.
    expect(xlsx.sheets.length).toBeGreaterThan(1);
    const read = (table: (typeof csv.sheets)[number]) => previewImport(table, guessMapping(table.rows[0]!));
    const [fromCsv, fromXlsx] = [read(csv.sheets[0]!), read(xlsx.sheets[0]!)];
    expect(fromCsv.problems).toEqual([]);
    expect(fromXlsx.groups).toEqual(fromCsv.groups);
    expect(fromXlsx.counts).toEqual(fromCsv.counts);
    expect(await t.app.statusMessage.innerText()).toBe('Exported board.xlsx.');

    // And the workbook comes back in through the app's own import (read in its worker) as a new plan.
    await sheets.openFromMenu(join(t.dir, 'board.xlsx'));
    await sheets.toPreview();
    await sheets.chooseTarget('A new plan');
    await sheets.confirm();
    await sheets.finish();
    expect(await t.app.applicationTitles()).toEqual(applications);
  });
});

describe('the Import dialog in a room', () => {
  const files = useFileSession();
  const SIZES = [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ] as const;

  for (const size of SIZES) {
    it(`at ${size.width}×${size.height}, shows the columns and the preview inside the window, all text at 13 px or more, nothing covered or cut (and no serious axe finding at 1280×720)`, async () => {
      const app = await openApp(files.session, { viewport: size });
      try {
        await app.app.startFromExample();
        const page = new SpreadsheetImportPage(app.app);
        const room = new RoomPage(app.app);
        const path = join(app.dir, 'ideas.csv');
        writeFileSync(path, CSV);
        await page.openFromMenu(path);
        await page.mapColumn('Sponsor', 'Owner');
        await room.settle();
        const found: string[] = [];
        const name = `spreadsheet-import-${size.width}x${size.height}`;
        await room.screenshot(screenshotPath(`${name}-columns.png`));
        found.push(...reportProblems(`${name}, columns`, await room.dialogProblems()));
        if (size.width === 1280) expect(await new AxePage(app.page).seriousFindings()).toEqual([]);
        await page.toPreview();
        await room.settle();
        const shot = screenshotPath(`${name}-preview.png`);
        await room.screenshot(shot);
        if (size.width === 1280) await keepForReadme(shot, 'spreadsheet-import.png');
        found.push(...reportProblems(`${name}, preview`, await room.dialogProblems()));
        if (size.width === 1280) expect(await new AxePage(app.page).seriousFindings()).toEqual([]);
        const inside = await page.dialog.evaluate((dialog) => {
          const r = dialog.getBoundingClientRect();
          return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
        });
        expect(inside).toBe(true);
        expect(found).toEqual([]);
      } finally {
        await app.close();
      }
    }, 60_000);
  }

  it('at Extra large on 1280×720, scrolls the columns between the title and the buttons, all text at 18 px or more', async () => {
    const app = await openApp(files.session, { viewport: { width: 1280, height: 720 } });
    try {
      await app.app.startFromExample();
      await new DisplayPage(app.app).fromMenu('room-size:extra-large');
      const page = new SpreadsheetImportPage(app.app);
      const room = new RoomPage(app.app);
      const path = join(app.dir, 'ideas.csv');
      writeFileSync(path, CSV);
      await page.openFromMenu(path);
      await page.mapColumn('Sponsor', 'Owner');
      await room.settle();
      await room.screenshot(screenshotPath('spreadsheet-import-extra-large-columns.png'));
      const found = reportProblems('extra large, columns', await room.dialogProblems(18));
      await page.toPreview();
      await room.settle();
      await room.screenshot(screenshotPath('spreadsheet-import-extra-large-preview.png'));
      found.push(...reportProblems('extra large, preview', await room.dialogProblems(18)));
      expect(await page.importButton.isVisible()).toBe(true);
      expect(found).toEqual([]);
    } finally {
      await app.close();
    }
  }, 60_000);
});
