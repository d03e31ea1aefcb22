import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openPlanFile, savePlanFile } from '../../electron/files/plan-file';
import { addApplication, deleteObjective, updateApplication, updateKpi, updatePillar } from '../../shared/operations/matrix';
import type { Plan } from '../../shared/model';
import { openApp, useFileSession, type TestApp } from './harness/app-session';
import { pinnedToday } from './harness/pinned-clock';
import { PlanHistoryPage } from './pages/plan-history-page';
import { CLI_NOW } from '../unit/cli/run-aiplan';

/*
 * The plan over time (#20) in the app: a named snapshot taken from the File menu and from the end of
 * the workshop agenda, the snapshot list (view, compare, restore, delete, each undoable), what
 * changed between any two states, and a colleague's copy merged with its conflict chosen.
 */

const files = useFileSession();
let t: TestApp;
let history: PlanHistoryPage;

async function open(viewport?: { width: number; height: number }): Promise<void> {
  t = await openApp(files.session, viewport ? { viewport } : {});
  history = new PlanHistoryPage(t.app);
}

afterEach(async (context) => {
  expect(t.pageErrors).toEqual([]);
  await t.close(context.task);
});

const PILLAR = 'Customer Acquisition';
const CHATBOT = 'AI-powered chatbot for website engagement';
/** "24 November 2026": how the app's English writes a day, as the board pack does. */
const appDay = (day: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const FIXTURE_EXAMPLE = fileURLToPath(new URL('../fixtures/example.aiplan', import.meta.url));

/** The example plan file with the same items but another document id: a plan re-made elsewhere, sharing no history. */
async function unrelatedCopy(dir: string): Promise<string> {
  const text = await readFile(FIXTURE_EXAMPLE, 'utf8');
  const path = join(dir, 'made-elsewhere.aiplan');
  await writeFile(path, text.replace(/"documentId": "[^"]+"/, '"documentId": "madeElsewhere"'));
  return path;
}

describe('snapshots', () => {
  it('takes a named snapshot from the File menu as one undo step, and lists it with its date and note', async () => {
    await open();
    await t.app.startFromExample();
    await history.openTakeFromMenu();
    // The suggested name is today's, selected, so typing replaces it.
    expect(await history.nameField.inputValue()).toBe(`Snapshot ${appDay(pinnedToday())}`);
    expect(await history.nameField.evaluate((el: HTMLInputElement) => el === document.activeElement && el.selectionStart === 0 && el.selectionEnd === el.value.length)).toBe(true);
    // An empty name is refused in words, and nothing is taken.
    await history.nameField.fill('  ');
    await history.takeDialog.getByRole('button', { name: 'Take snapshot', exact: true }).click();
    await history.takeDialog.getByText('Give the snapshot a name.').waitFor();
    await history.nameField.fill('Off-site v1');
    await history.noteField.fill('Approved by the board');
    await history.noteField.press('Control+Enter');
    await history.takeDialog.waitFor({ state: 'hidden' });
    expect(await t.app.statusMessage.innerText()).toBe('Snapshot “Off-site v1” taken');
    expect(await t.app.isDirty()).toBe(true);

    await history.openList();
    const listed = await history.snapshots();
    expect(listed.map(({ name, note }) => ({ name, note }))).toEqual([{ name: 'Off-site v1', note: 'Approved by the board' }]);
    expect(listed[0]!.date).toMatch(/2026/);
    await t.page.keyboard.press('Escape');
    await history.listDialog.waitFor({ state: 'hidden' });

    await t.app.undoWithKeyboard();
    await history.openList();
    expect(await history.snapshotNames()).toEqual([]);
    await history.listDialog.getByText('This plan has no snapshot yet.').waitFor();
    await t.page.keyboard.press('Escape');
    await t.app.redoWithKeyboard();
    await history.openList();
    expect(await history.snapshotNames()).toEqual(['Off-site v1']);
  });

  it('opens Take snapshot with Ctrl+Alt+S, the list with Ctrl+Alt+H, What changed with Ctrl+Alt+C and Merge with Ctrl+Alt+M; Escape closes each, taking nothing, and gives the focus back', async () => {
    await open();
    await t.app.startFromExample();
    await t.app.blurFocus();
    await t.page.keyboard.press('Control+Alt+s');
    await history.takeDialog.waitFor();
    await t.page.keyboard.press('Escape');
    await history.takeDialog.waitFor({ state: 'hidden' });
    expect(await t.app.isDirty()).toBe(false);
    const save = t.app.toolbarButton(/^Save$/);
    await save.focus();
    await t.page.keyboard.press('Control+Alt+h');
    await history.listDialog.waitFor();
    await t.page.keyboard.press('Escape');
    await history.listDialog.waitFor({ state: 'hidden' });
    expect(await save.evaluate((el) => el === document.activeElement)).toBe(true);
    for (const [key, dialog] of [['Control+Alt+c', history.compareDialog], ['Control+Alt+m', history.mergeDialog]] as const) {
      await t.page.keyboard.press(key);
      await dialog.waitFor();
      await t.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await save.evaluate((el) => el === document.activeElement)).toBe(true);
    }
    expect(await t.app.isDirty()).toBe(false);
  });

  it('offers Take snapshot at the end of the workshop agenda', async () => {
    await open();
    await t.app.startFromExample();
    await t.page.getByRole('tab', { name: 'Workshop', exact: true }).click();
    const agenda = t.page.getByRole('tab', { name: 'Agenda', exact: true });
    if (await agenda.count()) await agenda.click();
    const start = t.page.getByRole('button', { name: 'Start with the default agenda' });
    if (await start.count()) await start.click();
    await t.page.getByRole('button', { name: 'Take a snapshot of the agreed plan…' }).click();
    await history.takeDialog.waitFor();
    await history.nameField.fill('Off-site agreed');
    await t.page.keyboard.press('Enter');
    await history.takeDialog.waitFor({ state: 'hidden' });
    await history.openList();
    expect(await history.snapshotNames()).toEqual(['Off-site agreed']);
  });

  it('views a snapshot read only, restores it as one undo step keeping the current state, and deletes one after asking', async () => {
    await open();
    await t.app.startFromExample();
    await history.takeSnapshot('Off-site v1');
    await t.app.renamePillar(PILLAR, 'Growth');

    await history.openList();
    const view = await history.view('Off-site v1');
    await view.getByRole('heading', { name: PILLAR }).waitFor();
    expect(await view.getByRole('textbox').count()).toBe(0);
    await view.getByRole('button', { name: 'Back to the snapshots' }).click();
    await history.listDialog.waitFor();

    await history.restore('Off-site v1');
    expect(await t.app.pillarTitles()).toContain(PILLAR);
    expect(await t.app.statusMessage.innerText()).toBe('Restored “Off-site v1”; the plan as it was is kept as a snapshot');
    await history.openList();
    const names = await history.snapshotNames();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^Before restoring “Off-site v1” \(.*2026.*\)$/);
    await t.page.keyboard.press('Escape');
    await t.app.undoWithKeyboard();
    expect(await t.app.pillarTitles()).toContain('Growth');

    await history.openList();
    await history.deleteSnapshot('Off-site v1', false);
    expect(await history.snapshotNames()).toEqual(['Off-site v1']);
    await history.deleteSnapshot('Off-site v1', true);
    expect(await history.snapshotNames()).toEqual([]);
    await t.page.keyboard.press('Escape');
    await t.app.undoWithKeyboard();
    await history.openList();
    expect(await history.snapshotNames()).toEqual(['Off-site v1']);
  });
});

