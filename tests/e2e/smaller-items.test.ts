import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialisePlan } from '../../shared/plan-load';
import { generatePlan } from '../fixtures/generate-plan';
import { useAppPerTest, type TestApp } from './harness/app-session';
import { BoardPage } from './pages/board-page';
import { InsightPage } from './pages/insight-page';

/* Issue 13, item 8: the smaller things a room notices. */
let t: TestApp;

useAppPerTest(async (opened) => {
  t = opened;
  await t.app.startFromExample();
});

describe('the board’s quick-add buttons', () => {
  it('say where they add, as the outline’s do', async () => {
    const board = new BoardPage(t.app);
    await board.open();
    const names = await board.board.locator('.quick-add').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? (b.textContent ?? '').trim()));
    expect(names).toEqual(
      expect.arrayContaining([
        'Add objective to Customer Acquisition',
        'Add AI application to Increase lead generation',
        'Add KPI to AI-powered chatbot for website engagement',
      ]),
    );
    expect(names).not.toContain('+ Add objective');
  });
});

describe('the KPI panel without check-ins', () => {
  it('says "No check-ins yet." once', async () => {
    const insight = new InsightPage(t.page);
    await insight.selectKpi('Qualified leads per month');
    await insight.checkins.waitFor();
    const text = await insight.checkins.innerText();
    expect(text.split('No check-ins yet.').length - 1).toBe(1);
  });
});

describe('Enter on a focused title', () => {
  it('opens it for editing with the caret at the end, not the whole text selected to be typed over', async () => {
    const board = new BoardPage(t.app);
    await board.open();
    await t.page.getByRole('button', { name: 'Pillar title: Customer Acquisition', exact: true }).focus();
    await t.page.keyboard.press('Enter');
    const field = t.page.getByRole('textbox', { name: 'Pillar title' });
    await field.waitFor();
    const selection = await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd, input.value.length]);
    expect(selection).toEqual([selection[2], selection[2], 'Customer Acquisition'.length]);
    await t.page.keyboard.type(' and Growth');
    await t.page.keyboard.press('Enter');
    await t.page.getByRole('button', { name: 'Pillar title: Customer Acquisition and Growth', exact: true }).waitFor();
  });
});

describe('a pillar on the board', () => {
  it('moves only from its grip: dragging its header leaves the columns where they were', async () => {
    const board = new BoardPage(t.app);
    await board.open();
    const before = await board.pillarTitles();
    // Onto the first column's tag, left of its middle: a drag that started would land before it.
    const target = board.pillarColumn('Customer Acquisition').locator('.pillar-header__tag');
    await board.dragTo(board.pillarColumn('Operational Efficiency').locator('.pillar-header__counts'), target);
    await board.drop();
    expect(await board.pillarTitles()).toEqual(before);
    expect(await t.app.isDirty()).toBe(false);

    await board.dragTo(board.handle('pillar', 'Operational Efficiency'), target);
    await board.drop();
    expect(await board.pillarTitles()).toEqual([before[1], before[0], ...before.slice(2)]);
  });
});

describe('the board’s filter row at 1280×720', () => {
  it('stays on one line when a filter is turned on', async () => {
    const board = new BoardPage(t.app);
    await board.open();
    expect(await board.filterRowLines()).toBe(1);
    await board.filterByStatus('Pilot');
    await expect.poll(() => board.filterCount()).toMatch(/^\d+ of 4 match$/);
    expect(await board.filterRowLines()).toBe(1);
  });
});

describe('the Dimensions view of a long plan', () => {
  it('keeps its column headers in sight when a row far down is brought into view', async () => {
    const path = join(t.dir, 'long.aiplan');
    await writeFile(path, serialisePlan(generatePlan({ pillars: 3, objectivesPerPillar: 3, applicationsPerObjective: 4, kpisPerApplication: 1, scheduled: false, startMonth: '2027-01' })));
    await t.app.openFile(path);
    const insight = new InsightPage(t.page);
    await insight.showView('Dimensions');
    await insight.dimensionsRows().last().scrollIntoViewIfNeeded();
    expect(await insight.dimensionsHeaderInSight('Addressed')).toBe(true);
  });
});
