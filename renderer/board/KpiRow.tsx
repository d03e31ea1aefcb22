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

export const KpiItem = memo(function KpiItem({ id }: { id: string }) {
  const dnd = useItemShell('kpi', id);
  const name = usePlanner((s) => selectKpi(id)(s)?.name ?? '');
  return (
    <li className={`kpi-item${dnd.isDragging ? ' is-dragging' : ''}`} {...dnd.wrapperProps}>
      <DragHandle {...dnd.handleProps} label={`Move KPI “${name}”`} />
      <MoveButton name={`KPI “${name}”`} />
      <KpiBody id={id} />
    </li>
  );
});

export const KpiBody = memo(function KpiBody({ id }: { id: string }) {
  countCardRender();
  const kpi = usePlanner(selectKpi(id));
  const selected = useSelected('kpi', id);
  if (!kpi) return null;
  return (
    <div className="kpi-row" data-selected={selected || undefined} onClick={selectOnClick('kpi', id)}>
      <span className="kpi-row__tag" aria-hidden="true">
        KPI
      </span>
      <EditableText className="kpi-row__name" label="KPI name" value={kpi.name} onCommit={(name) => renameKpi(id, name)} />
      <span className="kpi-row__values">
        {baselineToTarget(kpi)} <span aria-label={kpi.direction === 'up' ? 'higher is better' : 'lower is better'}>{kpi.direction === 'up' ? '↑' : '↓'}</span>
      </span>
    </div>
  );
});
