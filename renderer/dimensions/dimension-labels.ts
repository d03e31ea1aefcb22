import type { Dimension, DimensionLevel } from '../../shared/model';

/** The six alignment dimensions of DOMAIN.md, in column order, with the question each asks. */
export const DIMENSION_INFO: readonly { id: Dimension; label: string; question: string }[] = [
  { id: 'functional', label: 'Functional', question: 'Does it do what it should?' },
  { id: 'tactical', label: 'Tactical', question: 'Does it serve a department goal?' },
  { id: 'strategic', label: 'Strategic', question: 'Does it serve the long-term strategy?' },
  { id: 'cultural', label: 'Cultural', question: 'Does it fit how people work; are staff trained and on board?' },
  { id: 'ethical', label: 'Ethical', question: 'Have bias, privacy and transparency been reviewed?' },
  { id: 'societal', label: 'Societal', question: 'What is its effect on customers and the community?' },
];

/** Each level has a word and a symbol, so the heat map reads without colour. */
export const LEVEL_INFO: Record<DimensionLevel, { label: string; symbol: string }> = {
  'not-considered': { label: 'Not considered', symbol: '○' },
  partly: { label: 'Partly', symbol: '◐' },
  addressed: { label: 'Addressed', symbol: '●' },
};

const ORDER: readonly DimensionLevel[] = ['not-considered', 'partly', 'addressed'];

/** Clicking a cell steps through the levels: not considered → partly → addressed → not considered. */
export function nextLevel(level: DimensionLevel): DimensionLevel {
  return ORDER[(ORDER.indexOf(level) + 1) % ORDER.length]!;
}
