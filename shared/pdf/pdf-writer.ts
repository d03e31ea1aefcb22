import type { jsPDF } from 'jspdf';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/translator';
import type { PdfLanguage } from './board-pack-labels';
import type { PageGeometry } from './page-geometry';
import { COLOURS, FONT_FAMILY, LINE_HEIGHT, TYPE, type Rgb } from './pdf-theme';

export type FontStyle = 'normal' | 'bold';

export interface TextStyle {
  size: number;
  style?: FontStyle;
  colour?: Rgb;
}

/**
 * A jsPDF document plus a cursor that flows down the content box and onto new pages, and the few
 * text primitives every section shares. All text goes through `clean` so that characters the
 * embedded font lacks never reach the page as junk. It carries the export language too, so every
 * section writes its words (`w.t`) and its dates and numbers (`w.locale`) in it.
 */
export class PdfWriter implements PdfLanguage {
  /** Top of the free space on the current page. */
  y: number;
  private readonly sectionOfPage: string[] = [];
  /** The first page each item ("application:a1") is printed on, for page references and links. */
  private readonly itemPages = new Map<string, number>();
  /** Bookmarks below a section's own, in print order: the matrix's pillars. */
  readonly subBookmarks: { section: string; title: string; page: number }[] = [];
  private section = '';
  readonly t: Translate;
  readonly locale: Locale;

  constructor(
    readonly doc: jsPDF,
    readonly page: PageGeometry,
    readonly clean: (text: string) => string,
    language: PdfLanguage,
  ) {
    this.y = page.contentTop;
    this.t = language.t;
    this.locale = language.locale;
  }

  get pageCount(): number {
    return this.doc.getNumberOfPages();
  }

  /** The page being drawn on. */
  get currentPage(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }

  /** Notes that `item` shows on the current page, unless it showed earlier. */
  recordItemPage(item: string): void {
    if (!this.itemPages.has(item)) this.itemPages.set(item, this.currentPage);
  }

  setItemPage(item: string, page: number): void {
    if (!this.itemPages.has(item)) this.itemPages.set(item, page);
  }

  /** The first page `item` was printed on, or null when no section printed it. */
  pageOfItem(item: string): number | null {
    return this.itemPages.get(item) ?? null;
  }

  /** The running-header name of each page (1-based page numbers), for the frame drawn at the end. */
  sectionTitleOfPage(pageNumber: number): string {
    return this.sectionOfPage[pageNumber - 1] ?? '';
  }

  /**
   * Names the pages from here on, and the current page too when the section starts it (a page
   * shared by two sections keeps the first one's name). Pages that tables add are named when noticed.
   */
  setSection(title: string, startsPage: boolean): void {
    this.claimPages();
    this.section = title;
    if (startsPage) this.sectionOfPage[this.pageCount - 1] = title;
  }

  /** Gives any page created since the last call (for example by autoTable) the current section name. */
  claimPages(): void {
    for (let p = 0; p < this.pageCount; p++) if (this.sectionOfPage[p] === undefined) this.sectionOfPage[p] = this.section;
  }

  newPage(): void {
    this.claimPages();
    this.doc.addPage();
    this.sectionOfPage[this.pageCount - 1] = this.section;
    this.y = this.page.contentTop;
  }

  spaceLeft(): number {
    return this.page.contentBottom - this.y;
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensureSpace(height: number): void {
    if (this.y + height > this.page.contentBottom && this.y > this.page.contentTop) this.newPage();
  }

  setStyle({ size, style = 'normal', colour = COLOURS.ink }: TextStyle): void {
    this.doc.setFont(FONT_FAMILY, style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(colour[0], colour[1], colour[2]);
  }

  lineHeight(size: number): number {
    return size * LINE_HEIGHT;
  }

  /** Wrapped lines of `text` at `width`, in the given style (which stays set). Never empty. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    this.setStyle(style);
    const lines = this.doc.splitTextToSize(this.clean(text), width) as string[];
    return lines.length ? lines : [''];
  }

  textWidth(text: string, style: TextStyle): number {
    this.setStyle(style);
    return this.doc.getTextWidth(this.clean(text));
  }

  /** One line that fits `width`, shortened with an ellipsis when it must be (running headers only). */
  fitOneLine(text: string, width: number, style: TextStyle): string {
    this.setStyle(style);
    const clean = this.clean(text).replace(/\s+/g, ' ').trim();
    if (this.doc.getTextWidth(clean) <= width) return clean;
    let lo = 0;
    let hi = clean.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.doc.getTextWidth(clean.slice(0, mid).trimEnd() + '…') <= width) lo = mid;
      else hi = mid - 1;
    }
    return clean.slice(0, lo).trimEnd() + '…';
  }

