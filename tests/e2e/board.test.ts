import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAppPerTest, type TestApp } from './harness/app-session';
import { BoardPage } from './pages/board-page';

let t: TestApp;
let board: BoardPage;

const CHATBOT = 'AI-powered chatbot for website engagement';
const RPA = 'Robotic process automation for order entry';
const LEADS = 'Increase lead generation';
const ORDERS = 'Reduce order processing time';
const LEADS_KPI = 'Qualified leads per month';
const ORDER_TIME_KPI = 'Average order processing time';

useAppPerTest(async (opened) => {
  t = opened;
  board = new BoardPage(t.app);
  await t.app.startFromExample();
  await board.open();
});

describe('dragging with the pointer', () => {
  it('moves an application to another pillar’s objective, and it is still there after save and reopen', async () => {
    await board.dragTo(board.item('application', CHATBOT), board.item('application', RPA), 'top');
    await expect.poll(() => board.dropIndicator.count()).toBe(1);
    await board.drop();
    expect(await board.applicationsOf(ORDERS)).toEqual([CHATBOT, RPA]);
    expect(await board.applicationsOf(LEADS)).toEqual([]);
    expect(await board.kpisOf(CHATBOT)).toEqual([LEADS_KPI]);

    const path = join(t.dir, 'moved.aiplan');
    await t.app.save(path);
    await t.app.newFromExampleViaToolbar();
    await t.app.openFile(path);
    await board.open();
    await expect.poll(() => board.applicationsOf(ORDERS)).toEqual([CHATBOT, RPA]);
    expect(t.pageErrors).toEqual([]);
  });

  it('makes one undo step of a drop: undo puts the card back, redo moves it again', async () => {
    await board.dragTo(board.item('application', CHATBOT), board.item('objective', ORDERS), 'top');
    await board.drop();
    expect(await board.applicationsOf(ORDERS)).toContain(CHATBOT);
    await t.app.undoWithKeyboard();
    await expect.poll(() => board.applicationsOf(LEADS)).toEqual([CHATBOT]);
    expect(await board.applicationsOf(ORDERS)).toEqual([RPA]);
    await t.app.redoWithKeyboard();
    await expect.poll(() => board.applicationsOf(ORDERS)).toContain(CHATBOT);
    // A second undo reaches the plan as opened: the drop was exactly one step.
    await t.app.undoWithKeyboard();
    await expect.poll(() => t.app.toolbarButton(/^Undo/).isDisabled()).toBe(true);
  });

  it('sends an application to the unaligned-ideas tray and back', async () => {
    await board.dragTo(board.item('application', RPA), t.page.getByTestId('tray-drop'));
    await board.drop();
    expect(await board.trayTitles()).toEqual([RPA]);
    await board.dragTo(board.item('application', RPA), board.item('objective', ORDERS), 'top');
    await board.drop();
    expect(await board.trayTitles()).toEqual([]);
    expect(await board.applicationsOf(ORDERS)).toEqual([RPA]);
  });

  it('reorders pillars by dragging a column', async () => {
    const before = (await t.page.locator('.pillar-header__title').allInnerTexts()).map((s) => s.trim());
    await board.dragTo(board.handle('pillar', 'Operational Efficiency'), board.pillarColumn('Customer Acquisition').locator('.pillar-column__head'));
    // Settle over the left part of the first column, wherever the board has put it.
    const first = (await board.pillarColumn('Customer Acquisition').boundingBox())!;
    await t.page.mouse.move(first.x + first.width * 0.3, first.y + 130, { steps: 6 });
    await board.drop();
    const after = (await t.page.locator('.pillar-header__title').allInnerTexts()).map((s) => s.trim());
    expect(after).toEqual([before[1], before[0], ...before.slice(2)]);
  });

  it('refuses a drop on the wrong level and changes nothing', async () => {
    await board.dragTo(board.item('kpi', LEADS_KPI), board.pillarColumn('Operational Efficiency').locator('.pillar-header__counts'));
    expect(await board.dropIndicator.count()).toBe(0);
    await board.drop();
    expect(await board.kpisOf(CHATBOT)).toEqual([LEADS_KPI]);
    expect(await t.app.isDirty()).toBe(false);
  });
});

