import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialisePlan } from '../../shared/plan-load';
import { generatePlan } from '../fixtures/generate-plan';
import { openApp, useFileSession, type TestApp } from './harness/app-session';
import { keepForReadme, screenshotPath } from './harness/screenshots';
import { DisplayPage } from './pages/display-page';
import { InsightPage } from './pages/insight-page';
import { reportProblems as report } from './pages/room-page';
import { WorkshopVotingPage } from './pages/workshop-voting-page';

/*
 * The room's vote (#17 §3) on the example plan: three people pass the laptop and score impact and
 * feasibility in secret, the reveal shows medians and flags the application they disagree on,
 * applying the medians moves its card on the 2×2 in one undoable step; dot-voting totals; clearing;
 * the panel in a room at three window sizes.
 */
const files = useFileSession();

const CHATBOT = 'AI-powered chatbot for website engagement';
const RPA = 'Robotic process automation for order entry';
/** The example scores it impact 3, feasibility 2: "Avoid for now" on the 2×2. */
const TRENDS = 'Machine learning for market trend analysis';
const SERVICE = 'AI-driven personalised customer service';

async function withApp(viewport: { width: number; height: number }, body: (t: TestApp, voting: WorkshopVotingPage) => Promise<void>): Promise<void> {
  const t = await openApp(files.session, { viewport });
  try {
    await t.app.startFromExample();
    const voting = new WorkshopVotingPage(t.app);
    await voting.open();
    // The example's off-site brings its own three people; these tests seat their own.
    await voting.removeEveryone();
    await body(t, voting);
    expect(t.pageErrors).toEqual([]);
  } finally {
    await t.close();
  }
}

describe('people in the room', () => {
  it('adds people one after another with Enter, renames one in place, removes one with their votes, and undo brings them back', async () => {
    await withApp({ width: 1280, height: 720 }, async (t, voting) => {
      await voting.addPeople('Anna', 'Ben', 'Chi');
      expect(await voting.people()).toEqual(['Anna', 'Ben', 'Chi']);
      // The field is empty and keeps the focus for the next name.
      expect(await voting.nameField.inputValue()).toBe('');
      expect(await voting.nameField.evaluate((el) => el === document.activeElement)).toBe(true);

      await voting.panel.getByRole('button', { name: 'Participant name: Chi', exact: true }).dblclick();
      await voting.panel.getByRole('textbox', { name: 'Participant name', exact: true }).fill('Chidi');
      await t.page.keyboard.press('Enter');
      expect(await voting.people()).toEqual(['Anna', 'Ben', 'Chidi']);

      await voting.chooseMode('Dots');
      await voting.startBallot('Ben');
      await voting.giveDot(CHATBOT, 2);
      await voting.finishBallot();
      expect(await voting.progress.innerText()).toBe('1 of 3 ballots are in');

      await voting.panel.getByRole('button', { name: 'Remove Ben and their votes', exact: true }).click();
      expect(await voting.people()).toEqual(['Anna', 'Chidi']);
      expect(await t.app.statusMessage.innerText()).toBe('Removed Ben and their vote. Undo brings them back.');
      expect(await voting.progress.innerText()).toBe('0 of 2 ballots are in');

      await t.app.undoWithKeyboard();
      await expect.poll(() => voting.people()).toEqual(['Anna', 'Ben', 'Chidi']);
      expect(await voting.progress.innerText()).toBe('1 of 3 ballots are in');
      await voting.press('Reveal results');
      expect(await voting.cell(CHATBOT, 'dots')).toBe('2');
    });
  });
});

