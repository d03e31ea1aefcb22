import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFromText } from '../../shared/plan-load';
import { quarterLabel } from '../../shared/roadmap/months';
import { scheduleOf } from '../../shared/roadmap/schedule-ops';
import { useAppPerTest, type TestApp } from './harness/app-session';
import { RoadmapPage } from './pages/roadmap-page';

let t: TestApp;
let roadmap: RoadmapPage;

useAppPerTest(async (opened) => {
  t = opened;
  roadmap = new RoadmapPage(t.app);
});

const ML = 'Machine learning for market trend analysis';
const RPA = 'Robotic process automation for order entry';
const SERVICE = 'AI-driven personalised customer service';
const DEFAULT_PHASES = [
  { kind: 'pilot', months: 3 },
  { kind: 'refine', months: 2 },
  { kind: 'standardise', months: 2 },
  { kind: 'scale', months: 3 },
];

async function expectPoll<T>(read: () => Promise<T>, expected: T): Promise<void> {
  await expect.poll(read, { timeout: 5000 }).toEqual(expected);
}

describe('the roadmap, by pointer', () => {
  it('schedules, moves, stretches, links and warns; each step undoes; it all survives save and reopen', async () => {
    const { app, dir } = t;
    await app.startFromExample();
    await roadmap.open();
    await roadmap.setZoom('Quarters');
    expect(await t.page.locator('.lane-label__title').allInnerTexts()).toEqual(['Customer Acquisition', 'Operational Efficiency', 'Product Innovation', 'Customer Retention']);
    expect(await roadmap.startOffset(RPA)).toBe(0);

    // Back to the list: the application leaves the timeline.
    await roadmap.dragBarToList(ML);
    await roadmap.unscheduledItem(ML).waitFor();
    expect(await roadmap.bar(ML).count()).toBe(0);

    // From the list into month 3 of its lane: the four default phases appear there.
    await roadmap.dragFromListTo(ML, 'Product Innovation', 2);
    await roadmap.bar(ML).waitFor();
    expect(await roadmap.unscheduledItem(ML).count()).toBe(0);
    expect(await roadmap.startOffset(ML)).toBe(2);
    expect(await roadmap.phases(ML)).toEqual(DEFAULT_PHASES);

    // Two months later.
    await roadmap.moveBar(ML, 2);
    await expectPoll(() => roadmap.startOffset(ML), 4);

    // A longer pilot pushes the later phases along.
    await roadmap.stretchPhase(ML, 'pilot', 2);
    await expectPoll(() => roadmap.phases(ML), [{ kind: 'pilot', months: 5 }, ...DEFAULT_PHASES.slice(1)]);
    expect(await roadmap.startOffset(ML)).toBe(4);

    // The service builds on the order automation: drawn from one bar's end onto the other.
    expect(await t.page.locator('[data-dependency]').count()).toBe(1);
    await roadmap.linkBars(RPA, SERVICE);
    await expectPoll(() => t.page.locator('[data-dependency]').count(), 2);
    expect(await roadmap.warningTexts()).toEqual([]);

    // Dragged before its predecessor finishes: the timeline warns, the arrow turns red.
    await roadmap.moveBar(SERVICE, -4);
    await expectPoll(() => roadmap.startOffset(SERVICE), 8);
    const serviceStart = await roadmap.monthLabelAt(8);
    await expect.poll(async () => (await roadmap.warningTexts()).some((w) => w.includes(`${SERVICE} starts in ${serviceStart}, before ${RPA}`))).toBe(true);
    expect(await t.page.locator('[data-dependency][data-backwards]').count()).toBeGreaterThan(0);
    expect(await roadmap.bar(SERVICE).getAttribute('data-warning')).toBe('true');

    // Undo, step by step.
    await app.undoWithKeyboard();
    await expectPoll(() => roadmap.startOffset(SERVICE), 12);
    expect(await roadmap.warningTexts()).toEqual([]);
    await app.undoWithKeyboard();
    await expectPoll(() => t.page.locator('[data-dependency]').count(), 1);
    await app.undoWithKeyboard();
    await expectPoll(() => roadmap.phases(ML), DEFAULT_PHASES);
    await app.undoWithKeyboard();
    await expectPoll(() => roadmap.startOffset(ML), 2);
    await app.undoWithKeyboard();
    await roadmap.unscheduledItem(ML).waitFor();
    await app.undoWithKeyboard();
    await roadmap.bar(ML).waitFor();
    await expectPoll(() => roadmap.startOffset(ML), 9);
    expect(await app.isDirty()).toBe(false);

    // Redo all six, then save, reopen and find everything in place.
    for (let i = 0; i < 6; i++) await app.redoWithKeyboard();
    await expectPoll(() => roadmap.startOffset(SERVICE), 8);
    const path = join(dir, 'roadmap.aiplan');
    const months = await Promise.all([4, 9, 11, 13].map((offset) => roadmap.monthAt(offset)));
    await app.save(path);

    const saved = loadPlanFromText(await readFile(path, 'utf8'));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const idOf = (title: string) => saved.plan.applications.find((a) => a.title === title)!.id;
    expect(scheduleOf(saved.plan, idOf(ML))!.phases.map((p) => [p.kind, p.start, p.months])).toEqual([
      ['pilot', months[0], 5],
      ['refine', months[1], 2],
      ['standardise', months[2], 2],
      ['scale', months[3], 3],
    ]);
    expect(saved.plan.roadmap.dependencies.some((d) => d.fromId === idOf(RPA) && d.toId === idOf(SERVICE))).toBe(true);

    await app.reload();
    await app.openFile(path);
    await app.outline.waitFor();
    await roadmap.open();
    await roadmap.setZoom('Quarters');
    await roadmap.bar(ML).waitFor();
    expect(await roadmap.startOffset(ML)).toBe(4);
    expect(await roadmap.phases(ML)).toEqual([{ kind: 'pilot', months: 5 }, ...DEFAULT_PHASES.slice(1)]);
    expect(await roadmap.startOffset(SERVICE)).toBe(8);
    expect(await t.page.locator('[data-dependency]').count()).toBe(2);
    expect((await roadmap.warningTexts()).some((w) => w.includes(`before ${RPA}`))).toBe(true);
    expect(t.pageErrors).toEqual([]);
  });

  it('keeps an application in its own pillar’s lane, even when dropped on another', async () => {
    await t.app.startFromExample();
    await roadmap.open();
    await roadmap.dragBarToList(ML);
    await roadmap.dragFromListTo(ML, 'Customer Acquisition', 5);
    await roadmap.bar(ML).waitFor();
    const lane = await t.page.locator('.lane-label', { hasText: 'Product Innovation' }).boundingBox();
    const bar = await roadmap.bar(ML).boundingBox();
    expect(bar!.y).toBeGreaterThanOrEqual(lane!.y);
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(lane!.y + lane!.height);
    expect(await roadmap.startOffset(ML)).toBe(5);
    await expect.poll(() => t.app.statusMessage.innerText()).toContain('Product Innovation');
  });

  it('places milestones by dragging, moves them, renames and deletes them, each one undo step', async () => {
    const { app, page } = t;
    await app.startFromExample();
    await roadmap.open();
    await roadmap.setZoom('Quarters');
    await roadmap.dragPaletteMilestoneTo('Data audit done', 4);
    await roadmap.milestone('Data audit done').waitFor();
    const [placed, moved] = [await roadmap.monthLabelAt(4), await roadmap.monthLabelAt(6)];
    expect(await roadmap.milestone('Data audit done').getAttribute('aria-label')).toContain(placed);
    await roadmap.moveMilestone('Data audit done', 2);
    await expect.poll(() => roadmap.milestone('Data audit done').getAttribute('aria-label')).toContain(moved);

    await page.getByRole('button', { name: 'Milestone title: Data audit done' }).dblclick();
    const input = page.getByRole('textbox', { name: 'Milestone title' });
    await input.fill('Data audit signed off');
    await input.press('Enter');
    await roadmap.milestone('Data audit signed off').waitFor();

    await roadmap.milestone('Data audit signed off').click();
    await page.keyboard.press('Delete');
    await roadmap.milestone('Data audit signed off').waitFor({ state: 'detached' });

    await app.undoWithKeyboard();
    await roadmap.milestone('Data audit signed off').waitFor();
    await app.undoWithKeyboard();
    await roadmap.milestone('Data audit done').waitFor();
    await app.undoWithKeyboard();
    await expect.poll(() => roadmap.milestone('Data audit done').getAttribute('aria-label')).toContain(placed);
    await app.undoWithKeyboard();
    await roadmap.milestone('Data audit done').waitFor({ state: 'detached' });
  });

  it('follows the horizon: a shorter one shows fewer months and flags what runs past it', async () => {
    const { app, page } = t;
    await app.startFromExample();
    await roadmap.open();
    expect(await page.locator('.timeline__month').count()).toBe(24);
    await page.getByLabel('Length', { exact: true }).selectOption('12');
    await expectPoll(() => page.locator('.timeline__month').count(), 12);
    await expect.poll(async () => (await roadmap.warningTexts()).some((w) => w.includes(`${SERVICE} runs past the end of the horizon`))).toBe(true);
    const later = await roadmap.monthAt(3);
    await page.getByLabel('Starts', { exact: true }).fill(later);
    await expectPoll(() => page.locator('.timeline__quarter').first().innerText(), quarterLabel(later));
    await app.undoWithKeyboard();
    await app.undoWithKeyboard();
    await expectPoll(() => page.locator('.timeline__month').count(), 24);
    expect(await roadmap.warningTexts()).toEqual([]);
  });

  it('refuses a dependency that would close a circle, and says why', async () => {
    const { app, page } = t;
    await app.startFromExample();
    await roadmap.open();
    await roadmap.bar(SERVICE).click();
    const section = page.getByTestId('dependency-section');
    await section.getByLabel('Starts after').selectOption({ label: RPA });
    await section.getByRole('button', { name: 'Add dependency' }).click();
    await expectPoll(() => page.locator('[data-dependency]').count(), 2);
    await roadmap.bar(RPA).click();
    await section.getByLabel('Starts after').selectOption({ label: SERVICE });
    await section.getByRole('button', { name: 'Add dependency' }).click();
    await expect.poll(() => section.getByRole('alert').innerText()).toContain('close a circle');
    expect(await page.locator('[data-dependency]').count()).toBe(2);
  });
});

