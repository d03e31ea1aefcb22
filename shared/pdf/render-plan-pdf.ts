import { nameEmbeddedFonts } from './font-names';
import { quickenFontEmbedding } from './jspdf-speedups';
import { choosePdfFontSet, coverageOf } from './font-choice';
import type { Plan } from '../model';
import { drawContents, drawCover, type ContentsBox } from './cover-section';
import { drawDecisionsSection } from './decisions-section';
import { drawDetailsSection } from './details-section';
import { drawDimensionsSection } from './dimensions-section';
import { controlMarks, documentControl, type DocumentControl } from './document-control';
import { drawFindingsSection, type PdfFinding } from './findings-section';
import { drawGovernanceSection } from './governance-section';
import { textSanitiser } from './font-coverage';
import { drawKpiSection } from './kpi-section';
import { drawMatrixSection } from './matrix-section';
import { drawOwnersSection } from './owners-section';
import { pageGeometry, type PdfPageSize } from './page-geometry';
import { capitals, longDate, pdfLanguage } from './board-pack-labels';
import type { Locale } from '../i18n/locales';
import { createPdfDocument, fileIdOf, withoutOpenAction, type PdfFonts } from './pdf-document';
import { COLOURS, TYPE } from './pdf-theme';
import { PdfWriter } from './pdf-writer';
import { drawPrioritySection } from './priority-section';
import { drawReadinessSection } from './readiness-section';
import { drawRoadmapSection } from './roadmap-section';
import { drawScheduleSection } from './schedule-section';
import { drawSummarySection } from './summary-section';
import { drawRoadmapRollup, drawTopApplications } from './summary-pack';
import { drawValueSection } from './value-section';

import { CHANGES_AFTER, PDF_SECTIONS, PDF_SECTION_TITLES, SUMMARY_SECTIONS, pdfSectionTitle, type PdfSection } from './pdf-sections';
import { drawChangesSection, SUMMARY_CHANGE_ITEMS } from './changes-section';

export { PDF_SECTIONS, PDF_SECTION_TITLES, SUMMARY_SECTIONS, pdfSectionTitle, type PdfSection };

export interface PdfOptions {
  /** DejaVu Sans regular and bold (assets/fonts), as bytes: the renderer reads no files. */
  fonts: PdfFonts;
  /** "YYYY-MM-DD", printed on the cover and used as the PDF's creation date. */
  date: string;
  /** Landscape A4 (default) or landscape Letter. */
  pageSize?: PdfPageSize;
  /** Which sections to include; all by default. */
  sections?: readonly PdfSection[];
  /** The alignment findings to print; without them the findings section is left out. */
  findings?: readonly PdfFinding[];
  /** The language every heading, label, date and number is written in; English by default. Findings come already worded. */
  locale?: Locale;
  /**
   * The summary pack (#18 §5): cover, executive summary, the roadmap rolled up by pillar, the top
   * applications by priority and the findings by rule with their first items: at most a dozen pages
   * for any plan. `sections` still picks among those.
   */
  summary?: boolean;
  /**
   * A snapshot of the plan's own history (#20): the pack gains "Changes since <snapshot>" after its
   * executive summary, unless `sections` leaves out 'changes'.
   */
  changesSince?: string | null;
  /**
   * The pillars the printed plan was cut to (planForPillars), so that the snapshot it is compared
   * with is cut alike and the pillars left out do not read as removed; null or absent for all.
   */
  pillarIds?: readonly string[] | null;
  /** Version, draft or final, the meeting it is for and a confidentiality marking (#18 §4); none by default. */
  control?: Partial<DocumentControl>;
  /** Called with 0…1 as sections and pages are laid out, for a progress bar. */
  onProgress?: (fraction: number) => void;
}

export interface PdfAsyncOptions extends PdfOptions {
  /** Awaited between steps so the window stays responsive; a zero-delay timeout by default. */
  yieldToHost?: () => Promise<void>;
}

export type { PdfFinding, PdfFonts, PdfPageSize };

/** Renders the plan's board pack. Pure: the same plan and options give the same bytes. */
export function renderPlanPdf(plan: Plan, options: PdfOptions): Uint8Array {
  const steps = boardPackSteps(plan, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
  }
}

/** As `renderPlanPdf`, giving the host a turn between sections and pages (a 1,000-application plan takes a few seconds). */
export async function renderPlanPdfAsync(plan: Plan, options: PdfAsyncOptions): Promise<Uint8Array> {
  const yieldToHost = options.yieldToHost ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const steps = boardPackSteps(plan, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
    await yieldToHost();
  }
}

/** A rule's items listed in the summary pack before "and N more". */
const SUMMARY_FINDING_ITEMS = 8;

/** Sections that read well continuing on a page with room left; the others always open a page. */
const MAY_SHARE_PAGE: ReadonlySet<PdfSection> = new Set(['schedule', 'findings', 'decisions', 'readiness']);

