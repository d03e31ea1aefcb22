import { __createTable, __drawTable, type CellDef, type CellHookData, type Styles, type UserOptions } from 'jspdf-autotable';
import type { PdfWriter } from './pdf-writer';
import { COLOURS, FONT_FAMILY, TYPE } from './pdf-theme';

export interface TableColumn {
  header: string;
  /** Share of the content width; the shares of a table add up to 1. */
  share: number;
  halign?: 'left' | 'center' | 'right';
  /** Words of our own the column prints (status names, cadences): none may break mid-word, in any language. */
  labels?: readonly string[];
}

export type TableCell = string | { content: string; colSpan?: number; styles?: Partial<Styles> };

export interface TableGroup {
  title: string;
  rows: TableCell[][];
  /**
   * Per row, what its empty first cell stands for (the objective of an application row under the
   * first). A row that opens a continuation page prints it with "(cont.)", so no page starts with
   * rows whose objective is blank.
   */
  carry?: readonly (string | null)[];
  /** Per row, the item it shows ("application:a1"): the page it lands on is recorded for links and page references. */
  rowItems?: readonly (readonly string[])[];
  /** Per row, a page the row links to (a finding to its item's page). */
  rowLinks?: readonly (number | null)[];
  /** The rest of a group split by drawGroupedTable: its title says "(continued)" and its first row carries. */
  continued?: boolean;
}

/**
 * One group (a pillar, a severity, a readiness area) as a table whose two-row head, the group title
 * and the column names, repeats on every page it spans. The head never stands alone at the foot of
 * a page: when it and the first row do not fit, the group starts on the next page. Nor does a group
 * leave one row behind (#18 §6): a single row at the foot of a page moves on with the rest, and a
 * group that would end with a single row on the next page breaks a row earlier. Returns the page
 * the group starts on.
 */
export function drawGroupedTable(w: PdfWriter, columns: readonly TableColumn[], group: TableGroup): number {
  const options = (startY: number): UserOptions => tableOptions(w, columns, group, startY);
  let table = createGroupTable(w, options(w.y));
  const needed = startHeight(table);
  const fullPage = w.page.contentBottom - w.page.contentTop;
  // A start taller than a whole page (hostile text) is split by the table itself, unless little room is left here.
  if (w.y > w.page.contentTop && w.y + needed > w.page.contentBottom && (needed <= fullPage || w.spaceLeft() < fullPage * 0.3)) {
    w.newPage();
    table = createGroupTable(w, options(w.y));
  } else if (w.y > w.page.contentTop) {
    const fit = rowsFitting(w, table);
    const rows = table.body.length;
    // Moving on helps only when the first two rows fit a fresh page together; else the heading above would stand alone.
    const firstTwo = table.getHeadHeight(table.columns) + (table.body[0]?.height ?? 0) + (table.body[1]?.height ?? 0);
    if (fit === 1 && rows > 1 && firstTwo <= fullPage) {
      w.newPage();
      table = createGroupTable(w, options(w.y));
    }
  }
  const pages = rowsPerPage(w, table);
  const rows = table.body.length;
  if (pages.length > 1 && pages[pages.length - 1] === 1 && rows >= 3) {
    // The last page would hold a single row: end the page before it a row early, so two rows carry the group on.
    const first = drawGroupedTable(w, columns, sliceGroup(group, 0, rows - 2));
    w.newPage();
    drawGroupedTable(w, columns, { ...sliceGroup(group, rows - 2, rows), continued: true });
    return first;
  }
  const startPage = w.currentPage;
  __drawTable(w.doc, table);
  w.claimPages();
  w.y = (table.finalY ?? w.y) + 14;
  return startPage;
}

/** How many body rows fit below the cursor on this page, after the head. */
function rowsFitting(w: PdfWriter, table: Table): number {
  let room = w.page.contentBottom - w.y - table.getHeadHeight(table.columns);
  let fit = 0;
  for (const row of table.body) {
    if (row.height > room) break;
    room -= row.height;
    fit++;
  }
  return fit;
}

/**
 * How many body rows each page of the table will hold, from the cursor on: a row that does not fit
 * moves whole to the next page (rowPageBreak 'avoid'), and the head repeats on every page. A row
 * taller than a page is split by the table itself; it counts here as filling a page.
 */
function rowsPerPage(w: PdfWriter, table: Table): number[] {
  const head = table.getHeadHeight(table.columns);
  const fullRoom = w.page.contentBottom - w.page.contentTop - head;
  const pages: number[] = [];
  let room = w.page.contentBottom - w.y - head;
  let onPage = 0;
  for (const row of table.body) {
    if (row.height > room && onPage > 0) {
      pages.push(onPage);
      onPage = 0;
      room = fullRoom;
    }
    onPage++;
    room -= row.height;
  }
  pages.push(onPage);
  return pages;
}

