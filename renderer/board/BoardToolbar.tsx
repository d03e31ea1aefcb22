import { useMemo } from 'react';
import { CATEGORIES, STATUSES } from '../../shared/schema/plan-schema';
import type { Category, Status } from '../../shared/model';
import { categoryLabel, statusLabel } from '../../shared/labels';
import { usePlanner } from '../store/store';
import { filterIsActive, matchCount, ownersOf } from './board-filter';
import { moneyFactsOf } from './money-facts';
import { MoneyFilters } from './MoneyFilters';
import { boardViewStore, useBoardView } from './board-view-store';
import { indexPlan } from '../../shared/plan-index';
import { useT } from '../i18n/use-t';

export const FIND_FIELD_ID = 'board-find';

/** Find, filters (owner, status, category, cost, payback) and the board/table switch. Filters dim; they never hide or edit. */
export function BoardToolbar() {
  const mode = useBoardView((s) => s.mode);
  const filter = useBoardView((s) => s.filter);
  const plan = usePlanner((s) => s.plan);
  const owners = useMemo(() => (plan ? ownersOf(indexPlan(plan)) : []), [plan]);
  const counts = useMemo(() => (plan && filterIsActive(filter) ? matchCount(indexPlan(plan), filter, moneyFactsOf(plan)) : null), [plan, filter]);
  const { setFilter, clearFilter, setMode } = boardViewStore.getState();
  const t = useT();

  return (
    <div className="board-toolbar" role="search" aria-label={t('board.toolbar.label')}>
      <div className="board-toolbar__mode" role="group" aria-label={t('board.toolbar.showAs')}>
        <button type="button" className="board-mode__button" aria-pressed={mode === 'board'} onClick={() => setMode('board')}>
          {t('board.toolbar.board')}
        </button>
        <button type="button" className="board-mode__button" aria-pressed={mode === 'table'} onClick={() => setMode('table')}>
          {t('board.toolbar.table')}
        </button>
      </div>
      <label className="board-toolbar__find">
        <span className="visually-hidden">{t('board.toolbar.find')}</span>
        <input
          id={FIND_FIELD_ID}
          type="search"
          placeholder={t('board.toolbar.findPlaceholder')}
          value={filter.query}
          onChange={(e) => setFilter({ query: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filter.query) {
              e.stopPropagation();
              setFilter({ query: '' });
            }
          }}
        />
      </label>
      <label className="board-toolbar__filter">
        <span>{t('board.toolbar.owner')}</span>
        <select value={filter.owner} onChange={(e) => setFilter({ owner: e.target.value })}>
          <option value="">{t('board.toolbar.any')}</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <label className="board-toolbar__filter">
        <span>{t('board.toolbar.status')}</span>
        <select value={filter.status} onChange={(e) => setFilter({ status: e.target.value as Status | '' })}>
          <option value="">{t('board.toolbar.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s, t)}
            </option>
          ))}
        </select>
      </label>
      <label className="board-toolbar__filter">
        <span>{t('board.toolbar.category')}</span>
        <select value={filter.category} onChange={(e) => setFilter({ category: e.target.value as Category | '' })}>
          <option value="">{t('board.toolbar.any')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c, t)}
            </option>
          ))}
        </select>
      </label>
      <MoneyFilters />
      {counts && (
        <>
          {/* Short, so that turning a filter on does not wrap the row at 1280 px. */}
          <output className="board-toolbar__count" aria-live="polite" title={t('board.toolbar.matchCountLong', counts)}>
            {t('board.toolbar.matchCount', counts)}
          </output>
          <button type="button" className="button" aria-label={t('board.toolbar.clearFilters')} onClick={clearFilter}>
            {t('board.toolbar.clear')}
          </button>
        </>
      )}
    </div>
  );
}
