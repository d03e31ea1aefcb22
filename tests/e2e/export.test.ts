import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serialisePlan } from '../../shared/plan-load';
import { generatePlan } from '../fixtures/generate-plan';
import { useAppPerTest, type TestApp } from './harness/app-session';
import { pinnedToday } from './harness/pinned-clock';
import { ExportPage } from './pages/export-page';
import { screenshotPath } from './harness/screenshots';

const CJK_FIXTURE = fileURLToPath(new URL('../fixtures/pdf/with-cjk.aiplan', import.meta.url));
const PILLARS = ['Customer Acquisition', 'Operational Efficiency', 'Product Innovation', 'Customer Retention'];

let t: TestApp;
let exporting: ExportPage;

const e2e = useAppPerTest(async (opened) => {
  t = opened;
  exporting = new ExportPage(t.app);
});

const pdfinfo = (path: string) => execFileSync('pdfinfo', [path], { encoding: 'utf8' });
const pdftotext = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

/** Opens a generated plan of 1,000 applications and its Export dialog, ready to export. */
async function openExportOfBigPlan(): Promise<void> {
  const big = generatePlan({ pillars: 5, objectivesPerPillar: 10, applicationsPerObjective: 20, kpisPerApplication: 1, scheduled: true, startMonth: '2027-01', now: '2026-11-23T10:00:00.000Z' });
  const file = join(t.dir, 'big.aiplan');
  writeFileSync(file, serialisePlan(big));
  await t.app.openFile(file);
  await t.page.locator('.view').waitFor();
  await exporting.openWithKeyboard();
  await expect.poll(() => exporting.exportButton.isEnabled(), { timeout: 10_000 }).toBe(true);
}