describe('secret scores, the reveal and the 2×2', () => {
  it('three people score in turn, none sees another’s votes, the reveal flags the disagreement, and applying the medians moves the card (undo moves it back)', async () => {
    await withApp({ width: 1280, height: 720 }, async (t, voting) => {
      await voting.addPeople('Anna', 'Ben', 'Chi');
      await voting.chooseMode('Impact and feasibility scores');
      expect(await voting.secret.isChecked()).toBe(true);

      // Anna with the keyboard: she thinks market trends are worth everything.
      await voting.startBallot('Anna');
      await voting.keyScore(TRENDS, 'Impact', 5);
      await voting.keyScore(TRENDS, 'Feasibility', 5);
      await voting.keyScore(CHATBOT, 'Impact', 4);
      await voting.keyScore(CHATBOT, 'Feasibility', 4);
      expect(await voting.checkedScore(TRENDS, 'Impact')).toBe(5);
      expect(await voting.checkedScore(CHATBOT, 'Feasibility')).toBe(4);
      // Secret: no totals anywhere while the ballots come in.
      expect(await voting.results.getByTestId('results-hidden').isVisible()).toBe(true);
      expect(await voting.table.count()).toBe(0);
      await voting.finishBallot();
      expect(await voting.voter('Anna').isDisabled()).toBe(true);
      expect(await voting.progress.innerText()).toBe('1 of 3 ballots are in');

      // Ben with the mouse: his ballot opens blank, Anna's votes nowhere on it.
      await voting.startBallot('Ben');
      expect(await voting.checkedCount()).toBe(0);
      expect(await voting.checkedScore(TRENDS, 'Impact')).toBeNull();
      await voting.clickScore(TRENDS, 'Impact', 4);
      await voting.clickScore(TRENDS, 'Feasibility', 4);
      await voting.clickScore(CHATBOT, 'Impact', 4);
      await voting.clickScore(CHATBOT, 'Feasibility', 5);
      expect(await voting.checkedCount()).toBe(4);
      await voting.finishBallot();

      // Chi doubts it: impact 1. Again none of the others' scores show.
      await voting.startBallot('Chi');
      expect(await voting.checkedCount()).toBe(0);
      await voting.clickScore(TRENDS, 'Impact', 1);
      await voting.keyScore(TRENDS, 'Feasibility', 3);
      await voting.clickScore(CHATBOT, 'Impact', 5);
      await voting.clickScore(CHATBOT, 'Feasibility', 4);
      await voting.finishBallot();
      expect(await voting.progress.innerText()).toBe('3 of 3 ballots are in');
      expect(await voting.table.count()).toBe(0);

      await voting.press('Reveal results');
      await voting.table.waitFor();
      // Medians (5, 4, 1 → 4; 5, 4, 3 → 4) with the lowest and highest under them.
      expect(await voting.cell(TRENDS, 'impact')).toBe('4 1–5');
      expect(await voting.cell(TRENDS, 'feasibility')).toBe('4 3–5');
      expect(await voting.cell(CHATBOT, 'impact')).toBe('4 4–5');
      expect(await voting.cell(TRENDS, 'people')).toBe('3');
      const flag = voting.resultRow(TRENDS).getByTestId('wide-spread');
      expect(await flag.innerText()).toBe('Discuss before deciding');
      expect(await flag.locator('svg').count()).toBe(1);
      expect(await voting.resultRow(CHATBOT).getByTestId('wide-spread').count()).toBe(0);
      // Equal medians (4 × 4): plan order, the chatbot first.
      expect(await voting.resultTitles()).toEqual([CHATBOT, TRENDS]);
      expect(await voting.starters.innerText()).toContain(`Starter candidates: ${CHATBOT} and ${TRENDS}`);
      // The panel's blocks from their top edge, so the results table shows whole in 720 px.
      await voting.panel.getByTestId('voting-panel').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await t.page.mouse.move(640, 5);
      await voting.room.settle();
      await keepForReadme(await shot(t, 'workshop-voting-scores.png'), 'workshop-voting.png');

      const insight = new InsightPage(t.page);
      await insight.showView('Priorities');
      expect(await insight.card(TRENDS).getAttribute('data-impact')).toBe('3');
      expect(await insight.card(TRENDS).getAttribute('data-feasibility')).toBe('2');

      await voting.open();
      await voting.press('Apply medians and mark starter candidates');
      expect(await t.app.statusMessage.innerText()).toBe("Applied the vote: 1 application took the room's medians, 1 new starter candidate marked. Undo puts them back.");

      await insight.showView('Priorities');
      const card = insight.card(TRENDS);
      expect([await card.getAttribute('data-impact'), await card.getAttribute('data-feasibility')]).toEqual(['4', '4']);
      expect(await card.locator('.prio-card__starter').count()).toBe(1);
      expect(await insight.card(CHATBOT).getAttribute('data-impact')).toBe('4');

      // One step: a single undo puts both the scores and the starter mark back.
      await t.app.undoWithKeyboard();
      await expect.poll(() => card.getAttribute('data-impact')).toBe('3');
      expect(await card.getAttribute('data-feasibility')).toBe('2');
      expect(await card.locator('.prio-card__starter').count()).toBe(0);
    });
  });
});

async function shot(t: TestApp, name: string): Promise<string> {
  const path = screenshotPath(name);
  await t.page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  return path;
}

