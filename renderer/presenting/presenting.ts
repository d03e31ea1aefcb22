import { useSyncExternalStore } from 'react';
import { showRoomSizeForNow } from '../display/display-preferences';

/*
 * Presenting mode (issue 13): the page goes full screen, `data-presenting` on the root hides the
 * toolbar, tabs, status line, detail panel and editing chrome (presenting.css), and the room size
 * shows Extra large for as long as it lasts without touching the stored choice. UI state only: it
 * is not part of the plan, its history or the settings.
 */

export interface FullScreenHost {
  root: HTMLElement;
  /** Asks for full screen; may be refused (no user gesture, a denied permission): presenting goes on in the window. */
  requestFullScreen(): Promise<void>;
  exitFullScreen(): Promise<void>;
  isFullScreen(): boolean;
}

let presenting = false;
/** Whether full screen is ours to leave: presenting asked for it and got it. */
let fullScreenIsOurs = false;
const listeners = new Set<() => void>();

const tell = () => {
  for (const listener of [...listeners]) listener();
};

export function isPresenting(): boolean {
  return presenting;
}

export function onPresentingChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function usePresenting(): boolean {
  return useSyncExternalStore(onPresentingChange, isPresenting);
}

export function startPresenting(host: FullScreenHost = documentHost()): void {
  if (presenting) return;
  presenting = true;
  fullScreenIsOurs = false;
  host.root.toggleAttribute('data-presenting', true);
  showRoomSizeForNow('extra-large');
  if (!host.isFullScreen()) {
    host.requestFullScreen().then(
      () => {
        fullScreenIsOurs = presenting;
        // Left before the request was answered: give the screen back.
        if (!presenting) void host.exitFullScreen().catch(() => undefined);
      },
      () => undefined,
    );
  }
  tell();
}

export function stopPresenting(host: FullScreenHost = documentHost()): void {
  if (!presenting) return;
  presenting = false;
  host.root.removeAttribute('data-presenting');
  showRoomSizeForNow(null);
  if (fullScreenIsOurs && host.isFullScreen()) void host.exitFullScreen().catch(() => undefined);
  fullScreenIsOurs = false;
  tell();
}

/**
 * Full screen ended by the browser or the system (Escape, F11, the window's own button): presenting
 * ends with it. Only when it was presenting's full screen; a refused request leaves nothing to end.
 */
export function fullScreenChanged(host: FullScreenHost = documentHost()): void {
  if (presenting && fullScreenIsOurs && !host.isFullScreen()) stopPresenting(host);
}

/** Puts keyboard focus on the view itself, so the next key or Tab starts there. */
export function focusView(): void {
  document.querySelector<HTMLElement>('main.view')?.focus({ preventScroll: true });
}

function documentHost(): FullScreenHost {
  return {
    root: document.documentElement,
    // async, so that a page without the Fullscreen API refuses like one that says no.
    requestFullScreen: async () => document.documentElement.requestFullscreen({ navigationUI: 'hide' }),
    exitFullScreen: async () => document.exitFullscreen(),
    isFullScreen: () => document.fullscreenElement !== null,
  };
}