describe('the roadmap, by keyboard alone', () => {
  it('unschedules, schedules from the list, moves and lengthens a bar without a mouse', async () => {
    const { app, page } = t;
    await app.startFromExample();
    await roadmap.openWithKeyboard();
    await roadmap.setZoomWithKeyboard('Quarters');

    await roadmap.bar(ML).focus();
    await page.keyboard.press('Delete');
    await roadmap.unscheduledItem(ML).waitFor();

    await roadmap.unscheduledItem(ML).focus();
    await page.keyboard.press('Enter');
    await roadmap.bar(ML).waitFor();
    expect(await roadmap.startOffset(ML)).toBe(0);
    // The new bar has the focus: arrows go straight on.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-item-kind'))).toBe('application');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectPoll(() => roadmap.startOffset(ML), 2);
    await page.keyboard.press('Shift+ArrowRight');
    await expectPoll(() => roadmap.phases(ML), [...DEFAULT_PHASES.slice(0, 3), { kind: 'scale', months: 4 }]);
    await page.keyboard.press('ArrowLeft');
    await expectPoll(() => roadmap.startOffset(ML), 1);

    await page.keyboard.press('Control+z');
    await expectPoll(() => roadmap.startOffset(ML), 2);
    await page.keyboard.press('Delete');
    await roadmap.unscheduledItem(ML).waitFor();
  });

  it('reaches the Unscheduled list with Tab and schedules with Enter', async () => {
    const { app, page } = t;
    await app.startFromExample();
    await roadmap.openWithKeyboard();
    await roadmap.bar(ML).focus();
    await page.keyboard.press('Delete');
    await roadmap.unscheduledItem(ML).waitFor();
    await page.getByLabel('Length', { exact: true }).focus();
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await roadmap.unscheduledItem(ML).evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await roadmap.bar(ML).waitFor();
  });
});
