import type { PhaseKind } from '../model';
import { COLOURS, PHASE_STYLE, TYPE, type Rgb } from './pdf-theme';
import type { PdfWriter, TextStyle } from './pdf-writer';
import { hatchSegments } from './roadmap-layout';

/* The Gantt chart's drawing primitives: phase boxes with their grey-print textures, cut marks, milestone diamonds and arrows. */

export const BAR_HEIGHT = 12;

/**
 * One phase segment: its fill, a texture of its own (hatch, dots, rules, solid) and its name
 * inside when it fits at full size (never shrunk below 8 pt; left out otherwise), so that the four
 * phases read apart in grey print. `labelInset` keeps the name clear of a cut mark at the bar's start.
 * Returns where the name was written, or null when it was left out.
 */
export function drawPhaseBox(w: PdfWriter, kind: PhaseKind, x: number, top: number, width: number, height: number, gap: number, label = '', labelInset = 3): { from: number; to: number } | null {
  const style = PHASE_STYLE[kind];
  const left = x + gap / 2;
  const innerWidth = Math.max(0.5, width - gap);
  w.setFill(style.fill);
  w.setDraw(style.stroke, 0.6);
  w.doc.rect(left, top, innerWidth, height, 'FD');
  const labelStyle: TextStyle = { size: TYPE.barLabel, style: 'bold', colour: style.label };
  let textureFrom = left + 1;
  let drawn: { from: number; to: number } | null = null;
  if (label && labelInset + w.textWidth(label, labelStyle) + 3 <= innerWidth) {
    w.drawLines([label], left + labelInset, top + (height - w.lineHeight(TYPE.barLabel)) / 2, labelStyle);
    drawn = { from: left + labelInset, to: left + labelInset + w.textWidth(label, labelStyle) };
    textureFrom = drawn.to + 3;
  }
  drawTexture(w, kind, textureFrom, left + innerWidth - 1, top + 1, top + height - 1);
  return drawn;
}

function drawTexture(w: PdfWriter, kind: PhaseKind, xa: number, xb: number, top: number, bottom: number): void {
  if (xb - xa < 2) return;
  const style = PHASE_STYLE[kind];
  if (style.texture === 'hatch') {
    w.setDraw(style.stroke, 0.5);
    for (const [x1, y1, x2, y2] of hatchSegments(xa, xb, top, bottom, 3.5)) w.doc.line(x1, y1, x2, y2);
  } else if (style.texture === 'dots') {
    w.setFill([52, 84, 122]);
    let row = 0;
    for (let y = top + 1.5; y + 1.2 <= bottom; y += 3.2, row++) {
      for (let x = xa + 1 + (row % 2) * 1.8; x + 1.2 <= xb; x += 3.6) w.doc.rect(x, y, 1.1, 1.1, 'F');
    }
  } else if (style.texture === 'rules') {
    w.setDraw(COLOURS.white, 0.7);
    const step = (bottom - top) / 3;
    w.doc.line(xa, top + step, xb, top + step);
    w.doc.line(xa, top + 2 * step, xb, top + 2 * step);
  }
}

/** A small notch at a bar end cut by the page or the horizon: the phase continues there. */
export function drawCut(w: PdfWriter, x: number, top: number, side: 'before' | 'after'): void {
  const mid = top + BAR_HEIGHT / 2;
  const d = side === 'after' ? 1 : -1;
  w.setFill(COLOURS.white);
  w.setDraw(COLOURS.ink, 0.5);
  w.doc.triangle(x - d * 4, mid - 3.5, x - d * 4, mid + 3.5, x + d * 0.5, mid, 'FD');
}

export function drawDiamond(w: PdfWriter, cx: number, cy: number, r: number): void {
  w.setFill(COLOURS.ink);
  w.setDraw(COLOURS.ink, 0.5);
  w.doc.lines(
    [
      [r, r],
      [-r, r],
      [-r, -r],
      [r, -r],
    ],
    cx,
    cy - r,
    [1, 1],
    'FD',
    true,
  );
}

export interface ArrowStyle {
  colour: Rgb;
  /** Dash and gap lengths; solid when absent. */
  dash?: readonly number[];
}

const PLAIN_ARROW: ArrowStyle = { colour: COLOURS.ink };

/**
 * A polyline with a head at its last point, on a thin white casing so that it stays legible where
 * it crosses a bar's fill or texture.
 */
export function drawArrow(w: PdfWriter, points: readonly (readonly [number, number])[], style: ArrowStyle = PLAIN_ARROW): void {
  const polyline = (colour: Rgb, width: number) => {
    w.setDraw(colour, width);
    for (let i = 1; i < points.length; i++) w.doc.line(points[i - 1]![0], points[i - 1]![1], points[i]![0], points[i]![1]);
  };
  w.doc.setLineDashPattern([], 0);
  polyline(COLOURS.white, 2);
  if (style.dash) w.doc.setLineDashPattern([...style.dash], 0);
  polyline(style.colour, 0.8);
  w.doc.setLineDashPattern([], 0);
  const [tx, ty] = points[points.length - 1]!;
  const [px, py] = points[points.length - 2]!;
  const angle = Math.atan2(ty - py, tx - px);
  const size = 4;
  const a1 = angle + Math.PI - 0.45;
  const a2 = angle + Math.PI + 0.45;
  w.setFill(style.colour);
  w.doc.triangle(tx, ty, tx + size * Math.cos(a1), ty + size * Math.sin(a1), tx + size * Math.cos(a2), ty + size * Math.sin(a2), 'F');
}

const MARK_STYLE: TextStyle = { size: TYPE.small, style: 'bold', colour: COLOURS.white };

/** The warning mark on a backwards dependency: a "!" in a dark disc (dark enough to stay a disc in grey print). */
export function drawWarningMark(w: PdfWriter, cx: number, cy: number): void {
  w.setFill(COLOURS.severityHigh);
  w.setDraw(COLOURS.white, 0.6);
  w.doc.circle(cx, cy, 4, 'FD');
  w.drawLines(['!'], cx, cy - w.lineHeight(TYPE.small) / 2, MARK_STYLE, 'center');
}
