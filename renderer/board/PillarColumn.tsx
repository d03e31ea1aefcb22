import { memo } from 'react';
import { EditableText } from '../components/EditableText';
import { renamePillar } from '../store/plan-actions';
import { usePlanner } from '../store/store';
import { countCardRender } from './bench-counters';
import { boardViewStore, useBoardView } from './board-view-store';
import { DragHandle } from './DragHandle';
import { MoveButton } from '../move/MoveButton';
import { useDimmed, useSelected } from './item-state';
import { contentsProps, useRegionLimit, useWindowedRegion } from './board-window';
import { ObjectiveList } from './ObjectiveCard';
import { countsOfPillar } from '../../shared/plan-index';
import { selectPillar } from '../store/plan-selectors';
import { selectOnClick } from './select-on-click';
import { useItemShell } from './use-item-dnd';
import { useShallow } from 'zustand/react/shallow';
import { WindowRest } from './WindowRest';
import { useT } from '../i18n/use-t';
import { namedItem } from './announcements';

export const PillarColumn = memo(function PillarColumn({ id, index }: { id: string; index: number }) {
  const dnd = useItemShell('pillar', id);
  const title = usePlanner((s) => selectPillar(id)(s)?.title ?? '');
  const collapsed = useBoardView((s) => s.collapsed.has(id));
  useWindowedRegion('pillar', id, dnd.nodeRef);
  const t = useT();
  const name = namedItem('pillar', title, t);
  return (
    <section
      className={`pillar-column${collapsed ? ' pillar-column--collapsed' : ''}${dnd.isDragging ? ' is-dragging' : ''}`}
      aria-label={t('board.pillar.region', { number: index + 1, title })}
      {...dnd.wrapperProps}
    >
      <div className="pillar-column__head">
        <DragHandle {...dnd.handleProps} label={t('board.drag.handle', { item: name })} />
        <MoveButton name={name} />
        <PillarHeader id={id} index={index} collapsed={collapsed} />
      </div>
      {!collapsed && <PillarBody id={id} />}
    </section>
  );
});

const PillarBody = memo(function PillarBody({ id }: { id: string }) {
  const limit = useRegionLimit('pillar', id);
  return limit === 0 ? (
    <WindowRest kind="pillar" id={id} from={0} as="div" />
  ) : (
    <div className="pillar-column__body" {...contentsProps('pillar', id)}>
      <ObjectiveList pillarId={id} limit={limit} />
    </div>
  );
});

export const PillarHeader = memo(function PillarHeader({ id, index, collapsed, preview = false }: { id: string; index: number; collapsed: boolean; preview?: boolean }) {
  countCardRender();
  const pillar = usePlanner(selectPillar(id));
  const counts = usePlanner(useShallow((s) => (s.plan ? countsOfPillar(s.plan, id) : { objectives: 0, applications: 0, kpis: 0 })));
  const selected = useSelected('pillar', id);
  const dimmed = useDimmed('pillar', id);
  const t = useT();
  if (!pillar) return null;
  return (
    <header className="pillar-header" data-selected={selected || undefined} data-dimmed={dimmed || undefined} onClick={selectOnClick('pillar', id)}>
      <div className="pillar-header__top">
        <span className="pillar-header__tag">{t('board.pillar.tag', { number: index + 1 })}</span>
        {!preview && (
          <button
            type="button"
            className="pillar-header__collapse"
            aria-expanded={!collapsed}
            aria-label={collapsed ? t('board.pillar.expand', { title: pillar.title }) : t('board.pillar.collapse', { title: pillar.title })}
            title={collapsed ? t('board.pillar.expandColumn') : t('board.pillar.collapseColumn')}
            onClick={(e) => {
              e.stopPropagation();
              boardViewStore.getState().toggleCollapsed(id);
            }}
          >
            {collapsed ? '▸' : '◂'}
          </button>
        )}
      </div>
      {preview ? (
        <h2 className="pillar-header__title">{pillar.title}</h2>
      ) : (
        <EditableText
          as="h2"
          className="pillar-header__title"
          label={t('board.pillar.titleLabel')}
          value={pillar.title}
          hint={collapsed ? `${pillar.title}\n${t('components.editable.pointerHint')}` : undefined}
          onCommit={(title) => renamePillar(id, title)}
        />
      )}
      <p className="pillar-header__counts">
        {t('board.pillar.counts', { objectives: counts.objectives, applications: counts.applications, kpis: counts.kpis })}
      </p>
    </header>
  );
});
