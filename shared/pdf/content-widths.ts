import type { TableCell, TableColumn, TableGroup } from './grouped-table';
import type { PdfWriter } from './pdf-writer';
import { TYPE } from './pdf-theme';

/** Horizontal cell padding of the grouped tables, and a point of slack against rounding. */
const CELL_ROOM = 11;
/** Rows measured per section at most: a 5,000-row section is sized from an even sample. */
const SAMPLE_ROWS = 300;
/** No column takes more than this part of the width from its longest line alone. */
const WIDEST_SHARE = 0.6;

/**
 * Column widths from what the columns hold (#18 §6), shared by every group of a section so its
 * tables line up: each column gets at least its longest word and header word, and the rest of
 * the width goes where lines are longest (as a browser lays out an automatic table). When
 * everything fits on one line, the spare width is spread by the section's shares; when even the
 * longest words do not fit (hostile text), the shares stand. Returns the columns with new shares.
 */
export function fitColumnsToContent(w: PdfWriter, columns: readonly TableColumn[], groups: readonly TableGroup[]): TableColumn[] {
  const total = w.page.contentWidth;
  const rows = sampleRows(groups);
  const least = columns.map((c) => CELL_ROOM + longestWord(w, c.header, TYPE.tableHead, 'bold'));
  const most = columns.map((c, i) => Math.max(least[i]!, CELL_ROOM + Math.max(0, ...(c.labels ?? []).map((l) => w.textWidth(l, { size: TYPE.table })))));
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i >= columns.length || spans(cell)) return;
      const text = typeof cell === 'string' ? cell : cell.content;
      if (!text.trim()) return;
      const size = typeof cell === 'string' ? TYPE.table : (cell.styles?.fontSize ?? TYPE.table);
      const style = typeof cell !== 'string' && cell.styles?.fontStyle === 'bold' ? 'bold' : 'normal';
      least[i] = Math.max(least[i]!, CELL_ROOM + longestWord(w, text, size, style));
      const longestLine = Math.max(...text.split('\n').map((line) => w.textWidth(line, { size, style })));
      most[i] = Math.max(most[i]!, Math.min(total * WIDEST_SHARE, CELL_ROOM + longestLine));
    });
  }
  for (let i = 0; i < columns.length; i++) most[i] = Math.max(most[i]!, least[i]!);
  const sumLeast = sum(least);
  const sumMost = sum(most);
  let widths: number[];
  if (sumLeast >= total) return [...columns];
  if (sumMost <= total) widths = most.map((m, i) => m + (total - sumMost) * columns[i]!.share);
  else {
    const stretch = sumMost - sumLeast;
    widths = least.map((l, i) => l + ((total - sumLeast) * (most[i]! - l)) / stretch);
  }
  return columns.map((c, i) => ({ ...c, share: widths[i]! / total }));
}

function sampleRows(groups: readonly TableGroup[]): TableCell[][] {
  const all = groups.flatMap((g) => g.rows);
  if (all.length <= SAMPLE_ROWS) return all;
  const step = all.length / SAMPLE_ROWS;
  return Array.from({ length: SAMPLE_ROWS }, (_, k) => all[Math.floor(k * step)]!);
}

const spans = (cell: TableCell): boolean => typeof cell !== 'string' && (cell.colSpan ?? 1) > 1;

/** The widest of the text's words, measuring only the few longest by letters. */
function longestWord(w: PdfWriter, text: string, size: number, style: 'normal' | 'bold'): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length) return 0;
  const byLength = words.length > 3 ? [...words].sort((a, b) => b.length - a.length).slice(0, 3) : words;
  return Math.max(...byLength.map((word) => w.textWidth(word, { size, style })));
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
