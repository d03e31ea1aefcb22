import { DIMENSION_LABELS, DIMENSION_LEVEL_LABELS } from '../../shared/labels';
import type { Dimension, DimensionLevel } from '../../shared/model';
import { DIMENSIONS } from '../../shared/schema/plan-schema';

/** The six alignment dimensions in column order, with the question each asks. */
export const DIMENSION_INFO: readonly { id: Dimension; label: string; question: string }[] = DIMENSIONS.map((id) => ({ id, ...DIMENSION_LABELS[id] }));

/** Each level has a word and a symbol, so the heat map reads without colour. */
export const LEVEL_INFO: Record<DimensionLevel, { label: string; symbol: string }> = {
  'not-considered': { label: DIMENSION_LEVEL_LABELS['not-considered'], symbol: '○' },
  partly: { label: DIMENSION_LEVEL_LABELS.partly, symbol: '◐' },
  addressed: { label: DIMENSION_LEVEL_LABELS.addressed, symbol: '●' },
};

const ORDER: readonly DimensionLevel[] = ['not-considered', 'partly', 'addressed'];

/** Clicking a cell steps through the levels: not considered → partly → addressed → not considered. */
export function nextLevel(level: DimensionLevel): DimensionLevel {
  return ORDER[(ORDER.indexOf(level) + 1) % ORDER.length]!;
}