  /** Draws already-wrapped lines with their first line's top at `top`; returns the height used. */
  drawLines(lines: readonly string[], x: number, top: number, style: TextStyle, align: 'left' | 'center' | 'right' = 'left'): number {
    if (!lines.length) return 0;
    this.setStyle(style);
    const lh = this.lineHeight(style.size);
    this.doc.text(lines as string[], x, top + baselineOffset(style.size), { lineHeightFactor: LINE_HEIGHT, align, baseline: 'alphabetic' });
    return lines.length * lh;
  }

  /**
   * Writes a paragraph at the cursor, wrapped to `width`, breaking onto new pages as needed (a
   * page never starts with fewer than two lines of it unless the paragraph is that short).
   */
  paragraph(text: string, style: TextStyle, x = this.page.left, width = this.page.contentWidth): void {
    const lines = this.wrap(text, width, style);
    const lh = this.lineHeight(style.size);
    let i = 0;
    while (i < lines.length) {
      const fit = Math.floor((this.page.contentBottom - this.y) / lh);
      const minimum = Math.min(2, lines.length - i);
      if (fit < minimum) {
        this.newPage();
        continue;
      }
      const chunk = lines.slice(i, i + fit);
      this.y += this.drawLines(chunk, x, this.y, style);
      i += chunk.length;
    }
  }

  /** A section's title and a one-paragraph introduction, kept with at least `keepWith` points of what follows. */
  heading(title: string, intro: string | null, keepWith = 90): void {
    const titleStyle = { size: TYPE.sectionTitle, style: 'bold' as const, colour: COLOURS.accent };
    const introStyle = { size: TYPE.intro, colour: COLOURS.muted };
    const introWidth = Math.min(this.page.contentWidth, 620);
    const titleLines = this.wrap(title, this.page.contentWidth, titleStyle);
    const introLines = intro ? this.wrap(intro, introWidth, introStyle) : [];
    const height = titleLines.length * this.lineHeight(TYPE.sectionTitle) + (introLines.length ? 4 + introLines.length * this.lineHeight(TYPE.intro) : 0) + 12;
    this.ensureSpace(Math.min(height + keepWith, this.page.contentBottom - this.page.contentTop));
    this.y += this.drawLines(titleLines, this.page.left, this.y, titleStyle);
    if (introLines.length) {
      this.y += 4;
      this.y += this.drawLines(introLines, this.page.left, this.y, introStyle);
    }
    this.y += 12;
  }

  setDraw(colour: Rgb, width: number): void {
    this.doc.setDrawColor(colour[0], colour[1], colour[2]);
    this.doc.setLineWidth(width);
  }

  setFill(colour: Rgb): void {
    this.doc.setFillColor(colour[0], colour[1], colour[2]);
  }

  line(x1: number, y1: number, x2: number, y2: number, colour: Rgb, width: number): void {
    this.setDraw(colour, width);
    this.doc.line(x1, y1, x2, y2);
  }

  fillRect(x: number, y: number, w: number, h: number, colour: Rgb): void {
    this.setFill(colour);
    this.doc.rect(x, y, w, h, 'F');
  }
}

/** Distance from the top of a line box to its baseline, for DejaVu Sans at the shared line height. */
export function baselineOffset(size: number): number {
  return size * (0.93 + (LINE_HEIGHT - 1.164) / 2);
}
