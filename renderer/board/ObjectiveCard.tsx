import { Fragment, memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { EditableText } from '../components/EditableText';
import { addApplication, addObjective, renameObjective } from '../store/plan-actions';
import { usePlanner } from '../store/store';
import { ApplicationList } from './ApplicationCard';
import { countCardRender } from './bench-counters';
import { DragHandle } from './DragHandle';
import { MoveButton } from '../move/MoveButton';
import { DropLine, useDimmed, useDropGap, useSelected } from './item-state';
import { contentsProps, useRegionLimit, useWindowedRegion } from './board-window';
import { selectApplicationIdsOfObjective, selectObjective, selectObjectiveIdsOfPillar, selectPillar } from '../store/plan-selectors';
import { QuickAdd } from './QuickAdd';
import { WindowRest } from './WindowRest';
import { selectOnClick } from './select-on-click';
import { useItemShell } from './use-item-dnd';

export const ObjectiveItem = memo(function ObjectiveItem({ id }: { id: string }) {
  const dnd = useItemShell('objective', id);
  const title = usePlanner((s) => selectObjective(id)(s)?.title ?? '');
  useWindowedRegion('objective', id, dnd.nodeRef);
  return (
    <li className={`objective-item${dnd.isDragging ? ' is-dragging' : ''}`} {...dnd.wrapperProps}>
      <DragHandle {...dnd.handleProps} label={`Move objective “${title}”`} />
      <MoveButton name={`objective “${title}”`} />
      <ObjectiveBody id={id} />
    </li>
  );
});

export const ObjectiveBody = memo(function ObjectiveBody({ id, preview = false }: { id: string; preview?: boolean }) {
  countCardRender();
  const objective = usePlanner(selectObjective(id));
  const appCount = usePlanner((s) => selectApplicationIdsOfObjective(id)(s).length);
  const limit = useRegionLimit('objective', id);
  const selected = useSelected('objective', id);
  const dimmed = useDimmed('objective', id);
  if (!objective) return null;
  return (
    <section className="objective-card" data-selected={selected || undefined} data-dimmed={dimmed || undefined} onClick={selectOnClick('objective', id)}>
      <header className="objective-card__head">
        <span className="objective-card__tag">Objective</span>
        {preview ? (
          <h3 className="objective-card__title">{objective.title}</h3>
        ) : (
          <EditableText as="h3" className="objective-card__title" label="Objective title" value={objective.title} onCommit={(t) => renameObjective(id, t)} />
        )}
      </header>
      {preview ? (
        <p className="board-missing">{appCount === 1 ? '1 AI application' : `${appCount} AI applications`}</p>
      ) : limit > 0 ? (
        <div className="objective-card__cards" {...contentsProps('objective', id)}>
          <ApplicationList objectiveId={id} limit={limit} />
          {appCount === 0 && <p className="board-missing">No AI application yet: how could AI help here?</p>}
          <div onClick={(e) => e.stopPropagation()}>
            <QuickAdd
              label="Add AI application"
              to={objective.title}
              fieldLabel="New AI application title"
              placeholder="AI application, then Enter"
              onAdd={(title) => addApplication(id, title)}
            />
          </div>
        </div>
      ) : (
        <WindowRest kind="objective" id={id} from={0} as="div" />
      )}
    </section>
  );
});

/** A column's objectives; on a big board only the first `limit` (board-window.ts). */
export const ObjectiveList = memo(function ObjectiveList({ pillarId, limit = Infinity }: { pillarId: string; limit?: number }) {
  const ids = usePlanner(useShallow(selectObjectiveIdsOfPillar(pillarId)));
  const pillarTitle = usePlanner((s) => selectPillar(pillarId)(s)?.title ?? '');
  const gap = useDropGap('objective', pillarId, ids);
  const shown = limit < ids.length ? ids.slice(0, limit) : ids;
  return (
    <>
      <ol className="objective-list" aria-label="Objectives">
        {shown.map((objectiveId, i) => (
          <Fragment key={objectiveId}>
            {gap === i && <DropLine />}
            <ObjectiveItem id={objectiveId} />
          </Fragment>
        ))}
        {shown !== ids && <WindowRest kind="pillar" id={pillarId} from={shown.length} as="li" />}
        {gap === ids.length && <DropLine />}
      </ol>
      {ids.length === 0 && <p className="board-missing">No objective yet: what should this pillar achieve in 1–3 years?</p>}
      <QuickAdd label="Add objective" to={pillarTitle} fieldLabel="New objective title" placeholder="Objective, then Enter" onAdd={(title) => addObjective(pillarId, title)} />
    </>
  );
});
