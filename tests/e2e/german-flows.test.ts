import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator';
import { VIEW_CATALOGUE } from '../../shared/commands/command-catalogue';
import { openApp, useFileSession } from './harness/app-session';
import { screenshotPath } from './harness/screenshots';

/*
 * Issue 14: a German team runs the main flows in German: the first-run screen, the example plan
 * written in German, the views, adding on the board, the detail panel, the findings and a board
 * pack exported in German. Names are looked up in the German catalogue, so the test follows its
 * wording; what it checks is that the page speaks it.
 */
const de = translator('de');
const files = useFileSession();

describe('the main flows in German', () => {
  it('start from the German example, add on the board, edit in the panel, read findings and export a German board pack', async () => {
    const t = await openApp(files.session, { viewport: { width: 1280, height: 720 } });
    try {
      t.bridge.displayPreferences = { ...t.bridge.displayPreferences, language: 'de' };
      await t.app.reload();
      expect(await t.page.locator('html').getAttribute('lang')).toBe('de');

      // First run, then the example plan written in German.
      await t.page.getByRole('button', { name: new RegExp(`^${de('app.firstRun.example')}`) }).click();
      await t.page.locator('main.view').waitFor();
      const tabs = (await t.page.getByRole('tab').allInnerTexts()).map((s) => s.trim());
      expect(tabs).toEqual(VIEW_CATALOGUE.map((view) => de(view.labelKey)));
      await expect.poll(() => t.page.locator('main.view').innerText()).toContain('Kundengewinnung');

      // The board: add an objective to the first pillar with its German quick-add.
      await t.page.getByRole('tab', { name: de('menu.view.board') }).click();
      const firstPillar = t.page.locator('.board [data-item-kind="pillar"]').first();
      await firstPillar.getByRole('button', { name: de('board.objective.addTo', { title: 'Kundengewinnung' }) }).click();
      await t.page.keyboard.type('Kundenbindung durch Empfehlungen stärken');
      await t.page.keyboard.press('Enter');
      await t.page.keyboard.press('Escape');
      await expect.poll(() => firstPillar.innerText()).toContain('Kundenbindung durch Empfehlungen stärken');
      expect(await firstPillar.innerText()).toContain(de('domain.kind.objective.count', { count: 2 }));

      // The detail panel: choose a status by its German name.
      await t.page.locator('.board .application-card__title').first().click();
      const panel = t.page.getByTestId('detail-panel');
      await panel.waitFor();
      await panel.getByLabel(de('details.status'), { exact: true }).selectOption({ label: de('domain.status.pilot') });
      await expect.poll(() => t.page.locator('.board .application-card').first().innerText()).toContain(de('domain.status.pilot'));
      await t.page.screenshot({ path: screenshotPath('german-board-panel.png') });

      // Findings in German.
      await t.page.keyboard.press('Escape');
      await t.page.getByRole('tab', { name: de('menu.view.checks') }).click();
      await expect.poll(() => t.page.locator('main.view').innerText()).toContain(de('findings.title'));

      // A board pack in German: pdftotext finds German section titles and umlauts intact.
      await t.app.blurFocus();
      await t.page.keyboard.press('Control+e');
      const dialog = t.page.getByRole('dialog', { name: de('export.title') });
      await dialog.waitFor();
      const out = join(t.dir, 'vorstandsunterlage.pdf');
      t.bridge.nextPdfPath = out;
      await dialog.getByRole('button', { name: new RegExp(`^${de('export.submit').replace('…', '')}`) }).click();
      // "vorstandsunterlage.pdf in <folder> gespeichert".
      await dialog.getByText(/vorstandsunterlage\.pdf.*gespeichert/).waitFor({ timeout: 60_000 });
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
      expect(text).toContain(de('pdf.section.matrix'));
      expect(text).toContain('Kundengewinnung');
      expect(text).toContain('Kundenbindung durch Empfehlungen stärken');
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  }, 150_000);
});
