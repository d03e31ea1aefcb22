import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAppPerTest, type TestApp } from './harness/app-session';
import { keepForReadme, screenshotPath } from './harness/screenshots';

/*
 * Screenshots at projector size for people to look at (tests/.output/, git-ignored). With
 * UPDATE_SCREENSHOTS=1 the outline shot also replaces the README's assets/screenshots/outline.png.
 */
let t: TestApp;

useAppPerTest(async (opened) => {
  t = opened;
});

describe('screenshots at 1280×720', () => {
  it('first-run screen', async () => {
    t.bridge.recentFiles = ['/home/sam/Documents/Board off-site 2027.aiplan', '/home/sam/Documents/Ops automation.aiplan'];
    await t.app.reload();
    await t.page.getByText('Recent plans').waitFor();
    await t.app.screenshot(screenshotPath('first-run.png'));
    expect(t.pageErrors).toEqual([]);
  });

  it('outline of the example plan', async () => {
    await t.app.startFromExample();
    await t.page.getByRole('button', { name: 'Pillar title: Customer Acquisition', exact: true }).focus();
    await t.app.blurFocus();
    const path = screenshotPath('outline.png');
    await t.app.screenshot(path);
    await keepForReadme(path, 'outline.png');
    expect(t.pageErrors).toEqual([]);
  });

  it('error dialog over the outline', async () => {
    await t.app.startFromExample();
    const broken = join(t.dir, 'Quarterly plan.aiplan');
    await writeFile(broken, '{"format":"ai-alignment-plan","version":1,"meta":{"title":""},"pillars":[]}');
    await t.app.openFile(broken);
    await t.app.errorDialog.waitFor();
    await t.app.screenshot(screenshotPath('error-dialog.png'));
  });

  it('editing a pillar title, with the focus ring', async () => {
    await t.app.startFromExample();
    await t.page.getByRole('button', { name: 'Pillar title: Operational Efficiency', exact: true }).dblclick();
    await t.page.getByRole('button', { name: 'Add objective to Customer Acquisition' }).focus();
    await t.page.keyboard.press('Shift+Tab');
    await t.page.keyboard.press('Tab');
    await t.app.screenshot(screenshotPath('focus.png'));
  });
});
