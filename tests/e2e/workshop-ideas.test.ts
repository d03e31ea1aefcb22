import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator';
import { serialisePlan } from '../../shared/plan-load';
import { generatePlan } from '../fixtures/generate-plan';
import { openApp, startFileSession, type FileSession, type TestApp } from './harness/app-session';
import { keepForReadme, screenshotPath } from './harness/screenshots';
import { AxePage } from './pages/axe-page';
import { BoardPage } from './pages/board-page';
import { reportProblems as report, RoomPage } from './pages/room-page';
import { WorkshopIdeasPage } from './pages/workshop-ideas-page';

/*
 * Ideas, problem first (#17 §2): ideas typed one line at a time into the unaligned tray, each with the
 * business problem it solves, and the library of SME AI use cases searched and added by button or by
 * drag, each with its KPIs; and the panel as a room reads it.
 */

let session: FileSession;
let t: TestApp;
let ideas: WorkshopIdeasPage;

beforeAll(async () => {
  session = await startFileSession();
});
afterAll(async () => {
  await session?.close();
});

const IDEAS = ['Answer supplier emails faster', 'Fewer wrong deliveries', 'Month-end close takes a week'];

describe('capturing ideas and adding use cases from the library', () => {
  beforeEach(async () => {
    t = await openApp(session);
    ideas = new WorkshopIdeasPage(t.app);
    await t.app.startFromExample();
  });
  afterEach(async (context) => {
    expect(t.pageErrors).toEqual([]);
    await t.close(context.task);
  });

  it('captures three ideas with Enter into the unaligned tray, names a problem, inserts two use cases with their KPIs, narrows the library by search, and undoes the last insertion', async () => {
    await ideas.open();
    const before = await ideas.ideaTitles();

    // Three ideas, one line each: the field clears and keeps the focus for the next.
    for (const idea of IDEAS) {
      await ideas.capture(idea);
      await expect.poll(() => ideas.ideaField.inputValue()).toBe('');
      expect(await ideas.ideaField.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect.poll(() => ideas.status.innerText()).toBe(`Added the idea “${idea}” to the unaligned ideas.`);
    }
    expect(await ideas.ideaTitles()).toEqual([...before, ...IDEAS]);

    // One named with its problem in the second field at capture; another given one in the list.
    await ideas.capture('Chase late payers', 'Overdue invoices pile up');
    expect(await ideas.problemOf('Chase late payers').inputValue()).toBe('Overdue invoices pile up');
    await ideas.problemOf('Fewer wrong deliveries').fill('Pickers misread handwritten orders');

    // The library narrows as one types, in title, problem or business function.
    const all = (await ideas.useCaseTitles()).length;
    expect(all).toBeGreaterThanOrEqual(25);
    await ideas.search.fill('invoices supplier');
    await expect.poll(() => ideas.useCaseTitles()).toEqual(['Invoice matching']);
    await ideas.search.fill('hr and talent');
    await expect.poll(async () => (await ideas.useCaseTitles()).length).toBeLessThan(all);
    expect(await ideas.useCaseTitles()).toContain('CV screening assistance');
    expect(await ideas.panel.getByText('Showing 6 of', { exact: false }).isVisible()).toBe(true);
    await ideas.search.fill('');
    await expect.poll(async () => (await ideas.useCaseTitles()).length).toBe(all);

    // A card shows what the room needs to judge it: problem, approach, factors, KPIs with units and direction, risks.
    const card = ideas.useCase('Invoice matching');
    const text = await card.innerText();
    expect(text).toContain('Matching supplier invoices to orders and deliveries takes hours');
    expect(text).toContain('Off-the-shelf tool');
    expect(text).toContain('Feasibility factors');
    expect(text).toContain('Processing time per invoice');
    expect(text).toContain('minutes per case');
    expect(text).toContain('↓');
    expect(text).toContain('Typical risks');

    // One by its button…
    await ideas.addUseCase('Invoice matching');
    await expect.poll(() => ideas.status.innerText()).toBe('Added “Invoice matching” with 3 KPIs to the unaligned ideas.');
    // …and one dragged onto the ideas.
    await ideas.search.fill('route');
    await ideas.dragUseCaseToIdeas('Route planning for deliveries');
    await expect.poll(() => ideas.status.innerText()).toBe('Added “Route planning for deliveries” with 3 KPIs to the unaligned ideas.');
    expect(await ideas.ideaTitles()).toEqual([...before, ...IDEAS, 'Chase late payers', 'Invoice matching', 'Route planning for deliveries']);
    expect(await ideas.idea('Invoice matching').innerText()).toContain('3 KPIs');
    expect(await ideas.problemOf('Route planning for deliveries').inputValue()).toBe('Delivery routes are planned by hand each morning and waste time and kilometres.');

    // On the board: all of them in the Unaligned ideas tray, the inserted ones with their KPIs.
    const board = new BoardPage(t.app);
    await board.open();
    expect(await board.trayTitles()).toEqual(expect.arrayContaining([...IDEAS, 'Invoice matching', 'Route planning for deliveries']));
    expect(await board.kpisOf('Invoice matching')).toEqual(['Processing time per invoice', 'Mismatches found after payment', 'Invoices paid on time']);
    expect(await board.kpisOf('Route planning for deliveries')).toEqual(['Distance per delivery', 'Deliveries on time', 'Time spent planning routes']);

    // Undo takes back the last insertion whole: the application and its KPIs.
    await t.app.undoWithKeyboard();
    await expect.poll(() => board.trayTitles()).not.toContain('Route planning for deliveries');
    expect(await board.trayTitles()).toContain('Invoice matching');
    expect(await board.board.getByText('Distance per delivery').count()).toBe(0);
  });

  it('typing a business problem in the list is one undo step, and the detail panel edits the same field', async () => {
    await ideas.open();
    await ideas.capture('Quotes take too long');
    const field = ideas.problemOf('Quotes take too long');
    await field.pressSequentially('Deals cool off');
    await t.app.undoWithKeyboard();
    await expect.poll(() => field.inputValue()).toBe('');
    expect(await ideas.ideaTitles()).toContain('Quotes take too long');

    await ideas.idea('Quotes take too long').getByRole('button', { name: 'Details of Quotes take too long' }).click();
    const details = t.page.getByTestId('detail-panel');
    await details.waitFor();
    await details.getByRole('textbox', { name: 'Business problem it solves' }).fill('Customers wait days for a price');
    await expect.poll(() => field.inputValue()).toBe('Customers wait days for a price');
  });
});

describe('the Ideas panel with a thousand ideas', () => {
  it('mounts only the ideas near the view, reaches the last by scrolling, and still takes the thousandth idea', async () => {
    const generated = generatePlan({ pillars: 5, objectivesPerPillar: 5, applicationsPerObjective: 40, kpisPerApplication: 1, scheduled: false, startMonth: '2027-01' });
    const applications = generated.applications.slice(0, 999).map((a) => ({ ...a, objectiveId: null }));
    const kept = new Set(applications.map((a) => a.id));
    const plan = { ...generated, applications, kpis: generated.kpis.filter((k) => kept.has(k.applicationId)) };
    const app = await openApp(session);
    try {
      const path = join(app.dir, 'ideas.aiplan');
      await writeFile(path, serialisePlan(plan));
      await app.app.startBlank();
      await app.app.openFile(path);
      await app.page.getByText(plan.pillars[0]!.title).first().waitFor();
      const page = new WorkshopIdeasPage(app.app);
      await page.open();
      expect(await page.panel.getByRole('heading', { name: 'Unaligned ideas (999)' }).isVisible()).toBe(true);
      const mounted = await page.ideaRows.count();
      expect(mounted).toBeGreaterThan(0);
      expect(mounted).toBeLessThan(150);

      await page.capture('The thousandth idea');
      await expect.poll(() => page.status.innerText()).toBe('Added the idea “The thousandth idea” to the unaligned ideas.');
      expect(await page.panel.getByRole('heading', { name: 'Unaligned ideas (1000)' }).isVisible()).toBe(true);
      // The list ends past the library: scroll the view down until the last idea is in the page.
      await expect
        .poll(async () => {
          await page.room.scrollViewToEnd();
          return page.ideaTitles();
        })
        .toContain('The thousandth idea');
      expect(await page.ideaRows.count()).toBeLessThan(150);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('the Ideas panel in a room', () => {
  const SIZES = [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ] as const;

  for (const size of SIZES) {
    const name = `${size.width}x${size.height}`;
    it(`at ${size.width}×${size.height}, shows all its text at 13 px or more, nothing covered or cut, with the detail panel shut and open`, async () => {
      const app = await openApp(session, { viewport: size });
      try {
        await app.app.startFromExample();
        const room = new RoomPage(app.app);
        const page = new WorkshopIdeasPage(app.app);
        await page.open();
        await page.capture('Answer supplier emails faster', 'Suppliers wait two days for an answer');
        await page.capture('Fewer wrong deliveries', 'Pickers misread handwritten orders');
        await page.addUseCase('Website chat assistant');
        // The panel's tabs at the top of the view: the capture, the ideas and the library's first cards in sight.
        await app.page.evaluate(() => {
          const view = document.querySelector('main.view');
          const tabs = document.querySelector('.workshop__tabs');
          if (view && tabs) view.scrollTop += tabs.getBoundingClientRect().top - view.getBoundingClientRect().top - 8;
        });
        await room.settle();
        const found: string[] = [];
        const shot = screenshotPath(`workshop-ideas-${name}.png`);
        await room.screenshot(shot);
        if (size.width === 1280) await keepForReadme(shot, 'workshop-ideas.png');
        found.push(...report('Ideas, panel shut', await room.problems()));
        found.push(...(await new AxePage(app.page).seriousFindings()).map((f) => `Ideas, panel shut, axe: ${f}`));
        if (await room.scrollViewToEnd()) {
          await room.screenshot(screenshotPath(`workshop-ideas-${name}-end.png`));
          found.push(...report('Ideas, panel shut, scrolled to the end', await room.problems()));
        }

        await app.page.evaluate(() => document.querySelector('main.view')?.scrollTo(0, 0));
        await page.idea('Website chat assistant').getByRole('button', { name: 'Details of Website chat assistant' }).click();
        await room.detailPanel.waitFor();
        await room.settle();
        await room.screenshot(screenshotPath(`workshop-ideas-${name}-panel.png`));
        found.push(...report('Ideas, panel open', await room.problems()));
        found.push(...(await new AxePage(app.page).seriousFindings()).map((f) => `Ideas, panel open, axe: ${f}`));
        if (await room.scrollViewToEnd()) {
          await room.screenshot(screenshotPath(`workshop-ideas-${name}-panel-end.png`));
          found.push(...report('Ideas, panel open, scrolled to the end', await room.problems()));
        }
        await room.pressEscape();
        expect(await room.detailPanelIsOpen()).toBe(false);

        expect(found).toEqual([]);
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }

  for (const language of ['de', 'vi'] as const) {
    it(`in ${language === 'de' ? 'German' : 'Vietnamese'} at 1024×768, with the detail panel open, nothing is small, covered or cut`, async () => {
      const tr = translator(language);
      const app = await openApp(session, { viewport: { width: 1024, height: 768 } });
      try {
        app.bridge.displayPreferences = { ...app.bridge.displayPreferences, language };
        await app.app.reload();
        await app.page.getByRole('button', { name: new RegExp(`^${tr('app.firstRun.example')}`) }).click();
        await app.page.locator('main.view').waitFor();
        await app.page.getByRole('tab', { name: tr('menu.view.workshop'), exact: true }).click();
        await app.page.getByRole('tab', { name: tr('workshop.panel.ideas'), exact: true }).click();
        const room = new RoomPage(app.app);
        const title = tr('useCases.cv-screening.title');
        await app.page.getByRole('button', { name: tr('workshopIdeas.card.addLabel', { title }), exact: true }).click();
        await app.page.getByRole('button', { name: tr('workshopIdeas.idea.detailsOf', { title }), exact: true }).click();
        await room.detailPanel.waitFor();
        await app.page.evaluate(() => document.querySelector('main.view')?.scrollTo(0, 0));
        await room.settle();
        await room.screenshot(screenshotPath(`workshop-ideas-${language}-1024x768-panel.png`));
        const found = report(`Ideas in ${language}, panel open`, await room.problems());
        if (await room.scrollViewToEnd()) found.push(...report(`Ideas in ${language}, panel open, scrolled to the end`, await room.problems()));
        expect(found).toEqual([]);
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});
