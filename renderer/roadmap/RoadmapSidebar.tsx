import { useDndContext, useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, useRef, type KeyboardEvent } from 'react';
import { WINDOWED_FROM } from '../board/board-window';
import { gapProps, useListWindow, windowItemProps } from '../components/list-window';
import { useShallow } from 'zustand/react/shallow';
import type { MessageKey } from '../../shared/i18n/translator';
import { unalignedGroupTitle } from '../../shared/labels';
import { useT } from '../i18n/use-t';
import { indexPlan, pillarOf } from '../../shared/plan-index';
import { addMilestone, scheduleApplication } from '../store/roadmap-actions';
import { plannerStore, usePlanner } from '../store/store';
import { roadmapIndex, selectIndex, selectIsSelected } from './roadmap-derived';
import { RoadmapInspector } from './RoadmapInspector';
import { requestFocus } from './roadmap-view-state';
import { BARS_DRAG_ID, UNSCHEDULED_DROP_ID, type RoadmapDragData } from './use-roadmap-dnd';

/** The usual organisation steps, offered as milestones to drag onto the timeline; a new milestone takes the title in the language shown. */
export const MILESTONE_SUGGESTION_KEYS: readonly MessageKey[] = [
  'roadmap.palette.aiLeadNominated',
  'roadmap.palette.dataAuditDone',
  'roadmap.palette.aiPolicyApproved',
  'roadmap.palette.quarterlyReview',
];

export function RoadmapSidebar() {
  const t = useT();
  return (
    <aside className="roadmap__sidebar" aria-label={t('roadmap.sidebar.label')}>
      <UnscheduledList />
      <MilestonePalette />
      <RoadmapInspector />
      <WarningsList />
    </aside>
  );
}

const selectUnscheduledIds = (s: ReturnType<typeof plannerStore.getState>): string[] => {
  if (!s.plan) return [];
  const scheduled = roadmapScheduled(s.plan);
  return s.plan.applications.filter((a) => !scheduled.has(a.id)).map((a) => a.id);
};

const scheduledCache = new WeakMap<object, Set<string>>();
function roadmapScheduled(plan: NonNullable<ReturnType<typeof plannerStore.getState>['plan']>): Set<string> {
  let set = scheduledCache.get(plan.roadmap);
  if (!set) {
    set = new Set(plan.roadmap.schedules.map((s) => s.applicationId));
    scheduledCache.set(plan.roadmap, set);
  }
  return set;
}

/** An item of the Unscheduled list at Normal room size (title and pillar), with the space after it. */
const UNSCHEDULED_HEIGHT = 52;
const unscheduledEstimate = () => UNSCHEDULED_HEIGHT;
const selectSelectedApplication = (s: ReturnType<typeof plannerStore.getState>) => (s.selection?.kind === 'application' ? s.selection.id : null);

/** Applications not on the timeline yet; a long list mounts only what is near the sidebar's view (list-window). */
function UnscheduledList() {
  const ids = usePlanner(useShallow(selectUnscheduledIds));
  const listRef = useRef<HTMLUListElement>(null);
  const selected = usePlanner(selectSelectedApplication);
  const segments = useListWindow(listRef, { windowed: ids.length >= WINDOWED_FROM, ids, kind: 'unscheduled', estimate: unscheduledEstimate, held: [selected] });
  const { setNodeRef, isOver } = useDroppable({ id: UNSCHEDULED_DROP_ID });
  const { active } = useDndContext();
  const draggingBar = active?.id === BARS_DRAG_ID;
  const t = useT();
  return (
    <section className="sidebar-section unscheduled" aria-labelledby="unscheduled-title" ref={setNodeRef} data-over={isOver || undefined} data-receiving={draggingBar || undefined}>
      <h2 id="unscheduled-title" className="sidebar-section__title">
        {t('roadmap.unscheduled.title')} <span className="sidebar-section__count">{ids.length}</span>
      </h2>
      {draggingBar && <p className="unscheduled__drop-hint">{t('roadmap.unscheduled.dropHint')}</p>}
      {ids.length === 0 && !draggingBar && <p className="sidebar-section__empty">{t('roadmap.unscheduled.allScheduled')}</p>}
      <ul className="unscheduled__list" ref={listRef}>
        {segments.map((segment) => (segment.kind === 'item' ? <UnscheduledItem key={segment.id} id={segment.id} /> : <li key={segment.key} {...gapProps(segment)} />))}
      </ul>
      {ids.length > 0 && <p className="sidebar-section__hint">{t('roadmap.unscheduled.hint')}</p>}
    </section>
  );
}

