import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openApp, startFileSession, type FileSession, type TestApp } from './harness/app-session';

/*
 * Screenshots at projector size for people to look at (tests/.output/, git-ignored). With
 * UPDATE_SCREENSHOTS=1 the outline shot also replaces the README's assets/screenshots/outline.png.
 */
const OUTPUT = fileURLToPath(new URL('../.output/', import.meta.url));
const README_SHOTS = fileURLToPath(new URL('../../assets/screenshots/', import.meta.url));

let session: FileSession;
let t: TestApp;

beforeAll(async () => {
  session = await startFileSession();
  await mkdir(OUTPUT, { recursive: true });
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  t = await openApp(session);
});
afterEach(async ({ task }) => {
  await t?.close(task);
});

describe('screenshots at 1280×720', () => {
  it('first-run screen', async () => {
    t.bridge.recentFiles = ['/home/sam/Documents/Board off-site 2027.aiplan', '/home/sam/Documents/Ops automation.aiplan'];
    await t.app.reload();
    await t.page.getByText('Recent plans').waitFor();
    await t.app.screenshot(join(OUTPUT, 'first-run.png'));
    expect(t.pageErrors).toEqual([]);
  });

  it('outline of the example plan', async () => {
    await t.app.startFromExample();
    await t.page.getByRole('button', { name: 'Pillar title: Customer Acquisition', exact: true }).focus();
    await t.app.blurFocus();
    const path = join(OUTPUT, 'outline.png');
    await t.app.screenshot(path);
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await mkdir(README_SHOTS, { recursive: true });
      await copyFile(path, join(README_SHOTS, 'outline.png'));
    }
    expect(t.pageErrors).toEqual([]);
  });

  it('error dialog over the outline', async () => {
    await t.app.startFromExample();
    const broken = join(t.dir, 'Quarterly plan.aiplan');
    await writeFile(broken, '{"format":"ai-alignment-plan","version":1,"meta":{"title":""},"pillars":[]}');
    await t.app.openFile(broken);
    await t.app.errorDialog.waitFor();
    await t.app.screenshot(join(OUTPUT, 'error-dialog.png'));
  });

  it('editing a pillar title, with the focus ring', async () => {
    await t.app.startFromExample();
    await t.page.getByRole('button', { name: 'Pillar title: Operational Efficiency', exact: true }).dblclick();
    await t.page.getByRole('button', { name: 'Add objective to Customer Acquisition' }).focus();
    await t.page.keyboard.press('Shift+Tab');
    await t.page.keyboard.press('Tab');
    await t.app.screenshot(join(OUTPUT, 'focus.png'));
  });
});
