import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlanPdf, renderPlanPdfAsync, type PdfFinding, type PdfOptions } from '../../../../shared/pdf';
import { PAGE_MARGIN } from '../../../../shared/pdf/page-geometry';
import { blankPlan } from '../../../../shared/templates/templates';
import type { Plan } from '../../../../shared/model';
import { generatePlan } from '../../../fixtures/generate-plan';
import { examplePlan, internationalPlan, LONG_TITLE, NOW, planWithCjk } from '../../../fixtures/pdf/pdf-fixture-plans';
import { flatText, pdfInfo, pdfNames, pdfText, pdfWords, pdfWorkspace, qpdfCheck, shippedFonts, type BboxPage } from './pdf-tools';

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const FINDINGS: PdfFinding[] = [
  { key: 'application-without-kpi:a4', checkId: 'application-without-kpi', severity: 'high', item: { kind: 'application', id: 'a4' }, itemTitle: 'Invoice matching (not yet scheduled)', message: 'No KPI measures it, so nobody will know whether it worked.' },
  { key: 'no-ai-lead', checkId: 'no-ai-lead', severity: 'medium', item: null, itemTitle: '', message: 'Nobody is named to lead AI work.' },
];

function exportPdf(name: string, plan: Plan, options: Partial<PdfOptions> = {}): string {
  return workspace.write(name, renderPlanPdf(plan, { fonts, date: '2026-11-23', findings: FINDINGS, ...options }));
}

/** Words outside the box every page keeps clear: the side margins, and 16 pt at top and bottom. */
function wordsOutsideMargins(pages: BboxPage[]): string[] {
  const out: string[] = [];
  for (const page of pages) {
    for (const w of page.words) {
      const inside = w.xMin >= PAGE_MARGIN - 0.5 && w.xMax <= page.width - PAGE_MARGIN + 0.5 && w.yMin >= 16 && w.yMax <= page.height - 16;
      if (!inside) out.push(`page ${w.page}: "${w.text}" at x ${w.xMin.toFixed(1)}–${w.xMax.toFixed(1)}, y ${w.yMin.toFixed(1)}–${w.yMax.toFixed(1)}`);
    }
  }
  return out;
}

function namesOf(plan: Plan): string[] {
  return [...plan.pillars.map((p) => p.title), ...plan.objectives.map((o) => o.title), ...plan.applications.map((a) => a.title), ...plan.kpis.map((k) => k.name)];
}

