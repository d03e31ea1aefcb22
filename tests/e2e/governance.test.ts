import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { monthsBetween } from '../../shared/roadmap/months';
import { openApp, startFileSession, type FileSession, type TestApp } from './harness/app-session';
import { keepForReadme, screenshotPath } from './harness/screenshots';
import { GovernancePage } from './pages/governance-page';
import { InsightPage } from './pages/insight-page';
import { RoadmapPage } from './pages/roadmap-page';
import { fileSlug as slug, reportProblems as report, RoomPage } from './pages/room-page';

/*
 * Governance of the AI itself (#16): AI Act triage per application, the duties it brings on the
 * roadmap, the approved tools register and shadow AI, the risk register seeded from the library,
 * and the Governance view as a room reads it.
 */

let session: FileSession;
let t: TestApp;
let gov: GovernancePage;

beforeAll(async () => {
  session = await startFileSession();
});
afterAll(async () => {
  await session?.close();
});

const CHATBOT = 'AI-powered chatbot for website engagement';
const CV = 'CV screening assistant';
/** The shipped duties table puts the Annex III deployer duties at this date (shared/governance/obligations.ts). */
const HIGH_RISK_DUTIES_MONTH = '2027-12';

async function addApplication(app: TestApp, title: string): Promise<void> {
  await app.page.getByRole('tab', { name: 'Plan', exact: true }).click();
  await app.page.getByRole('button', { name: 'Add AI application to Reduce order processing time' }).click();
  const input = app.page.getByRole('textbox', { name: 'AI application title' });
  await input.fill(title);
  await input.press('Enter');
  // Enter starts a next sibling: Escape leaves it out of the plan.
  await app.page.keyboard.press('Escape');
  await app.page.getByRole('button', { name: `AI application title: ${title}`, exact: true }).waitFor();
}

