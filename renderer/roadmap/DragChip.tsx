import { useDndContext } from '@dnd-kit/core';
import { useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import type { RoadmapDragData } from './use-roadmap-dnd';

/** What follows the pointer when something comes from the sidebar: an application or a new milestone. */
export function DragChip() {
  const { active } = useDndContext();
  const t = useT();
  const data = active?.data.current as RoadmapDragData | undefined;
  const title = usePlanner((s) => (data?.type === 'list-application' ? s.plan?.applications.find((a) => a.id === data.applicationId)?.title : undefined));
  if (data?.type === 'list-application') return <div className="drag-chip">{title || t('roadmap.untitled.application')}</div>;
  if (data?.type === 'new-milestone')
    return (
      <div className="drag-chip drag-chip--milestone">
        <span className="milestone-diamond" aria-hidden="true" /> {data.title}
      </div>
    );
  return null;
}