describe('dot-voting', () => {
  it('refuses a bad number of dots with the reason, then three people give 3 dots each and the totals add up; clearing asks nothing and undo brings the votes back', async () => {
    await withApp({ width: 1280, height: 720 }, async (t, voting) => {
      await voting.addPeople('Anna', 'Ben', 'Chi');
      await voting.chooseMode('Dots');
      for (const bad of ['0', 'lots', '51', '2.5']) {
        await voting.setDotsPerPerson(bad);
        expect(await voting.panel.getByRole('alert').innerText()).toBe('Dots per person is a whole number from 1 to 50; nothing was changed.');
        expect(await voting.dotsPerPerson.getAttribute('aria-invalid')).toBe('true');
      }
      // Nothing was committed: a ballot still has the 5 dots a workshop starts with.
      await voting.startBallot('Anna');
      expect(await voting.dotsLeft()).toBe('5 dots left');
      await voting.setDotsPerPerson('3');
      expect(await voting.panel.getByRole('alert').count()).toBe(0);
      expect(await voting.dotsLeft()).toBe('3 dots left');
      await voting.giveDot(CHATBOT, 2);
      await voting.giveDot(TRENDS);
      expect(await voting.dotsLeft()).toBe('No dots left');
      expect(await voting.moreDots(RPA).isDisabled()).toBe(true);
      await voting.finishBallot();

      await voting.startBallot('Ben');
      expect(await voting.dotsLeft()).toBe('3 dots left');
      expect(await voting.ballotRow(CHATBOT).getByTestId('own-dots').innerText()).toBe('0 dots');
      await voting.giveDot(CHATBOT, 3);
      await voting.finishBallot();

      await voting.startBallot('Chi');
      await voting.giveDot(RPA);
      await voting.giveDot(TRENDS, 2);
      await voting.finishBallot();

      await voting.press('Reveal results');
      expect(await voting.resultTitles()).toEqual([CHATBOT, TRENDS, RPA]);
      expect(await voting.cell(CHATBOT, 'dots')).toBe('5');
      expect(await voting.cell(TRENDS, 'dots')).toBe('3');
      expect(await voting.cell(RPA, 'dots')).toBe('1');
      expect(await voting.cell(TRENDS, 'people')).toBe('2');
      expect(await voting.resultRow(SERVICE).count()).toBe(0);

      await voting.press('Clear votes');
      expect(await t.app.statusMessage.innerText()).toBe('Cleared the votes of 3 people and every ballot. Undo brings them back.');
      expect(await voting.table.count()).toBe(0);
      expect(await voting.progress.innerText()).toBe('0 of 3 ballots are in');
      await voting.startBallot('Anna');
      expect(await voting.dotsLeft()).toBe('3 dots left');

      await t.app.undoWithKeyboard();
      await expect.poll(() => voting.cell(CHATBOT, 'dots')).toBe('5');
      expect(await voting.progress.innerText()).toBe('3 of 3 ballots are in');
    });
  });

  it('without secrecy shows the running totals as the dots go in', async () => {
    await withApp({ width: 1280, height: 720 }, async (_t, voting) => {
      await voting.addPeople('Anna');
      await voting.chooseMode('Dots');
      await voting.secret.uncheck();
      await voting.startBallot('Anna');
      await voting.giveDot(SERVICE, 2);
      expect(await voting.results.getByRole('heading', { name: 'Running totals', exact: true }).isVisible()).toBe(true);
      await expect.poll(() => voting.cell(SERVICE, 'dots')).toBe('2');
    });
  });
});

