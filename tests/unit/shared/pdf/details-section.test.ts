import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import { renderPlanPdf, type PdfOptions } from '../../../../shared/pdf';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { writtenPlan } from '../../../fixtures/pdf/written-plan';
import { flatText, pdfInfo, pdfWorkspace, shippedFonts } from './pdf-tools';

/* #18 §2: "Applications in detail" prints what the team wrote about each application. */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

/** The example with nothing written about its applications: the empty case. */
const withoutNotes = (plan: Plan): Plan => ({ ...plan, applications: plan.applications.map((a) => ({ ...a, problem: '', description: '', dataReadiness: '', risk: '' })) });

const render = (plan: Plan, options: Partial<PdfOptions> = {}) => renderPlanPdf(plan, { fonts, date: '2027-03-15', sections: ['details'], ...options });

describe('the board pack’s Applications in detail section', () => {
  const plan = writtenPlan();
  let text: string;
  beforeAll(() => {
    text = flatText(workspace.write('details-100.pdf', render(plan)));
  });

  it('prints every application’s problem, description, data-readiness note and risk note in a 100-application plan', () => {
    expect(plan.applications).toHaveLength(100);
    const missing = plan.applications.flatMap((a) =>
      [`Problem: ${a.problem}`, a.description, `Data: ${a.dataReadiness}`, `Risk: ${a.risk}`, `Owner: ${a.owner}`].filter((s) => !text.includes(s)),
    );
    expect(missing).toEqual([]);
  });

  it('prints each pillar’s description under its title, and each objective’s description', () => {
    for (const pillar of plan.pillars) expect(text).toContain(`${pillar.title} ${pillar.description}`);
    // A full-width row's text comes out of pdftotext away from its table's head, so only its presence is checked.
    expect(plan.objectives.filter((o) => !text.includes(o.description))).toEqual([]);
  });

  it('keeps the matrix’s order: pillar by pillar, objective by objective', () => {
    const at = plan.applications.map((a) => text.indexOf(a.description));
    expect(at.every((position, i) => i === 0 || position > at[i - 1]!)).toBe(true);
  });

  it('prints the example’s descriptions and notes', () => {
    const example = flatText(workspace.write('details-example.pdf', render(examplePlan())));
    for (const app of examplePlan().applications) expect(example).toContain(app.description);
    expect(example).toContain('Risk: Wrong answers about prices or delivery');
    expect(example).not.toContain('No description written');
  });

  it('says where nothing was written, and prints the application with its owner all the same', () => {
    const unwritten = withoutNotes(examplePlan());
    const example = flatText(workspace.write('details-unwritten.pdf', render(unwritten)));
    expect(example).toContain('Applications in detail');
    for (const app of unwritten.applications) expect(example).toContain(app.title);
    expect(example).toContain('Owner: Head of Marketing');
    expect(example).toContain('No description written');
    expect(example).toContain('No data or risk note written');
  });

  it('prints only the fields written: a risk note alone shows no empty "Data:" line', () => {
    const base = withoutNotes(examplePlan());
    const app = base.applications[0]!;
    const onlyRisk: Plan = { ...base, applications: base.applications.map((a) => (a.id === app.id ? { ...a, risk: 'The vendor may change its model.', dataReadiness: '' } : a)) };
    const only = flatText(workspace.write('details-risk.pdf', render(onlyRisk)));
    expect(only).toContain('Risk: The vendor may change its model.');
    expect(only).not.toContain('Data:');
  });

  it('writes its headings in German', () => {
    const german = flatText(workspace.write('details-de.pdf', render(writtenPlan({ pillars: 1, objectivesPerPillar: 1, applicationsPerObjective: 2 }), { locale: 'de' })));
    expect(german).toContain('KI-Anwendungen im Einzelnen');
    expect(german).toContain('Problem und Beschreibung');
    expect(german).toContain('Risiko: Risk note');
  });

  it('gives the same bytes for the same plan and date', () => {
    const small = writtenPlan({ pillars: 2, objectivesPerPillar: 2, applicationsPerObjective: 3 });
    expect(Buffer.from(render(small)).equals(Buffer.from(render(small)))).toBe(true);
    expect(Number(pdfInfo(workspace.write('details-small.pdf', render(small))).Pages)).toBeGreaterThanOrEqual(1);
  });
});