/** Rows `from`..`to` of a group, with what belongs to each row. */
function sliceGroup(group: TableGroup, from: number, to: number): TableGroup {
  return {
    title: group.title,
    rows: group.rows.slice(from, to),
    carry: group.carry?.slice(from, to),
    rowItems: group.rowItems?.slice(from, to),
    rowLinks: group.rowLinks?.slice(from, to),
    continued: group.continued,
  };
}

/** Height of a group's head and first row: what a section heading must be kept with. */
export function groupStartHeight(w: PdfWriter, columns: readonly TableColumn[], group: TableGroup): number {
  // Laying out the head and first row alone gives the same heights, without measuring the whole group.
  return startHeight(createGroupTable(w, tableOptions(w, columns, sliceGroup(group, 0, 1), w.page.contentTop)));
}

type Table = ReturnType<typeof __createTable>;

/**
 * The table laid out by jspdf-autotable, without the step that measures every cell and every word
 * to size columns of automatic width (a fifth of the layout). Each of our columns has a fixed width
 * (columnStyles.cellWidth), which body cells carry: once one body row has a cell in every column,
 * every column takes its fixed width and those measures are never read. Wrapping still measures.
 */
export function createGroupTable(w: PdfWriter, options: UserOptions): Table {
  const styles = Object.values(options.columnStyles ?? {});
  const columns = styles.length;
  const fixed = columns > 0 && styles.every((c) => typeof c.cellWidth === 'number');
  const fullRow = (row: unknown) => Array.isArray(row) && row.length === columns && row.every((cell) => ((cell as { colSpan?: number } | null)?.colSpan ?? 1) === 1);
  if (!fixed || !(options.body ?? []).some(fullRow)) return __createTable(w.doc, options);
  const doc = w.doc;
  const measure = doc.getTextWidth;
  doc.getTextWidth = () => 0;
  try {
    return __createTable(doc, options);
  } finally {
    doc.getTextWidth = measure;
  }
}

function startHeight(table: Table): number {
  const firstRow = table.body[0];
  return table.getHeadHeight(table.columns) + (firstRow ? firstRow.height : 0);
}

function tableOptions(w: PdfWriter, columns: readonly TableColumn[], group: TableGroup, startY: number): UserOptions {
  const { page } = w;
  // The table's pages whose first body row has been seen (autotable numbers them from 1 per table).
  const pagesSeen = new Set<number>();
  const cell = (c: TableCell): CellDef => (typeof c === 'string' ? { content: w.clean(c) } : { ...c, content: w.clean(c.content) });
  const columnStyles: Record<number, Partial<Styles>> = {};
  const widths = columnWidths(w, columns);
  columns.forEach((c, i) => {
    columnStyles[i] = { cellWidth: widths[i], halign: c.halign ?? 'left' };
  });
  return {
    startY,
    theme: 'plain',
    tableWidth: page.contentWidth,
    margin: { top: page.contentTop, bottom: page.height - page.contentBottom, left: page.left, right: page.width - page.right },
    rowPageBreak: 'avoid',
    showHead: 'everyPage',
    styles: {
      font: FONT_FAMILY,
      fontStyle: 'normal',
      fontSize: TYPE.table,
      textColor: [...COLOURS.ink],
      cellPadding: { top: 3.5, bottom: 3.5, left: 5, right: 5 },
      overflow: 'linebreak',
      valign: 'top',
      lineColor: [...COLOURS.hairline],
      lineWidth: { bottom: 0.5, top: 0, left: 0, right: 0 },
    },
    headStyles: { fontStyle: 'bold', fontSize: TYPE.tableHead, textColor: [...COLOURS.muted], fillColor: [...COLOURS.headFill], lineColor: [...COLOURS.rule], lineWidth: { bottom: 0.75, top: 0, left: 0, right: 0 } },
    columnStyles,
    head: [
      [
        {
          content: w.clean(group.continued ? `${group.title} ${w.t('pdf.continued')}` : group.title),
          colSpan: columns.length,
          styles: { fontSize: TYPE.groupHead, textColor: [...COLOURS.accent], fillColor: [...COLOURS.accentSoft], halign: 'left', cellPadding: { top: 5, bottom: 5, left: 6, right: 6 }, lineWidth: 0 },
        },
      ],
      columns.map((c) => ({ content: w.clean(c.header), styles: { halign: c.halign ?? 'left' } })),
    ],
    body: group.rows.map((row) => row.map(cell)),
    willDrawCell: (data: CellHookData) => {
      markContinuation(w, data);
      carryFirstCell(w, group, data, pagesSeen);
    },
    didDrawCell: (data: CellHookData) => {
      if (data.section !== 'body' || data.column.index !== 0) return;
      for (const item of group.rowItems?.[data.row.index] ?? []) w.recordItemPage(item);
      const target = group.rowLinks?.[data.row.index];
      // The whole row is the link: a finding row takes the reader to its item's page.
      if (target) w.doc.link(data.cell.x, data.cell.y, w.page.contentWidth, data.row.height, { pageNumber: target });
    },
  };
}