describe('the Voting panel in a room', () => {
  const SIZES = [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ] as const;

  for (const size of SIZES) {
    it(`at ${size.width}×${size.height}: the ballot and the results show all their text at 13 px or more, nothing covered or cut, detail panel shut and open, at Normal and Extra large`, async () => {
      await withApp(size, async (t, voting) => {
        const name = `${size.width}x${size.height}`;
        const found: string[] = [];
        const look = async (where: string, file: string) => {
          await voting.room.settle();
          await voting.room.screenshot(screenshotPath(`workshop-voting-${name}-${file}.png`));
          found.push(...report(where, await voting.room.problems()));
          if (await voting.room.scrollViewToEnd()) found.push(...report(`${where}, at its end`, await voting.room.problems()));
          await t.page.evaluate(() => document.querySelector('main.view')?.scrollTo(0, 0));
        };
        await voting.addPeople('Anna', 'Ben', 'Chi');
        await voting.chooseMode('Impact and feasibility scores');
        await voting.startBallot('Anna');
        await voting.clickScore(TRENDS, 'Impact', 5);
        await look('Score ballot, panel shut', 'scores-ballot');
        await voting.finishBallot();
        await voting.startBallot('Ben');
        await voting.clickScore(TRENDS, 'Impact', 1);
        await voting.finishBallot();
        await voting.press('Reveal results');
        await look('Score results, panel shut', 'scores-results');

        await voting.room.openDetailsOfFirstApplication();
        await voting.open();
        expect(await voting.room.detailPanelIsOpen()).toBe(true);
        await look('Score results, panel open', 'scores-results-panel');
        await voting.startBallot('Chi');
        await look('Score ballot, panel open', 'scores-ballot-panel');

        // A switch of mode starts a new round: nobody has voted yet, and the results hide until revealed.
        await voting.chooseMode('Dots');
        await voting.startBallot('Anna');
        await voting.giveDot(CHATBOT, 1);
        await voting.finishBallot();
        await voting.press('Reveal results');
        await voting.startBallot('Chi');
        await voting.giveDot(CHATBOT, 2);
        await look('Dot ballot and results, panel open', 'dots-panel');
        const display = new DisplayPage(t.app);
        await display.fromMenu('room-size:extra-large');
        await look('Dot ballot and results, extra large, panel open', 'dots-panel-xl');
        await voting.room.pressEscape();
        expect(await voting.room.detailPanelIsOpen()).toBe(false);
        await look('Dot ballot and results, extra large, panel shut', 'dots-xl');
        await voting.chooseMode('Impact and feasibility scores');
        await voting.startBallot('Chi');
        await look('Score ballot and results, extra large, panel shut', 'scores-xl');
        await display.fromMenu('room-size:normal');
        await look('Score ballot and results, panel shut', 'scores');
        expect(found).toEqual([]);
      });
    });
  }
});

// 300 applications: twice the windowing threshold (150), at a fraction of the time a 1,000-application file takes to open here.
describe('a room voting on a big plan', () => {
  it('mounts only the ballot rows and result rows near the view, and reaches the last of each by scrolling', async () => {
    const generated = generatePlan({ pillars: 6, objectivesPerPillar: 5, applicationsPerObjective: 10, kpisPerApplication: 1, scheduled: false, startMonth: '2027-01' });
    const people = Array.from({ length: 20 }, (_, i) => ({ id: `person${i + 1}`, name: `Person ${i + 1}` }));
    // Nineteen have scored everything (impact and feasibility by a fixed pattern); Person 20 has not voted.
    const scores = people.slice(0, 19).flatMap((p, i) => generated.applications.map((a, j) => ({ participantId: p.id, applicationId: a.id, impact: 1 + ((i + j) % 5), feasibility: 1 + ((i * 3 + j) % 5) })));
    const plan = {
      ...generated,
      workshop: { ...generated.workshop, participants: people, scores, voting: { mode: 'scores' as const, dotsPerPerson: 5, secret: true, revealed: false, ballotsDone: people.slice(0, 19).map((p) => p.id) } },
    };
    const t = await openApp(files.session, { viewport: { width: 1280, height: 720 } });
    try {
      const path = join(t.dir, 'room.aiplan');
      await writeFile(path, serialisePlan(plan));
      await t.app.startBlank();
      await t.app.openFile(path);
      const voting = new WorkshopVotingPage(t.app);
      await voting.open();
      expect(await voting.progress.innerText()).toBe('19 of 20 ballots are in');

      await voting.startBallot('Person 20');
      await voting.room.settle();
      const rows = voting.ballot.getByTestId('ballot-row');
      const mounted = await rows.count();
      expect(mounted).toBeGreaterThan(0);
      expect(mounted).toBeLessThan(100);
      expect(await voting.checkedCount()).toBe(0);
      const last = generated.applications.at(-1)!;
      await voting.room.scrollViewToEnd();
      await voting.room.scrollViewToEnd();
      await expect.poll(() => voting.scale(last.title, 'Impact').count()).toBe(1);
      await voting.clickScore(last.title, 'Impact', 2);
      expect(await voting.checkedScore(last.title, 'Impact')).toBe(2);
      await voting.finishBallot();

      await t.page.evaluate(() => document.querySelector('main.view')?.scrollTo(0, 0));
      await voting.press('Reveal results');
      await voting.table.waitFor();
      await voting.room.settle();
      const resultRows = voting.table.getByTestId('result-row');
      expect(await resultRows.count()).toBeLessThan(100);
      await voting.room.scrollViewToEnd();
      await voting.room.scrollViewToEnd();
      // At the end the table's last child is a row, not a gap standing for rows not yet mounted.
      await expect.poll(() => voting.table.locator('tbody > tr').last().getAttribute('data-testid')).toBe('result-row');
      expect(t.pageErrors).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
