import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAppPerTest, type TestApp } from './harness/app-session';
import { BoardPage } from './pages/board-page';
import { ExportPage } from './pages/export-page';

/*
 * While a modal dialog is open, only the dialog takes input: no shortcut and no menu command acts on
 * the plan behind it. Each test makes one edit first, so a stray Ctrl+Z would visibly undo it.
 */

let t: TestApp;
let board: BoardPage;
let exporting: ExportPage;

const PILLAR = 'Customer Acquisition';
const RENAMED = 'Growth';
const LEADS = 'Increase lead generation';

useAppPerTest(async (opened) => {
  t = opened;
  board = new BoardPage(t.app);
  exporting = new ExportPage(t.app);
  await t.app.startFromExample();
  await t.app.renamePillar(PILLAR, RENAMED);
});

describe('the delete confirmation', () => {
  it('keeps Ctrl+Z and the menu’s Undo from undoing an earlier edit behind it; after Keep it, Ctrl+Z undoes as usual', async () => {
    await board.open();
    await board.askToDelete('objective', LEADS);

    await t.page.keyboard.press('Control+z');
    await t.bridge.sendCommand('undo');
    await t.bridge.sendCommand('new-blank');
    expect(await board.deleteConfirmation.isVisible()).toBe(true);
    await board.keepIt();

    expect(await board.item('pillar', RENAMED).isVisible()).toBe(true);
    expect(await board.objectivesOf(RENAMED)).toContain(LEADS);
    expect(await t.app.isDirty()).toBe(true);
    expect(t.bridge.unsavedPrompts).toEqual([]);

    await t.app.undoWithKeyboard();
    await board.item('pillar', PILLAR).waitFor();
    expect(await t.app.isDirty()).toBe(false);
  });

  it('still answers its own keys: Tab stays inside it, Enter presses the focused button, Escape cancels', async () => {
    await board.open();
    await board.askToDelete('objective', LEADS);
    const keep = board.deleteConfirmation.getByRole('button', { name: 'Keep it' });
    const remove = board.deleteConfirmation.getByRole('button', { name: 'Delete' });
    await expect.poll(() => keep.evaluate((button) => button === document.activeElement)).toBe(true);
    await t.page.keyboard.press('Tab');
    await expect.poll(() => remove.evaluate((button) => button === document.activeElement)).toBe(true);
    await t.page.keyboard.press('Tab');
    await expect.poll(() => keep.evaluate((button) => button === document.activeElement)).toBe(true);
    await t.page.keyboard.press('Enter');
    await board.deleteConfirmation.waitFor({ state: 'hidden' });
    expect(await board.objectivesOf(RENAMED)).toContain(LEADS);

    await board.askToDelete('objective', LEADS);
    await t.page.keyboard.press('Escape');
    await board.deleteConfirmation.waitFor({ state: 'hidden' });
    expect(await board.objectivesOf(RENAMED)).toContain(LEADS);
  });
});

describe('the export dialog', () => {
  it('keeps Ctrl+Z and menu commands from acting on the plan behind it; after Escape, Ctrl+Z undoes as usual', async () => {
    await exporting.openWithKeyboard();

    await t.page.keyboard.press('Control+z');
    await t.bridge.sendCommand('undo');
    await t.bridge.sendCommand('new-blank');
    expect(await exporting.dialog.isVisible()).toBe(true);
    await t.page.keyboard.press('Escape');
    await exporting.dialog.waitFor({ state: 'hidden' });

    expect(await t.app.pillarTitles()).toContain(RENAMED);
    expect(await t.app.isDirty()).toBe(true);
    expect(t.bridge.unsavedPrompts).toEqual([]);

    await t.app.undoWithKeyboard();
    await expect.poll(() => t.app.pillarTitles()).toContain(PILLAR);
  });

  it('is the shared modal dialog: named, modal, focus on the first choice, Tab wraps inside it', async () => {
    await exporting.openWithKeyboard();
    expect(await exporting.dialog.getAttribute('aria-modal')).toBe('true');
    const a4 = exporting.dialog.getByRole('radio', { name: /^A4/ });
    await expect.poll(() => a4.evaluate((radio) => radio === document.activeElement)).toBe(true);
    await expect.poll(() => exporting.exportButton.isEnabled()).toBe(true);
    await exporting.exportButton.focus();
    await t.page.keyboard.press('Tab');
    await expect.poll(() => a4.evaluate((radio) => radio === document.activeElement)).toBe(true);
    await t.page.keyboard.press('Shift+Tab');
    await expect.poll(() => exporting.exportButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await exporting.cancel();
  });
});

describe('the error dialog', () => {
  it('keeps a menu Undo from acting behind it', async () => {
    t.bridge.nextUnsavedChoice = 'discard';
    await t.app.openFile(join(t.dir, 'missing.aiplan'));
    await t.app.errorDialog.waitFor();
    await t.bridge.sendCommand('undo');
    await t.app.dismissError();
    expect(await t.app.pillarTitles()).toContain(RENAMED);
  });
});
