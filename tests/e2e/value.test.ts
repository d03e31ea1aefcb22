import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openApp, startFileSession, type FileSession, type TestApp } from './harness/app-session';
import { pinnedToday } from './harness/pinned-clock';
import { keepForReadme, screenshotPath } from './harness/screenshots';
import { InsightPage } from './pages/insight-page';
import { fileSlug as slug, reportProblems as report, RoomPage } from './pages/room-page';
import { ValuePage, type PhaseName } from './pages/value-page';

/*
 * Value (#15) as a person meets it: costs and a KPI's value entered for the example's chatbot in the
 * detail panel, the payback and ROI they come to in the panel and in the Value view, bad input
 * refused with a reason, a check-in turning into realised benefit, sorting, and the view in a room.
 */

let session: FileSession;
let t: TestApp;
let value: ValuePage;

beforeAll(async () => {
  session = await startFileSession();
});
afterAll(async () => {
  await session?.close();
});

const CHATBOT = 'AI-powered chatbot for website engagement';
const CHATBOT_KPI = 'Qualified leads per month';
const PHASES: PhaseName[] = ['Pilot', 'Refine', 'Standardise', 'Scale'];
/** The example's chatbot KPI goes from 40 to 60 leads a month (shared/templates). */
const LEADS_GAINED = 20;
const MONTH = /^[A-Z][a-z]{2} \d{4}$/;

