import { useEffect } from 'react';
import { VIEW_CATALOGUE, commandInfo, viewCommandId } from '../../shared/commands/command-catalogue';
import { runCommand } from '../commands/commands';
import { modalGate, type ModalGate } from '../commands/modal-gate';
import { matchesShortcut } from '../commands/shortcuts';
import { isTextField } from '../commands/text-field';
import { plannerStore } from '../store/store';
import { isAgendaRunning } from '../workshop/agenda/agenda-run-store';
import { focusView, fullScreenChanged, isPresenting, stopPresenting } from './presenting';
import { presentingKeyAction, steppedView } from './presenting-keys';

const VIEW_IDS = VIEW_CATALOGUE.map((view) => view.id);

/**
 * One key press, presenting or not. F5 starts presenting: the command registry's shortcuts are Ctrl
 * or Cmd chords, so this plain key is answered here, through the same runCommand and its gate.
 * While presenting, the arrows and PageUp/PageDown step through the views, Escape leaves and E
 * leaves for editing; nothing happens while a dialog is open or focus is in a text field.
 * Returns whether the key was taken.
 */
export function handlePresentingKey(event: KeyboardEvent, gate: ModalGate = modalGate): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  if (commandInfo('present').shortcuts?.some((shortcut) => matchesShortcut(event, shortcut))) {
    // Claimed even when it cannot run (a dialog is open, no plan), so F5 never reloads the page.
    event.preventDefault();
    if (!isPresenting()) runCommand('present', gate);
    return true;
  }
  if (!isPresenting() || gate.isOpen() || isTextField(document.activeElement)) return false;
  const action = presentingKeyAction(event);
  if (!action) return false;
  event.preventDefault();
  // Taken before the view sees it: an arrow must not also nudge a focused roadmap bar.
  event.stopPropagation();
  if ((action === 'next' || action === 'previous') && isAgendaRunning()) {
    // While the off-site's agenda runs, the clicker pages through its steps, each opening its view.
    runCommand(action === 'next' ? 'agenda:next-step' : 'agenda:previous-step', gate);
  } else if (action === 'next' || action === 'previous') {
    const next = steppedView(VIEW_IDS, plannerStore.getState().activeView, action === 'next' ? 1 : -1);
    runCommand(viewCommandId(next), gate);
  } else {
    stopPresenting();
    focusView();
  }
  return true;
}

/** The keys of presenting mode, and its end when the browser or system leaves full screen. */
export function usePresentingKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => void handlePresentingKey(event);
    const onFullScreenChange = () => fullScreenChanged();
    window.addEventListener('keydown', onKeyDown, { capture: true });
    document.addEventListener('fullscreenchange', onFullScreenChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      document.removeEventListener('fullscreenchange', onFullScreenChange);
    };
  }, []);
}
