import { useMemo } from 'react';
import { usePlanner } from '../store/store';
import { useT } from '../i18n/use-t';
import { useMoney } from '../value/money-locale';
import { boardViewStore, useBoardView, type BoardFilter } from './board-view-store';
import { costThresholds, moneyFactsOf } from './money-facts';

const PAYBACK_OPTIONS = ['within', 'not-within', 'not-estimated'] as const;

/** How many of the cost and payback filters are on, for the "More filters" button that shows and hides them. */
export const moneyFiltersOn = (filter: BoardFilter): number => (filter.cost ? 1 : 0) + (filter.payback ? 1 : 0);

/** The board's cost and payback filters: what a board asks first ("what does it cost, when does it pay back?"). */
export function MoneyFilters() {
  const filter = useBoardView((s) => s.filter);
  const plan = usePlanner((s) => s.plan);
  const money = useMoney();
  const t = useT();
  const thresholds = useMemo(() => (plan ? costThresholds(moneyFactsOf(plan), money.currency) : []), [plan, money.currency]);
  const chosen = filter.cost.startsWith('above:') ? Number(filter.cost.slice(6)) : null;
  // A threshold chosen before an edit moved the others stays on offer, so the field still says what filters.
  const amounts = chosen !== null && !thresholds.includes(chosen) ? [...thresholds, chosen].sort((a, b) => a - b) : thresholds;
  const { setFilter } = boardViewStore.getState();
  return (
    <>
      <label className="board-toolbar__filter">
        <span>{t('valueViews.filter.cost')}</span>
        <select value={filter.cost} onChange={(e) => setFilter({ cost: e.target.value as BoardFilter['cost'] })}>
          <option value="">{t('board.toolbar.any')}</option>
          {amounts.map((amount) => (
            <option key={amount} value={`above:${amount}`}>
              {t('valueViews.filter.costAbove', { amount: money.whole(amount) })}
            </option>
          ))}
          <option value="not-estimated">{t('valueViews.filter.costNotEstimated')}</option>
        </select>
      </label>
      <label className="board-toolbar__filter">
        <span>{t('valueViews.filter.payback')}</span>
        <select value={filter.payback} onChange={(e) => setFilter({ payback: e.target.value as BoardFilter['payback'] })}>
          <option value="">{t('board.toolbar.any')}</option>
          {PAYBACK_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {option === 'within' ? t('valueViews.filter.paybackWithin') : option === 'not-within' ? t('valueViews.filter.paybackNotWithin') : t('valueViews.filter.paybackNotEstimated')}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
