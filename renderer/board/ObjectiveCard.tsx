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
import { useT } from '../i18n/use-t';
import { countOfKind } from '../../shared/labels';
import { namedItem } from './announcements';

export const ObjectiveItem = memo(function ObjectiveItem({ id }: { id: string }) {
  const dnd = useItemShell('objective', id);
  const title = usePlanner((s) => selectObjective(id)(s)?.title ?? '');
  useWindowedRegion('objective', id, dnd.nodeRef);
  const t = useT();
  const name = namedItem('objective', title, t);
  return (
    <li className={`objective-item${dnd.isDragging ? ' is-dragging' : ''}`} {...dnd.wrapperProps}>
      <DragHandle {...dnd.handleProps} label={t('board.drag.handle', { item: name })} />
      <MoveButton name={name} />
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
  const t = useT();
  if (!objective) return null;
  return (
    <section className="objective-card" data-selected={selected || undefined} data-dimmed={dimmed || undefined} onClick={selectOnClick('objective', id)}>
      <header className="objective-card__head">
        <span className="objective-card__tag">{t('board.objective.tag')}</span>
        {preview ? (
          <h3 className="objective-card__title">{objective.title}</h3>
        ) : (
          <EditableText as="h3" className="objective-card__title" label={t('board.objective.titleLabel')} value={objective.title} onCommit={(title) => renameObjective(id, title)} />
        )}
      </header>
      {preview ? (
        <p className="board-missing">{countOfKind(appCount, 'application', t)}</p>
      ) : limit > 0 ? (
        <div className="objective-card__cards" {...contentsProps('objective', id)}>
          <ApplicationList objectiveId={id} limit={limit} />
          {appCount === 0 && <p className="board-missing">{t('board.application.none')}</p>}
          <div onClick={(e) => e.stopPropagation()}>
            <QuickAdd
              label={t('board.application.add')}
              name={objective.title.trim() ? t('board.application.addTo', { title: objective.title.trim() }) : t('board.application.addToThisOne')}
              fieldLabel={t('board.application.newTitle')}
              placeholder={t('board.application.placeholder')}
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
  const t = useT();
  return (
    <>
      <ol className="objective-list" aria-label={t('board.objective.list')}>
        {shown.map((objectiveId, i) => (
          <Fragment key={objectiveId}>
            {gap === i && <DropLine />}
            <ObjectiveItem id={objectiveId} />
          </Fragment>
        ))}
        {shown !== ids && <WindowRest kind="pillar" id={pillarId} from={shown.length} as="li" />}
        {gap === ids.length && <DropLine />}
      </ol>
      {ids.length === 0 && <p className="board-missing">{t('board.objective.none')}</p>}
      <QuickAdd
        label={t('board.objective.add')}
        name={pillarTitle.trim() ? t('board.objective.addTo', { title: pillarTitle.trim() }) : t('board.objective.addToThisOne')}
        fieldLabel={t('board.objective.newTitle')}
        placeholder={t('board.objective.placeholder')}
        onAdd={(title) => addObjective(pillarId, title)}
      />
    </>
  );
});
