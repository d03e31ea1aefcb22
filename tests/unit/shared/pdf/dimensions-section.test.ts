import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import { renderPlanPdf, type PdfOptions } from '../../../../shared/pdf';
import { DIMENSIONS } from '../../../../shared/schema/plan-schema';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { dimensionNotes, writtenPlan } from '../../../fixtures/pdf/written-plan';
import { flatText, pdfWorkspace, shippedFonts } from './pdf-tools';

/* #18 §2: the six-dimension assessment as a heat map, with every note the team wrote. */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const render = (plan: Plan, options: Partial<PdfOptions> = {}) => renderPlanPdf(plan, { fonts, date: '2027-03-15', sections: ['dimensions'], ...options });

describe('the board pack’s Alignment dimensions section', () => {
  it('prints the example’s "Privacy review booked before the pilot." against the application and dimension it belongs to', () => {
    const plan = examplePlan();
    const noted = plan.applications.filter((a) => a.dimensions.ethical.note === 'Privacy review booked before the pilot.');
    expect(noted.length).toBeGreaterThan(0);
    const text = flatText(workspace.write('dimensions-example.pdf', render(plan)));
    for (const app of noted) expect(text).toContain(`${app.title} Ethical: ◐ Partly Privacy review booked before the pilot.`);
  });

  it('shows each application’s six levels as symbol and word, a * where a note was written', () => {
    const plan = examplePlan();
    const text = flatText(workspace.write('dimensions-map.pdf', render(plan)));
    expect(text).toContain('AI application Functional Tactical Strategic Cultural Ethical Societal');
    const chatbot = plan.applications[0]!;
    const symbol = { 'not-considered': '○ Not considered', partly: '◐ Partly', addressed: '● Addressed' } as const;
    const cells = DIMENSIONS.map((d) => `${symbol[chatbot.dimensions[d].level]}${chatbot.dimensions[d].note ? ' *' : ''}`).join(' ');
    expect(text).toContain(`${chatbot.title} ${cells}`);
  });

  describe('in a 100-application plan', () => {
    const plan = writtenPlan();
    let text: string;
    beforeAll(() => {
      text = flatText(workspace.write('dimensions-100.pdf', render(plan)));
    });

    it('prints every dimension note', () => {
      const notes = dimensionNotes(plan);
      expect(notes.length).toBeGreaterThan(100);
      expect(notes.filter((n) => !text.includes(n))).toEqual([]);
    });

    it('has a row in the map for every application', () => {
      expect(plan.applications.filter((a) => !new RegExp(`${a.title.replace(/[.*]/g, '\\$&')} [○◐●]`).test(text))).toEqual([]);
      expect(text.split('AI application Functional Tactical Strategic Cultural Ethical Societal').length - 1).toBeGreaterThanOrEqual(plan.pillars.length);
    });
  });

  it('says so when no note was written, and when there is no application at all', () => {
    const plan = examplePlan();
    const silent: Plan = { ...plan, applications: plan.applications.map((a) => ({ ...a, dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, { ...a.dimensions[d], note: '' }])) as typeof a.dimensions })) };
    expect(flatText(workspace.write('dimensions-silent.pdf', render(silent)))).toContain('No notes written on the dimensions yet.');
    expect(flatText(workspace.write('dimensions-empty.pdf', render({ ...plan, applications: [], kpis: [], roadmap: { ...plan.roadmap, schedules: [], dependencies: [] } })))).toContain(
      'No AI applications yet, so nothing to assess.',
    );
  });

  it('gives the same bytes for the same plan and date', () => {
    const plan = writtenPlan({ pillars: 2, objectivesPerPillar: 2, applicationsPerObjective: 3 });
    expect(Buffer.from(render(plan)).equals(Buffer.from(render(plan)))).toBe(true);
  });
});
