import type { ZipCaps } from './zip-entries';

/** What a spreadsheet may hold before it is refused rather than read. */
export interface ReadCaps extends ZipCaps {
  maxFileBytes: number;
  maxRows: number;
  maxColumns: number;
  /** Excel's own limit for a cell's text. */
  maxCellLength: number;
}

/**
 * Far above any matrix a team keeps (a plan holds at most 5,000 KPIs), far below what would make
 * the app unresponsive: 50 MB on disk, 100 MB unzipped in at most 1,000 parts, 100,000 rows of at
 * most 200 columns, 32,767 characters a cell.
 */
export const READ_CAPS: ReadCaps = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxEntries: 1_000,
  maxRatio: 500,
  maxRows: 100_000,
  maxColumns: 200,
  maxCellLength: 32_767,
};