describe('triage, duties, tools and risks', () => {
  beforeEach(async () => {
    t = await openApp(session);
    gov = new GovernancePage(t.page);
    await t.app.startFromExample();
  });
  afterEach(async (context) => {
    expect(t.pageErrors).toEqual([]);
    await t.close(context.task);
  });

  it('the example’s chatbot is limited risk for the reason its answers give; unanswering a question makes it untriaged, and undo brings it back', async () => {
    await gov.open();
    expect(await gov.disclaimer.innerText()).toContain('not legal advice');
    expect(await gov.tierOf(CHATBOT)).toBe('limited');
    expect(await gov.reasonOf(CHATBOT)).toMatch(/talks with people/);

    await gov.openTriage(CHATBOT);
    expect(await gov.triageResult.getAttribute('data-tier')).toBe('limited');
    expect(await gov.triageResult.innerText()).toContain('Proposed: Limited risk');
    expect(await gov.checkbox('People are told they are dealing with AI').isVisible()).toBe(true);
    expect(await gov.applicationDuties.count()).toBeGreaterThan(0);

    await gov.answer('Does it talk with people?', 'Not answered');
    await gov.answer('Does it generate content that people see?', 'Not answered');
    await expect.poll(() => gov.tierOf(CHATBOT)).toBe('untriaged');
    expect(await gov.triageResult.innerText()).toContain('Not triaged');
    expect(await gov.triageResult.innerText()).toContain('Still to answer');

    await gov.answer('Does it talk with people?', 'Yes');
    await expect.poll(() => gov.tierOf(CHATBOT)).toBe('limited');
    await t.app.undoWithKeyboard();
    await expect.poll(() => gov.tierOf(CHATBOT)).toBe('untriaged');
    await t.app.redoWithKeyboard();
    await expect.poll(() => gov.tierOf(CHATBOT)).toBe('limited');
  });

  it('a new "CV screening assistant" is untriaged until answered, then high risk for employment, with its duties in the view and on the roadmap', async () => {
    await addApplication(t, CV);
    await gov.open();
    expect(await gov.tierOf(CV)).toBe('untriaged');

    await gov.openTriage(CV);
    expect(await gov.triageResult.innerText()).toContain('Not triaged');
    await gov.answer('Is it a prohibited practice?', 'No');
    await gov.chooseArea('Employment and worker management');
    await gov.answer('Do we use it, or build or sell it?', 'Deployer (we use it)');
    await expect.poll(() => gov.tierOf(CV)).toBe('high-risk');
    expect(await gov.reasonOf(CV)).toMatch(/employment/);
    expect(await gov.triageResult.innerText()).toContain('Proposed: High risk');
    expect(await gov.checkbox('The high-risk duties are planned').isVisible()).toBe(true);

    // The team overrides with a note, and takes it back.
    await gov.section.getByRole('combobox', { name: 'Tier the team sets' }).selectOption({ label: 'Minimal risk' });
    await gov.section.getByRole('textbox', { name: 'Why the team sets this tier' }).fill('Adviser says the tool only sorts, people decide');
    await expect.poll(() => gov.tierOf(CV)).toBe('minimal');
    expect(await gov.reasonOf(CV)).toContain('Adviser says the tool only sorts');
    await gov.section.getByRole('combobox', { name: 'Tier the team sets' }).selectOption({ label: 'The proposed tier' });
    await expect.poll(() => gov.tierOf(CV)).toBe('high-risk');

    const roadmap = new RoadmapPage(t.app);
    await roadmap.open();
    const start = await roadmap.horizonStart();
    const months = Number(await t.page.evaluate(() => document.querySelectorAll('.timeline__month').length));
    const offset = monthsBetween(start, HIGH_RISK_DUTIES_MONTH);
    const markers = t.page.getByTestId('duty-marker');
    const highRisk = markers.and(t.page.locator(`[data-month="${HIGH_RISK_DUTIES_MONTH}"]`));
    if (offset >= 0 && offset < months) {
      await highRisk.first().waitFor();
      expect(await highRisk.first().getAttribute('aria-label')).toContain(CV);
      expect(await highRisk.first().innerText()).toContain('High risk');
      // The literacy step of the example is a marker of its own kind; the legend names both marks.
      expect(await t.page.locator('[data-testid="duty-marker"][data-kind="literacy"]').count()).toBe(1);
      expect(await t.page.getByRole('list', { name: 'Governance marks' }).allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('AI Act duty')]));
      await gov.open();
      expect(await gov.duties.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(CV)]));
    } else {
      expect(await highRisk.count()).toBe(0);
    }
  });

  it('banning a tool an application uses raises the shadow-AI finding, which opens the application’s tools', async () => {
    const insight = new InsightPage(t.page);
    await gov.open();
    const before = await insight.badgeCount();
    await gov.setToolStatus('Website chatbot platform', 'Banned');
    await expect.poll(() => insight.badgeCount()).toBeGreaterThan(before);

    await insight.badge.click();
    const finding = insight.finding('shadow-ai', CHATBOT);
    await finding.waitFor();
    expect(await finding.innerText()).toContain('banned');
    await finding.locator('.finding__main').click();
    await gov.view.waitFor();
    await gov.section.waitFor();
    await expect.poll(() => t.page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Tools and data');
    expect(await gov.section.getByText('This tool is banned: choose an approved one.').isVisible()).toBe(true);

    await gov.setToolStatus('Website chatbot platform', 'Approved');
    await expect.poll(() => insight.finding('shadow-ai', CHATBOT).count()).toBe(0);
  });

  it('seeds the common risks once, shows them on the heat map, and lists a cell’s risks', async () => {
    await gov.open();
    const before = await gov.heatMapTotal();
    await gov.openTriage(CHATBOT);
    const own = await gov.risks().count();
    await gov.addCommonRisks();
    await expect.poll(() => gov.risks().count()).toBeGreaterThan(own);
    const seeded = await gov.risks().count();
    // Seeding again adds nothing: each library risk is there once.
    await gov.addCommonRisks();
    expect(await gov.risks().count()).toBe(seeded);
    await expect.poll(() => gov.heatMapTotal()).toBe(before + seeded - own);

    // The library's "wrong or invented output" starts at likelihood 4 × impact 3.
    await gov.cell(4, 3).click();
    expect(await gov.riskList.innerText()).toContain('Wrong or invented output');
    await gov.riskList.getByRole('button', { name: 'Wrong or invented output' }).first().click();
    await expect.poll(() => t.page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Risks \(\d+\)$/);

    await t.app.undoWithKeyboard();
    await expect.poll(() => gov.risks().count()).toBe(own);
  });

  it('adds a tool to the register, names it, and removes it with undo to bring it back', async () => {
    await gov.open();
    await gov.view.getByRole('button', { name: 'Add a tool' }).click();
    const name = t.page.getByRole('textbox', { name: 'Tool', exact: true }).last();
    await expect.poll(() => t.page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await name.fill('Transcription service');
    await gov.tool('Transcription service').getByRole('checkbox', { name: 'Internal' }).check();
    await gov.tool('Transcription service').getByRole('textbox', { name: 'Vendor' }).fill('Speech Ltd');
    expect(await gov.tool('Transcription service').getByRole('combobox', { name: 'Status' }).inputValue()).toBe('under-review');
    await gov.tool('Transcription service').getByRole('button', { name: 'Remove the tool Transcription service' }).click();
    await expect.poll(() => gov.tool('Transcription service').count()).toBe(0);
    expect(await t.app.statusMessage.innerText()).toContain('Undo brings it back');
    await t.app.undoWithKeyboard();
    await expect.poll(() => gov.tool('Transcription service').count()).toBe(1);
    expect(await gov.tool('Transcription service').getByRole('textbox', { name: 'Vendor' }).inputValue()).toBe('Speech Ltd');
  });

  it('the Dimensions view shows each application’s tier beside its ethical cell and the data it touches; both open its Governance section', async () => {
    await t.page.getByRole('tab', { name: 'Dimensions', exact: true }).click();
    const badge = t.page.getByRole('button', { name: `AI Act tier of ${CHATBOT}: Limited risk. Open its triage` });
    await badge.waitFor();
    await badge.click();
    await gov.section.waitFor();
    await expect.poll(() => t.page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('EU AI Act triage');
    expect(await t.page.getByRole('tab', { selected: true }).innerText()).toBe('Dimensions');

    const data = t.page.getByRole('button', { name: `Data ${CHATBOT} touches: Customer personal data. Open its tools and data` });
    await data.click();
    await expect.poll(() => t.page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Tools and data');
    await gov.checkbox('Staff personal data').check();
    await expect.poll(() => t.page.getByTestId('data-classes').first().innerText()).toContain('Staff personal data');
  });

  it('edits the duties table for this plan, and resets it to the shipped one', async () => {
    await gov.open();
    await gov.view.getByRole('button', { name: 'Duties table' }).click();
    expect(await gov.view.getByTestId('duties-as-of').innerText()).toContain('Table shipped with the app');
    await gov.view.getByRole('button', { name: 'Edit the table for this plan' }).click();
    await expect.poll(() => gov.view.getByTestId('duties-as-of').innerText()).toContain("This plan's own table");
    const rows = await gov.view.getByTestId('duty-row').count();
    await gov.view.getByRole('button', { name: 'Add a duty' }).click();
    await expect.poll(() => gov.view.getByTestId('duty-row').count()).toBe(rows + 1);
    await gov.view.getByRole('button', { name: 'Reset to the shipped table' }).click();
    await expect.poll(() => gov.view.getByTestId('duties-as-of').innerText()).toContain('Table shipped with the app');
    expect(await gov.view.getByTestId('duty-row').count()).toBe(rows);
  });
});

describe('the Governance view in a room', () => {
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
        const page = new GovernancePage(app.page);
        await room.showView('Governance');
        const found: string[] = [];
        const shot = screenshotPath(`governance-${name}.png`);
        await room.screenshot(shot);
        if (size.width === 1280) await keepForReadme(shot, 'governance.png');
        found.push(...report('Governance, panel shut', await room.problems()));
        // Everything the view can show at once: the duties table open, a heat-map cell's risks listed.
        await page.view.getByRole('button', { name: 'Duties table' }).click();
        await page.cell(4, 3).click();
        await room.settle();
        await room.screenshot(screenshotPath(`governance-${name}-open.png`));
        found.push(...report('Governance, table and risks open, panel shut', await room.problems()));
        if (await room.scrollViewToEnd()) {
          await room.screenshot(screenshotPath(`governance-${name}-end.png`));
          found.push(...report('Governance, panel shut, scrolled to the end', await room.problems()));
        }

        await app.page.evaluate(() => document.querySelector('main.view')?.scrollTo(0, 0));
        await page.openTriage(CHATBOT);
        await room.settle();
        await room.screenshot(screenshotPath(`governance-${name}-panel.png`));
        found.push(...report('Governance, panel open at the triage', await room.problems()));
        for (const part of ['tools', 'risks'] as const) {
          await app.page.evaluate((p) => {
            const body = document.querySelector('.detail-panel__body');
            const heading = document.querySelector(`[id^="gov-${p}-"]`);
            if (body && heading) body.scrollTop += heading.getBoundingClientRect().top - body.getBoundingClientRect().top - 8;
          }, part);
          await room.settle();
          await room.screenshot(screenshotPath(`governance-${name}-panel-${slug(part)}.png`));
          found.push(...report(`Governance, panel open at the ${part}`, await room.problems()));
        }
        if (await room.scrollViewToEnd()) found.push(...report('Governance, panel open, scrolled to the end', await room.problems()));
        await room.pressEscape();
        expect(await room.detailPanelIsOpen()).toBe(false);

        expect(found).toEqual([]);
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});