/** The calendar day `days` before `day`, YYYY-MM-DD. */
function daysBefore(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const euros = (n: number) => `€${n.toLocaleString('en-US')}`;

describe('costs, benefits and what they come to', () => {
  beforeEach(async () => {
    t = await openApp(session);
    value = new ValuePage(t.page);
    await t.app.startFromExample();
    await value.open();
    await value.row(CHATBOT).getByRole('button', { name: CHATBOT, exact: true }).click();
    await value.section.waitFor();
  });
  afterEach(async (context) => {
    expect(t.pageErrors).toEqual([]);
    await t.close(context.task);
  });

  it('costs and a KPI value entered for the chatbot give its yearly benefit, cost, payback and ROI in the panel and in the Value view', async () => {
    const roiBefore = await value.result('roi');
    // Start from one figure: a pilot costing 12,000, nothing else.
    for (const phase of PHASES) {
      await value.enter(value.oneOff(phase), phase === 'Pilot' ? '12,000' : '');
      await value.enter(value.effort(phase), '');
    }
    await value.enter(value.monthly, '');
    expect(await value.oneOff('Pilot').inputValue()).toBe('12000');
    await expect.poll(() => value.result('cost')).toBe(euros(12_000));

    // 100 € a lead, counted per month: 20 leads × 100 € × 12 months a year.
    await value.section.getByRole('button', { name: CHATBOT_KPI, exact: true }).click();
    await value.kpiSection.waitFor();
    await value.enter(value.kpiSection.getByRole('textbox', { name: 'Value of one unit (leads)' }), '100');
    expect(await value.kpiSection.getByTestId('kpi-value-sentence').innerText()).toBe('Each unit of improvement (leads) is worth €100.00, counted per month.');
    await expect.poll(() => value.kpiAnnual()).toBe(`${euros(LEADS_GAINED * 100 * 12)} a year`);

    // Back to the chatbot: medium confidence widens the benefit by a quarter either way.
    await value.row(CHATBOT).click();
    await value.section.waitFor();
    await expect.poll(() => value.result('annual')).toBe(`${euros(18_000)} – ${euros(30_000)}`);
    expect(await value.result('cost')).toBe(euros(12_000));
    const payback = await value.result('payback');
    expect(payback.split('\n')[0]).toMatch(MONTH);
    const roi = await value.result('roi');
    expect(roi).toMatch(/^-?\d+% – -?\d+%$/);
    expect(roi).not.toBe(roiBefore);

    // The Value view says the same.
    expect(await value.cell(CHATBOT, 'cost')).toBe('€12k');
    expect(await value.cell(CHATBOT, 'annual')).toBe('€24k');
    expect(await value.cell(CHATBOT, 'payback')).toBe(payback.split('\n')[0]);
    const [roiLow, roiHigh] = roi.split(' – ');
    const roiMid = await value.cell(CHATBOT, 'roi');
    expect(parseInt(roiMid, 10)).toBeGreaterThanOrEqual(parseInt(roiLow!, 10));
    expect(parseInt(roiMid, 10)).toBeLessThanOrEqual(parseInt(roiHigh!, 10));

    // Each entry was one step: undo takes the KPI back to the example's 120 € a lead (20 × 120 € × 12).
    await t.app.undoWithKeyboard();
    await expect.poll(() => value.cell(CHATBOT, 'annual')).toBe('€28.8k');
  });

  it('refuses "-5" and other bad amounts with the reason, keeps the text and commits nothing', async () => {
    const costBefore = await value.cell(CHATBOT, 'cost');
    const pilot = value.oneOff('Pilot');
    const before = await pilot.inputValue();
    await value.enter(pilot, '-5');
    const alert = value.section.getByRole('alert');
    await expect.poll(() => alert.innerText()).toBe('An amount cannot be negative.');
    expect(await pilot.inputValue()).toBe('-5');
    expect(await pilot.getAttribute('aria-invalid')).toBe('true');
    // Leaving the field keeps the refused text and still changes nothing.
    await value.monthly.focus();
    expect(await pilot.inputValue()).toBe('-5');
    expect(await value.cell(CHATBOT, 'cost')).toBe(costBefore);
    expect(await t.page.getByRole('button', { name: /^Undo/ }).isDisabled()).toBe(true);

    await value.enter(pilot, '12.3456');
    await expect.poll(() => alert.innerText()).toBe('EUR has 2 decimals at most.');
    await value.enter(pilot, 'lots');
    await expect.poll(() => alert.innerText()).toMatch(/^Not an amount/);
    await value.enter(pilot, '99999999999');
    await expect.poll(() => alert.innerText()).toBe('Too large: at most €10,000,000,000.00.');
    expect(await value.cell(CHATBOT, 'cost')).toBe(costBefore);

    // Escape puts back what the plan holds.
    await pilot.press('Escape');
    expect(await pilot.inputValue()).toBe(before);
    expect(await alert.count()).toBe(0);
    expect(await value.panel.isVisible()).toBe(true);
  });

  it('a check-in on the chatbot’s KPI shows as realised benefit in the panel and the Value view', async () => {
    expect(await value.result('realised')).toBe('No check-ins yet');
    await value.section.getByRole('button', { name: CHATBOT_KPI, exact: true }).click();
    const insight = new InsightPage(t.page);
    await insight.checkins.waitFor();
    // 50 leads a month, 31 days ago: 10 leads over the baseline × 120 € (the example's value) a month, for 31 days.
    await insight.addCheckin(daysBefore(pinnedToday(), 31), '50');
    await insight.page.getByTestId('checkin').first().waitFor();
    const realised = Math.round((10 * 120_00 * 12 * 31) / 365);
    await value.row(CHATBOT).click();
    await value.section.waitFor();
    await expect.poll(() => value.result('realised')).toContain(`${euros(Math.round(realised / 100))} of`);
    expect(await value.section.getByTestId('result-realised').locator('[data-status]').getAttribute('data-status')).toBe('on-track');
    const row = value.view.getByTestId('realised-row').filter({ hasText: CHATBOT });
    expect(await row.innerText()).toContain('€1.2k');
    expect(await row.innerText()).toContain('On track');
    // Rolled up: only the chatbot's pillar and objective have a KPI with check-ins.
    const pillars = value.view.getByTestId('rollup-pillar');
    expect(await pillars.count()).toBe(1);
    expect(await pillars.first().innerText()).toMatch(/Customer Acquisition\s+✓ On track/);
    const objective = value.view.getByTestId('rollup-objective');
    expect(await objective.count()).toBe(1);
    expect(await objective.first().innerText()).toMatch(/Increase lead generation\s+✓ On track/);
  });

  it('sorts by each column with aria-sort, across the whole plan, and groups by pillar again', async () => {
    const grouped = await value.rowTitles();
    // Each of the example's pillars has one application, whose row needs no total beside it.
    expect(await value.table.getByTestId('pillar-total').count()).toBe(0);
    expect(await value.table.getByTestId('plan-total').count()).toBe(1);
    expect(await value.columnHeader('Cost').getAttribute('aria-sort')).toBe('none');

    await value.sortBy('Cost');
    expect(await value.columnHeader('Cost').getAttribute('aria-sort')).toBe('descending');
    // Sorted across the plan, the pillars' totals follow the rows.
    expect(await value.table.getByTestId('pillar-total').count()).toBe(4);
    const costs = await value.table.getByTestId('value-row').locator('[data-column="cost"] .value-table__main').allInnerTexts();
    const amounts = costs.map((c) => Number(c.replace(/[^\d.]/g, '')) * (/k/i.test(c) ? 1000 : 1));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));

    await value.sortBy('Cost');
    expect(await value.columnHeader('Cost').getAttribute('aria-sort')).toBe('ascending');
    const ascending = (await value.table.getByTestId('value-row').locator('[data-column="cost"] .value-table__main').allInnerTexts()).map((c) => Number(c.replace(/[^\d.]/g, '')) * (/k/i.test(c) ? 1000 : 1));
    expect(ascending).toEqual([...amounts].reverse());

    await value.sortBy('Application');
    expect(await value.columnHeader('Application').getAttribute('aria-sort')).toBe('ascending');
    expect(await value.columnHeader('Cost').getAttribute('aria-sort')).toBe('none');
    const titles = await value.rowTitles();
    expect(titles).toEqual([...grouped].sort((a, b) => a.localeCompare(b)));

    await value.sortBy('Payback');
    expect(await value.columnHeader('Payback').getAttribute('aria-sort')).toBe('ascending');
    await value.view.getByTestId('group-by-pillar').click();
    expect(await value.rowTitles()).toEqual(grouped);
    expect(await value.columnHeader('Payback').getAttribute('aria-sort')).toBe('none');
  });

  it('keeps the plan’s currency, day rate and budgets in the Value view', async () => {
    const budget = value.view.getByRole('textbox', { name: 'Budget for 2027' });
    await value.enter(budget, '1');
    await expect.poll(() => value.view.locator('[data-testid="budget-year"][data-year="2027"]').getAttribute('data-over')).toBe('true');
    await value.enter(value.view.getByRole('textbox', { name: 'Day rate for internal effort' }), '500');
    expect(await value.section.getByRole('textbox', { name: 'Day rate for this application' }).getAttribute('placeholder')).toBe('500');
    await value.view.getByTestId('plan-currency').selectOption('GBP');
    await expect.poll(() => value.cell(CHATBOT, 'cost')).toMatch(/^£/);
    expect(await value.result('cost')).toMatch(/^£/);
  });
});

