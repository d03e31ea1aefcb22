import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFromText, serialisePlan } from '../../shared/plan-load';
import { useAppPerTest, type TestApp } from './harness/app-session';
import { RecoveryPage } from './pages/recovery-page';

/*
 * The plan's file changes behind the app (a sync client, a colleague), vanishes, or cannot be
 * written: the app asks, keeps the user's work in memory and offers Save As.
 */

let t: TestApp;
let recovery: RecoveryPage;

useAppPerTest(async (opened) => {
  t = opened;
  recovery = new RecoveryPage(t.page);
});

async function savedAndEdited(): Promise<string> {
  const path = join(t.dir, 'q3.aiplan');
  await t.app.startFromExample();
  await t.app.save(path);
  await t.app.addPillar('Data Foundations');
  await t.app.dirtyMarker.waitFor();
  return path;
}

async function changeBehindTheApp(path: string): Promise<string> {
  const loaded = loadPlanFromText(await readFile(path, 'utf8'));
  if (!loaded.ok) throw new Error('fixture');
  const theirs = serialisePlan({ ...loaded.plan, meta: { ...loaded.plan.meta, title: 'Changed by a colleague' } });
  await writeFile(path, theirs);
  return theirs;
}

const titleOnDisk = async (path: string) => {
  const loaded = loadPlanFromText(await readFile(path, 'utf8'));
  return loaded.ok ? loaded.plan.meta.title : null;
};

describe('the file changed on disk', () => {
  it('asks before saving over a changed file; Save As keeps both versions', async () => {
    const path = await savedAndEdited();
    const theirs = await changeBehindTheApp(path);

    await t.app.toolbarButton(/^Save$/).click();
    await recovery.question.waitFor();
    expect(await recovery.question.innerText()).toContain('“q3.aiplan” was changed by another program');
    for (const label of ['Overwrite', 'Save As…', 'Reload from disk', 'Cancel']) await recovery.question.getByRole('button', { name: label }).waitFor();

    t.bridge.nextSavePath = join(t.dir, 'q3 mine.aiplan');
    await recovery.answer('Save As…');
    await t.app.waitForClean();
    expect(await readFile(path, 'utf8')).toBe(theirs);
    const mine = loadPlanFromText(await readFile(join(t.dir, 'q3 mine.aiplan'), 'utf8'));
    expect(mine.ok && mine.plan.pillars.map((p) => p.title)).toContain('Data Foundations');
  });

  it('overwrites only when told to', async () => {
    const path = await savedAndEdited();
    await changeBehindTheApp(path);
    await t.app.toolbarButton(/^Save$/).click();
    await recovery.answer('Cancel');
    expect(await titleOnDisk(path)).toBe('Changed by a colleague');
    expect(await t.app.isDirty()).toBe(true);

    await t.app.toolbarButton(/^Save$/).click();
    await recovery.answer('Overwrite');
    await t.app.waitForClean();
    expect(await titleOnDisk(path)).toBe('AI alignment plan');
  });

  it('reloads the file from disk after confirming that the edits will be lost', async () => {
    const path = await savedAndEdited();
    await changeBehindTheApp(path);
    await t.app.toolbarButton(/^Save$/).click();
    await recovery.answer('Reload from disk');
    await recovery.question.getByText('Your unsaved changes to this plan will be lost').waitFor();
    await recovery.answer('Discard my changes and reload');
    await t.app.waitForClean();
    expect(await t.app.planTitle()).toBe('Changed by a colleague');
    expect(await t.app.pillarTitles()).not.toContain('Data Foundations');
  });

  it('notices the change when the window regains focus', async () => {
    const path = await savedAndEdited();
    await changeBehindTheApp(path);
    await recovery.switchAwayAndBack();
    await recovery.question.waitFor();
    expect(await recovery.question.innerText()).toContain('was changed by another program');
    await recovery.answer('Keep editing');
    // Asked once: switching back again does not nag about the same change.
    await recovery.switchAwayAndBack();
    await t.page.waitForTimeout(300);
    expect(await recovery.question.isVisible()).toBe(false);
  });

  it('says when the file was moved or deleted, and can save it there again', async () => {
    const path = await savedAndEdited();
    await unlink(path);
    await recovery.switchAwayAndBack();
    await recovery.question.waitFor();
    expect(await recovery.question.innerText()).toContain('“q3.aiplan” was moved or deleted');
    await recovery.answer('Cancel');

    await t.app.toolbarButton(/^Save$/).click();
    await recovery.question.getByText('was moved or deleted').waitFor();
    await recovery.answer('Save here again');
    await t.app.waitForClean();
    const loaded = loadPlanFromText(await readFile(path, 'utf8'));
    expect(loaded.ok && loaded.plan.pillars.map((p) => p.title)).toContain('Data Foundations');
  });
});

describe('a save that fails', () => {
  it.each([
    ['EACCES', /permission to write "q3.aiplan"/],
    ['ENOSPC', /disk is full/],
  ])('on %s names the problem, keeps the plan unsaved and the old file intact, and Save As then works', async (errno, message) => {
    const path = await savedAndEdited();
    const before = await readFile(path, 'utf8');
    t.bridge.recovery.failNextSaveWith = errno;
    await t.app.toolbarButton(/^Save$/).click();
    await t.app.errorDialog.waitFor();
    expect(await t.app.errorDialog.innerText()).toContain('The plan was not saved');
    expect(await t.app.errorDialog.innerText()).toMatch(message);
    expect(await t.app.isDirty()).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(before);

    t.bridge.nextSavePath = join(t.dir, 'elsewhere.aiplan');
    await t.app.errorDialog.getByRole('button', { name: 'Save As…' }).click();
    await t.app.waitForClean();
    const saved = loadPlanFromText(await readFile(join(t.dir, 'elsewhere.aiplan'), 'utf8'));
    expect(saved.ok && saved.plan.pillars.map((p) => p.title)).toContain('Data Foundations');
  });
});
