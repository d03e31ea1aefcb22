/**
 * The board pack's look in one place. Colours are chosen by lightness first so that every pair that
 * must differ still differs printed in grey; text never sits on anything darker than 80% lightness
 * unless it is white.
 */
export type Rgb = readonly [number, number, number];

export const FONT_FAMILY = 'DejaVuSans';

export const COLOURS = {
  ink: [26, 26, 26] as Rgb,
  /** Secondary text: dark enough to stay legible on a laser printer. */
  muted: [84, 84, 84] as Rgb,
  accent: [31, 58, 95] as Rgb,
  accentSoft: [226, 233, 242] as Rgb,
  rule: [160, 166, 174] as Rgb,
  hairline: [205, 209, 214] as Rgb,
  headFill: [240, 242, 245] as Rgb,
  zebra: [248, 249, 250] as Rgb,
  quarterBand: [244, 246, 249] as Rgb,
  white: [255, 255, 255] as Rgb,
  highlight: [232, 240, 229] as Rgb,
  severityHigh: [140, 28, 28] as Rgb,
  severityMedium: [130, 85, 0] as Rgb,
  severityLow: [70, 70, 70] as Rgb,
} as const;

/** Type sizes in points. */
export const TYPE = {
  coverTitle: 26,
  coverOrganisation: 15,
  sectionTitle: 16,
  intro: 9.5,
  body: 9.5,
  table: 8.5,
  tableHead: 8,
  groupHead: 9.5,
  chart: 7.5,
  /** Names inside roadmap bars: the smallest type that prints legibly; a name that does not fit is left out, not shrunk. */
  barLabel: 8,
  small: 7,
  frame: 7.5,
} as const;

export const LINE_HEIGHT = 1.3;

/**
 * The four roadmap phases: lightness steps from light to dark plus a distinct texture each, so that
 * they differ in grey print even before their labels are read.
 */
export const PHASE_STYLE = {
  pilot: { fill: [222, 232, 243] as Rgb, stroke: [52, 84, 122] as Rgb, texture: 'hatch' as const, label: [20, 32, 48] as Rgb },
  refine: { fill: [170, 194, 221] as Rgb, stroke: [52, 84, 122] as Rgb, texture: 'dots' as const, label: [20, 32, 48] as Rgb },
  standardise: { fill: [99, 133, 172] as Rgb, stroke: [40, 66, 100] as Rgb, texture: 'rules' as const, label: [255, 255, 255] as Rgb },
  scale: { fill: [31, 58, 95] as Rgb, stroke: [31, 58, 95] as Rgb, texture: 'solid' as const, label: [255, 255, 255] as Rgb },
} as const;
