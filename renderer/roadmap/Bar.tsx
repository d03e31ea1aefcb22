import { memo, useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Phase, PhaseKind } from '../../shared/model';
import { t as activeT } from '../../shared/i18n/active-locale';
import type { AnyLocale } from '../../shared/i18n/locales';
import type { Translate } from '../../shared/i18n/translator';
import { monthLabel, monthString } from '../../shared/roadmap/months';
import { phaseLabel, scheduleSpan } from '../../shared/roadmap/phases';
import { PHASE_MAX_MONTHS, resizePhase as resizePhaseOp, scheduleOf } from '../../shared/roadmap/schedule-ops';
import { useLocale, useT } from '../i18n/use-t';
import { addDependency, resizePhase } from '../store/roadmap-actions';
import { plannerStore, usePlanner } from '../store/store';
import { setDragPreview, useDragPreview } from './drag-preview';
import { selectApplicationOf, selectIsSelected, selectSchedule, selectWarningsOf } from './roadmap-derived';
import { takeFocusRequest } from './roadmap-view-state';
import { useTimelineGeometry } from './timeline-geometry';
import { barGeometry, type PhaseBox } from './timeline-layout';
import { ROADMAP_KEYS_HINT_ID } from './roadmap-view-state';
import { MoveButton } from '../move/MoveButton';
import { moveMenuHandlers, moveTargetProps } from '../move/open-move-menu';

/** One scheduled application: its four phases as one bar that moves in time and whose phase edges resize. */
export const Bar = memo(function Bar({ id, top }: { id: string; top: number }) {
  const { monthWidth, startIndex } = useTimelineGeometry();
  const schedule = usePlanner(selectSchedule(id));
  const app = usePlanner(selectApplicationOf(id));
  const warning = usePlanner(selectWarningsOf(id));
  const selected = usePlanner(selectIsSelected('application', id));
  const previewPhases = useDragPreview((p) => (p?.kind === 'phases' && p.applicationId === id ? p.phases : null));
  const leaving = useDragPreview((p) => p?.kind === 'unschedule' && p.applicationId === id);
  const linkTarget = useDragPreview((p) => p?.kind === 'link' && p.targetId === id);
  const isDragging = useDragPreview((p) => p?.kind === 'phases' && p.applicationId === id);
  const t = useT();
  const locale = useLocale();
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (takeFocusRequest(id)) ref.current?.focus();
  }, [id]);

  const phases = previewPhases ?? schedule?.phases;
  const geometry = useMemo(() => (phases ? barGeometry(phases, startIndex, monthWidth) : null), [phases, startIndex, monthWidth]);
  if (!geometry || !phases || !app) return null;
  const title = app.title || t('roadmap.untitled.application');
  return (
    <div
      ref={ref}
      className="bar"
      data-bar=""
      data-item-kind="application"
      data-item-id={id}
      data-selected={selected || undefined}
      data-warning={warning ? true : undefined}
      data-dragging={isDragging || undefined}
      data-leaving={leaving || undefined}
      data-link-target={linkTarget || undefined}
      data-starter={app.starter || undefined}
      {...moveTargetProps('roadmap')}
      {...moveMenuHandlers()}
      style={{ left: geometry.left, top, width: geometry.width }}
      // A group, not a button: it holds the phase edges, which are controls of their own.
      role="group"
      tabIndex={0}
      aria-describedby={ROADMAP_KEYS_HINT_ID}
      aria-roledescription={t('roadmap.bar.roleDescription')}
      aria-label={describeBar(title, phases, app.starter, warning, t, locale)}
      onFocus={() => {
        const s = plannerStore.getState();
        if (s.selection?.kind !== 'application' || s.selection.id !== id) s.select({ kind: 'application', id });
      }}
      onClick={() => plannerStore.getState().select({ kind: 'application', id })}
    >
      <BarBody applicationId={id} title={title} starter={app.starter} warning={warning} phases={geometry.phases} />
      <MoveButton name={t('roadmap.bar.moveName', { title })} />
    </div>
  );
});

