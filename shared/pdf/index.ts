export { renderPlanPdf, renderPlanPdfAsync, PDF_SECTIONS, PDF_SECTION_TITLES, pdfSectionTitle } from './render-plan-pdf';
export type { PdfOptions, PdfAsyncOptions, PdfSection, PdfFinding, PdfFonts, PdfPageSize } from './render-plan-pdf';
export { unsupportedCharacters, describeUnsupportedCharacters, printedPlanText } from './text-coverage';
export type { UnsupportedCharacter, TextLocation } from './text-coverage';
export { readFontCoverage } from './font-coverage';
export { PAGE_SIZES } from './page-geometry';
