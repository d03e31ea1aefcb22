import { describe, expect, it } from 'vitest';
import { stackLabels } from '../../../../shared/roadmap/label-rows';

describe('stacking labels on rows', () => {
  it('puts overlapping labels on separate rows and reuses a row once it is clear', () => {
    expect(stackLabels([{ x: 0, width: 50 }, { x: 20, width: 50 }, { x: 60, width: 10 }, { x: 66, width: 10 }], 4)).toEqual([0, 1, 0, 2]);
  });

  it('keeps labels that do not overlap on the first row', () => {
    expect(stackLabels([{ x: 0, width: 10 }, { x: 20, width: 10 }, { x: 40, width: 10 }], 4)).toEqual([0, 0, 0]);
  });

  it('needs the whole gap free: a label starting exactly gap after the last one shares its row, one unit sooner does not', () => {
    expect(stackLabels([{ x: 0, width: 10 }, { x: 14, width: 10 }], 4)).toEqual([0, 0]);
    expect(stackLabels([{ x: 0, width: 10 }, { x: 13, width: 10 }], 4)).toEqual([0, 1]);
  });

  it('places labels from left to right whatever the input order, and answers in input order', () => {
    expect(stackLabels([{ x: 66, width: 10 }, { x: 20, width: 50 }, { x: 60, width: 10 }, { x: 0, width: 50 }], 4)).toEqual([2, 1, 0, 0]);
  });

  it('gives labels at the same place rows in input order', () => {
    expect(stackLabels([{ x: 5, width: 10 }, { x: 5, width: 10 }, { x: 5, width: 10 }], 0)).toEqual([0, 1, 2]);
  });

  it('takes the topmost free row, not the last one opened', () => {
    // Rows 0 and 1 are both free again by x = 100: the label goes back to row 0.
    expect(stackLabels([{ x: 0, width: 30 }, { x: 10, width: 30 }, { x: 100, width: 10 }], 4)).toEqual([0, 1, 0]);
  });

  it('works with negative positions (a label flipped left of the chart start) and with no labels', () => {
    expect(stackLabels([{ x: -20, width: 15 }, { x: -3, width: 10 }], 2)).toEqual([0, 0]);
    expect(stackLabels([], 4)).toEqual([]);
  });
});
