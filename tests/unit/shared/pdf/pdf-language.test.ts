import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlanPdf, type PdfFinding, type PdfOptions } from '../../../../shared/pdf';
import { baselineToTarget, formatKpiValue, horizonLabel, longDate, pdfLanguage } from '../../../../shared/pdf/board-pack-labels';
import { PAGE_MARGIN } from '../../../../shared/pdf/page-geometry';
import { PDF_SECTIONS, pdfSectionTitle } from '../../../../shared/pdf/pdf-sections';
import { describeUnsupportedCharacters, unsupportedCharacters } from '../../../../shared/pdf/text-coverage';
import { translator } from '../../../../shared/i18n/translator';
import type { Locale } from '../../../../shared/i18n/locales';
import type { Plan } from '../../../../shared/model';
import { examplePlan, planWithCjk } from '../../../fixtures/pdf/pdf-fixture-plans';
import { flatText, pdfInfo, pdfText, pdfWords, pdfWorkspace, shippedFonts, type BboxPage } from './pdf-tools';

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const FINDINGS: PdfFinding[] = [
  { key: 'application-without-kpi:a4', checkId: 'application-without-kpi', severity: 'high', item: { kind: 'application', id: 'a4' }, itemTitle: 'Invoice matching (not yet scheduled)', message: 'No KPI measures it, so nobody will know whether it worked.' },
  { key: 'no-ai-lead', checkId: 'no-ai-lead', severity: 'medium', item: null, itemTitle: '', message: 'Nobody is named to lead AI work.' },
];

function render(plan: Plan, options: Partial<PdfOptions> = {}): Uint8Array {
  return renderPlanPdf(plan, { fonts, date: '2026-11-23', findings: FINDINGS, ...options });
}

function exportPdf(name: string, plan: Plan, options: Partial<PdfOptions> = {}): string {
  return workspace.write(name, render(plan, options));
}

function wordsOutsideMargins(pages: BboxPage[]): string[] {
  return pages.flatMap((page) =>
    page.words
      .filter((w) => !(w.xMin >= PAGE_MARGIN - 0.5 && w.xMax <= page.width - PAGE_MARGIN + 0.5 && w.yMin >= 16 && w.yMax <= page.height - 16))
      .map((w) => `page ${w.page}: "${w.text}"`),
  );
}

/** The example plan with Vietnamese names: stacked diacritics (ứ, ụ, ộ, ế) in every kind of item. */
function vietnamesePlan(): Plan {
  const plan = examplePlan();
  plan.meta.title = 'Kế hoạch ứng dụng AI 2027';
  plan.pillars[0]!.title = 'Trụ cột: Khách hàng';
  plan.objectives[0]!.title = 'Tăng số khách hàng tiềm năng';
  plan.applications[0]!.title = 'Ứng dụng trợ lý ảo trên website';
  plan.kpis[0]!.name = 'Số khách hàng tiềm năng mỗi tháng';
  return plan;
}

describe('the board pack in German', () => {
  let path: string;
  let text: string;
  beforeAll(() => {
    path = exportPdf('example-de.pdf', examplePlan(), { locale: 'de' });
    text = flatText(path);
  });

  it('names every section, heading and column in German', () => {
    const t = translator('de');
    // The cover names itself by the plan's title; every other section is in the contents and its running header.
    for (const section of PDF_SECTIONS.filter((s) => s !== 'cover')) expect(text).toContain(pdfSectionTitle(section, t));
    for (const phrase of ['KI-AUSRICHTUNGSPLAN · VORSTANDSUNTERLAGE', 'Leitfragen', 'Geschäftsziele', 'KPIs: wie Erfolg gemessen wird', 'Prioritäten: Wirkung × Machbarkeit', 'Geschäftsziel', 'Machbarkeit', 'Datenquelle', 'Hoch: vor dem Start beheben', 'Vorerst zurückstellen'])
      expect(text).toContain(phrase);
    expect(text).not.toContain('Strategic alignment matrix');
    expect(text).not.toContain('Guiding questions');
  });

  it('labels statuses, categories, cadences, counts and finding items in German', () => {
    for (const phrase of ['Idee', 'Vertrieb und Marketing', 'Monatlich', '4 Säulen · 4 Ziele', '1 Ziel · 1 KI-Anwendung', 'KI-Anwendung ohne KPI 1 Element', 'Der gesamte Plan', '↑ Höher ist besser'])
      expect(text).toContain(phrase);
  });

  it('writes dates, months and quarters the German way: "23. November 2026", "Jan. 2027", "1. Quartal 2027"', () => {
    expect(text).toContain('Erstellt am 23. November 2026');
    expect(text).toContain('Jan. 2027 – Dez. 2028 (24 Monate)');
    for (const quarter of ['1. Quartal 2027', '4. Quartal 2027', '1. Quartal 2028']) expect(text).toContain(quarter);
    expect(text).not.toContain('Q1 2027');
  });

  it('says "Seite X von Y" on every page', () => {
    const pages = Number(pdfInfo(path).Pages);
    for (let p = 1; p <= pages; p++) expect(pdfText(path, { first: p, last: p })).toContain(`Seite ${p} von ${pages}`);
  });

  it('keeps every word inside the margins and breaks no label of its own mid-word', () => {
    expect(wordsOutsideMargins(pdfWords(path))).toEqual([]);
    // "Wirkung", "Vierteljährlich" and "Startprojekt" are wider than the English words their columns were sized for.
    const words = new Set(pdfWords(path).flatMap((p) => p.words.map((w) => w.text)));
    for (const word of ['Wirkung', 'Machbarkeit', 'Vierteljährlich', 'Startprojekt']) expect(words).toContain(word);
    for (const fragment of ['Wirkun', 'Vierteljährli', 'Startproj']) expect(words).not.toContain(fragment);
  });

  it('gives the same bytes for the same plan and language, and other bytes than the English pack', () => {
    const one = render(examplePlan(), { locale: 'de' });
    const two = render(examplePlan(), { locale: 'de' });
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    expect(Buffer.from(one).equals(Buffer.from(render(examplePlan())))).toBe(false);
  });

  it('writes KPI values with the German separators and the currency after the amount', () => {
    const de = pdfLanguage('de');
    expect(formatKpiValue(12500.5, '€', de)).toBe('12.500,5 €');
    expect(formatKpiValue(78, '%', de)).toBe('78 %');
    expect(formatKpiValue(null, 'Minuten', de)).toBe('nicht festgelegt');
    expect(baselineToTarget({ ...examplePlan().kpis[0]!, baseline: 40, target: 60, unit: 'Leads' }, de)).toBe('40 Leads → 60 Leads');
    expect(longDate('2026-11-03', de)).toBe('3. November 2026');
    expect(horizonLabel(examplePlan(), de)).toBe('Jan. 2027 – Dez. 2028 (24 Monate)');
  });
});