describe('dragging with the keyboard', () => {
  it('moves a KPI to another application with Space, arrows and Space, and says where it went', async () => {
    await board.liftWithKeyboard('kpi', LEADS_KPI);
    expect(await board.announcement()).toContain(`Picked up KPI “${LEADS_KPI}”`);
    await board.pressArrow('ArrowRight');
    expect(await board.dropIndicator.count()).toBe(1);
    expect(await board.announcement()).toContain(`would move to AI application “${RPA}”`);
    await board.dropWithKeyboard();
    expect(await board.kpisOf(RPA)).toContain(LEADS_KPI);
    expect(await board.kpisOf(CHATBOT)).toEqual([]);
    expect(await board.announcement()).toContain(`Moved KPI “${LEADS_KPI}” to AI application “${RPA}”`);
  });

  it('reorders KPIs within an application with the arrow keys', async () => {
    await board.quickAdd(board.item('application', RPA), 'Add KPI', ['Orders per day']);
    expect(await board.kpisOf(RPA)).toEqual([ORDER_TIME_KPI, 'Orders per day']);
    await board.liftWithKeyboard('kpi', 'Orders per day');
    await board.pressArrow('ArrowUp');
    expect(await board.announcement()).toContain('position 1 of 2');
    await board.dropWithKeyboard();
    expect(await board.kpisOf(RPA)).toEqual(['Orders per day', ORDER_TIME_KPI]);
  });

  it('leaves everything as it was when Escape cancels mid-drag', async () => {
    const rowsBefore = await board.boardRows();
    await board.liftWithKeyboard('application', CHATBOT);
    await board.pressArrow('ArrowRight', 2);
    expect(await board.dropIndicator.count()).toBe(1);
    await t.page.keyboard.press('Escape');
    await expect.poll(() => board.dropIndicator.count()).toBe(0);
    expect(await board.boardRows()).toEqual(rowsBefore);
    expect(await t.app.isDirty()).toBe(false);
    expect(await board.announcement()).toContain('Move cancelled');
  });

  it('leaves everything as it was when Escape cancels a pointer drag', async () => {
    const rowsBefore = await board.boardRows();
    await board.dragTo(board.item('application', CHATBOT), board.item('application', RPA), 'bottom');
    await t.page.keyboard.press('Escape');
    await board.drop();
    expect(await board.boardRows()).toEqual(rowsBefore);
    expect(await t.app.isDirty()).toBe(false);
  });
});

describe('fast entry', () => {
  it('adds three objectives by typing each title and pressing Enter', async () => {
    const pillar = board.pillarColumn('Customer Acquisition');
    await board.quickAdd(pillar, 'Add objective', ['Win back lapsed customers', 'Grow referrals', 'Enter the Nordic market']);
    expect(await board.objectivesOf('Customer Acquisition')).toEqual([LEADS, 'Win back lapsed customers', 'Grow referrals', 'Enter the Nordic market']);
    await t.app.undoWithKeyboard();
    expect(await board.objectivesOf('Customer Acquisition')).toEqual([LEADS, 'Win back lapsed customers', 'Grow referrals']);
  });

  it('Escape closes the field without creating anything', async () => {
    const pillar = board.pillarColumn('Customer Acquisition');
    await pillar.getByRole('button', { name: /^Add objective to / }).click();
    await t.page.keyboard.type('Half-typed');
    await t.page.keyboard.press('Escape');
    expect(await board.objectivesOf('Customer Acquisition')).toEqual([LEADS]);
    expect(await t.app.isDirty()).toBe(false);
  });

  it('types ideas into the tray, renames with F2 and deletes with Delete (asking first when there are children)', async () => {
    await board.quickAdd(t.page.locator('.tray'), 'Add idea', ['Try an AI meeting summariser']);
    expect(await board.trayTitles()).toEqual(['Try an AI meeting summariser']);
    await t.page.getByRole('button', { name: 'AI application title: Try an AI meeting summariser' }).focus();
    await t.page.keyboard.press('F2');
    await t.page.keyboard.type('AI meeting notes');
    await t.page.keyboard.press('Enter');
    expect(await board.trayTitles()).toEqual(['AI meeting notes']);
    await board.deleteWithKeyboard('application', 'AI meeting notes');
    expect(await board.trayTitles()).toEqual([]);

    await board.handle('objective', LEADS).focus();
    await t.page.keyboard.press('Delete');
    const dialog = t.page.getByRole('alertdialog');
    await expect.poll(() => dialog.innerText()).toContain('1 AI application, 1 KPI');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    expect(await board.objectivesOf('Customer Acquisition')).toEqual([]);
    await t.app.undoWithKeyboard();
    expect(await board.applicationsOf(LEADS)).toEqual([CHATBOT]);
  });
});

