import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHECKS } from '../../shared/checks/check-catalogue';
import { openApp, startFileSession, type FileSession, type TestApp } from './harness/app-session';
import { InsightPage } from './pages/insight-page';

let session: FileSession;
let t: TestApp;
let insight: InsightPage;

beforeAll(async () => {
  session = await startFileSession();
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  t = await openApp(session);
  insight = new InsightPage(t.page);
  await t.app.startFromExample();
});
afterEach(async (context) => {
  expect(t.pageErrors).toEqual([]);
  await t.close(context.task);
});

const ML = 'Machine learning for market trend analysis';
const CHATBOT = 'AI-powered chatbot for website engagement';

describe('prioritisation 2×2', () => {
  it('dragging a card with a real pointer sets both scores, snapped to the grid, as one undo step', async () => {
    await insight.showView('Priorities');
    expect(await insight.cardScores(ML)).toEqual({ impact: 3, feasibility: 2 });
    await insight.dragCardToCell(ML, 5, 4);
    await expect.poll(() => insight.cardScores(ML)).toEqual({ impact: 5, feasibility: 4 });
    await expect.poll(() => insight.cell(5, 4).getByTestId('priority-card').filter({ hasText: ML }).count()).toBe(1);
    expect(await insight.card(ML).getByTestId('card-scores').innerText()).toBe('Impact 5 · Feas. 4');
    // The dropped card is selected, and the detail panel shows the same scores.
    expect(await insight.card(ML).getAttribute('data-selected')).not.toBeNull();
    await t.page.getByTestId('detail-panel').waitFor();
    await expect.poll(() => insight.detailPanelScores()).toEqual({ impact: 5, feasibility: 4 });
    await t.app.undoWithKeyboard();
    await expect.poll(() => insight.cardScores(ML)).toEqual({ impact: 3, feasibility: 2 });
  });

  it('moves a focused card with the arrow keys and keeps focus on it', async () => {
    await insight.showView('Priorities');
    await insight.card(ML).focus();
    await t.page.keyboard.press('ArrowUp');
    await t.page.keyboard.press('ArrowRight');
    await t.page.keyboard.press('ArrowRight');
    await expect.poll(() => insight.cardScores(ML)).toEqual({ impact: 4, feasibility: 4 });
    expect(await t.page.evaluate(() => document.activeElement?.getAttribute('data-item-id'))).toBe(await insight.card(ML).getAttribute('data-item-id'));
  });

  it('labels the quadrants and advises when no starter or more than two are marked', async () => {
    await insight.showView('Priorities');
    expect(await t.page.getByTestId('quadrant').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Start here'), expect.stringContaining('Quick wins'), expect.stringContaining('Plan carefully'), expect.stringContaining('Avoid for now')]),
    );
    expect(await insight.starterAdvice.getAttribute('data-status')).toBe('ok');
    await insight.starterCheckbox(CHATBOT).uncheck();
    await insight.starterCheckbox('Robotic process automation').uncheck();
    await expect.poll(() => insight.starterAdvice.getAttribute('data-status')).toBe('none-marked');
    expect(await insight.starterAdvice.innerText()).toContain('No starter project is marked');
    for (const title of [CHATBOT, 'Robotic process automation', 'AI-driven personalised customer service']) await insight.starterCheckbox(title).check();
    await expect.poll(() => insight.starterAdvice.getAttribute('data-status')).toBe('too-many');
    const suggested = t.page.getByTestId('suggested-starters');
    expect(await suggested.innerText()).toContain('High impact with workable feasibility');
  });
});

