import { memo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDroppable, useDndContext } from '@dnd-kit/core';
import { unalignedIdeasTitle } from '../../../shared/labels';
import { WINDOWED_FROM } from '../../board/board-window';
import { gapProps, useListWindow, windowItemProps } from '../../components/list-window';
import { useT } from '../../i18n/use-t';
import { editApplication } from '../../store/board-actions';
import { selectApplication, selectApplicationIdsOfObjective, selectKpiIdsOfApplication } from '../../store/plan-selectors';
import { plannerStore, usePlanner } from '../../store/store';
import type { PlannerState } from '../../store/types';
import { setProblem } from '../../store/workshop-actions';
import { IDEAS_DROP_ID, isUseCaseDrag } from './ideas-dnd';

/** A row at Normal room size (two fields and their labels), with the space after it. */
const ROW_HEIGHT = 150;
const rowEstimate = () => ROW_HEIGHT;
const selectUnalignedIds = selectApplicationIdsOfObjective(null);
const selectSelectedApplication = (s: PlannerState) => (s.selection?.kind === 'application' ? s.selection.id : null);

/**
 * The unaligned ideas, newest last, each with its title and business problem editable in place (typing
 * is one undo step per field). The column is where a library card is dropped; from WINDOWED_FROM ideas
 * only those near the view are in the page (list-window), as the board's and the outline's lists.
 */
export function IdeaList({ children }: { children?: React.ReactNode }) {
  const t = useT();
  const ids = usePlanner(useShallow(selectUnalignedIds));
  const selected = usePlanner(selectSelectedApplication);
  const listRef = useRef<HTMLOListElement>(null);
  const segments = useListWindow(listRef, { windowed: ids.length >= WINDOWED_FROM, ids, kind: 'workshop-idea', estimate: rowEstimate, held: [selected] });
  const { setNodeRef, isOver } = useDroppable({ id: IDEAS_DROP_ID });
  const { active } = useDndContext();
  const receiving = isUseCaseDrag(active?.data.current);
  return (
    <section
      ref={setNodeRef}
      className="ideas-column"
      aria-labelledby="ideas-list-title"
      data-testid="ideas-drop"
      data-over={(receiving && isOver) || undefined}
      data-receiving={receiving || undefined}
    >
      {children}
      <h3 id="ideas-list-title" className="ideas-column__title">
        {unalignedIdeasTitle(t)} <span className="ideas-column__count">({ids.length})</span>
      </h3>
      {receiving && <p className="ideas-column__drop-hint">{t('workshopIdeas.list.dropHint')}</p>}
      {ids.length === 0 && !receiving && <p className="ideas-column__empty">{t('workshopIdeas.list.empty')}</p>}
      <ol className="idea-list" ref={listRef} aria-labelledby="ideas-list-title">
        {segments.map((segment) => (segment.kind === 'item' ? <IdeaRow key={segment.id} id={segment.id} /> : <li key={segment.key} {...gapProps(segment)} />))}
      </ol>
    </section>
  );
}

const IdeaRow = memo(function IdeaRow({ id }: { id: string }) {
  const t = useT();
  const app = usePlanner((s) => selectApplication(id)(s));
  const kpis = usePlanner((s) => selectKpiIdsOfApplication(id)(s).length);
  const selected = usePlanner((s) => selectSelectedApplication(s) === id);
  if (!app) return null;
  const name = app.title.trim() || t('workshopIdeas.idea.untitled');
  return (
    <li {...windowItemProps(id)} className="idea-row" data-selected={selected || undefined} data-testid="idea-row">
      <div className="idea-row__fields">
        <label className="idea-row__field">
          <span className="idea-row__label">{t('workshopIdeas.idea.title')}</span>
          <input className="idea-row__input idea-row__input--title" value={app.title} maxLength={500} onChange={(e) => editApplication(id, { title: e.target.value }, true)} />
        </label>
        <label className="idea-row__field">
          <span className="idea-row__label">{t('workshopIdeas.idea.problem')}</span>
          <input
            className="idea-row__input"
            value={app.problem}
            maxLength={10_000}
            placeholder={t('workshopIdeas.idea.problemPlaceholder')}
            onChange={(e) => setProblem(id, e.target.value)}
          />
        </label>
      </div>
      <div className="idea-row__side">
        {kpis > 0 && <span className="idea-row__kpis">{t('workshopIdeas.idea.kpis', { count: kpis })}</span>}
        <button
          type="button"
          className="button idea-row__details"
          aria-label={t('workshopIdeas.idea.detailsOf', { title: name })}
          aria-pressed={selected}
          onClick={() => plannerStore.getState().select({ kind: 'application', id })}
        >
          {t('workshopIdeas.idea.details')}
        </button>
      </div>
    </li>
  );
});