/** Fills the blank first cell of the first body row on each continuation page with what it stands for. */
function carryFirstCell(w: PdfWriter, group: TableGroup, data: CellHookData, pagesSeen: Set<number>): void {
  if (data.section !== 'body' || data.column.index !== 0 || pagesSeen.has(data.pageNumber)) return;
  pagesSeen.add(data.pageNumber);
  const carried = group.carry?.[data.row.index];
  if ((data.pageNumber <= 1 && !(group.continued && data.row.index === 0)) || !carried || data.cell.text.join('').trim() !== '') return;
  const room = data.cell.width - data.cell.padding('horizontal');
  const lineHeight = (data.cell.styles.fontSize * w.doc.getLineHeightFactor()) / w.doc.internal.scaleFactor;
  const fitting = Math.max(1, Math.floor((data.row.height - data.cell.padding('vertical') + 0.5) / lineHeight));
  const lines: string[] = w.doc.splitTextToSize(`${w.clean(carried)} ${w.t('pdf.cont')}`, room);
  if (lines.length > fitting) {
    lines.length = fitting;
    lines[fitting - 1] = `${lines[fitting - 1]!.replace(/\s*\S*$/, '')}…`;
  }
  data.cell.text = lines;
  data.cell.styles.textColor = [...COLOURS.muted];
}

const CELL_PADDING = 10;
const fittedWidths = new WeakMap<readonly TableColumn[], number[]>();

/**
 * Each column's share of the width, widened where a word of its header or of its own labels would
 * otherwise be broken mid-word (German "Vierteljährlich" in a column sized for "Quarterly"); the
 * room comes from the columns with room to spare, in proportion. English fits its shares as they are.
 */
function columnWidths(w: PdfWriter, columns: readonly TableColumn[]): number[] {
  const cached = fittedWidths.get(columns);
  if (cached) return cached;
  const widest = (texts: readonly string[], style: Parameters<PdfWriter['textWidth']>[1]) =>
    Math.max(0, ...texts.flatMap(unbreakableRuns).map((run) => w.textWidth(run, style)));
  const widths = columns.map((c) => c.share * w.page.contentWidth);
  const needed = columns.map((c) =>
    Math.max(widest([c.header], { size: TYPE.tableHead, style: 'bold' }), widest(c.labels ?? [], { size: TYPE.table })) + CELL_PADDING + 1,
  );
  const short = widths.map((width, i) => Math.max(0, needed[i]! - width));
  const deficit = short.reduce((a, b) => a + b, 0);
  const spare = widths.map((width, i) => (short[i] ? 0 : Math.max(0, width - needed[i]!)));
  const totalSpare = spare.reduce((a, b) => a + b, 0);
  const fitted = deficit > 0 && totalSpare > deficit ? widths.map((width, i) => width + short[i]! - (deficit * spare[i]!) / totalSpare) : widths;
  fittedWidths.set(columns, fitted);
  return fitted;
}

/** The words of a label, a leading mark kept with the word it marks ("★ Startprojekt", "↑ Höher"). */
function unbreakableRuns(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 1 && [...words[0]!].length === 1 ? [`${words[0]} ${words[1]}`, ...words.slice(2)] : words;
}

/** On the pages after the first, the repeated group title says "(continued)" when that still fits on its line. */
function markContinuation(w: PdfWriter, data: CellHookData): void {
  if (data.section !== 'head' || data.row.index !== 0 || data.pageNumber <= 1) return;
  const continued = ` ${w.t('pdf.continued')}`;
  const lines = data.cell.text;
  const last = lines[lines.length - 1] ?? '';
  if (last.endsWith(continued)) return;
  const room = data.cell.width - data.cell.padding('horizontal');
  if (w.doc.getTextWidth(last + continued) <= room) lines[lines.length - 1] = last + continued;
}
