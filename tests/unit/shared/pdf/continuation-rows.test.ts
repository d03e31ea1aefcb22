import { afterAll, describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../../../shared/pdf';
import { generatePlan } from '../../../fixtures/generate-plan';
import { pdfInfo, pdfText, pdfWorkspace, shippedFonts } from './pdf-tools';

/*
 * #18: after a page break, a table's first row names the objective (matrix) or the application (KPIs)
 * it belongs to, with "(cont.)", instead of a blank cell.
 */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const pagesOf = (path: string) => Number(pdfInfo(path).Pages);
const pageText = (path: string, page: number) => pdfText(path, { first: page, last: page }).replace(/\s+/g, ' ');

describe('continuation rows', () => {
  it('repeats the objective with "(cont.)" at the top of every matrix page after the first', () => {
    const plan = generatePlan({ pillars: 1, objectivesPerPillar: 1, applicationsPerObjective: 40, kpisPerApplication: 2, scheduled: false, startMonth: '2027-01' });
    const objective = plan.objectives[0]!.title;
    const path = workspace.write('matrix-cont.pdf', renderPlanPdf(plan, { fonts, date: '2026-12-02', sections: ['matrix'], pageSize: 'a4' }));
    const pages = pagesOf(path);
    expect(pages).toBeGreaterThan(1);
    expect(pageText(path, 1)).not.toContain(`${objective} (cont.)`);
    for (let page = 2; page <= pages; page++) expect(pageText(path, page), `page ${page}`).toContain(`${objective} (cont.)`);
  });

  it('repeats the application with "(cont.)" when its KPIs run onto the next page', () => {
    const plan = generatePlan({ pillars: 1, objectivesPerPillar: 1, applicationsPerObjective: 1, kpisPerApplication: 60, scheduled: false, startMonth: '2027-01' });
    const application = plan.applications[0]!.title;
    const path = workspace.write('kpi-cont.pdf', renderPlanPdf(plan, { fonts, date: '2026-12-02', sections: ['kpis'], pageSize: 'a4' }));
    const pages = pagesOf(path);
    expect(pages).toBeGreaterThan(1);
    for (let page = 2; page <= pages; page++) expect(pageText(path, page), `page ${page}`).toContain(`${application} (cont.)`);
  });

  it('writes "(Forts.)" in a German pack', () => {
    const plan = generatePlan({ pillars: 1, objectivesPerPillar: 1, applicationsPerObjective: 40, kpisPerApplication: 2, scheduled: false, startMonth: '2027-01' });
    const path = workspace.write('matrix-cont-de.pdf', renderPlanPdf(plan, { fonts, date: '2026-12-02', sections: ['matrix'], pageSize: 'a4', locale: 'de' }));
    expect(pageText(path, 2)).toContain(`${plan.objectives[0]!.title} (Forts.)`);
  });
});
