import { activeLocale, t } from '../../shared/i18n/active-locale';
import { formatNumber as formatNumberIn } from '../../shared/i18n/format';
import type { Kpi } from '../../shared/model';

/** Formatted values by language: a board shows the same few numbers many times over. */
const formatted = new Map<string, string>();

/** A KPI value in the language shown ("1,234.5", "1.234,5"), at most two decimals; "—" when missing. */
export function formatNumber(value: number | null): string {
  if (value === null) return '—';
  const locale = activeLocale();
  const key = `${locale}\u0000${value}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size > 5000) formatted.clear();
    formatted.set(key, (text = formatNumberIn(value, locale, { maximumFractionDigits: 2 })));
  }
  return text;
}

/** "40 → 60 leads"; a missing value shows as "—" so the gap is visible. */
export function baselineToTarget(kpi: Pick<Kpi, 'baseline' | 'target' | 'unit'>): string {
  const unit = kpi.unit.trim();
  return `${formatNumber(kpi.baseline)} → ${formatNumber(kpi.target)}${unit ? ` ${unit}` : ''}`;
}

export function directionText(direction: Kpi['direction']): string {
  return direction === 'up' ? t('kpi.direction.up') : t('kpi.direction.down');
}
