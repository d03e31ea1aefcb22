import type { Plan } from '../../shared/model';
import { monthLabel } from '../../shared/roadmap/months';
import { paybackCalendarMonth } from '../../shared/value/figures';
import { useLocale, useT } from '../i18n/use-t';
import type { MoneyFormat } from '../value/money-locale';
import type { ApplicationMoney } from './money-facts';

/** The table's cost and payback headers, beside the application's. */
export function MoneyHeaders() {
  const t = useT();
  return (
    <>
      <th scope="col">{t('valueViews.table.cost')}</th>
      <th scope="col">{t('valueViews.table.payback')}</th>
    </>
  );
}

/** An application's cost over the horizon and its payback month (the middle estimate; the range on hover). */
export function MoneyCells({ plan, money, facts }: { plan: Plan; money: MoneyFormat; facts: ApplicationMoney | null }) {
  const t = useT();
  const locale = useLocale();
  if (!facts) return <><td className="matrix-table__empty">—</td><td className="matrix-table__empty">—</td></>;
  const month = (months: number) => monthLabel(paybackCalendarMonth(plan, months), locale);
  const cost = facts.cost === 'estimated' ? money.whole(facts.horizonCost) : facts.cost === 'unscheduled' ? t('valueViews.table.unscheduled') : money.whole(null);
  let payback: string;
  if (facts.payback === 'within' || facts.payback === 'after') {
    const at = month(facts.paybackMonths!.mid);
    payback = facts.payback === 'within' ? at : t('valueViews.table.paybackAfter', { month: at });
  } else if (facts.payback === 'never') payback = t('valueViews.table.paybackNever');
  else if (facts.payback === 'unscheduled') payback = t('valueViews.table.unscheduled');
  else payback = money.whole(null);
  const range = facts.paybackMonths;
  const title =
    range && range.low !== null && range.high !== null && range.low !== range.high
      ? t('valueViews.table.paybackRange', { earliest: month(range.low), latest: month(range.high) })
      : range && range.high === null
        ? t('valueViews.table.paybackRangeOpen', { earliest: month(range.low ?? range.mid) })
        : undefined;
  return (
    <>
      <td className="matrix-table__money" data-column="cost" data-state={facts.cost}>
        {cost}
      </td>
      <td className="matrix-table__money" data-column="payback" data-state={facts.payback} title={title}>
        {payback}
      </td>
    </>
  );
}