function* boardPackSteps(plan: Plan, options: PdfOptions): Generator<number, Uint8Array> {
  const size = options.pageSize ?? 'a4';
  const wanted = new Set(options.sections ?? PDF_SECTIONS);
  const sections = withChanges(
    (options.summary ? SUMMARY_SECTIONS : PDF_SECTIONS).filter((s) => wanted.has(s) && (s !== 'findings' || options.findings !== undefined)),
    options.changesSince && (!options.sections || options.sections.includes('changes')),
  );
  const locale = options.locale ?? 'en';
  const language = pdfLanguage(locale);
  const { t } = language;
  const fonts = choosePdfFontSet(plan, options.fonts, locale, t);
  const coverages = [coverageOf(fonts.regular), coverageOf(fonts.bold)];
  const placeholder = coverages.every((c) => c.has(0xfffd)) ? '\uFFFD' : '?';
  const clean = textSanitiser(coverages, placeholder);
  const page = pageGeometry(size);
  const control = documentControl(options.control);
  const doc = createPdfDocument(size, fonts, {
    title: stripControls(plan.meta.title),
    subject: t('pdf.meta.subject'),
    keywords: t('pdf.meta.keywords'),
    author: stripControls(plan.meta.organisation),
    date: options.date,
    language: locale,
    fileId: fileIdOf([JSON.stringify(plan), size, sections.join(','), options.date, JSON.stringify(options.findings ?? null), String(fonts.regular.length), String(fonts.bold.length), locale, JSON.stringify(control), options.summary ? 'summary' : 'full', ...(options.changesSince ? [options.changesSince, JSON.stringify(options.pillarIds ?? null)] : [])]),
  });
  const w = new PdfWriter(doc, page, clean, language);

  const weights = sections.map((s) => sectionWeight(plan, s, options.findings?.length ?? 0));
  const outputWeight = weights.reduce((a, b) => a + b, 0) * 0.25;
  const total = weights.reduce((a, b) => a + b, 0) + outputWeight;
  let done = 0;
  const starts: { section: PdfSection; page: number }[] = [];
  let contents: ContentsBox | null = null;

  for (let i = 0; i < sections.length; i++) {
    const section = sections[i]!;
    let startsPage = i === 0;
    if (i > 0) {
      const roomy = w.spaceLeft() >= (page.contentBottom - page.contentTop) * 0.45;
      if (MAY_SHARE_PAGE.has(section) && roomy) w.y += 12;
      else {
        w.newPage();
        startsPage = true;
      }
    }
    w.setSection(pdfSectionTitle(section, t), startsPage);
    starts.push({ section, page: w.pageCount });
    const steps = sectionSteps(w, plan, section, options, (box) => (contents = box));
    for (const fraction of steps) yield (done + weights[i]! * fraction) / total;
    w.claimPages();
    done += weights[i]!;
    yield done / total;
  }

  if (contents) {
    doc.setPage(1);
    drawContents(
      w,
      contents,
      starts.filter((s) => s.section !== 'cover').map((s) => ({ title: pdfSectionTitle(s.section, t), page: s.page })),
    );
  }
  addBookmarks(w, starts);
  drawFrames(w, plan, options.date, sections[0] === 'cover', control);
  quickenFontEmbedding(doc);
  nameEmbeddedFonts(doc);
  const bytes = withoutOpenAction(new Uint8Array(doc.output('arraybuffer')));
  yield 1;
  return bytes;
}

function sectionSteps(w: PdfWriter, plan: Plan, section: PdfSection, options: PdfOptions, onContents: (box: ContentsBox) => void): Iterable<number> {
  switch (section) {
    case 'cover':
      onContents(drawCover(w, plan, options.date, controlMarks(documentControl(options.control), w)));
      return [1];
    case 'summary':
      return drawSummarySection(w, plan, options.date, options.findings);
    case 'changes':
      return drawChangesSection(w, plan, { snapshotId: options.changesSince ?? '', pillarIds: options.pillarIds ?? null }, options.summary ? SUMMARY_CHANGE_ITEMS : Infinity);
    case 'matrix':
      return drawMatrixSection(w, plan);
    case 'roadmap':
      return options.summary ? drawRoadmapRollup(w, plan) : drawRoadmapSection(w, plan, options.date);
    case 'details':
      return drawDetailsSection(w, plan);
    case 'schedule':
      return drawScheduleSection(w, plan);
    case 'kpis':
      return drawKpiSection(w, plan, options.date);
    case 'dimensions':
      return drawDimensionsSection(w, plan);
    case 'owners':
      return drawOwnersSection(w, plan);
    case 'value':
      return drawValueSection(w, plan, options.date);
    case 'priorities':
      return options.summary ? drawTopApplications(w, plan) : drawPrioritySection(w, plan);
    case 'findings':
      return drawFindingsSection(w, plan, options.findings ?? [], options.summary ? SUMMARY_FINDING_ITEMS : Infinity);
    case 'decisions':
      return drawDecisionsSection(w, plan, options.date);
    case 'readiness':
      return drawReadinessSection(w, plan);
    case 'governance':
      return drawGovernanceSection(w, plan);
  }
}

