import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../../../shared/pdf';
import { PDF_SECTIONS } from '../../../../shared/pdf/pdf-sections';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { dimensionNotes, writtenPlan } from '../../../fixtures/pdf/written-plan';
import { flatText, pdfWorkspace, shippedFonts } from './pdf-tools';

/*
 * #18 §2 "Everything captured reaches the pack", read from the whole board pack as a reader gets it:
 * before, 0 of 100 descriptions and 0 of 100 risk notes were printed, and the example's privacy note was missing.
 */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

describe('the full board pack', () => {
  it('prints the example’s "Privacy review booked before the pilot."', () => {
    const text = flatText(workspace.write('example.pdf', renderPlanPdf(examplePlan(), { fonts, date: '2026-11-23', findings: [] })));
    expect(text).toContain('Privacy review booked before the pilot.');
  });

  it('orders the sections: applications in detail after the matrix, dates after the roadmap, dimensions after the KPIs, owners last', () => {
    const order = (s: (typeof PDF_SECTIONS)[number]) => PDF_SECTIONS.indexOf(s);
    expect(order('details')).toBe(order('matrix') + 1);
    expect(order('schedule')).toBe(order('roadmap') + 1);
    expect(order('dimensions')).toBe(order('kpis') + 1);
    expect(PDF_SECTIONS[PDF_SECTIONS.length - 1]).toBe('owners');
  });

  describe('of a 100-application plan', () => {
    const plan = writtenPlan();
    let text: string;
    let bytes: Uint8Array;
    beforeAll(() => {
      bytes = renderPlanPdf(plan, { fonts, date: '2027-03-15', findings: [] });
      text = flatText(workspace.write('written-100.pdf', bytes));
    });

    it('contains every description, every risk note, every data-readiness note and every dimension note', () => {
      expect(plan.applications).toHaveLength(100);
      expect(plan.applications.filter((a) => !text.includes(a.description))).toEqual([]);
      expect(plan.applications.filter((a) => !text.includes(a.risk))).toEqual([]);
      expect(plan.applications.filter((a) => !text.includes(a.dataReadiness))).toEqual([]);
      expect(plan.applications.filter((a) => !text.includes(a.problem))).toEqual([]);
      expect(dimensionNotes(plan).filter((n) => !text.includes(n))).toEqual([]);
    });

    it('gives the same bytes for the same plan, options and date', () => {
      expect(Buffer.from(renderPlanPdf(plan, { fonts, date: '2027-03-15', findings: [] })).equals(Buffer.from(bytes))).toBe(true);
    });
  });
});