describe('what changed', () => {
  it('compares a snapshot with the plan after edits: grouped by pillar, fields before → after, filtered by kind', async () => {
    await open();
    await t.app.startFromExample();
    await history.takeSnapshot('Off-site v1');
    await t.app.renamePillar(PILLAR, 'Growth');
    await t.app.renameText('AI application title', CHATBOT, 'Website chatbot');

    await history.openList();
    await history.compareWithNow('Off-site v1');
    expect(await history.summary.innerText()).toBe('2 items differ.');
    expect(await history.groupTitles()).toEqual(['Growth']);
    expect(await history.changes('Growth')).toEqual([
      { kind: 'Pillar', label: 'Growth', changes: ['changed'], moved: null, fields: [['Title', PILLAR, 'Growth']] },
      { kind: 'AI application', label: 'Website chatbot', changes: ['changed'], moved: null, fields: [['Title', CHATBOT, 'Website chatbot']] },
    ]);
    expect(await history.filter('Changed').innerText()).toBe('Changed (2)');
    expect(await history.filter('Added').isDisabled()).toBe(true);

    await history.filter('Changed').click();
    expect(await history.filter('Changed').getAttribute('aria-pressed')).toBe('false');
    expect(await history.changes()).toEqual([]);
    await history.compareDialog.getByText('No change of the kinds shown. Switch a filter on above.').waitFor();
    await history.filter('Changed').click();

    // Swapped, the same changes read the other way round.
    await history.compareDialog.getByRole('button', { name: 'Swap' }).click();
    expect((await history.changes())[0]!.fields).toEqual([['Title', 'Growth', PILLAR]]);
    // Back returns to the list it came from; Escape there closes.
    await history.compareDialog.getByRole('button', { name: 'Back to the snapshots' }).click();
    await history.listDialog.waitFor();
  });

  it('asks before comparing with a plan that shares no history, then compares it field by field', async () => {
    await open();
    await t.app.openFile(FIXTURE_EXAMPLE);
    await t.app.renamePillar(PILLAR, 'Growth');
    await history.openCompare();
    await history.chooseFile('From', await unrelatedCopy(t.dir));
    await history.question.getByText('These plans share no history: compare them field by field?').waitFor();
    await history.question.getByRole('button', { name: 'Compare field by field' }).click();
    await history.question.waitFor({ state: 'hidden' });
    expect(await history.side('From').inputValue()).toBe('file');
    const pillar = (await history.changes()).find((c) => c.kind === 'Pillar');
    expect(pillar?.fields).toEqual([['Title', PILLAR, 'Growth']]);
    expect(t.bridge.calls.filter((c) => c.method === 'openPlanForComparison')).toEqual([{ method: 'openPlanForComparison', purpose: 'compare' }]);
    // The file was read, not opened: the open document is still the edited plan.
    expect(await t.app.pillarTitles()).toContain('Growth');
  });
});

