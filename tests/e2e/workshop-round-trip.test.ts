import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startFileSession, type FileSession } from './harness/app-session';
import { WorkshopAgendaPage } from './pages/workshop-agenda-page';
import { WorkshopDecisionsPage } from './pages/workshop-decisions-page';
import { WorkshopIdeasPage } from './pages/workshop-ideas-page';
import { WorkshopVotingPage } from './pages/workshop-voting-page';

/*
 * #17 end to end: a whole off-site in one plan (agenda edited, ideas captured, a use case inserted,
 * a secret vote revealed, a decision recorded), saved, and reopened in a fresh window with all of it
 * there.
 */

let session: FileSession;
beforeAll(async () => {
  session = await startFileSession();
});
afterAll(async () => {
  await session?.close();
});

const CHATBOT = 'AI-powered chatbot for website engagement';
const IDEA = 'Answer supplier emails faster';
const PROBLEM = 'Suppliers wait two days for an answer';
const USE_CASE = 'Invoice matching';
const DECISION = 'Start the supplier email pilot in March';

describe('an off-site saved and reopened', () => {
  it('keeps the agenda, the ideas, the revealed vote and the decisions', async () => {
    const t = await openApp(session);
    const file = join(t.dir, 'off-site.aiplan');
    try {
      await t.app.startFromExample();
      const agenda = new WorkshopAgendaPage(t.app);
      await agenda.open();
      await agenda.setMinutes(1, '45');
      const totalBefore = await agenda.total.innerText();

      const ideas = new WorkshopIdeasPage(t.app);
      await ideas.open();
      await ideas.capture(IDEA, PROBLEM);
      await ideas.addUseCase(USE_CASE);
      await expect.poll(() => ideas.ideaTitles()).toEqual(expect.arrayContaining([IDEA, USE_CASE]));

      const voting = new WorkshopVotingPage(t.app);
      await voting.open();
      await voting.removeEveryone();
      await voting.addPeople('Anna', 'Ben');
      await voting.chooseMode('Impact and feasibility scores');
      for (const [name, impact] of [['Anna', 5], ['Ben', 2]] as const) {
        await voting.startBallot(name);
        await voting.clickScore(CHATBOT, 'Impact', impact);
        await voting.clickScore(CHATBOT, 'Feasibility', 4);
        await voting.finishBallot();
      }
      await voting.press('Reveal results');
      await voting.table.waitFor();
      const impactCell = await voting.cell(CHATBOT, 'impact');

      const decisions = new WorkshopDecisionsPage(t.app);
      await decisions.open();
      await decisions.record(DECISION);
      await decisions.setOwner(DECISION, 'Head of Purchasing');

      await t.app.save(file);
      expect(t.pageErrors).toEqual([]);

      const reopened = await openApp(session);
      try {
        reopened.bridge.nextOpenPath = file;
        await reopened.app.openFile(file);
        await reopened.page.locator('.view').waitFor();

        const agendaAgain = new WorkshopAgendaPage(reopened.app);
        await agendaAgain.open();
        expect(await agendaAgain.minutesField(1).inputValue()).toBe('45');
        expect(await agendaAgain.total.innerText()).toBe(totalBefore);

        const ideasAgain = new WorkshopIdeasPage(reopened.app);
        await ideasAgain.open();
        expect(await ideasAgain.ideaTitles()).toEqual(expect.arrayContaining([IDEA, USE_CASE]));
        expect(await ideasAgain.problemOf(IDEA).inputValue()).toBe(PROBLEM);

        const votingAgain = new WorkshopVotingPage(reopened.app);
        await votingAgain.open();
        expect(await votingAgain.people()).toEqual(['Anna', 'Ben']);
        await votingAgain.table.waitFor();
        expect(await votingAgain.cell(CHATBOT, 'impact')).toBe(impactCell);

        const decisionsAgain = new WorkshopDecisionsPage(reopened.app);
        await decisionsAgain.open();
        expect(await decisionsAgain.decisionOrder()).toContain(DECISION);
        expect(await decisionsAgain.decision(DECISION).getByRole('textbox', { name: 'Owner', exact: true }).inputValue()).toBe('Head of Purchasing');
        expect(reopened.pageErrors).toEqual([]);
      } finally {
        await reopened.close();
      }
    } finally {
      await t.close();
    }
  }, 180_000);
});