describe('table, details, find and filter', () => {
  it('the table view shows the same rows as the board', async () => {
    await board.quickAdd(t.page.locator('.tray'), 'Add idea', ['Chat assistant for HR questions']);
    const fromBoard = await board.boardRows();
    await board.showTable();
    expect(await board.tableRows()).toEqual(fromBoard);
    expect(fromBoard).toContainEqual(['Customer Acquisition', LEADS, CHATBOT, LEADS_KPI]);
    await board.showBoard();
  });

  it('edits an application in the detail panel live, and undo reverts a typed field in one step', async () => {
    await board.select('application', CHATBOT);
    const owner = board.detailPanel.getByLabel('Owner', { exact: true });
    await owner.fill('');
    await owner.pressSequentially('Sam');
    await board.detailPanel.getByRole('radio', { name: /5/ }).first().check({ force: true });
    await expect.poll(() => board.item('application', CHATBOT).locator('.application-card__owner').innerText()).toBe('Sam');
    expect(await board.item('application', CHATBOT).locator('.application-card__scores').innerText()).toContain('Impact 5');
    await t.app.undoWithKeyboard();
    expect(await board.item('application', CHATBOT).locator('.application-card__scores').innerText()).toContain('Impact 4');
    await t.app.undoWithKeyboard();
    await expect.poll(() => board.item('application', CHATBOT).locator('.application-card__owner').innerText()).toBe('Head of Marketing');
  });

  it('edits a KPI’s baseline and target in its detail panel', async () => {
    await board.select('kpi', LEADS_KPI);
    await board.detailPanel.getByLabel('Baseline').fill('35');
    await board.detailPanel.getByLabel('Target').fill('70');
    await expect.poll(() => board.item('kpi', LEADS_KPI).locator('.kpi-row__values').innerText()).toContain('35 → 70 leads');
  });

  it('find dims what does not match, without changing the plan', async () => {
    await t.page.getByRole('searchbox').fill('order');
    await expect.poll(() => board.item('application', CHATBOT).locator('.application-card').getAttribute('data-dimmed')).toBe('true');
    expect(await board.item('application', RPA).locator('.application-card').getAttribute('data-dimmed')).toBeNull();
    expect(await board.filterCount()).toBe('1 of 4 match');
    await t.page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await board.item('application', CHATBOT).locator('.application-card').getAttribute('data-dimmed')).toBeNull();
    expect(await t.app.isDirty()).toBe(false);
  });

  it('collapses a column to a strip with its counts, and expands it when one of its items is selected elsewhere', async () => {
    await t.page.getByRole('button', { name: 'Collapse pillar “Customer Acquisition”' }).click();
    expect(await board.pillarColumn('Customer Acquisition').locator('[data-item-kind="application"]').count()).toBe(0);
    const chatbotId = await t.page.evaluate(() => undefined);
    expect(chatbotId).toBeUndefined();
    await t.page.getByRole('tab', { name: /^Plan/ }).click();
    await t.page.getByRole('button', { name: `AI application title: ${CHATBOT}` }).click();
    await board.open();
    await expect.poll(() => board.item('application', CHATBOT).isVisible()).toBe(true);
  });
});
