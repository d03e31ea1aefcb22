import type { KeyboardEvent as ReactKeyboardEvent, MouseEvent as ReactMouseEvent } from 'react';
import type { MatrixItem, MatrixKind } from '../../shared/operations/matrix-drop';
import { matrixDestinations, priorityDestinations, roadmapDestinations, type DestinationGroup } from '../../shared/operations/move-destinations';
import { scheduleOf } from '../../shared/roadmap/schedule-ops';
import { activeLocale, t } from '../../shared/i18n/active-locale';
import { formatMonth } from '../../shared/i18n/format';
import { dropText, itemName } from '../board/announcements';
import { dragStore } from '../board/drag-store';
import { commitPendingEdit } from '../commands/text-field';
import { moveMatrixItem } from '../store/board-actions';
import { setApplicationScores } from '../store/insight-actions';
import { moveSchedule } from '../store/roadmap-actions';
import { plannerStore } from '../store/store';
import { moveMenuStore, type MoveChoiceGroup } from './move-menu-store';

/*
 * Opens "Move to…" for the card or bar an element belongs to. Every movable element carries
 * `data-move` (where it lives: the board, the roadmap or the 2×2) with `data-item-kind` and
 * `data-item-id`; the context menu, the focus button and the registry's shortcut all come here.
 */

export type MoveContext = 'board' | 'roadmap' | 'priorities';

/** The attributes that make an element movable without dragging. */
export const moveTargetProps = (context: MoveContext) => ({ 'data-move': context });

interface MoveTarget {
  context: MoveContext;
  kind: MatrixKind;
  id: string;
}

function targetOf(element: Element | null): MoveTarget | null {
  const host = element?.closest<HTMLElement>('[data-move][data-item-kind][data-item-id]');
  if (!host) return null;
  return { context: host.dataset.move as MoveContext, kind: host.dataset.itemKind as MatrixKind, id: host.dataset.itemId! };
}

function hostOf(target: MoveTarget): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `[data-move="${target.context}"][data-item-kind="${target.kind}"][data-item-id="${CSS.escape(target.id)}"]`,
  );
}

/** Focus back on the card: a board card's grip, or the bar or 2×2 card itself (found again, as a move re-creates it). */
function focusTarget(target: MoveTarget): void {
  requestAnimationFrame(() => {
    const host = hostOf(target);
    const focusable = target.context === 'board' ? host?.querySelector<HTMLElement>('[data-drag-handle]') : host;
    focusable?.focus();
  });
}

function choicesOf<M>(groups: DestinationGroup<M>[], run: (move: M) => void): MoveChoiceGroup[] {
  return groups.map((g) => ({ heading: g.heading, choices: g.destinations.map((d) => ({ key: d.key, label: d.label, choose: () => run(d.move) })) }));
}

function groupsFor(target: MoveTarget): { title: string; groups: MoveChoiceGroup[] } | null {
  const plan = plannerStore.getState().plan;
  if (!plan) return null;
  const item: MatrixItem = { kind: target.kind, id: target.id };
  const name = itemName(plan, item);
  const title = t('move.menu.title', { item: name });
  switch (target.context) {
    case 'board':
      return {
        title,
        groups: choicesOf(matrixDestinations(plan, item), (move) => {
          const moved = moveMatrixItem(move);
          const after = plannerStore.getState().plan;
          // The board's live region says it, as after a drop.
          if (after) dragStore.setState({ message: dropText(after, item, moved ? move : null) });
          focusTarget(target);
        }),
      };
    case 'roadmap':
      return {
        title,
        groups: choicesOf(roadmapDestinations(plan, target.id), (months) => {
          moveSchedule(target.id, months);
          const after = plannerStore.getState().plan;
          const schedule = after && scheduleOf(after, target.id);
          const start = schedule?.phases.reduce((a, p) => (p.start < a ? p.start : a), schedule.phases[0]!.start);
          if (start) announce(t('move.announce.start', { item: name, month: formatMonth(start, activeLocale()) }));
          focusTarget(target);
        }),
      };
    case 'priorities':
      return {
        title,
        groups: choicesOf(priorityDestinations(plan, target.id), (scores) => {
          setApplicationScores(target.id, scores.impact, scores.feasibility);
          announce(t('move.announce.scores', { item: name, impact: scores.impact, feasibility: scores.feasibility }));
          plannerStore.getState().select({ kind: 'application', id: target.id });
          focusTarget(target);
        }),
      };
  }
}

/** Outside the board, the status line's live region speaks (role=status). */
function announce(message: string): void {
  plannerStore.getState().setStatusMessage(message);
}

/**
 * Opens the menu for the movable element holding `element`; at the pointer when `at` is given,
 * else below the element. Returns whether a menu opened.
 */
export function openMoveMenuFor(element: Element | null, at?: { x: number; y: number }): boolean {
  const target = targetOf(element);
  if (!target) return false;
  commitPendingEdit();
  const content = groupsFor(target);
  if (!content) return false;
  const box = (hostOf(target) ?? (element as HTMLElement)).getBoundingClientRect();
  moveMenuStore.setState({
    menu: { ...content, at: at ?? { x: box.left + 12, y: Math.min(box.bottom, box.top + 48) }, returnFocus: () => focusTarget(target) },
  });
  return true;
}

/** The registry's command: the menu of whatever card holds the keyboard focus. */
export function openMoveMenuForFocus(): boolean {
  return openMoveMenuFor(document.activeElement);
}

/** Whether a key press asks for the context menu (Shift+F10 or the ContextMenu key). */
export function isContextMenuKey(event: { key: string; shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }): boolean {
  if (event.ctrlKey || event.altKey || event.metaKey) return false;
  return event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
}

const inTextField = (target: EventTarget) => target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null;

/**
 * Props for a movable element: the context menu (right click, Shift+F10, the ContextMenu key).
 * The keys are caught on the way down, so the card's own key handling never sees them; a text
 * field keeps its native menu.
 */
export function moveMenuHandlers() {
  return {
    onKeyDownCapture: (event: ReactKeyboardEvent) => {
      if (!isContextMenuKey(event) || inTextField(event.target)) return;
      if (openMoveMenuFor(event.target as Element)) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    onContextMenu: (event: ReactMouseEvent) => {
      if (inTextField(event.target)) return;
      // A keyboard-opened context menu has no pointer position: put the menu by the card.
      const fromKeyboard = event.button !== 2 && event.clientX === 0 && event.clientY === 0;
      if (openMoveMenuFor(event.target as Element, fromKeyboard ? undefined : { x: event.clientX, y: event.clientY })) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
  };
}