/** The copies of the merge story, made from the saved plan by the domain's own editing verbs (not the merge under test). */
async function copiesOf(basePath: string, dir: string): Promise<{ ours: string; theirs: string; newAppId: string; chatbotId: string }> {
  const opened = await openPlanFile(basePath);
  if (opened.status !== 'opened') throw new Error(`base did not open: ${JSON.stringify(opened)}`);
  const base = opened.plan;
  const pillarId = base.pillars.find((p) => p.title === PILLAR)!.id;
  const chatbotId = base.applications.find((a) => a.title === CHATBOT)!.id;
  const orderTimeKpi = base.kpis.find((k) => k.name === 'Average order processing time')!.id;
  const trendsObjective = base.objectives.find((o) => o.title === 'Identify new product opportunities')!.id;
  const leadObjective = base.objectives.find((o) => o.pillarId === pillarId)!.id;
  const newAppId = 'voiceOrders';
  // Ours: the team renames a pillar, adds an application and retitles the chatbot.
  let ours: Plan = updatePillar(base, pillarId, { title: 'Growth' });
  ours = addApplication(ours, { id: newAppId, objectiveId: leadObjective, title: 'Voice assistant for lead qualification' });
  ours = updateApplication(ours, chatbotId, { title: 'Website chatbot (team)' });
  // Theirs: the CFO changes a KPI target, deletes an objective and retitles the chatbot too.
  let theirs: Plan = updateKpi(base, orderTimeKpi, { target: 6 });
  theirs = deleteObjective(theirs, trendsObjective);
  theirs = updateApplication(theirs, chatbotId, { title: 'Website chatbot (CFO)' });
  const oursPath = join(dir, 'ours.aiplan');
  const theirsPath = join(dir, 'theirs.aiplan');
  for (const [path, plan] of [
    [oursPath, ours],
    [theirsPath, theirs],
  ] as const) {
    const saved = await savePlanFile(path, plan);
    if (saved.status !== 'saved') throw new Error(`copy not saved: ${JSON.stringify(saved)}`);
  }
  return { ours: oursPath, theirs: theirsPath, newAppId, chatbotId };
}