/** The sections with "Changes since" placed after the executive summary, or after the cover, or first. */
function withChanges(sections: PdfSection[], wanted: boolean | '' | null | undefined): PdfSection[] {
  if (!wanted) return sections;
  const after = CHANGES_AFTER.map((s) => sections.indexOf(s)).find((i) => i >= 0) ?? -1;
  return [...sections.slice(0, after + 1), 'changes', ...sections.slice(after + 1)];
}

/** Rough cost of each section, so the progress bar moves evenly on large plans. */
function sectionWeight(plan: Plan, section: PdfSection, findings: number): number {
  const apps = plan.applications.length;
  switch (section) {
    case 'cover':
      return 5;
    case 'summary':
      return 5 + apps * 0.05;
    case 'changes':
      return 5 + apps * 0.1;
    case 'matrix':
      return 5 + apps + plan.objectives.length * 0.3;
    case 'roadmap':
      return 5 + apps * 1.5;
    case 'details':
      return 5 + apps * 0.6;
    case 'schedule':
      return 3 + (plan.roadmap.milestones.length + plan.roadmap.dependencies.length) * 0.3;
    case 'kpis':
      return 5 + plan.kpis.length;
    case 'dimensions':
      return 5 + apps * 0.6;
    case 'owners':
      return 5 + apps * 0.2;
    case 'value':
      return 5 + apps * 0.8;
    case 'priorities':
      return 5 + apps * 0.4;
    case 'findings':
      return 3 + findings * 0.6;
    case 'decisions':
      return 3 + (plan.workshop.decisions.length + plan.workshop.parked.length) * 0.3;
    case 'readiness':
      return 5;
    case 'governance':
      return 5 + apps * 0.5;
  }
}

/**
 * The PDF's outline (#18 §3): a bookmark per section at its first page, the matrix's pillars under
 * it; viewers open with the outline shown.
 */
function addBookmarks(w: PdfWriter, starts: readonly { section: PdfSection; page: number }[]): void {
  const { doc, t } = w;
  for (const start of starts) {
    const node = doc.outline.add(null, w.clean(pdfSectionTitle(start.section, t)), { pageNumber: start.page });
    for (const sub of w.subBookmarks) if (sub.section === start.section) doc.outline.add(node, w.clean(sub.title.trim() || '—'), { pageNumber: sub.page });
  }
  if (starts.length) doc.internal.events.subscribe('putCatalog', () => (doc.internal as unknown as { write(s: string): void }).write('/PageMode /UseOutlines'));
}

/** Running header (plan title, section) and footer (organisation, date, "Page X of Y") on every page. */
function drawFrames(w: PdfWriter, plan: Plan, date: string, hasCover: boolean, control: DocumentControl): void {
  const { doc, page } = w;
  const total = w.pageCount;
  const style = { size: TYPE.frame, colour: COLOURS.muted };
  const footerLeft = [plan.meta.organisation.trim(), w.t('pdf.footer.prepared', { date: longDate(date, w) }), ...controlMarks(control, w)].filter(Boolean).join('  ·  ');
  // The confidentiality marking sits before the page number in every footer, in capitals, where a reader looks for it.
  const marking = control.confidentiality ? capitals(control.confidentiality, w) : '';
  const markingStyle = { size: TYPE.frame, style: 'bold' as const, colour: COLOURS.ink };
  const markingWidth = marking ? w.textWidth(marking, markingStyle) + 18 : 0;
  for (let p = 1; p <= total; p++) {
    doc.setPage(p);
    if (!(hasCover && p === 1)) {
      const section = w.fitOneLine(w.sectionTitleOfPage(p), page.contentWidth * 0.35, { ...style, style: 'bold' });
      const sectionWidth = w.textWidth(section, { ...style, style: 'bold' });
      const title = w.fitOneLine(plan.meta.title, page.contentWidth - sectionWidth - 24, style);
      w.drawLines([title], page.left, page.headerBaseline - 9, style);
      w.drawLines([section], page.right, page.headerBaseline - 9, { ...style, style: 'bold' }, 'right');
      w.line(page.left, page.headerBaseline + 5, page.right, page.headerBaseline + 5, COLOURS.rule, 0.5);
    }
    w.line(page.left, page.footerBaseline - 11, page.right, page.footerBaseline - 11, COLOURS.rule, 0.5);
    const pageText = w.t('pdf.footer.page', { page: p, pages: total });
    const pageWidth = w.textWidth(pageText, { ...style, style: 'bold' });
    if (marking) w.drawLines([marking], page.right - pageWidth - 18, page.footerBaseline - 8, markingStyle, 'right');
    w.drawLines([w.fitOneLine(footerLeft, page.contentWidth - pageWidth - markingWidth - 24, style)], page.left, page.footerBaseline - 8, style);
    w.drawLines([pageText], page.right, page.footerBaseline - 8, { ...style, style: 'bold' }, 'right');
  }
}

function stripControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}
