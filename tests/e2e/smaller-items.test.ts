import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialisePlan } from '../../shared/plan-load';
import { translator } from '../../shared/i18n/translator';
import { generatePlan } from '../fixtures/generate-plan';
import { screenshotPath } from './harness/screenshots';
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

describe('Enter in the outline', () => {
  it('commits a title and opens the next sibling for typing; Enter on the empty one leaves nothing, and one undo removes the added item', async () => {
    const before = await t.app.objectiveTitles();
    const at = before.indexOf('Increase lead generation');
    await t.page.getByRole('button', { name: 'Objective title: Increase lead generation', exact: true }).dblclick();
    await t.page.keyboard.press('Enter');

    const next = t.page.getByRole('textbox', { name: 'Objective title' });
    await next.waitFor();
    expect(await next.evaluate((input) => input === document.activeElement && (input as HTMLInputElement).value)).toBe('');
    await t.page.keyboard.type('Win back lapsed customers');
    await t.page.keyboard.press('Enter');
    await t.page.getByRole('button', { name: 'Objective title: Win back lapsed customers', exact: true }).waitFor();
    expect(await t.app.objectiveTitles()).toEqual([...before.slice(0, at + 1), 'Win back lapsed customers', ...before.slice(at + 1)]);

    // Enter opened another; Enter on it empty drops it, leaving no "Untitled" item behind.
    await next.waitFor();
    await t.page.keyboard.press('Enter');
    await next.waitFor({ state: 'detached' });
    expect(await t.app.objectiveTitles()).toEqual([...before.slice(0, at + 1), 'Win back lapsed customers', ...before.slice(at + 1)]);
    expect(await t.page.locator('[data-testid="objective"]').count()).toBe(before.length + 1);

    await t.page.keyboard.press('Control+z');
    await expect.poll(() => t.app.objectiveTitles()).toEqual(before);
    expect(await t.app.isDirty()).toBe(false);
  });

  it('drops the next sibling on Escape, with nothing to undo', async () => {
    const before = await t.app.kpiNames();
    await t.page.getByRole('button', { name: 'KPI name: Qualified leads per month', exact: true }).focus();
    await t.page.keyboard.press('Enter');
    await t.page.keyboard.press('Enter');
    const next = t.page.getByRole('textbox', { name: 'KPI name' });
    await next.waitFor();
    await t.page.keyboard.type('Half-typed');
    await t.page.keyboard.press('Escape');
    await next.waitFor({ state: 'detached' });
    expect(await t.app.kpiNames()).toEqual(before);
    expect(await t.app.isDirty()).toBe(false);
    expect(await t.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^KPI name: Qualified leads per month/);
  });
});

describe('a collapsed pillar on the board', () => {
  const long = 'Customer Acquisition and Retention through Personalised Engagement across Every Channel';

  it('shows a long title whole, running down the column', async () => {
    await t.app.renamePillar('Customer Acquisition', long);
    const board = new BoardPage(t.app);
    await board.open();
    const column = board.board.locator('.pillar-column').first();
    await column.locator('.pillar-header__collapse').click();
    const title = column.locator('.pillar-header__title');
    await board.board.locator('.pillar-column--collapsed').waitFor();
    const fit = await title.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const columnBox = el.closest('.pillar-column')!.getBoundingClientRect();
      return { cut: el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth, inColumn: box.left >= columnBox.left && box.right <= columnBox.right };
    });
    expect(fit).toEqual({ cut: false, inColumn: true });
    expect(await title.getAttribute('title')).toContain(long);
  });

  it('names a title too long even for that on hover, and shows it whole on focus', async () => {
    const longer = `${long}, with Loyalty Programmes, Referral Schemes and Seasonal Campaigns for Returning Customers`;
    await t.app.renamePillar('Customer Acquisition', longer);
    const board = new BoardPage(t.app);
    await board.open();
    const column = board.board.locator('.pillar-column').first();
    await column.locator('.pillar-header__collapse').click();
    const title = board.board.locator('.pillar-column--collapsed .pillar-header__title');
    await title.waitFor();
    expect(await title.getAttribute('title')).toContain(longer);
    expect(await title.evaluate((el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight)).toBe(true);
    await column.locator('.pillar-header__collapse').focus();
    await t.page.keyboard.press('Tab');
    expect(await title.evaluate((el) => el === document.activeElement && el.matches(':focus-visible'))).toBe(true);
    expect(await title.evaluate((el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight)).toBe(false);
  });
});

/** Titles on the 2×2 whose lines begin inside a word: "…Prozessautomatisie|rung…". */
function brokenWordsOnTheGrid(): string[] {
  const broken: string[] = [];
  const range = document.createRange();
  for (const title of document.querySelectorAll('.prio-card__title')) {
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
    let lastTop: number | null = null;
    let lastChar = ' ';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.visually-hidden')) continue;
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = [...range.getClientRects()].find((r) => r.width > 0);
        // A space where a line wraps draws no box; it still separates the words.
        if (!box) {
          lastChar = text[i]!;
          continue;
        }
        const newLine = lastTop !== null && box.top > lastTop + 2;
        if (newLine && !/[\s-]/.test(lastChar) && !/\s/.test(text[i]!)) broken.push(`${title.textContent}: …${lastChar}|${text[i]}…`);
        lastTop = box.top;
        lastChar = text[i]!;
      }
    }
  }
  return broken;
}

/** Cards cut by their cell or drawn under the detail panel. */
function cutCardsOnTheGrid(): string[] {
  const panel = document.querySelector('[data-testid="detail-panel"]')?.getBoundingClientRect();
  return [...document.querySelectorAll<HTMLElement>('.prio-card')]
    .filter((card) => {
      const box = card.getBoundingClientRect();
      const title = card.querySelector('.prio-card__title')!;
      return title.scrollWidth > title.clientWidth + 1 || card.scrollWidth > card.clientWidth + 1 || (panel !== undefined && box.right > panel.left);
    })
    .map((card) => card.textContent ?? '');
}

describe('the 2×2 at 1024×768 beside the detail panel', () => {
  for (const language of ['en', 'de'] as const) {
    it(`wraps card titles only between words, in ${language === 'en' ? 'English' : 'German'}`, async () => {
      await t.page.setViewportSize({ width: 1024, height: 768 });
      if (language === 'de') {
        t.bridge.displayPreferences = { ...t.bridge.displayPreferences, language: 'de' };
        await t.app.reload();
        await t.bridge.sendCommand('new-example');
      }
      const tr = translator(language);
      await t.page.getByRole('tab', { name: tr('menu.view.plan'), exact: true }).click();
      await t.page.locator('.application__title').first().click();
      await t.page.getByTestId('detail-panel').waitFor();
      await t.page.getByRole('tab', { name: tr('menu.view.priorities'), exact: true }).click();
      await t.page.locator('.prio-card').first().waitFor();
      await t.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      if (language === 'de') expect(await t.page.locator('.prio-card__title').allInnerTexts()).toContainEqual(expect.stringContaining('Robotergestützte Prozessautomatisierung'));
      await t.page.screenshot({ path: screenshotPath(`priorities-1024x768-panel-${language}.png`), animations: 'disabled', caret: 'hide' });
      expect(await t.page.evaluate(brokenWordsOnTheGrid)).toEqual([]);
      expect(await t.page.evaluate(cutCardsOnTheGrid)).toEqual([]);
    });
  }
});
