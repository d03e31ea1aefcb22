import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../fixtures/fixture-files';
import { aiplan } from './run-aiplan';
import { useExamplePlanFiles } from './example-plan-files';

/*
 * The workshop block of `aiplan check` (#17). Expected values are read off the example plan by hand:
 * the default agenda of seven steps (30 + 60 + 75 + 60 + 60 + 45 + 30 = 360 minutes), three
 * participants, dot voting not revealed and no ballot in, one parked question, and one open decision
 * on the chatbot owned by the Head of Marketing, due 2027-03-15.
 */

const fixture = (name: string) => fileURLToPath(new URL(name, FIXTURES_DIR));

const { examplePlanWith } = useExamplePlanFiles('aiplan-workshop-');

const DECISION = "Start the chatbot pilot on the contact page only, and report the first month's qualified leads to the board.";
const json = async (path: string, now?: Date) => JSON.parse((await aiplan(['check', path, '--json'], now)).stdout);

describe('aiplan check --json: workshop', () => {
  it('reports the agenda, participants, voting, parked questions and decisions of the example', async () => {
    const { workshop } = await json(fixture('example.aiplan'));
    expect(workshop).toEqual({
      agenda: { steps: 7, plannedMinutes: 360 },
      participants: 3,
      voting: { mode: 'dots', revealed: false, ballotsDone: 0 },
      parked: 1,
      decisions: { total: 1, open: 1, done: 0, overdue: [] },
    });
  });

  it('lists the decisions past their due date on the day of the check, soonest due first, and counts done ones apart', async () => {
    const path = examplePlanWith((doc) => {
      const [first] = doc.workshop.decisions;
      doc.workshop.decisions.push(
        { ...first, id: 'late-early', text: 'Name an AI lead', owner: '', due: '2027-01-05' },
        { ...first, id: 'done-one', text: 'Approve the AI policy', due: '2027-01-01', done: true },
      );
      doc.workshop.voting = { ...doc.workshop.voting, mode: 'scores', revealed: true, ballotsDone: [doc.workshop.participants[0].id] };
    });
    const { workshop } = await json(path, new Date('2027-03-16T10:00:00.000Z'));
    expect(workshop.voting).toEqual({ mode: 'scores', revealed: true, ballotsDone: 1 });
    expect(workshop.decisions).toEqual({
      total: 3,
      open: 2,
      done: 1,
      overdue: [
        { id: 'late-early', text: 'Name an AI lead', owner: '', due: '2027-01-05' },
        { id: expect.any(String), text: DECISION, owner: 'Head of Marketing', due: '2027-03-15' },
      ],
    });
  });

  it('reports an empty workshop for a plan without one', async () => {
    const path = examplePlanWith((doc) => {
      delete doc.workshop;
    });
    expect((await json(path)).workshop).toEqual({
      agenda: { steps: 0, plannedMinutes: 0 },
      participants: 0,
      voting: { mode: 'dots', revealed: false, ballotsDone: 0 },
      parked: 0,
      decisions: { total: 0, open: 0, done: 0, overdue: [] },
    });
  });

  it('adds lines to the text report only when decisions are overdue', async () => {
    const quiet = await aiplan(['check', fixture('example.aiplan')]);
    expect(quiet.stdout).not.toContain('past the due date');
    const late = await aiplan(['check', fixture('example.aiplan')], new Date('2027-03-16T10:00:00.000Z'));
    expect(late.stdout).toContain(`Workshop: 1 decision is past the due date and not done.\n  Due 2027-03-15, owner Head of Marketing: ${DECISION}\n`);
  });

  it('words the lines in the language asked for', async () => {
    const { stdout } = await aiplan(['check', fixture('example.aiplan'), '--lang', 'de'], new Date('2027-03-16T10:00:00.000Z'));
    expect(stdout).toContain('Workshop: 1 Entscheidung ist über die Frist und nicht erledigt.\n  Fällig 2027-03-15, verantwortlich Head of Marketing:');
  });
});
