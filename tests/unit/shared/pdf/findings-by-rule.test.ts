import { afterAll, describe, expect, it } from 'vitest';
import { renderPlanPdf, type PdfFinding } from '../../../../shared/pdf';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { flatText, pdfInfo, pdfWorkspace, shippedFonts } from './pdf-tools';

/* #18 §5: findings grouped by rule, the affected items listed compactly; the accepted column only when something was accepted. */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const personalData = (n: number): PdfFinding => ({
  key: `personal-data-ethics:a${n}`,
  checkId: 'personal-data-ethics',
  severity: 'high',
  item: { kind: 'application', id: `a${n}` },
  itemTitle: `Assistant ${n}`,
  message: 'It touches customer or staff data, and its ethical dimension is not addressed.',
});

describe('findings by rule', () => {
  it('says a message shared by 251 findings once and lists the 251 items compactly, on far fewer pages than a row each', () => {
    const findings = Array.from({ length: 251 }, (_, i) => personalData(i + 1));
    const path = workspace.write('many.pdf', renderPlanPdf(examplePlan(), { fonts, date: '2026-12-02', sections: ['findings'], findings }));
    const text = flatText(path);
    expect(text.split('It touches customer or staff data, and its ethical dimension is not addressed.').length - 1).toBe(1);
    expect(text).toContain('251 items');
    for (const n of [1, 125, 251]) expect(text).toContain(`Assistant ${n}`);
    expect(Number(pdfInfo(path).Pages)).toBeLessThanOrEqual(2);
    expect(text).not.toContain('Accepted by the team');
  });

  it('keeps each item\'s own message when the messages of a rule differ, and names no item kind before a quarter', () => {
    const findings: PdfFinding[] = [
      { key: 'crowded-quarter:2027-Q1', checkId: 'crowded-quarter', severity: 'medium', item: { kind: 'application', id: 'a1' }, itemTitle: 'Pilots starting in Q1 2027', message: '4 pilots start in Q1 2027.' },
      { key: 'crowded-quarter:2027-Q2', checkId: 'crowded-quarter', severity: 'medium', item: { kind: 'application', id: 'a2' }, itemTitle: 'Pilots starting in Q2 2027', message: '5 pilots start in Q2 2027.' },
    ];
    const text = flatText(workspace.write('crowded.pdf', renderPlanPdf(examplePlan(), { fonts, date: '2026-12-02', sections: ['findings'], findings })));
    expect(text).toContain('• Pilots starting in Q1 2027: 4 pilots start in Q1 2027.');
    expect(text).toContain('• Pilots starting in Q2 2027: 5 pilots start in Q2 2027.');
    expect(text).not.toContain('AI application: Pilots');
  });

  it('shows what the team accepted, with its note, in a column of its own only then', () => {
    const findings = [personalData(1), { ...personalData(2), acknowledged: true, acknowledgementNote: 'Reviewed with our adviser.' }];
    const text = flatText(workspace.write('accepted.pdf', renderPlanPdf(examplePlan(), { fonts, date: '2026-12-02', sections: ['findings'], findings })));
    expect(text).toContain('Accepted by the team');
    expect(text).toContain('Assistant 2: accepted, Reviewed with our adviser.');
  });
});