describe('the board pack of a plan written in several European languages', () => {
  let a4: string;
  let letter: string;
  beforeAll(() => {
    a4 = exportPdf('international-a4.pdf', internationalPlan(), { pageSize: 'a4' });
    letter = exportPdf('international-letter.pdf', internationalPlan(), { pageSize: 'letter' });
  });

  it('prints every pillar, objective, application and KPI name as extractable text, Łódź, Søren, Ελλάδα, Москва and € 12 500 included', () => {
    const text = flatText(a4);
    for (const phrase of ['Łódź', 'Søren', 'Ελλάδα', 'Москва', '€ 12 500', '£ 4 000', '“first answers”', '–']) expect(text).toContain(phrase);
    const missing = namesOf(internationalPlan())
      .filter((name) => name !== LONG_TITLE)
      .filter((name) => !text.includes(name));
    expect(missing).toEqual([]);
    // The 400-character title wraps, so its words are checked one by one.
    for (const word of LONG_TITLE.split(' ')) expect(text).toContain(word);
  });

  it('prints the KPI figures with unit and direction, and the milestones', () => {
    const text = flatText(a4);
    expect(text).toContain('€ 0 → € 12 500');
    expect(text).toContain('26 hours → 4 hours');
    expect(text).toContain('↓ Lower is better');
    // Its one check-in (1 June 2027) is after the pack's date, so the KPI has none yet as of that date.
    expect(text).toContain('○ No check-ins');
    expect(text).toContain('140 orders → not set');
    for (const milestone of internationalPlan().roadmap.milestones) expect(text).toContain(milestone.title);
  });

  it('has landscape A4 pages (842 × 595 pt) or landscape Letter pages (792 × 612 pt), as asked', () => {
    const a4Info = pdfInfo(a4);
    expect(a4Info['Page size']).toMatch(/^841\.89 x 595\.28 pts/);
    const letterInfo = pdfInfo(letter);
    expect(letterInfo['Page size']).toMatch(/^792 x 612 pts/);
    for (const page of pdfWords(letter)) expect([page.width, page.height]).toEqual([792, 612]);
    for (const page of pdfWords(a4)) expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
  });

  it('says "Page X of Y" on every page, Y being the page count', () => {
    const pages = Number(pdfInfo(a4).Pages);
    expect(pages).toBeGreaterThan(5);
    for (let p = 1; p <= pages; p++) expect(pdfText(a4, { first: p, last: p })).toContain(`Page ${p} of ${pages}`);
  });

  it('keeps every word inside the page margins, on A4 and on Letter', () => {
    expect(wordsOutsideMargins(pdfWords(a4))).toEqual([]);
    expect(wordsOutsideMargins(pdfWords(letter))).toEqual([]);
  });

  it('wraps the 400-character application title over several lines, all inside the page', () => {
    const pages = pdfWords(a4);
    const matrixPage = pages.find((p) => p.words.some((w) => w.text === 'Conversational'))!;
    const titleWords = new Set(LONG_TITLE.split(' '));
    const first = matrixPage.words.findIndex((w) => w.text === 'Conversational');
    const run = matrixPage.words.slice(first).filter((w) => titleWords.has(w.text) || titleWords.has(w.text.replace(/^★/, '')));
    const lines = new Set(run.map((w) => Math.round(w.yMin)));
    expect(lines.size).toBeGreaterThanOrEqual(5);
    expect(wordsOutsideMargins([matrixPage])).toEqual([]);
  });

  it('sets the title, subject and creator of the document', () => {
    const info = pdfInfo(a4);
    expect(info.Title).toBe('Plan strategiczny AI – Łódź 2027');
    expect(info.Subject).toMatch(/AI alignment plan/);
    expect(info.Creator).toBe('AI Alignment Planner');
    expect(info.Author).toBe('Zakłady Łódź & Søren ApS');
    expect(info.CreationDate).toMatch(/2026/);
  });

  it('prints the alignment findings it is given by rule, each with its items', () => {
    const text = flatText(a4);
    expect(text).toContain('Alignment findings');
    expect(text).toContain('AI application with no KPI 1 item No KPI measures it, so nobody will know whether it worked. Invoice matching (not yet scheduled)');
    expect(text).toContain('Nobody is named to lead AI work.');
  });

  it('holds only text, shapes, fonts and links within the pack: no JavaScript, actions, web links or forms (checked structurally)', () => {
    for (const path of [a4, letter]) {
      expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
      const names = pdfNames(path);
      for (const forbidden of ['/JavaScript', '/JS', '/Launch', '/URI', '/AA', '/OpenAction', '/AcroForm', '/EmbeddedFile', '/SubmitForm', '/GoToR', '/RichMedia', '/XFA'])
        expect(names.has(forbidden), forbidden).toBe(false);
      expect(names.has('/FontFile2')).toBe(true);
      // The only annotations are the contents' and findings' links to pages of the pack itself (#18 §3).
      const annotationTypes = [...readFileSync(path).toString('latin1').matchAll(/\/Type \/Annot \/Subtype \/(\w+)/g)].map((m) => m[1]);
      expect(annotationTypes.length).toBeGreaterThan(0);
      expect(new Set(annotationTypes)).toEqual(new Set(['Link']));
    }
  });
});

