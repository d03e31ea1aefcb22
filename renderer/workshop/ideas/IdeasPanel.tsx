import { useMemo, useState } from 'react';
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import type { Translate } from '../../../shared/i18n/translator';
import { findUseCase } from '../../../shared/workshop/use-case-library';
import { useT } from '../../i18n/use-t';
import { plannerStore } from '../../store/store';
import { insertUseCase } from '../../store/workshop-actions';
import { IdeaCapture } from './IdeaCapture';
import { IdeaList } from './IdeaList';
import { IDEAS_DROP_ID, ideasCollision, isUseCaseDrag } from './ideas-dnd';
import { UseCaseLibrary } from './UseCaseLibrary';
import './ideas.css';

const titleOfKey = (key: string, t: Translate) => {
  const useCase = findUseCase(key);
  return useCase ? t(useCase.title) : key;
};
const keyOf = (data: unknown) => (isUseCaseDrag(data) ? data.key : '');

/** A drag said in the app's language, by the use case's title. */
function dragAnnouncements(t: Translate): Announcements {
  const title = (active: { data: { current?: unknown } }) => titleOfKey(keyOf(active.data.current), t);
  return {
    onDragStart: ({ active }) => t('workshopIdeas.drag.start', { title: title(active) }),
    onDragOver: ({ active, over }) => t(over ? 'workshopIdeas.drag.over' : 'workshopIdeas.drag.outside', { title: title(active) }),
    onDragEnd: ({ active, over }) => (over ? undefined : t('workshopIdeas.drag.cancel', { title: title(active) })),
    onDragCancel: ({ active }) => t('workshopIdeas.drag.cancel', { title: title(active) }),
  };
}

/**
 * Ideas, problem first (#17 §2): a one-line capture into the unaligned ideas tray, the list of those
 * ideas with their business problem, and beside it the library of SME AI use cases to add by button
 * or by dragging a card onto the ideas. A status line says what was added.
 */
export function IdeasPanel() {
  const t = useT();
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor));
  // Made again when the language changes (t is then a new function), so what dnd-kit says follows it.
  const accessibility = useMemo(() => ({ announcements: dragAnnouncements(t), screenReaderInstructions: { draggable: t('workshopIdeas.drag.instructions') } }), [t]);

  const add = (key: string) => {
    const title = titleOfKey(key, t);
    const id = insertUseCase(key, null);
    if (!id) {
      setStatus(t('workshopIdeas.status.notInserted', { title }));
      return;
    }
    const count = plannerStore.getState().plan?.kpis.filter((k) => k.applicationId === id).length ?? 0;
    setStatus(t('workshopIdeas.status.inserted', { title, count }));
  };
  const onDragStart = ({ active }: DragStartEvent) => setDragging(keyOf(active.data.current) || null);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const key = keyOf(active.data.current);
    if (key && over?.id === IDEAS_DROP_ID) add(key);
  };

  return (
    <DndContext sensors={sensors} collisionDetection={ideasCollision} accessibility={accessibility} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
      <div className="ideas-panel-frame">
        <div className="ideas-panel">
          <IdeaList>
            <h3 className="ideas-column__title">{t('workshopIdeas.capture.title')}</h3>
            <IdeaCapture onCaptured={(title) => setStatus(t('workshopIdeas.status.captured', { title }))} />
            <p className="ideas-status" role="status" data-testid="ideas-status">
              {status}
            </p>
          </IdeaList>
          <UseCaseLibrary onAdd={add} />
        </div>
      </div>
      <DragOverlay dropAnimation={null}>{dragging && <div className="use-case-chip">{titleOfKey(dragging, t)}</div>}</DragOverlay>
    </DndContext>
  );
}
