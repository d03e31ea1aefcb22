import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsPDF } from 'jspdf';
import { alignmentFindings } from '../../shared/checks/alignment-checks';
import type { Plan } from '../../shared/model';
import { addEmbeddedFonts, type PdfFonts } from '../../shared/pdf/pdf-document';
import { FONT_FAMILY } from '../../shared/pdf/pdf-theme';
import { renderPlanPdf, type PdfOptions } from '../../shared/pdf/render-plan-pdf';
import { generatePlan } from '../../tests/fixtures/generate-plan';
import { planAtCaps } from './cap-plans';
import { compare, ms, ratio } from './measure';

const PLANS = [
  { label: '100 applications', shape: { pillars: 5, objectivesPerPillar: 4, applicationsPerObjective: 5, kpisPerApplication: 1 }, target: 300, repetitions: 9 },
  { label: '1,000 applications', shape: { pillars: 10, objectivesPerPillar: 10, applicationsPerObjective: 10, kpisPerApplication: 1 }, target: 3000, repetitions: 5 },
];

interface DrawnString {
  text: string | string[];
  style: string;
  size: number;
}

/**
 * The board pack (A4, every section, the plan's own alignment findings) against a bare jsPDF
 * document that writes only the same strings, in the same fonts and sizes, one per line, on as many
 * pages as they need, compressed alike: the ratio is what layout, tables and the chart cost on top
 * of jsPDF's own text and font embedding.
 */
export async function run(): Promise<void> {
  const fonts = shippedFonts();
  const plans = [
    ...PLANS.map(({ label, shape, target, repetitions }) => ({ label, plan: generatePlan({ ...shape, scheduled: true, startMonth: '2027-01' }), target, repetitions })),
    { label: 'the plan at the caps', plan: planAtCaps(), target: 10_000, repetitions: 3 },
  ];
  for (const { label, plan, target, repetitions } of plans) {
    const options: PdfOptions = { fonts, date: '2026-11-23', pageSize: 'a4', findings: alignmentFindings(plan, { today: '2026-11-23' }) };
    const { bytes, strings } = recordStrings(() => renderPlanPdf(plan, options));
    const bare = bareDocument(strings, fonts);
    const result = await compare(() => renderPlanPdf(plan, options), () => bareDocument(strings, fonts), { repetitions, warmUp: 2 });
    console.log(
      `export ${label}: ${ms(result.subject)} (target ≤ ${target} ms); / bare jsPDF with the same ${strings.length.toLocaleString('en')} strings: ${ratio(result.ratio)} (target ≤ 3×)   [bare ${ms(result.baseline)}]`,
    );
    console.log(`  ${pages(bytes)} pages, ${kb(bytes.length)} compressed (bare document: ${pages(bare)} pages, ${kb(bare.length)})`);
    printSectionTimes(plan, options);
  }
  // The summary pack (#18 §5) of the 1,000-application plan: at most 12 pages, target ≤ 1 s.
  const big = plans[1]!.plan;
  const summary: PdfOptions = { fonts, date: '2026-11-23', pageSize: 'a4', summary: true, findings: alignmentFindings(big, { today: '2026-11-23' }) };
  const times: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    bytes = renderPlanPdf(big, summary);
    if (i >= 2) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`summary pack of 1,000 applications: median ${ms(times[times.length >> 1]!)}, longest ${ms(times[times.length - 1]!)} (target ≤ 1000 ms); ${pages(bytes)} pages (target ≤ 12)`);
}

function shippedFonts(): PdfFonts {
  const file = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../assets/fonts/${name}`, import.meta.url))));
  return { regular: file('DejaVuSans.ttf'), bold: file('DejaVuSans-Bold.ttf') };
}

/** Every string the renderer hands jsPDF, with its font style and size, caught through jsPDF's own text event. */
function recordStrings(render: () => Uint8Array): { bytes: Uint8Array; strings: DrawnString[] } {
  const strings: DrawnString[] = [];
  type Payload = { text: string | string[]; mutex: { activeFontKey: string; fonts: Record<string, { fontStyle: string }>; activeFontSize: number } };
  const listener: [string, (payload: Payload) => void] = [
    'preProcessText',
    (payload) => strings.push({ text: payload.text, style: payload.mutex.fonts[payload.mutex.activeFontKey]?.fontStyle ?? 'normal', size: payload.mutex.activeFontSize }),
  ];
  const events = (jsPDF.API as unknown as { events: unknown[] }).events;
  events.push(listener);
  try {
    return { bytes: render(), strings };
  } finally {
    events.splice(events.indexOf(listener), 1);
  }
}

function bareDocument(strings: readonly DrawnString[], fonts: PdfFonts): Uint8Array {
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  addEmbeddedFonts(doc, fonts);
  let y = 50;
  for (const s of strings) {
    const lines = Array.isArray(s.text) ? s.text.length : 1;
    if (y + lines * s.size * 1.3 > 550) {
      doc.addPage();
      y = 50;
    }
    doc.setFont(FONT_FAMILY, s.style);
    doc.setFontSize(s.size);
    doc.text(s.text, 40, y);
    y += lines * s.size * 1.3;
  }
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Median time of each section on its own (each includes the fixed cost of the fonts). */
function printSectionTimes(plan: Plan, options: PdfOptions): void {
  const parts: string[] = [];
  for (const section of ['cover', 'matrix', 'roadmap', 'kpis', 'priorities', 'findings', 'readiness'] as const) {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      renderPlanPdf(plan, { ...options, sections: [section] });
      times.push(performance.now() - started);
    }
    parts.push(`${section} ${Math.round(times.sort((a, b) => a - b)[1]!)}`);
  }
  console.log(`  each section alone, ms: ${parts.join(', ')}`);
}

const pages = (pdf: Uint8Array) => (new TextDecoder('latin1').decode(pdf).match(/\/Type \/Page\b/g) ?? []).length;
const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;