const UnscheduledItem = memo(function UnscheduledItem({ id }: { id: string }) {
  const t = useT();
  const title = usePlanner((s) => s.plan && roadmapIndex(s.plan).applications.get(id)?.title);
  const starter = usePlanner((s) => (s.plan && roadmapIndex(s.plan).applications.get(id)?.starter) ?? false);
  const pillar = usePlanner((s) => {
    if (!s.plan) return '';
    const index = indexPlan(s.plan);
    const pillarId = pillarOf(index, { kind: 'application', id });
    return pillarId !== null ? (index.pillars.get(pillarId)?.title ?? '') : unalignedGroupTitle(t);
  });
  const selected = usePlanner(selectIsSelected('application', id));
  const data: RoadmapDragData = { type: 'list-application', applicationId: id };
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({ id: `list:${id}`, data });
  const scheduleNow = () => {
    const start = plannerStore.getState().plan?.meta.horizonStart;
    if (!start || !scheduleApplication(id, start)) return;
    requestFocus(id);
    plannerStore.getState().select({ kind: 'application', id });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    scheduleNow();
  };
  return (
    <li {...windowItemProps(id)}>
      <div
        ref={setNodeRef}
        className="unscheduled__item"
        data-item-kind="application"
        data-item-id={id}
        data-selected={selected || undefined}
        data-dragging={isDragging || undefined}
        {...attributes}
        {...listeners}
        aria-roledescription={t('roadmap.unscheduled.roleDescription')}
        aria-label={t('roadmap.unscheduled.itemLabel', { title: title || t('roadmap.untitled.application'), starter: starter ? 'yes' : 'no', pillar })}
        onKeyDown={onKeyDown}
        onClick={() => plannerStore.getState().select({ kind: 'application', id })}
      >
        <span className="unscheduled__title">
          {starter && <span className="badge badge--starter">{t('roadmap.starter.badge')}</span>} {title || t('roadmap.untitled.application')}
        </span>
        <span className="unscheduled__pillar">{pillar}</span>
      </div>
    </li>
  );
});

function MilestonePalette() {
  const t = useT();
  return (
    <section className="sidebar-section" aria-labelledby="milestone-palette-title">
      <h2 id="milestone-palette-title" className="sidebar-section__title">
        {t('roadmap.palette.title')}
      </h2>
      <ul className="milestone-palette">
        {MILESTONE_SUGGESTION_KEYS.map((key) => (
          <PaletteItem key={key} title={t(key)} />
        ))}
      </ul>
    </section>
  );
}

function PaletteItem({ title }: { title: string }) {
  const t = useT();
  const data: RoadmapDragData = { type: 'new-milestone', title };
  const { setNodeRef, attributes, listeners } = useDraggable({ id: `new-milestone:${title}`, data });
  const addNow = () => {
    const start = plannerStore.getState().plan?.meta.horizonStart;
    const id = start ? addMilestone(title, start) : null;
    if (id) {
      requestFocus(id);
      plannerStore.getState().select({ kind: 'milestone', id });
    }
  };
  return (
    <li>
      <div
        ref={setNodeRef}
        className="milestone-palette__item"
        {...attributes}
        {...listeners}
        aria-roledescription={t('roadmap.palette.roleDescription')}
        aria-label={t('roadmap.palette.itemLabel', { title })}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          addNow();
        }}
        onDoubleClick={addNow}
      >
        <span className="milestone-diamond" aria-hidden="true" />
        {title}
      </div>
    </li>
  );
}

function WarningsList() {
  const warnings = usePlanner((s) => selectIndex(s)?.warnings);
  const t = useT();
  if (!warnings) return null;
  return (
    <section className="sidebar-section roadmap-warnings" aria-labelledby="roadmap-warnings-title">
      <h2 id="roadmap-warnings-title" className="sidebar-section__title">
        {t('roadmap.warnings.title')} <span className="sidebar-section__count">{warnings.length}</span>
      </h2>
      {warnings.length === 0 ? (
        <p className="sidebar-section__empty">{t('roadmap.warnings.none')}</p>
      ) : (
        <ul className="roadmap-warnings__list">
          {warnings.map((w) => (
            <li key={w.key}>
              <button
                type="button"
                className="roadmap-warnings__item"
                data-warning-key={w.key}
                onClick={() => w.item && plannerStore.getState().select(w.item)}
              >
                <span aria-hidden="true">⚠ </span>
                {w.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
