/*
 * Placing labels on rows so that none overlaps another: the milestone titles above the roadmap on
 * screen and in the PDF both stack this way, measured in their own units (pixels, points).
 */

/** A label's extent along the axis: from `x`, `width` long. */
export interface LabelSpan {
  x: number;
  width: number;
}

/**
 * Greedy stacking from left to right: each label goes on the first row whose last label ends at
 * least `gap` before it starts, or on a new row below. Ties in `x` keep the input order. Returns
 * the row of each label (0 = top), in input order.
 */
export function stackLabels(spans: readonly LabelSpan[], gap: number): number[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.x - spans[b]!.x || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(spans.length).fill(0);
  for (const i of order) {
    const { x, width } = spans[i]!;
    let row = rowEnds.findIndex((end) => end + gap <= x);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(-Infinity);
    }
    rowEnds[row] = x + width;
    rows[i] = row;
  }
  return rows;
}
