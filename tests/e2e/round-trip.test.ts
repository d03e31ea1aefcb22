import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFromText } from '../../shared/plan-load';
import { useAppPerTest, type TestApp } from './harness/app-session';

let t: TestApp;

const e2e = useAppPerTest(async (opened) => {
  t = opened;
});

describe('the plan file round trip', () => {
  it('saves a renamed pillar to disk and shows it again after a reload and open', async () => {
    const { app, dir } = t;
    await app.startFromExample();
    expect(await app.pillarTitles()).toEqual(['Customer Acquisition', 'Operational Efficiency', 'Product Innovation', 'Customer Retention']);

    await app.renamePillar('Customer Acquisition', 'Growth in Łódź & 東京');
    const path = join(dir, 'offsite.aiplan');
    await app.save(path);

    const onDisk = await readFile(path, 'utf8');
    const loaded = loadPlanFromText(onDisk);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.plan.pillars.map((p) => p.title)).toContain('Growth in Łódź & 東京');
    expect(t.bridge.calls.find((c) => c.method === 'savePlanAs')).toEqual({ method: 'savePlanAs', suggestedName: 'AI alignment plan.aiplan' });

    await app.reload();
    await app.firstRun.waitFor();
    await app.openFile(path);
    await app.outline.waitFor();
    expect(await app.pillarTitles()).toContain('Growth in Łódź & 東京');
    expect(await app.isDirty()).toBe(false);
    await expect.poll(() => t.bridge.lastDocumentState).toEqual({ displayName: 'offsite.aiplan', filePath: path, dirty: false });
  });

  it('marks the plan dirty after an edit and clean again after saving, in the page and the window title', async () => {
    const { app, bridge, dir } = t;
    await app.startFromExample();
    expect(await app.isDirty()).toBe(false);
    expect(await app.title()).toBe('AI alignment plan');

    await app.renamePillar('Product Innovation', 'New Products');
    await app.dirtyMarker.waitFor();
    expect(await app.title()).toBe('AI alignment plan •');
    await expect.poll(() => bridge.lastDocumentState?.dirty).toBe(true);

    await app.saveWithKeyboard(join(dir, 'plan.aiplan'));
    expect(await app.title()).toBe('plan.aiplan');
    await expect.poll(() => bridge.lastDocumentState).toEqual({ displayName: 'plan.aiplan', filePath: join(dir, 'plan.aiplan'), dirty: false });
    await expectText(app.statusMessage, 'Saved plan.aiplan');

    // A second save goes straight to the same file, with no dialog.
    await app.renamePillar('New Products', 'Product Innovation');
    await app.save();
    expect(bridge.calls.filter((c) => c.method === 'savePlanAs')).toHaveLength(1);
    expect(bridge.calls.filter((c) => c.method === 'savePlan')).toHaveLength(1);
  });

  it('undoes a rename with Ctrl+Z outside text fields and redoes it with Ctrl+Shift+Z, back to clean', async () => {
    const { app } = t;
    await app.startFromExample();
    await app.renamePillar('Customer Retention', 'Keep Customers');
    expect(await app.isDirty()).toBe(true);

    await app.undoWithKeyboard();
    await app.page.getByRole('button', { name: 'Pillar title: Customer Retention', exact: true }).waitFor();
    // Undoing back to the state as opened is clean again.
    expect(await app.isDirty()).toBe(false);

    await app.redoWithKeyboard();
    await app.page.getByRole('button', { name: 'Pillar title: Keep Customers', exact: true }).waitFor();
    expect(await app.isDirty()).toBe(true);

    await app.undoWithKeyboard();
    await app.page.keyboard.press('Control+y');
    await app.page.getByRole('button', { name: 'Pillar title: Keep Customers', exact: true }).waitFor();
  });

  it('leaves Ctrl+Z inside a text field to the field, not to the plan history', async () => {
    const { app, page } = t;
    await app.startFromExample();
    await app.renamePillar('Customer Retention', 'Keep Customers');

    await page.getByRole('button', { name: 'Pillar title: Operational Efficiency', exact: true }).dblclick();
    const input = page.getByRole('textbox', { name: 'Pillar title' });
    await input.press('End');
    await input.pressSequentially(' Now');
    await input.press('Control+z');
    await input.press('Escape');
    // The earlier rename is still there: the keystroke never reached the plan's undo.
    expect(await app.pillarTitles()).toContain('Keep Customers');
  });

  it('asks before replacing an unsaved plan, and Cancel keeps it', async () => {
    const { app, bridge } = t;
    await app.startFromExample();
    await app.renamePillar('Customer Acquisition', 'Sales');

    bridge.nextUnsavedChoice = 'cancel';
    await app.newFromExampleViaToolbar();
    await expect.poll(() => bridge.unsavedPrompts).toEqual(['AI alignment plan']);
    expect(await app.pillarTitles()).toContain('Sales');
    expect(await app.isDirty()).toBe(true);

    // The menu's command takes the same path.
    await bridge.sendCommand('new-blank');
    await expect.poll(() => bridge.unsavedPrompts.length).toBe(2);
    expect(await app.pillarTitles()).toContain('Sales');

    bridge.nextUnsavedChoice = 'discard';
    await bridge.sendCommand('new-blank');
    await app.page.getByText('No pillars yet').waitFor();
    expect(await app.isDirty()).toBe(false);
  });

  it('saves first when the prompt is answered Save, then goes on', async () => {
    const { app, bridge, dir } = t;
    await app.startFromExample();
    await app.renamePillar('Customer Acquisition', 'Sales');
    bridge.nextUnsavedChoice = 'save';
    bridge.nextSavePath = join(dir, 'kept.aiplan');
    await bridge.sendCommand('new-blank');
    await app.page.getByText('No pillars yet').waitFor();
    const kept = loadPlanFromText(await readFile(join(dir, 'kept.aiplan'), 'utf8'));
    expect(kept.ok && kept.plan.pillars[0]?.title).toBe('Sales');
  });

  it('shows a clear error for a hostile file and keeps the current plan', async () => {
    const { app, dir } = t;
    await app.startFromExample();
    await app.renamePillar('Customer Acquisition', 'Sales');
    const hostile = join(dir, 'hostile.aiplan');
    await writeFile(hostile, '{"__proto__":{"polluted":true}}');

    t.bridge.nextUnsavedChoice = 'discard';
    await app.openFile(hostile);
    await app.errorDialog.waitFor();
    await expectText(app.errorDialog, 'hostile.aiplan could not be opened');
    await expectText(app.errorDialog, '__proto__');
    // Focus is inside the dialog, on OK.
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('OK');

    await app.page.keyboard.press('Escape');
    await app.errorDialog.waitFor({ state: 'hidden' });
    expect(await app.pillarTitles()).toContain('Sales');
    expect(await app.isDirty()).toBe(true);
    expect(await app.page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  });

  it('keeps the plan dirty and in memory when a save fails', async () => {
    const { app, dir } = t;
    await app.startFromExample();
    await app.renamePillar('Customer Acquisition', 'Sales');
    // A folder where the file should be: the save is refused.
    t.bridge.nextSavePath = dir;
    await app.toolbarButton(/^Save$/).click();
    await app.errorDialog.waitFor();
    await expectText(app.errorDialog, 'The plan was not saved');
    await app.dismissError();
    expect(await app.isDirty()).toBe(true);
    expect(await app.pillarTitles()).toContain('Sales');
  });

  it('closes the window only after save-and-close has saved', async () => {
    const { app, bridge, dir } = t;
    await app.startFromExample();
    await app.renamePillar('Customer Acquisition', 'Sales');
    await bridge.sendCommand('save-and-close');
    await expect.poll(() => bridge.calls.some((c) => c.method === 'savePlanAs')).toBe(true);
    expect(bridge.closeRequests).toBe(0);

    bridge.nextSavePath = join(dir, 'closing.aiplan');
    await bridge.sendCommand('save-and-close');
    await expect.poll(() => bridge.closeRequests).toBe(1);
    expect(await app.isDirty()).toBe(false);
  });

  it('loads nothing from outside the app and logs no errors', async () => {
    const { app, pageRequests, pageErrors } = t;
    await app.startFromExample();
    expect(pageRequests.every((url) => url.startsWith(e2e.session.server.origin))).toBe(true);
    expect(e2e.session.server.requests.length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});

async function expectText(locator: import('playwright-core').Locator, text: string): Promise<void> {
  await expect.poll(async () => (await locator.innerText()).includes(text), { timeout: 5000 }).toBe(true);
}
