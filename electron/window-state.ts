import { t } from '../shared/i18n/active-locale';
import type { MessageKey } from '../shared/i18n/translator';
import type { DocumentState, UnsavedChoice } from '../shared/ipc-contract';
import type { WindowBounds } from './settings/settings';

export const APP_NAME = 'AI Alignment Planner';

/**
 * A file or plan name made safe for the title bar and native dialogs: control characters and the
 * bidirectional embedding, override, isolate and mark characters become spaces, so a name such as
 * "invoice\u202Enalp.aiplan" cannot make the title read backwards or hide the unsaved marker.
 */
export function plainName(name: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200) || fallback;
}

/** "<file or plan title> • — AI Alignment Planner", the dot only while there are unsaved changes. */
export function windowTitle(state: DocumentState | null): string {
  if (!state) return APP_NAME;
  const name = plainName(state.displayName, t('window.untitled'));
  return `${name}${state.dirty ? ' •' : ''} — ${APP_NAME}`;
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fits a 1280×720 projector with room for a taskbar; shrunk further to a smaller work area. */
export const DEFAULT_SIZE = { width: 1280, height: 720 };
export const MIN_SIZE = { width: 800, height: 560 };

/** The default size, no larger than the work area of the display the window opens on. */
export function defaultSize(workArea: Rectangle | null): { width: number; height: number } {
  if (!workArea) return { ...DEFAULT_SIZE };
  return { width: Math.min(DEFAULT_SIZE.width, workArea.width), height: Math.min(DEFAULT_SIZE.height, workArea.height) };
}

/**
 * Saved bounds, if enough of the window's top edge still lies on a connected display to grab it
 * (monitors get unplugged between sessions), shrunk and moved to fit that display's work area (a
 * 1600×1000 window saved on a desktop monitor and restored on a 1024×768 projector); otherwise
 * null, and the window opens centred at its default size.
 */
export function restorableBounds(saved: WindowBounds | null, workAreas: readonly Rectangle[]): WindowBounds | null {
  if (!saved) return null;
  const values = [saved.x, saved.y, saved.width, saved.height];
  if (!values.every(Number.isFinite)) return null;
  const width = Math.max(MIN_SIZE.width, Math.round(saved.width));
  const height = Math.max(MIN_SIZE.height, Math.round(saved.height));
  const titleBar: Rectangle = { x: saved.x, y: saved.y, width, height: 40 };
  // The display the title bar is most on, as screen.getDisplayMatching would pick it.
  let area: Rectangle | null = null;
  let best = 100 * 20 - 1;
  for (const candidate of workAreas) {
    const shared = overlap(titleBar, candidate);
    if (shared > best) [area, best] = [candidate, shared];
  }
  if (!area) return null;
  const fitted = fitInside({ x: Math.round(saved.x), y: Math.round(saved.y), width, height }, area);
  return { ...fitted, maximized: saved.maximized === true };
}

/** Shrinks a rectangle to the area's size, then moves it the least distance that puts it inside. */
function fitInside(rect: Rectangle, area: Rectangle): Rectangle {
  const width = Math.min(rect.width, area.width);
  const height = Math.min(rect.height, area.height);
  const x = Math.min(Math.max(rect.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(rect.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Buttons of the unsaved-changes question, in order; Cancel is also what Escape picks. */
export const UNSAVED_BUTTONS: readonly { labelKey: MessageKey; choice: UnsavedChoice }[] = [
  { labelKey: 'dialog.unsaved.save', choice: 'save' },
  { labelKey: 'dialog.unsaved.dontSave', choice: 'discard' },
  { labelKey: 'dialog.unsaved.cancel', choice: 'cancel' },
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
  const name = plainName(displayName, t('dialog.unsaved.thisPlan'));
  return {
    type: 'warning',
    buttons: UNSAVED_BUTTONS.map((b) => t(b.labelKey)),
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    title: APP_NAME,
    message: t('dialog.unsaved.message', { name }),
    detail: t('dialog.unsaved.detail'),
  };
}

export function unsavedChoiceFromResponse(response: number): UnsavedChoice {
  return UNSAVED_BUTTONS[response]?.choice ?? 'cancel';
}

/** What the window offers when its page crashed or was killed: reload (and restore) or close. */
export type PageGoneChoice = 'reload' | 'close';
const PAGE_GONE_BUTTONS: readonly { labelKey: MessageKey; choice: PageGoneChoice }[] = [
  { labelKey: 'dialog.reloadAndRestore', choice: 'reload' },
  { labelKey: 'dialog.pageGone.close', choice: 'close' },
];

export function pageGoneMessage(reason: string) {
  const why: MessageKey = reason === 'oom' ? 'dialog.pageGone.outOfMemory' : reason === 'killed' ? 'dialog.pageGone.stopped' : 'dialog.pageGone.crashed';
  return {
    type: 'error' as const,
    buttons: PAGE_GONE_BUTTONS.map((b) => t(b.labelKey)),
    defaultId: 0,
    cancelId: 0,
    noLink: true as const,
    title: APP_NAME,
    message: t(why),
    detail: t('dialog.pageGone.detail'),
  };
}

export function pageGoneChoiceFromResponse(response: number): PageGoneChoice {
  return PAGE_GONE_BUTTONS[response]?.choice ?? 'reload';
}

/** A page that stopped responding: wait for it, or reload it (restoring the recovery copy). */
export type UnresponsiveChoice = 'wait' | 'reload';
const UNRESPONSIVE_BUTTONS: readonly { labelKey: MessageKey; choice: UnresponsiveChoice }[] = [
  { labelKey: 'dialog.unresponsive.wait', choice: 'wait' },
  { labelKey: 'dialog.reloadAndRestore', choice: 'reload' },
];

export function unresponsiveMessage() {
  return {
    type: 'warning' as const,
    buttons: UNRESPONSIVE_BUTTONS.map((b) => t(b.labelKey)),
    defaultId: 0,
    cancelId: 0,
    noLink: true as const,
    title: APP_NAME,
    message: t('dialog.unresponsive.message'),
    detail: t('dialog.unresponsive.detail'),
  };
}

export function unresponsiveChoiceFromResponse(response: number): UnresponsiveChoice {
  return UNRESPONSIVE_BUTTONS[response]?.choice ?? 'wait';
}
