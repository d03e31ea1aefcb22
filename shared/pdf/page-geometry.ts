export type PdfPageSize = 'a4' | 'letter';

/** Landscape page sizes in points: the matrix, the roadmap and the KPI table all want the width. */
export const PAGE_SIZES: Record<PdfPageSize, { width: number; height: number }> = {
  a4: { width: 841.89, height: 595.28 },
  letter: { width: 792, height: 612 },
};

/** Where things go on every page, in points from the top-left corner. */
export interface PageGeometry {
  width: number;
  height: number;
  /** Left and right edge of everything printed, header and footer included. */
  left: number;
  right: number;
  /** Baselines of the running header and footer. */
  headerBaseline: number;
  footerBaseline: number;
  /** The box the content flows in. */
  contentTop: number;
  contentBottom: number;
  contentWidth: number;
}

/** Side margin; also the safe zone the tests hold every word to. */
export const PAGE_MARGIN = 36;

export function pageGeometry(size: PdfPageSize): PageGeometry {
  const { width, height } = PAGE_SIZES[size];
  return {
    width,
    height,
    left: PAGE_MARGIN,
    right: width - PAGE_MARGIN,
    headerBaseline: 30,
    footerBaseline: height - 22,
    contentTop: 54,
    contentBottom: height - 44,
    contentWidth: width - 2 * PAGE_MARGIN,
  };
}
