/* The section list lives apart from the renderer so that the export dialog can show it without loading jsPDF. */

export type PdfSection = 'cover' | 'matrix' | 'roadmap' | 'kpis' | 'priorities' | 'findings' | 'readiness';

/** The board pack's sections in print order; `options.sections` picks among them, never reorders. */
export const PDF_SECTIONS: readonly PdfSection[] = ['cover', 'matrix', 'roadmap', 'kpis', 'priorities', 'findings', 'readiness'];

export const PDF_SECTION_TITLES: Record<PdfSection, string> = {
  cover: 'Cover and guiding questions',
  matrix: 'Strategic alignment matrix',
  roadmap: 'Roadmap',
  kpis: 'KPIs',
  priorities: 'Priorities',
  findings: 'Alignment findings',
  readiness: 'Readiness and governance',
};