describe('renderPlanPdf', () => {
  it('gives byte-identical output for the same plan and options, and different bytes for another date', () => {
    const plan = examplePlan();
    const one = renderPlanPdf(plan, { fonts, date: '2026-11-23', pageSize: 'letter' });
    const two = renderPlanPdf(examplePlan(), { fonts, date: '2026-11-23', pageSize: 'letter' });
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    const other = renderPlanPdf(plan, { fonts, date: '2026-11-24', pageSize: 'letter' });
    expect(Buffer.from(one).equals(Buffer.from(other))).toBe(false);
  });

  it('writes positions and sizes to a thousandth of a point, not to the 16 digits jsPDF writes by default', () => {
    const pdf = Buffer.from(renderPlanPdf(examplePlan(), { fonts, date: '2026-11-23', findings: FINDINGS }));
    const raw = pdf.toString('latin1');
    const content: string[] = [];
    for (const m of raw.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
      const start = m.index + m[0].length;
      if (/\/Length1|\/Subtype/.test(m[1]!)) continue; // fonts and their maps, not page content
      content.push(inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1'));
    }
    const pages = content.filter((c) => c.includes(' Td'));
    expect(pages.length).toBeGreaterThan(5);
    const numbers = pages.join('\n').match(/-?\d*\.\d+/g) ?? [];
    expect(numbers.length).toBeGreaterThan(1000);
    expect(numbers.filter((n) => n.split('.')[1]!.length > 3)).toEqual([]);
  });

  it('prints the example plan with every name, on a cover and one page per main section', () => {
    const path = exportPdf('example.pdf', examplePlan());
    const text = flatText(path);
    for (const name of namesOf(examplePlan())) expect(text).toContain(name);
    for (const heading of ['Strategic alignment matrix', 'Roadmap', 'KPIs: how success is measured', 'Priorities: impact × feasibility', 'Readiness and governance', 'Guiding questions'])
      expect(text).toContain(heading);
    expect(text).toContain('Jan 2027 – Dec 2028 (24 months)');
    expect(text).toContain('23 November 2026');
    expect(wordsOutsideMargins(pdfWords(path))).toEqual([]);
  });

  it('exports a plan of 100 applications without error, every application named and every word inside the margins', () => {
    const plan = generatePlan({ pillars: 5, objectivesPerPillar: 4, applicationsPerObjective: 5, kpisPerApplication: 1, scheduled: true, startMonth: '2027-01' });
    const path = exportPdf('hundred.pdf', plan, { pageSize: 'letter', findings: undefined });
    const text = flatText(path);
    expect(plan.applications).toHaveLength(100);
    expect(plan.applications.filter((a) => !text.includes(a.title))).toEqual([]);
    expect(wordsOutsideMargins(pdfWords(path))).toEqual([]);
  });

  it('includes only the sections asked for, in print order', () => {
    const path = exportPdf('kpis-and-cover.pdf', examplePlan(), { sections: ['kpis', 'cover'] });
    const text = flatText(path);
    expect(Number(pdfInfo(path).Pages)).toBe(2);
    expect(text.indexOf('Guiding questions')).toBeLessThan(text.indexOf('KPIs: how success is measured'));
    expect(text).not.toContain('Strategic alignment matrix');
    expect(text).not.toContain('Readiness and governance');
  });

  it('leaves the findings section out when no findings are passed', () => {
    const text = flatText(exportPdf('no-findings.pdf', examplePlan(), { findings: undefined }));
    expect(text).not.toContain('Alignment findings');
  });

  it('says so when the checks found nothing', () => {
    const text = flatText(exportPdf('clean.pdf', examplePlan(), { findings: [], sections: ['findings'] }));
    expect(text).toContain('found nothing to fix');
  });

  it('exports a blank plan: every section says what is missing instead of failing', () => {
    const plan = blankPlan({ now: NOW, newId: () => 'x', startMonth: '2027-01' });
    const path = exportPdf('blank.pdf', plan, { findings: [] });
    const text = flatText(path);
    expect(text).toContain('No strategic pillars yet');
    expect(text).toContain('No AI applications yet');
    expect(wordsOutsideMargins(pdfWords(path))).toEqual([]);
  });

  it('survives hostile text: unbroken 500-character words, markup, control and bidi characters, floods of blank lines', () => {
    const plan = internationalPlan();
    plan.pillars[0]!.title = 'W'.repeat(500);
    plan.objectives[0]!.title = '<script>alert(1)</script>' + 'Ж'.repeat(470);
    plan.applications[2]!.title = 'Hello \u202Eevil\u202C \u0000\u0007 tab\there\r\nnext';
    plan.readiness.items.dataOwnership.note = '\n'.repeat(3000) + 'end of note';
    plan.guidingQuestions.businessGoals = 'Q'.repeat(10_000);
    plan.roadmap.milestones[0]!.title = 'M'.repeat(500);
    plan.kpis[0]!.unit = 'U'.repeat(400);
    const path = exportPdf('hostile.pdf', plan, { findings: [] });
    const text = flatText(path);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Hello evil tab here next');
    expect(text).toContain('end of note');
    expect(Number(pdfInfo(path).Pages)).toBeLessThan(30);
    expect(wordsOutsideMargins(pdfWords(path))).toEqual([]);
  });

  it('prints a placeholder, not junk, for characters the font cannot show', () => {
    const text = flatText(exportPdf('cjk.pdf', planWithCjk()));
    expect(text).toContain('Expansion to \uFFFD\uFFFD');
    expect(text).toContain('Łódź');
  });

  it('reports progress rising from 0 to 1; the async variant yields between steps and gives the same bytes', async () => {
    const plan = internationalPlan();
    const seen: number[] = [];
    const sync = renderPlanPdf(plan, { fonts, date: '2026-11-23', onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
    expect(seen.at(-1)).toBe(1);
    let yields = 0;
    const async = await renderPlanPdfAsync(plan, { fonts, date: '2026-11-23', yieldToHost: async () => void yields++ });
    expect(yields).toBe(seen.length);
    expect(Buffer.from(async).equals(Buffer.from(sync))).toBe(true);
  });

  it('refuses a date that is not written YYYY-MM-DD', () => {
    expect(() => renderPlanPdf(examplePlan(), { fonts, date: '23/11/2026' })).toThrow(/YYYY-MM-DD/);
  });
});