describe('findings', () => {
  it('an unaligned idea raises a finding live; clicking it lands on the item; acknowledging takes it out of the count', async () => {
    const before = await insight.badgeCount();
    await t.page.getByRole('button', { name: 'Add idea' }).click();
    const input = t.page.getByRole('textbox', { name: 'AI application title' });
    await input.fill('Buy chatbot licences');
    await input.press('Enter');
    // Unaligned, no KPI and no owner: three new findings, one of them high.
    await expect.poll(() => insight.badgeCount()).toBe(before + 3);

    await insight.badge.click();
    const finding = insight.finding('unaligned-application', 'Buy chatbot licences');
    await finding.waitFor();
    const high = await insight.count('high');
    expect(await finding.innerText()).toContain('serves no business objective');

    await finding.locator('.finding__main').click();
    const landed = t.page.locator('[data-selected]').filter({ hasText: 'Buy chatbot licences' }).first();
    await landed.waitFor();
    expect(await t.page.getByRole('tab', { selected: true }).innerText()).not.toBe('Findings');

    await insight.showView('Findings');
    await insight.acknowledge(insight.finding('unaligned-application', 'Buy chatbot licences'), 'Trial agreed by the board');
    await expect.poll(() => insight.count('high')).toBe(high - 1);
    expect(await insight.count('acknowledged')).toBe(1);
    expect(await insight.badgeCount()).toBe(before + 2);
    const acknowledged = insight.acknowledgedFindings();
    expect(await acknowledged.count()).toBe(1);
    expect(await acknowledged.first().innerText()).toContain('Trial agreed by the board');

    await acknowledged.first().getByRole('button', { name: 'Un-acknowledge' }).click();
    await expect.poll(() => insight.count('high')).toBe(high);
    expect(await insight.count('acknowledged')).toBe(0);
  });

  it('lists every check in the panel', async () => {
    await insight.showView('Findings');
    await t.page.getByText(/What is checked/).click();
    const listed = await t.page.getByTestId('check-list').locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-check-id')));
    expect(listed).toEqual(CHECKS.map((check) => check.id));
  });
});

describe('six dimensions', () => {
  it('stepping the ethical level to addressed clears the personal-data finding', async () => {
    await insight.showView('Findings');
    expect(await insight.finding('personal-data-ethics', CHATBOT).count()).toBe(1);
    await insight.showView('Dimensions');
    const cell = t.page.locator(`[data-item-kind="application"]`).filter({ hasText: CHATBOT }).locator('[data-dimension="ethical"]');
    const level = await cell.getAttribute('data-level');
    expect(level).toBe('partly');
    await cell.click();
    await expect.poll(() => cell.getAttribute('data-level')).toBe('addressed');
    expect(await cell.innerText()).toContain('Addressed');
    await t.page.getByTestId('heat-editor').getByLabel('Note').fill('Privacy review done in May');
    await insight.showView('Findings');
    expect(await insight.finding('personal-data-ethics', CHATBOT).count()).toBe(0);
  });
});

describe('guiding questions and readiness', () => {
  it('answers raise the score and the gap leaves the list; typing is one undo step', async () => {
    await insight.showView('Readiness');
    const score = t.page.getByTestId('readiness-score');
    const before = Number(await score.getAttribute('data-score'));
    const item = t.page.locator('[data-testid="readiness-item"][data-key="govPrivacyReview"]');
    await item.getByLabel('Yes').check();
    await expect.poll(async () => Number(await score.getAttribute('data-score'))).toBeGreaterThan(before);
    expect(await t.page.getByTestId('readiness-gaps').locator('[data-key="govPrivacyReview"]').count()).toBe(0);

    const goals = t.page.getByTestId('guiding-businessGoals');
    const original = await goals.inputValue();
    await goals.fill('');
    await goals.pressSequentially('Grow 20%', { delay: 10 });
    expect(await goals.inputValue()).toBe('Grow 20%');
    await t.app.undoWithKeyboard();
    await expect.poll(() => goals.inputValue()).toBe(original);
  });
});

describe('KPI check-ins', () => {
  it('records two dated values and draws the trend against baseline and target; a check-in can be removed', async () => {
    await insight.selectKpi('Qualified leads per month');
    await insight.checkins.waitFor();
    await insight.addCheckin('2027-01-31', '45');
    await insight.addCheckin('2027-02-28', '52');
    const rows = insight.checkins.getByTestId('checkin');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await insight.checkins.getByTestId('kpi-trend').getAttribute('data-points')).toBe('2');
    expect(await insight.checkins.getByTestId('sparkline-line').count()).toBe(1);
    expect(await insight.checkins.getByTestId('kpi-trend').innerText()).toContain('Latest 52');
    await insight.checkins.getByRole('button', { name: 'Remove the check-in of 2027-01-31' }).click();
    await expect.poll(() => rows.count()).toBe(1);
  });
});
