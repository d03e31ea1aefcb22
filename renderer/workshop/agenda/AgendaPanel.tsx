import { useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Translate } from '../../../shared/i18n/translator';
import { agendaMinutes, stepTitle } from '../../../shared/workshop/default-agenda';
import { useT } from '../../i18n/use-t';
import { plannerStore, usePlanner } from '../../store/store';
import { addStep, moveStep, startDefaultAgenda } from '../../store/workshop-actions';
import { currentIndex, runAgenda, stopAgenda, useAgendaRun } from './agenda-run-store';
import { AgendaStepRow } from './AgendaStepRow';
import { AgendaSnapshotButton } from '../../plan-history/AgendaSnapshotButton';
import './agenda.css';

const selectStepIds = (s: { plan: { workshop: { steps: { id: string }[] } } | null }) => s.plan?.workshop.steps.map((step) => step.id) ?? [];

/** "6 h 40 min", "6 h", "45 min". */
function duration(total: number, t: Translate): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return t('workshopAgenda.duration.minutes', { minutes });
  return minutes === 0 ? t('workshopAgenda.duration.hours', { hours }) : t('workshopAgenda.duration.hoursMinutes', { hours, minutes });
}

/** A drag said in the app's language, each step by its title and place, not by its internal id. */
function dragAnnouncements(t: Translate): Announcements {
  const steps = () => plannerStore.getState().plan?.workshop.steps ?? [];
  const titleOf = (id: string | number) => {
    const step = steps().find((s) => s.id === id);
    return step ? stepTitle(step, t) : '';
  };
  const place = (id: string | number | undefined) => ({ position: steps().findIndex((s) => s.id === id) + 1, count: steps().length });
  return {
    onDragStart: ({ active }) => t('workshopAgenda.drag.start', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('workshopAgenda.drag.over', { title: titleOf(active.id), ...place(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t('workshopAgenda.drag.end', { title: titleOf(active.id), ...place(over.id) }) : undefined),
    onDragCancel: ({ active }) => t('workshopAgenda.drag.cancel', { title: titleOf(active.id) }),
  };
}

/** The agenda of the off-site (#17): its steps to edit and reorder, the planned time, and Run / Stop. */
export function AgendaPanel() {
  const t = useT();
  const ids = usePlanner(useShallow(selectStepIds));
  const minutes = usePlanner((s) => agendaMinutes(s.plan?.workshop.steps ?? []));
  const running = useAgendaRun((s) => s.stepId !== null);
  const position = useAgendaRun((s) => currentIndex(s, plannerStore.getState().plan?.workshop.steps ?? []) + 1);
  const [fresh, setFresh] = useState<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  // Made again when the language changes (t is then a new function), so what dnd-kit says follows it.
  const accessibility = useMemo(() => ({ announcements: dragAnnouncements(t), screenReaderInstructions: { draggable: t('workshopAgenda.drag.instructions') } }), [t]);

  // The new step's title takes the focus; stable, so the memoised rows do not render again for it.
  const add = useCallback((after: string | null = null) => {
    const id = addStep({}, after);
    if (id) setFresh(id);
  }, []);

  if (ids.length === 0) {
    return (
      <div className="agenda agenda--empty">
        <p className="agenda__lead">{t('workshopAgenda.empty')}</p>
        <div className="agenda__start">
          <button type="button" className="button button--primary agenda__big-button" onClick={() => startDefaultAgenda()}>
            {t('workshopAgenda.startDefault')}
          </button>
          <button type="button" className="button agenda__big-button" onClick={() => add()}>
            {t('workshopAgenda.addStep')}
          </button>
        </div>
      </div>
    );
  }

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    moveStep(String(active.id), ids.indexOf(String(over.id)));
  };

  return (
    <div className="agenda">
      <p className="agenda__lead">{t('workshopAgenda.lead')}</p>
      <div className="agenda__head">
        <p className="agenda__total" data-testid="agenda-total">
          {t('workshopAgenda.total', { count: ids.length, duration: duration(minutes, t) })}
        </p>
        {running && (
          <p className="agenda__running" role="status">
            {t('workshopAgenda.runningAt', { position, count: ids.length })}
          </p>
        )}
        {running ? (
          <button type="button" className="button agenda__big-button" onClick={stopAgenda}>
            {t('workshopAgenda.stop')}
          </button>
        ) : (
          <button type="button" className="button button--primary agenda__big-button" onClick={() => runAgenda()}>
            {t('workshopAgenda.run')}
          </button>
        )}
      </div>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="agenda__steps" aria-label={t('workshopAgenda.steps')}>
            {ids.map((id, index) => (
              <AgendaStepRow key={id} id={id} index={index} count={ids.length} fresh={id === fresh} onAddAfter={add} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <button type="button" className="button agenda__add" onClick={() => add()}>
        {t('workshopAgenda.addStep')}
      </button>
      <AgendaSnapshotButton />
    </div>
  );
}
