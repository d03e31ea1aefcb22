import { dimensionLabel, dimensionLevelLabel, dimensionQuestion } from '../../shared/labels';
import type { Translate } from '../../shared/i18n/translator';
import type { Dimension, DimensionLevel } from '../../shared/model';
import { DIMENSIONS } from '../../shared/schema/plan-schema';

/** The six alignment dimensions in column order, with the question each asks, in the language of `t`. */
export function dimensionInfo(t: Translate): readonly { id: Dimension; label: string; question: string }[] {
  return DIMENSIONS.map((id) => ({ id, label: dimensionLabel(id, t), question: dimensionQuestion(id, t) }));
}

/** Each level has a word and a symbol, so the heat map reads without colour. */
export const LEVEL_SYMBOLS: Record<DimensionLevel, string> = { 'not-considered': '○', partly: '◐', addressed: '●' };

export function levelInfo(level: DimensionLevel, t: Translate): { label: string; symbol: string } {
  return { label: dimensionLevelLabel(level, t), symbol: LEVEL_SYMBOLS[level] };
}

const ORDER: readonly DimensionLevel[] = ['not-considered', 'partly', 'addressed'];

/** Clicking a cell steps through the levels: not considered → partly → addressed → not considered. */
export function nextLevel(level: DimensionLevel): DimensionLevel {
  return ORDER[(ORDER.indexOf(level) + 1) % ORDER.length]!;
}