describe('the board pack in Vietnamese', () => {
  let path: string;
  let text: string;
  beforeAll(() => {
    path = exportPdf('example-vi.pdf', vietnamesePlan(), { locale: 'vi' });
    text = flatText(path);
  });

  it('names every section in Vietnamese, diacritics intact', () => {
    const t = translator('vi');
    for (const section of PDF_SECTIONS.filter((s) => s !== 'cover')) expect(text).toContain(pdfSectionTitle(section, t));
    for (const phrase of ['Ma trận gắn kết chiến lược', 'Lộ trình', 'Mức sẵn sàng và quản trị', 'Câu hỏi định hướng', 'Ứng dụng AI', '4 trụ cột · 4 mục tiêu · 4 ứng dụng AI', 'Người phụ trách'])
      expect(text).toContain(phrase);
  });

  it('prints Vietnamese plan text with stacked diacritics as extractable text, and the font check finds nothing missing', () => {
    for (const phrase of ['Kế hoạch ứng dụng AI 2027', 'Trụ cột: Khách hàng', 'Tăng số khách hàng tiềm năng', 'Ứng dụng trợ lý ảo trên website', 'Số khách hàng tiềm năng mỗi tháng'])
      expect(text).toContain(phrase);
    expect(unsupportedCharacters(vietnamesePlan(), [fonts.regular, fonts.bold])).toEqual([]);
    expect(text).not.toContain('\uFFFD');
  });

  it('writes dates and quarters the Vietnamese way, and "Trang X/Y" on every page', () => {
    expect(text).toContain('Lập ngày 23 tháng 11, 2026');
    expect(text).toContain('Quý 1 năm 2027');
    const pages = Number(pdfInfo(path).Pages);
    for (let p = 1; p <= pages; p++) expect(pdfText(path, { first: p, last: p })).toContain(`Trang ${p}/${pages}`);
  });

  it('keeps every word inside the margins', () => {
    expect(wordsOutsideMargins(pdfWords(path))).toEqual([]);
  });
});

describe('the board pack in English', () => {
  it('reads word for word as it did before the board pack spoke other languages', () => {
    const expected = readFileSync(fileURLToPath(new URL('../../../fixtures/pdf/example-board-pack-en.txt', import.meta.url)), 'utf8').trim();
    expect(flatText(exportPdf('example-en.pdf', examplePlan())).trim()).toBe(expected);
  });

  it('is the same with locale "en" as without a locale', () => {
    expect(Buffer.from(render(examplePlan(), { locale: 'en' })).equals(Buffer.from(render(examplePlan())))).toBe(true);
  });
});

describe('the font coverage warning', () => {
  it.each<[Locale, string]>([
    ['en', '東 (U+6771) in pillar “Expansion to 東京” (title)'],
    ['de', '東 (U+6771) in Säule „Expansion to 東京“ (Titel)'],
    ['vi', '東 (U+6771) trong trụ cột “Expansion to 東京” (tiêu đề)'],
  ])('names where a missing character sits in the language asked for (%s)', (locale, line) => {
    const t = translator(locale);
    expect(describeUnsupportedCharacters(unsupportedCharacters(planWithCjk(), [fonts.regular, fonts.bold], t), t)[0]).toBe(line);
  });

  it('still prints the placeholder in a German pack', () => {
    expect(flatText(exportPdf('cjk-de.pdf', planWithCjk(), { locale: 'de' }))).toContain('Expansion to \uFFFD\uFFFD');
  });
});
