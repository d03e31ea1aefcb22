import { useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import { useMoney } from '../value/money-locale';
import { compactWhole } from '../format/compact-money';
import { cardValueOf } from './net-value';
import { useSizeByValue } from './priority-view-store';

/** A card's net value over three years, shown when the 2×2 sizes cards by it; "not estimated" otherwise. */
export function CardNetValue({ id }: { id: string }) {
  const on = useSizeByValue();
  const net = usePlanner((s) => (on ? cardValueOf(s.plan, id).net : null));
  const money = useMoney();
  const t = useT();
  if (!on) return null;
  if (net === null)
    return (
      <span className="prio-card__net" data-testid="card-net" data-estimated="no">
        {t('valueViews.priorities.notEstimated')}
      </span>
    );
  return (
    <span className="prio-card__net" data-testid="card-net" data-negative={net < 0 || undefined} title={t('valueViews.priorities.netLong', { amount: money.whole(net) })}>
      {t('valueViews.priorities.net', { amount: compactWhole(net, money.currency, money.locale) })}
    </span>
  );
}

/** The card's size step (data-size) when sizing by net value is on; undefined keeps the normal size. */
export function useCardSize(id: string): number | undefined {
  const on = useSizeByValue();
  const size = usePlanner((s) => (on ? cardValueOf(s.plan, id).size : 0));
  return on && size > 0 ? size : undefined;
}