function describeBar(title: string, phases: readonly Phase[], starter: boolean, warning: string, t: Translate, locale: AnyLocale): string {
  const span = scheduleSpan(phases);
  const parts = phases.map((p) => t('roadmap.bar.phasePart', { phase: phaseLabel(p.kind, t), month: monthLabel(p.start, locale), months: p.months }));
  return t('roadmap.bar.label', {
    title,
    starter: starter ? 'yes' : 'no',
    phases: parts.join('; '),
    end: monthLabel(monthString(span.end - 1), locale),
    hasWarning: warning ? 'yes' : 'no',
    warning,
  });
}

const BarBody = memo(function BarBody(props: { applicationId: string; title: string; starter: boolean; warning: string; phases: PhaseBox[] }) {
  const t = useT();
  return (
    <>
      <span className="bar__title">
        {props.starter && <span className="badge badge--starter bar__starter">{t('roadmap.starter.badge')}</span>}
        <span className="bar__name" title={props.title}>
          {props.title}
        </span>
        {props.warning && (
          <span className="bar__warning" title={props.warning} aria-hidden="true">
            ⚠
          </span>
        )}
      </span>
      <PhaseTrack phases={props.phases} applicationId={props.applicationId} title={props.title} />
    </>
  );
});

/** The coloured phases of a bar; with an application id, their right edges resize and a dot draws dependencies. */
export const PhaseTrack = memo(function PhaseTrack({ phases, applicationId, title = '' }: { phases: PhaseBox[]; applicationId: string | null; title?: string }) {
  const { monthWidth } = useTimelineGeometry();
  const t = useT();
  return (
    <span className="bar__track">
      {phases.map((p) => {
        const months = Math.round(p.width / monthWidth);
        // A short phase cuts its name short: hovering shows it whole.
        return (
          <span key={p.kind} className={`phase phase--${p.kind}`} style={{ left: p.left, width: p.width }} data-phase={p.kind} title={t('roadmap.phase.title', { phase: phaseLabel(p.kind, t), months })}>
            <span className="phase__label">{phaseLabel(p.kind, t)}</span>
            {applicationId && <PhaseEdge applicationId={applicationId} kind={p.kind} months={months} />}
          </span>
        );
      })}
      {applicationId && <LinkHandle applicationId={applicationId} title={title} />}
    </span>
  );
});

function previewResize(applicationId: string, kind: PhaseKind, months: number): void {
  const plan = plannerStore.getState().plan;
  const resized = plan && scheduleOf(resizePhaseOp(plan, applicationId, kind, months), applicationId);
  setDragPreview(resized ? { kind: 'phases', applicationId, phases: resized.phases } : null);
}

/** The right edge of a phase: drag it (or use the arrow keys) to change the phase's length; later phases follow. */
function PhaseEdge({ applicationId, kind, months }: { applicationId: string; kind: PhaseKind; months: number }) {
  const { monthWidth } = useTimelineGeometry();
  const t = useT();
  const drag = useRef<{ startX: number; months: number; pointerId: number } | null>(null);
  const target = (event: PointerEvent) => Math.max(1, Math.min(PHASE_MAX_MONTHS, drag.current!.months + Math.round((event.clientX - drag.current!.startX) / monthWidth)));
  const end = (event: PointerEvent, commitIt: boolean) => {
    if (!drag.current) return;
    const next = target(event);
    const original = drag.current.months;
    drag.current = null;
    setDragPreview(null);
    if (commitIt && next !== original) resizePhase(applicationId, kind, next);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowUp' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowDown' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    event.stopPropagation();
    resizePhase(applicationId, kind, months + step);
  };
  return (
    <span
      className="phase__edge"
      role="slider"
      tabIndex={-1}
      aria-label={t('roadmap.phase.edge.label', { phase: phaseLabel(kind, t) })}
      aria-valuemin={1}
      aria-valuemax={PHASE_MAX_MONTHS}
      aria-valuenow={months}
      title={t('roadmap.phase.edge.title', { kind })}
      data-edge={kind}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        // The bar behind is draggable too: this edge takes the gesture.
        event.stopPropagation();
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { startX: event.clientX, months, pointerId: event.pointerId };
      }}
      onPointerMove={(event) => {
        if (drag.current) previewResize(applicationId, kind, target(event));
      }}
      onPointerUp={(event) => end(event, true)}
      onPointerCancel={(event) => end(event, false)}
    />
  );
}

