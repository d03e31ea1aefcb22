import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AUTOSAVE_DELAY_MS } from '../../renderer/recovery/autosave';
import { openApp, startFileSession, type FileSession, type TestApp } from './harness/app-session';
import { RecoveryPage } from './pages/recovery-page';

/*
 * Crash recovery in the built app: edits are kept in a recovery copy in the app's data folder a few
 * seconds after the last change; a page closed without saving ("a crash") and a new page (the next
 * start) offer to restore them, and restoring brings every edit back, still unsaved.
 */

let session: FileSession;
let recoveryDir: string;
const opened: TestApp[] = [];

beforeAll(async () => {
  session = await startFileSession();
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  recoveryDir = await mkdtemp(join(tmpdir(), 'aiplan-e2e-recovery-'));
});
afterEach(async ({ task }) => {
  for (const t of opened.splice(0)) await t.close(task);
  await rm(recoveryDir, { recursive: true, force: true });
});

async function start(): Promise<TestApp & { recovery: RecoveryPage }> {
  const t = await openApp(session, { recoveryDir });
  opened.push(t);
  return Object.assign(t, { recovery: new RecoveryPage(t.page) });
}

const copies = async () => (await readdir(recoveryDir)).filter((name) => name.endsWith('.recovery'));

async function editsThatMustSurvive(t: TestApp): Promise<void> {
  await t.app.startFromExample();
  await t.app.renameText('Plan title', 'AI alignment plan', 'Off-site plan for Łódź');
  await t.app.renamePillar('Customer Acquisition', 'Growth in 東京');
  await t.app.addPillar('Data Foundations');
}

describe('crash recovery', () => {
  it('keeps a recovery copy after the last change, offers it after a crash, and restores every edit', async () => {
    const first = await start();
    await editsThatMustSurvive(first);
    expect(await copies()).toEqual([]);
    await expect.poll(copies, { timeout: AUTOSAVE_DELAY_MS + 5000 }).toHaveLength(1);

    // The crash: the page goes away without saving and without any goodbye.
    await first.context.close();
    opened.splice(opened.indexOf(first), 1);

    const next = await start();
    await next.recovery.offer.waitFor();
    expect(await next.recovery.offeredTitles()).toEqual(['Off-site plan for Łódź']);
    expect(await next.recovery.offer.innerText()).toMatch(/Last changed .*never saved/);
    // The offer sits on top of the first-run screen and has focus.
    expect(await next.app.firstRun.isVisible()).toBe(true);
    expect(await next.page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);

    await next.recovery.restore('Off-site plan for Łódź');
    await next.app.outline.waitFor();
    await next.recovery.offer.waitFor({ state: 'hidden' });
    expect(await next.app.planTitle()).toBe('Off-site plan for Łódź');
    expect(await next.app.pillarTitles()).toEqual(['Growth in 東京', 'Operational Efficiency', 'Product Innovation', 'Customer Retention', 'Data Foundations']);
    // Restored edits are unsaved until the user saves them.
    expect(await next.app.isDirty()).toBe(true);
    expect(await copies()).toHaveLength(1);

    // A clean save removes the copy.
    await next.app.save(join(next.dir, 'offsite.aiplan'));
    await expect.poll(copies).toEqual([]);
  });

  it('writes the copy at once when the window loses focus, and a clean save removes it', async () => {
    const t = await start();
    await t.app.startFromExample();
    await t.app.renamePillar('Customer Retention', 'Keep Customers');
    await t.page.evaluate(() => window.dispatchEvent(new Event('blur')));
    await expect.poll(copies, { timeout: 2000 }).toHaveLength(1);

    await t.app.save(join(t.dir, 'plan.aiplan'));
    await expect.poll(copies).toEqual([]);
  });

  it('restores a plan that had a file with that file, and discarding a copy removes it for good', async () => {
    const first = await start();
    await first.app.startFromExample();
    const path = join(first.dir, 'q3.aiplan');
    await first.app.save(path);
    await first.app.addPillar('Data Foundations');
    await first.page.evaluate(() => window.dispatchEvent(new Event('blur')));
    await expect.poll(copies).toHaveLength(1);
    await first.context.close();
    opened.splice(opened.indexOf(first), 1);

    const second = await start();
    await second.recovery.offer.waitFor();
    expect(await second.recovery.offer.innerText()).toContain('q3.aiplan');
    await second.recovery.restore('AI alignment plan');
    await second.app.outline.waitFor();
    expect(await second.app.pillarTitles()).toContain('Data Foundations');
    await expect.poll(() => second.bridge.lastDocumentState).toEqual({ displayName: 'q3.aiplan', filePath: path, dirty: true });
    await second.context.close();
    opened.splice(opened.indexOf(second), 1);

    const third = await start();
    await third.recovery.offer.waitFor();
    await third.recovery.discard('AI alignment plan');
    await third.recovery.offer.waitFor({ state: 'hidden' });
    expect(await copies()).toEqual([]);
    expect(await third.app.firstRun.isVisible()).toBe(true);
  });

  it('removes the copy when the edits are discarded for another plan', async () => {
    const t = await start();
    await t.app.startFromExample();
    await t.app.renamePillar('Customer Retention', 'Keep Customers');
    await t.page.evaluate(() => window.dispatchEvent(new Event('blur')));
    await expect.poll(copies).toHaveLength(1);
    t.bridge.nextUnsavedChoice = 'discard';
    await t.bridge.sendCommand('new-blank');
    await t.page.getByText('No pillars yet').waitFor();
    await expect.poll(copies).toEqual([]);
  });
});
