import { afterAll, describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../../../shared/pdf';
import { documentControl } from '../../../../shared/pdf/document-control';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { pdfInfo, pdfText, pdfWorkspace, shippedFonts } from './pdf-tools';

/* #18 §4: version, status, meeting date and a confidentiality marking on the cover and in every footer. */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const pageText = (path: string, page: number) => pdfText(path, { first: page, last: page }).replace(/\s+/g, ' ');

describe('document control', () => {
  const control = { version: '1.2', status: 'draft' as const, meetingDate: '2026-12-15', confidentiality: 'Board only' };

  it('prints the version, status and meeting under the cover title, and the marking in every footer', () => {
    const path = workspace.write('controlled.pdf', renderPlanPdf(examplePlan(), { fonts, date: '2026-12-02', control }));
    expect(pageText(path, 1)).toContain('Version 1.2 · Draft · For the meeting of 15 December 2026');
    const pages = Number(pdfInfo(path).Pages);
    for (let p = 1; p <= pages; p++) {
      const text = pageText(path, p);
      expect(text, `page ${p}`).toContain('BOARD ONLY');
      expect(text, `page ${p}`).toContain(`Page ${p} of ${pages}`);
    }
    expect(pageText(path, pages)).toContain('Version 1.2');
  });

  it('writes the marks in the pack\'s language', () => {
    const path = workspace.write('controlled-de.pdf', renderPlanPdf(examplePlan(), { fonts, date: '2026-12-02', control: { ...control, status: 'final' }, locale: 'de', sections: ['cover'] }));
    expect(pageText(path, 1)).toContain('Version 1.2 · Endfassung · Für die Sitzung am 15. Dezember 2026');
  });

  it('prints nothing of the kind when no control is given, and the same bytes as an empty control', () => {
    const plain = renderPlanPdf(examplePlan(), { fonts, date: '2026-12-02', sections: ['cover'] });
    const empty = renderPlanPdf(examplePlan(), { fonts, date: '2026-12-02', sections: ['cover'], control: {} });
    expect(Buffer.from(plain).equals(Buffer.from(empty))).toBe(true);
    expect(pageText(workspace.write('plain.pdf', plain), 1)).not.toContain('Version');
  });

  it('cleans what it is given: trims, caps lengths, drops an impossible status or a malformed date', () => {
    expect(documentControl({ version: '  2  ', status: 'approved' as never, meetingDate: '15/12/2026', confidentiality: 'x'.repeat(60) })).toEqual({
      version: '2',
      status: null,
      meetingDate: null,
      confidentiality: 'x'.repeat(40),
    });
  });
});