/** The application under a client point, if it is a bar other than `except`. */
function barAt(x: number, y: number, except: string): string | null {
  for (const element of document.elementsFromPoint(x, y)) {
    const bar = element.closest<HTMLElement>('[data-bar][data-item-id]');
    const id = bar?.dataset.itemId;
    if (id && id !== except) return id;
  }
  return null;
}

/** Opens the selected application's dependencies in the detail panel, with the keyboard on its picker. */
function focusDependencyPicker(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="dependency-section"] select')?.focus());
}

/** Pointer travel (px) under which pressing the handle is a click, not a drawn link. */
const CLICK_SLOP = 4;

/**
 * A handle at a bar's end: drag it onto another bar to say that one starts after this one finishes;
 * pressed (Enter, Space or a click) it takes the keyboard to the dependency picker in the panel.
 */
function LinkHandle({ applicationId, title }: { applicationId: string; title: string }) {
  const { lanesRef } = useTimelineGeometry();
  const t = useT();
  const press = useRef<{ x: number; y: number; dragged: boolean } | null>(null);
  // The click that ends a drawn link belongs to the link, not to the button.
  const linkJustDrawn = useRef(false);
  const previewAt = (event: PointerEvent) => {
    const rect = lanesRef.current?.getBoundingClientRect();
    if (!rect) return null;
    const targetId = barAt(event.clientX, event.clientY, applicationId);
    setDragPreview({ kind: 'link', applicationId, x: event.clientX - rect.left, y: event.clientY - rect.top, targetId });
    return targetId;
  };
  return (
    <button
      type="button"
      className="bar__link"
      aria-label={t('roadmap.bar.link.name', { title })}
      title={t('roadmap.bar.link.title')}
      data-link-handle=""
      onKeyDown={() => {
        linkJustDrawn.current = false;
      }}
      onClick={(event) => {
        event.stopPropagation();
        if (linkJustDrawn.current) {
          linkJustDrawn.current = false;
          return;
        }
        plannerStore.getState().select({ kind: 'application', id: applicationId });
        focusDependencyPicker();
      }}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.stopPropagation();
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        press.current = { x: event.clientX, y: event.clientY, dragged: false };
        linkJustDrawn.current = false;
      }}
      onPointerMove={(event) => {
        const p = press.current;
        if (!p) return;
        if (!p.dragged && Math.hypot(event.clientX - p.x, event.clientY - p.y) < CLICK_SLOP) return;
        p.dragged = true;
        previewAt(event);
      }}
      onPointerUp={(event) => {
        const dragged = press.current?.dragged;
        press.current = null;
        if (!dragged) return;
        linkJustDrawn.current = true;
        const targetId = barAt(event.clientX, event.clientY, applicationId);
        setDragPreview(null);
        if (!targetId) return;
        const result = addDependency(applicationId, targetId);
        const s = plannerStore.getState();
        const titleOf = (id: string) => s.plan?.applications.find((a) => a.id === id)?.title || activeT('roadmap.untitled.application');
        s.setStatusMessage(result.ok ? activeT('roadmap.dependency.added', { dependent: titleOf(targetId), predecessor: titleOf(applicationId) }) : result.message);
      }}
      onPointerCancel={() => {
        press.current = null;
        setDragPreview(null);
      }}
    />
  );
}
