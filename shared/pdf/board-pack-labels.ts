import type { Kpi, Plan } from '../model';
import { addMonths, monthLabel } from '../roadmap/months';

export { approachLabel, cadenceLabel, categoryLabel, statusLabel } from '../labels';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-23" → "23 November 2026". */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${MONTH_NAMES[Number(m) - 1] ?? ''} ${y}`;
}

/** "Jan 2027 – Dec 2028 (24 months)". */
export function horizonLabel(plan: Plan): string {
  const { horizonStart, horizonMonths } = plan.meta;
  return `${monthLabel(horizonStart)} – ${monthLabel(addMonths(horizonStart, horizonMonths - 1))} (${horizonMonths} months)`;
}

/** 12500 → "12 500", 0.5 → "0.5": thousands grouped with a space, as European readers expect. */
export function formatNumber(value: number): string {
  const negative = value < 0;
  const [whole, fraction] = String(Math.abs(value)).split('.');
  if (!whole || /e/i.test(whole)) return String(value);
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : whole;
  return `${negative ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

const PREFIX_UNITS = new Set(['€', '£', '$', '¥', 'CHF', 'EUR', 'GBP', 'USD', 'zł', 'kr', 'Kč', '₽', '₴']);

/** A KPI value with its unit: "€ 12 500", "78%", "18 minutes". */
export function formatKpiValue(value: number | null, unit: string): string {
  if (value === null) return 'not set';
  const number = formatNumber(value);
  const u = unit.trim();
  if (!u) return number;
  if (u === '%') return `${number}%`;
  if (PREFIX_UNITS.has(u)) return `${u} ${number}`;
  return `${number} ${u}`;
}

export function baselineToTarget(kpi: Kpi): string {
  return `${formatKpiValue(kpi.baseline, kpi.unit)} → ${formatKpiValue(kpi.target, kpi.unit)}`;
}

export function directionLabel(kpi: Kpi): string {
  return kpi.direction === 'up' ? '↑ Higher is better' : '↓ Lower is better';
}