describe('File → Export PDF', () => {
  it('exports the example as a Letter board pack through the main process, then opens that PDF', async () => {
    await t.app.startFromExample();
    await exporting.openWithKeyboard();
    expect(await exporting.dateField.inputValue()).toBe(pinnedToday());
    await expect.poll(() => exporting.exportButton.isEnabled()).toBe(true);
    expect(await exporting.characterWarning.count()).toBe(0);

    await exporting.choosePageSize('Letter');
    await exporting.dateField.fill('2027-03-15');
    await t.app.screenshot(screenshotPath('export-dialog.png'));
    const out = join(t.dir, 'board pack.pdf');
    await exporting.exportTo(out);

    expect(existsSync(out)).toBe(true);
    const saves = t.bridge.calls.filter((c) => c.method === 'savePdf');
    expect(saves).toEqual([{ method: 'savePdf', suggestedName: 'AI alignment plan.aiplan', size: expect.any(Number) }]);
    const info = pdfinfo(out);
    expect(info).toMatch(/Page size:\s+792 x 612 pts \(letter\)/);
    const text = pdftotext(out);
    for (const pillar of PILLARS) expect(text).toContain(pillar);
    expect(text).toContain('15 March 2027');
    expect(await t.app.statusMessage.innerText()).toContain('Exported board pack.pdf');
    await t.page.screenshot({ path: screenshotPath('export-dialog-saved.png') });

    await exporting.openPdf();
    expect(t.bridge.openedPdfs).toEqual([out]);
    // Everything stayed on the app's own origin: fonts and the worker came from the bundle.
    expect(t.pageRequests.filter((url) => !url.startsWith(e2e.session.server.origin))).toEqual([]);
    expect(t.pageErrors).toEqual([]);
  });

  it('uses the toolbar button too, and Cancel in the Save dialog keeps the options open', async () => {
    await t.app.startFromExample();
    await exporting.openWithToolbar();
    await exporting.setSection('Roadmap', false);
    t.app.bridge.nextPdfPath = null;
    await exporting.exportButton.click();
    await expect.poll(() => t.bridge.calls.some((c) => c.method === 'savePdf'), { timeout: 30_000 }).toBe(true);
    await exporting.exportButton.waitFor();
    expect(await exporting.dialog.getByRole('checkbox', { name: 'Roadmap' }).isChecked()).toBe(false);
    await exporting.cancel();
    expect(t.bridge.openedPdfs).toEqual([]);
  });

  it('prints Chinese and Japanese with the shipped CJK face: no warning, and 東京 in the PDF', async () => {
    await t.app.openFile(CJK_FIXTURE);
    await t.app.outline.waitFor();
    await exporting.openWithKeyboard();
    await expect.poll(() => exporting.exportButton.isEnabled()).toBe(true);
    expect(await exporting.characterWarning.count()).toBe(0);
    expect(await exporting.exportButton.innerText()).toBe('Export…');
    const out = join(t.dir, 'cjk.pdf');
    await exporting.exportTo(out);
    expect(pdftotext(out)).toContain('Expansion to 東京');
  });

  it('lists the characters no shipped font can show in the chosen language, and where, before anything is exported', async () => {
    await t.app.openFile(CJK_FIXTURE);
    await t.app.outline.waitFor();
    await exporting.openWithKeyboard();
    // Vietnamese needs DejaVu's letters, and DejaVu has no 東 or 京.
    await exporting.dialog.getByRole('combobox', { name: 'Language of the board pack' }).selectOption('vi');
    await exporting.characterWarning.waitFor();
    const warning = await exporting.characterWarning.innerText();
    expect(warning).toContain('2 different characters cannot be shown');
    expect(warning).toMatch(/東\s*U\+6771\s*in pillar “Expansion to 東京” \(title\)/);
    expect(warning).toMatch(/京\s*U\+4EAC\s*in pillar “Expansion to 東京” \(title\)/);
    expect(await exporting.exportButton.innerText()).toBe('Export anyway…');
    await t.page.screenshot({ path: screenshotPath('export-dialog-unsupported.png') });

    // Cancel: nothing was rendered or written.
    await exporting.cancel();
    expect(t.bridge.calls.some((c) => c.method === 'savePdf')).toBe(false);

    // Or go on: the PDF is written, with a placeholder where the characters were.
    await exporting.openWithKeyboard();
    await exporting.characterWarning.waitFor();
    const out = join(t.dir, 'cjk-vi.pdf');
    await exporting.exportTo(out);
    expect(pdftotext(out)).toContain('Expansion to');
  });

  it('shows progress on a 1,000-application plan while the window keeps responding', async () => {
    await openExportOfBigPlan();
    t.app.bridge.nextPdfPath = join(t.dir, 'big.pdf');

    // Record animation frames while the progress bar shows: a frozen window draws none.
    await t.page.evaluate(() => {
      const w = window as unknown as { __frames: number[] };
      w.__frames = [];
      const tick = (time: number) => {
        if (document.querySelector('.export-progress__bar')) w.__frames.push(time);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await exporting.exportButton.click();
    await exporting.progress.waitFor();
    // The progress bar moves, and the window answers while the worker renders.
    await expect.poll(async () => Number(await exporting.progress.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0.05);
    const asked = performance.now();
    await t.page.evaluate(() => document.title);
    expect(performance.now() - asked).toBeLessThan(2000);
    await exporting.savedMessage.waitFor({ timeout: 60_000 });
    const frames = await t.page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
    const longestGap = Math.max(...frames.slice(1).map((f, i) => f - frames[i]!));
    console.info(`export of 1,000 applications: ${frames.length} frames drawn while rendering, longest gap ${Math.round(longestGap)} ms`);
    expect(frames.length).toBeGreaterThan(10);
    // Rendering takes several seconds here; on the window's own thread it would draw nothing at all.
    // The bound leaves room for a machine shared with other jobs.
    expect(longestGap).toBeLessThan(2000);
    expect(pdfinfo(join(t.dir, 'big.pdf'))).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
  });

  it('stops a running export with Stop, back at the options, with nothing saved', async () => {
    await openExportOfBigPlan();
    await exporting.exportButton.click();
    await exporting.progress.waitFor();
    await exporting.dialog.getByRole('button', { name: 'Stop' }).click();
    await exporting.exportButton.waitFor();
    expect(t.bridge.calls.some((c) => c.method === 'savePdf')).toBe(false);
    await exporting.cancel();
  });
});
