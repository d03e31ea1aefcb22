import { useMemo } from 'react';
import { CATEGORIES, STATUSES } from '../../shared/schema/plan-schema';
import type { Category, Status } from '../../shared/model';
import { categoryLabel, statusLabel } from '../../shared/labels';
import { usePlanner } from '../store/store';
import { filterIsActive, matchCount, ownersOf } from './board-filter';
import { boardViewStore, useBoardView } from './board-view-store';
import { indexPlan } from '../../shared/plan-index';

export const FIND_FIELD_ID = 'board-find';

/** Find, filters (owner, status, category) and the board/table switch. Filters dim; they never hide or edit. */
export function BoardToolbar() {
  const mode = useBoardView((s) => s.mode);
  const filter = useBoardView((s) => s.filter);
  const plan = usePlanner((s) => s.plan);
  const owners = useMemo(() => (plan ? ownersOf(indexPlan(plan)) : []), [plan]);
  const counts = useMemo(() => (plan && filterIsActive(filter) ? matchCount(indexPlan(plan), filter) : null), [plan, filter]);
  const { setFilter, clearFilter, setMode } = boardViewStore.getState();

  return (
    <div className="board-toolbar" role="search" aria-label="Find and filter">
      <div className="board-toolbar__mode" role="group" aria-label="Show as">
        <button type="button" className="board-mode__button" aria-pressed={mode === 'board'} onClick={() => setMode('board')}>
          Board
        </button>
        <button type="button" className="board-mode__button" aria-pressed={mode === 'table'} onClick={() => setMode('table')}>
          Table
        </button>
      </div>
      <label className="board-toolbar__find">
        <span className="visually-hidden">Find</span>
        <input
          id={FIND_FIELD_ID}
          type="search"
          placeholder="Find…"
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
        <span>Owner</span>
        <select value={filter.owner} onChange={(e) => setFilter({ owner: e.target.value })}>
          <option value="">Any</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <label className="board-toolbar__filter">
        <span>Status</span>
        <select value={filter.status} onChange={(e) => setFilter({ status: e.target.value as Status | '' })}>
          <option value="">Any</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="board-toolbar__filter">
        <span>Category</span>
        <select value={filter.category} onChange={(e) => setFilter({ category: e.target.value as Category | '' })}>
          <option value="">Any</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
      </label>
      {counts && (
        <>
          {/* Short, so that turning a filter on does not wrap the row at 1280 px. */}
          <output className="board-toolbar__count" aria-live="polite" title={`${counts.matching} of ${counts.total} AI applications match`}>
            {counts.matching} of {counts.total} match
          </output>
          <button type="button" className="button" aria-label="Clear filters" onClick={clearFilter}>
            Clear
          </button>
        </>
      )}
    </div>
  );
}
