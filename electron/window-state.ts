import type { DocumentState, UnsavedChoice } from '../shared/ipc-contract';
import type { WindowBounds } from './settings/settings';

export const APP_NAME = 'AI Alignment Planner';

/** "<file or plan title> • — AI Alignment Planner", the dot only while there are unsaved changes. */
export function windowTitle(state: DocumentState | null): string {
  if (!state) return APP_NAME;
  // eslint-disable-next-line no-control-regex
  const name = state.displayName.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200) || 'Untitled plan';
  return `${name}${state.dirty ? ' •' : ''} — ${APP_NAME}`;
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 800, height: 560 };

/**
 * Saved bounds, if enough of the window's top edge still lies on a connected display to grab it
 * (monitors get unplugged between sessions); otherwise null, and the window opens centred.
 */
export function restorableBounds(saved: WindowBounds | null, workAreas: readonly Rectangle[]): WindowBounds | null {
  if (!saved) return null;
  const values = [saved.x, saved.y, saved.width, saved.height];
  if (!values.every(Number.isFinite)) return null;
  const width = Math.max(MIN_SIZE.width, Math.round(saved.width));
  const height = Math.max(MIN_SIZE.height, Math.round(saved.height));
  const titleBar: Rectangle = { x: saved.x, y: saved.y, width, height: 40 };
  const visible = workAreas.some((area) => overlap(titleBar, area) >= 100 * 20);
  return visible ? { x: Math.round(saved.x), y: Math.round(saved.y), width, height, maximized: saved.maximized === true } : null;
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Buttons of the unsaved-changes question, in order; Cancel is also what Escape picks. */
export const UNSAVED_BUTTONS: readonly { label: string; choice: UnsavedChoice }[] = [
  { label: 'Save', choice: 'save' },
  { label: "Don't Save", choice: 'discard' },
  { label: 'Cancel', choice: 'cancel' },
];

export function unsavedChangesMessage(displayName: string): {
  type: 'warning';
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
  title: string;
  message: string;
  detail: string;
} {
  // eslint-disable-next-line no-control-regex
  const name = displayName.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200) || 'this plan';
  return {
    type: 'warning',
    buttons: UNSAVED_BUTTONS.map((b) => b.label),
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    title: APP_NAME,
    message: `Do you want to save the changes to “${name}”?`,
    detail: "Your changes will be lost if you don't save them.",
  };
}

export function unsavedChoiceFromResponse(response: number): UnsavedChoice {
  return UNSAVED_BUTTONS[response]?.choice ?? 'cancel';
}
