import type { Kpi } from '../../shared/model';

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

export function formatNumber(value: number | null): string {
  return value === null ? '—' : numberFormat.format(value);
}

/** "40 → 60 leads"; a missing value shows as "—" so the gap is visible. */
export function baselineToTarget(kpi: Pick<Kpi, 'baseline' | 'target' | 'unit'>): string {
  const unit = kpi.unit.trim();
  return `${formatNumber(kpi.baseline)} → ${formatNumber(kpi.target)}${unit ? ` ${unit}` : ''}`;
}

export function directionText(direction: Kpi['direction']): string {
  return direction === 'up' ? 'higher is better' : 'lower is better';
}