describe('merging a colleague’s copy', () => {
  it('merges two copies edited differently over their shared snapshot, with the retitle conflict chosen, as one undo step; the saved file holds both sides', async () => {
    await open();
    await t.app.startFromExample();
    await history.takeSnapshot('Sent to the CFO');
    const basePath = join(t.dir, 'base.aiplan');
    await t.app.save(basePath);
    const copies = await copiesOf(basePath, t.dir);
    // The team's copy as it was before the merge, for aiplan merge below.
    const oursBefore = join(t.dir, 'ours-before.aiplan');
    await copyFile(copies.ours, oursBefore);

    await t.app.openFile(copies.ours);
    await t.page.getByRole('button', { name: 'Pillar title: Growth', exact: true }).waitFor();
    await history.openMerge();
    await history.chooseTheirCopy(copies.theirs);
    await history.conflictItem('Website chatbot (team)').waitFor();
    const summary = await history.mergeSummary.innerText();
    expect(summary).toContain('Their copy: theirs.aiplan');
    expect(summary).toContain('Base: snapshot “Sent to the CFO”, the newest both copies share');
    expect(summary).toContain('1 conflict to choose:');
    expect(await history.conflicts('Website chatbot (team)')).toEqual([{ field: 'Title', base: CHATBOT, mine: 'Website chatbot (team)', theirs: 'Website chatbot (CFO)', chosen: 'Mine' }]);

    await history.choose('Website chatbot (team)', 'Title', 'Theirs');
    expect((await history.conflicts('Website chatbot (team)'))[0]!.chosen).toBe('Theirs');
    await history.takeAll('Website chatbot (team)', 'mine');
    expect((await history.conflicts('Website chatbot (team)'))[0]!.chosen).toBe('Mine');
    await history.takeAll('Website chatbot (team)', 'theirs');
    await history.applyMerge();
    await history.mergeDialog.waitFor({ state: 'hidden' });

    const titles = await t.app.applicationTitles();
    expect(titles).toContain('Website chatbot (CFO)');
    expect(titles).toContain('Voice assistant for lead qualification');
    expect(titles).not.toContain('Machine learning for market trend analysis');
    expect(await t.app.pillarTitles()).toContain('Growth');
    expect(await t.app.objectiveTitles()).not.toContain('Identify new product opportunities');

    // One undo step takes the whole merge back, and redo brings it again.
    await t.app.undoWithKeyboard();
    expect(await t.app.applicationTitles()).toContain('Website chatbot (team)');
    expect(await t.app.objectiveTitles()).toContain('Identify new product opportunities');
    await t.app.redoWithKeyboard();
    expect(await t.app.applicationTitles()).toContain('Website chatbot (CFO)');

    await t.app.save();
    const saved = JSON.parse(await readFile(copies.ours, 'utf8')) as Plan;
    expect(saved.pillars.map((p) => p.title)).toContain('Growth');
    expect(saved.applications.find((a) => a.id === copies.newAppId)?.title).toBe('Voice assistant for lead qualification');
    expect(saved.applications.map((a) => a.title)).toContain('Website chatbot (CFO)');
    expect(saved.kpis.find((k) => k.name === 'Average order processing time')?.target).toBe(6);
    expect(saved.objectives.map((o) => o.title)).not.toContain('Identify new product opportunities');
    expect(saved.history.snapshots.map((s) => s.name)).toContain('Sent to the CFO');

    // aiplan merge: the same merge, the conflict taken from OURS, listed, exit code 3.
    const { runCli } = await import('../../electron/cli/commands');
    let stdout = '';
    let stderr = '';
    const out = join(t.dir, 'cli-merged.aiplan');
    const code = await runCli(['merge', basePath, oursBefore, copies.theirs, out], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      now: () => CLI_NOW,
      env: { LANG: 'en_GB.UTF-8' },
    });
    expect(stderr).toBe('');
    expect(code).toBe(3);
    expect(stdout).toContain('Website chatbot');
    const cli = JSON.parse(await readFile(out, 'utf8')) as Plan;
    // Item for item the same as the app's merge, but for the one conflict, which the CLI resolves to OURS.
    const sameShape = (plan: Plan) => ({
      pillars: plan.pillars.map((p) => [p.id, p.title]),
      objectives: plan.objectives.map((o) => [o.id, o.pillarId, o.title]),
      applications: plan.applications.map((a) => [a.id, a.objectiveId, a.id === copies.chatbotId ? 'the conflict' : a.title]),
      kpis: plan.kpis.map((k) => [k.id, k.applicationId, k.name, k.target]),
    });
    expect(sameShape(cli)).toEqual(sameShape(saved));
    expect(cli.applications.map((a) => a.title)).toContain('Website chatbot (team)');
  }, 90_000);

  it('offers a base file when the copies share no snapshot, and merges over the base chosen', async () => {
    await open();
    await t.app.startFromExample();
    const basePath = join(t.dir, 'base.aiplan');
    await t.app.save(basePath);
    // A new plan is clean before its first save: wait for the file rather than for the dirty mark.
    await expect.poll(() => t.bridge.calls.some((c) => c.method === 'savePlanAs')).toBe(true);
    await t.app.statusMessage.getByText('Saved base.aiplan').waitFor();
    const copies = await copiesOf(basePath, t.dir);
    await t.app.openFile(copies.ours);
    await t.page.getByRole('button', { name: 'Pillar title: Growth', exact: true }).waitFor();
    await history.openMerge();
    await history.chooseTheirCopy(copies.theirs);
    await history.mergeDialog.getByText(/share no snapshot/).waitFor();
    t.app.bridge.nextComparisonPath = basePath;
    await history.mergeDialog.getByRole('button', { name: 'Choose a base file…' }).click();
    await history.conflictItem('Website chatbot (team)').waitFor();
    expect(await history.mergeSummary.innerText()).toContain('Base: file base.aiplan');
    expect(await history.conflicts('Website chatbot (team)')).toHaveLength(1);
    expect(t.bridge.calls.filter((c) => c.method === 'openPlanForComparison').map((c) => (c as { purpose: string }).purpose)).toEqual(['merge', 'base']);
  });

  it('asks before merging a plan that shares no history, then shows every difference as a conflict', async () => {
    await open();
    await t.app.openFile(FIXTURE_EXAMPLE);
    await t.app.renamePillar(PILLAR, 'Growth');
    await history.openMerge();
    await history.chooseTheirCopy(await unrelatedCopy(t.dir));
    await history.question.getByText(/^These plans share no history: merge them field by field\?/).waitFor();
    await history.question.getByRole('button', { name: 'Merge field by field' }).click();
    await history.conflictItem('Growth').waitFor();
    expect((await history.conflicts('Growth'))[0]).toMatchObject({ field: 'Title', mine: 'Growth', theirs: PILLAR, chosen: 'Mine' });
    // Escape cancels, and the plan is as it was.
    await t.page.keyboard.press('Escape');
    await history.mergeDialog.waitFor({ state: 'hidden' });
    expect(await t.app.pillarTitles()).toContain('Growth');
  });
});
