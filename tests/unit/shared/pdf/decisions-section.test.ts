import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import { deleteApplication } from '../../../../shared/operations/matrix';
import { renderPlanPdf, type PdfOptions } from '../../../../shared/pdf';
import { addDecision, updateDecision } from '../../../../shared/workshop/workshop-ops';
import { examplePlan, internationalPlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { flatText, pdfWorkspace, shippedFonts } from './pdf-tools';

/*
 * The board pack's "Decisions and actions" section (#17 §4). The example plan's decision is about the
 * chatbot, owned by the Head of Marketing and due 15 March 2027 (the 15th of the chatbot pilot's month).
 */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const render = (plan: Plan, options: Partial<PdfOptions> = {}) => renderPlanPdf(plan, { fonts, date: '2026-12-02', sections: ['decisions'], ...options });
const sectionText = (name: string, plan: Plan, options: Partial<PdfOptions> = {}) => flatText(workspace.write(name, render(plan, options)));

const DECISION = "Start the chatbot pilot on the contact page only, and report the first month's qualified leads to the board.";
const PARKED = "Do we need the data protection officer's sign-off before customer questions reach the chatbot?";

function withSecondDecision(plan: Plan, partial: { text: string; owner?: string; due?: string | null; done?: boolean }): Plan {
  return addDecision(plan, { now: '2026-12-01T09:00:00.000Z', today: '2026-12-01', newId: () => 'd-second' }, partial).plan;
}

describe('the board pack’s Decisions and actions section', () => {
  it('prints each decision with its owner, due date, linked item and status, then the parked questions', () => {
    const text = sectionText('decisions-en.pdf', examplePlan());
    expect(text).toContain('Decisions and actions');
    expect(text).toContain('1 decision (1 open, 0 overdue, 0 done) and 1 parked question, as of 2 December 2026.');
    expect(text).toContain(`${DECISION} Head of Marketing 15 March 2027 AI application: AI-powered chatbot for website engagement Open`);
    expect(text).toContain('Parked questions · 1');
    expect(text).toContain(PARKED);
  });

  it('says "Overdue" once the pack’s date is past the due date, and "Done" for a decision done', () => {
    expect(sectionText('decisions-late.pdf', examplePlan(), { date: '2027-03-16' })).toMatch(/AI-powered chatbot for website engagement Overdue/);
    expect(sectionText('decisions-due-day.pdf', examplePlan(), { date: '2027-03-15' })).toMatch(/AI-powered chatbot for website engagement Open/);
    const plan = examplePlan();
    const done = updateDecision(plan, plan.workshop.decisions[0]!.id, { done: true });
    expect(sectionText('decisions-done.pdf', done, { date: '2027-03-16' })).toContain('1 decision (0 open, 0 overdue, 1 done)');
  });

  it('lists open decisions first by due date, undated ones after them, done ones last', () => {
    let plan = withSecondDecision(examplePlan(), { text: 'Hire a data engineer', owner: 'Finance lead', due: '2027-02-01' });
    plan = addDecision(plan, { now: '', today: '2026-12-01', newId: () => 'd-undated' }, { text: 'Revisit the tool register', due: null }).plan;
    plan = addDecision(plan, { now: '', today: '2026-12-01', newId: () => 'd-done' }, { text: 'Name an AI lead', due: '2027-01-10', done: true }).plan;
    const text = sectionText('decisions-order.pdf', plan);
    const at = (s: string) => text.indexOf(s);
    expect(at('Hire a data engineer')).toBeLessThan(at('Start the chatbot pilot'));
    expect(at('Start the chatbot pilot')).toBeLessThan(at('Revisit the tool register'));
    expect(at('Revisit the tool register')).toBeLessThan(at('Name an AI lead'));
    expect(text).toContain('Revisit the tool register no owner named no date');
  });

  it('reads "(deleted item)" where the linked item has since been deleted', () => {
    const plan = examplePlan();
    const text = sectionText('decisions-deleted.pdf', deleteApplication(plan, plan.applications[0]!.id));
    expect(text).toContain('Head of Marketing 15 March 2027 (deleted item) Open');
  });

  it('writes headings, dates and statuses in the pack’s language', () => {
    const text = sectionText('decisions-de.pdf', examplePlan(), { locale: 'de', date: '2027-04-01' });
    expect(text).toContain('Entscheidungen und Maßnahmen');
    expect(text).toContain('15. März 2027');
    expect(text).toContain('KI-Anwendung: AI-powered chatbot for website engagement Überfällig');
    expect(text).toContain('Geparkte Fragen · 1');
  });

  it('says in one line that none were recorded, for a plan without decisions or parked questions', () => {
    const text = sectionText('decisions-none.pdf', internationalPlan());
    expect(text).toContain('Decisions and actions No decisions or parked questions were recorded.');
    expect(text).not.toContain('Parked questions');
  });

  it('is in the full pack after the findings and before readiness', () => {
    const text = sectionText('decisions-full.pdf', examplePlan(), { sections: undefined, findings: [] });
    expect(text.indexOf('Alignment findings')).toBeLessThan(text.lastIndexOf('Decisions and actions'));
    expect(text.lastIndexOf('Decisions and actions')).toBeLessThan(text.lastIndexOf('Readiness and governance'));
    expect(text).toContain(DECISION);
  });

  it('gives the same bytes for the same plan, options and date', () => {
    const a = Buffer.from(render(examplePlan(), { sections: undefined, findings: [] }));
    const b = Buffer.from(render(examplePlan(), { sections: undefined, findings: [] }));
    expect(a.equals(b)).toBe(true);
  });
});
