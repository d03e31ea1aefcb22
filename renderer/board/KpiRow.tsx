import { memo } from 'react';
import { EditableText } from '../components/EditableText';
import { baselineToTarget } from '../format/kpi-format';
import { renameKpi } from '../store/plan-actions';
import { usePlanner } from '../store/store';
import { countCardRender } from './bench-counters';
import { DragHandle } from './DragHandle';
import { MoveButton } from '../move/MoveButton';
import { useSelected } from './item-state';
import { selectKpi } from '../store/plan-selectors';
import { useItemShell } from './use-item-dnd';
import { selectOnClick } from './select-on-click';
import { useT } from '../i18n/use-t';
import { namedItem } from './announcements';

export const KpiItem = memo(function KpiItem({ id }: { id: string }) {
  const dnd = useItemShell('kpi', id);
  const title = usePlanner((s) => selectKpi(id)(s)?.name ?? '');
  const t = useT();
  const name = namedItem('kpi', title, t);
  return (
    <li className={`kpi-item${dnd.isDragging ? ' is-dragging' : ''}`} {...dnd.wrapperProps}>
      <DragHandle {...dnd.handleProps} label={t('board.drag.handle', { item: name })} />
      <MoveButton name={name} />
      <KpiBody id={id} />
    </li>
  );
});

export const KpiBody = memo(function KpiBody({ id }: { id: string }) {
  countCardRender();
  const kpi = usePlanner(selectKpi(id));
  const selected = useSelected('kpi', id);
  const t = useT();
  if (!kpi) return null;
  return (
    <div className="kpi-row" data-selected={selected || undefined} onClick={selectOnClick('kpi', id)}>
      <span className="kpi-row__tag" aria-hidden="true">
        {t('board.kpi.tag')}
      </span>
      <EditableText className="kpi-row__name" label={t('board.kpi.nameLabel')} value={kpi.name} onCommit={(name) => renameKpi(id, name)} />
      <span className="kpi-row__values">
        {baselineToTarget(kpi)} <span aria-label={kpi.direction === 'up' ? t('board.kpi.higherIsBetter') : t('board.kpi.lowerIsBetter')}>{kpi.direction === 'up' ? '↑' : '↓'}</span>
      </span>
    </div>
  );
});
