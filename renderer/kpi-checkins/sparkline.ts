import type { KpiTrend } from '../../shared/checks/kpi-checkins';
import { daysBetween } from '../../shared/checks/kpi-checkins';

export interface SparklineGeometry {
  width: number;
  height: number;
  /** "x,y x,y …" for the polyline of the check-ins, in date order. */
  points: string;
  dots: { x: number; y: number; date: string; value: number; metTarget: boolean | null }[];
  baselineY: number | null;
  targetY: number | null;
}

/**
 * Lays the check-ins out in an SVG box: x by date (evenly when all share one date), y by value
 * within the range of baseline, target and values, with a little padding so lines never touch the edge.
 */
export function sparklineGeometry(trend: KpiTrend, width = 260, height = 72, pad = 6): SparklineGeometry {
  const range = trend.range ?? { min: 0, max: 1 };
  const span = range.max - range.min || 1;
  const y = (value: number) => pad + (height - 2 * pad) * (1 - (value - range.min) / span);
  const first = trend.points[0]?.date;
  const last = trend.points[trend.points.length - 1]?.date;
  const days = first && last ? daysBetween(first, last) : 0;
  const x = (date: string, index: number) => {
    if (trend.points.length <= 1) return width / 2;
    const t = days > 0 ? daysBetween(first!, date) / days : index / (trend.points.length - 1);
    return pad + (width - 2 * pad) * t;
  };
  const dots = trend.points.map((p, i) => ({ x: x(p.date, i), y: y(p.value), date: p.date, value: p.value, metTarget: p.metTarget }));
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width,
    height,
    points: dots.map((d) => `${round(d.x)},${round(d.y)}`).join(' '),
    dots: dots.map((d) => ({ ...d, x: round(d.x), y: round(d.y) })),
    baselineY: trend.baseline === null ? null : round(y(trend.baseline)),
    targetY: trend.target === null ? null : round(y(trend.target)),
  };
}
