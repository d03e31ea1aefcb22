import { useMemo } from 'react';
import { CATEGORIES, STATUSES } from '../../shared/schema/plan-schema';
import type { Category, Status } from '../../shared/model';
import { categoryLabel, statusLabel } from '../../shared/labels';
import { usePlanner } from '../store/store';
import { filterIsActive, matchCount, ownersOf } from './board-filter';
import { moneyFactsOf } from './money-facts';
import { MoneyFilters, moneyFiltersOn } from './MoneyFilters';
import { boardViewStore, useBoardView } from './board-view-store';
import { indexPlan } from '../../shared/plan-index';
import { useT } from '../i18n/use-t';

export const FIND_FIELD_ID = 'board-find';
const MORE_FILTERS_ID = 'board-more-filters';

/** Find, filters (owner, status, category; cost and payback behind "More filters") and the board/table switch. Filters dim; they never hide or edit. */
export function BoardToolbar() {
  const mode = useBoardView((s) => s.mode);
  const filter = useBoardView((s) => s.filter);
  const plan = usePlanner((s) => s.plan);
  const owners = useMemo(() => (plan ? ownersOf(indexPlan(plan)) : []), [plan]);
  const counts = useMemo(() => (plan && filterIsActive(filter) ? matchCount(indexPlan(plan), filter, moneyFactsOf(plan)) : null), [plan, filter]);
  const moreOpen = useBoardView((s) => s.moreFiltersOpen);
  const moreOn = moneyFiltersOn(filter);
  const { setFilter, clearFilter, setMode, setMoreFiltersOpen } = boardViewStore.getState();
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
      {/* Cost and payback on a line of their own when asked for, so the row fits at 1280 px (and a 1024 px projector keeps them reachable). */}
      <button
        type="button"
        className="board-toolbar__more"
        aria-expanded={moreOpen}
        aria-controls={moreOpen ? MORE_FILTERS_ID : undefined}
        title={moreOn > 0 ? t('valueViews.filter.moreOnLong', { count: moreOn }) : undefined}
        onClick={() => setMoreFiltersOpen(!moreOpen)}
      >
        {moreOn > 0 ? t('valueViews.filter.moreOn', { count: moreOn }) : t('valueViews.filter.more')}
      </button>
      {moreOpen && (
        <div id={MORE_FILTERS_ID} className="board-toolbar__more-filters" role="group" aria-label={t('valueViews.filter.more')}>
          <MoneyFilters />
        </div>
      )}
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
