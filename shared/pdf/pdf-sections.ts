import { t as activeT } from '../i18n/active-locale';
import type { MessageKey, Translate } from '../i18n/translator';

/* The section list lives apart from the renderer so that the export dialog can show it without loading jsPDF. */

export type PdfSection =
  | 'cover'
  | 'summary'
  | 'changes'
  | 'matrix'
  | 'details'
  | 'roadmap'
  | 'schedule'
  | 'kpis'
  | 'dimensions'
  | 'value'
  | 'priorities'
  | 'findings'
  | 'decisions'
  | 'readiness'
  | 'governance'
  | 'owners';

/** The board pack's sections in print order; `options.sections` picks among them, never reorders. */
export const PDF_SECTIONS: readonly PdfSection[] = [
  'cover',
  'summary',
  'matrix',
  'details',
  'roadmap',
  'schedule',
  'kpis',
  'dimensions',
  'value',
  'priorities',
  'findings',
  'decisions',
  'readiness',
  'governance',
  'owners',
];

/**
 * "Changes since <snapshot>" (#20) prints only when the export names a snapshot, so it is in neither
 * list: it goes after the executive summary (or the cover) of either pack.
 */
export const CHANGES_AFTER: readonly PdfSection[] = ['summary', 'cover'];

/** The sections of the summary pack, in print order; its roadmap and priorities are drawn as summaries. */
export const SUMMARY_SECTIONS: readonly PdfSection[] = ['cover', 'summary', 'roadmap', 'priorities', 'findings'];

export const PDF_SECTION_KEYS: Record<PdfSection, MessageKey> = {
  cover: 'pdf.section.cover',
  summary: 'pdf.section.summary',
  changes: 'pdf.section.changes',
  matrix: 'pdf.section.matrix',
  details: 'pdf.section.details',
  roadmap: 'pdf.section.roadmap',
  schedule: 'pdf.section.schedule',
  kpis: 'pdf.section.kpis',
  dimensions: 'pdf.section.dimensions',
  value: 'value.pdf.section',
  priorities: 'pdf.section.priorities',
  findings: 'pdf.section.findings',
  decisions: 'workshop.pdf.section',
  readiness: 'pdf.section.readiness',
  governance: 'governance.pdf.section',
  owners: 'pdf.section.owners',
};

/** "Strategic alignment matrix": a section's name in the PDF's language, or in the app's for the export dialog. */
export const pdfSectionTitle = (section: PdfSection, t: Translate = activeT): string => t(PDF_SECTION_KEYS[section]);

/** Each section's name in the app's language, read when shown; pdfSectionTitle(section, t) for another language. */
export const PDF_SECTION_TITLES: Readonly<Record<PdfSection, string>> = Object.defineProperties(
  {} as Record<PdfSection, string>,
  Object.fromEntries(PDF_SECTIONS.map((section) => [section, { enumerable: true, get: () => pdfSectionTitle(section) }])),
);