describe('the Value view in a room', () => {
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
        const page = new ValuePage(app.page);
        await room.showView('Value');
        await app.app.blurFocus();
        const found: string[] = [];
        const shot = screenshotPath(`value-${name}.png`);
        await room.screenshot(shot);
        if (size.width === 1280) await keepForReadme(shot, 'value.png');
        found.push(...report('Value, panel shut', await room.problems()));
        if (await room.scrollViewToEnd()) {
          await room.screenshot(screenshotPath(`value-${name}-end.png`));
          found.push(...report('Value, panel shut, scrolled to the end', await room.problems()));
        }

        await app.page.evaluate(() => document.querySelector('main.view')?.scrollTo(0, 0));
        await page.row(CHATBOT).click();
        await page.section.waitFor();
        await room.settle();
        await room.screenshot(screenshotPath(`value-${name}-panel.png`));
        found.push(...report('Value, panel open', await room.problems()));
        for (const part of ['costs', 'results'] as const) {
          await app.page.evaluate((p) => {
            const body = document.querySelector('.detail-panel__body');
            const section = document.querySelector('[data-testid="value-section"]');
            const target = p === 'costs' ? section : section?.querySelector('[data-testid="value-results"]');
            if (body && target) body.scrollTop += target.getBoundingClientRect().top - body.getBoundingClientRect().top - 8;
          }, part);
          await room.settle();
          await room.screenshot(screenshotPath(`value-${name}-panel-${slug(part)}.png`));
          found.push(...report(`Value, panel open at the ${part}`, await room.problems()));
        }
        if (await room.scrollViewToEnd()) found.push(...report('Value, panel open, scrolled to the end', await room.problems()));
        expect(await app.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        const table = app.page.locator('.value-table__scroll');
        expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);

        expect(found).toEqual([]);
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});
