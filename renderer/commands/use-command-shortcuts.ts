import { useEffect } from 'react';
import { allCommands, runCommand } from './commands';
import { modalGate, type ModalGate } from './modal-gate';
import { matchesShortcut, type KeyLike } from './shortcuts';
import { isTextField } from './text-field';

export interface ShortcutEvent extends KeyLike {
  defaultPrevented: boolean;
  isComposing: boolean;
  preventDefault(): void;
}

/**
 * One key press: finds the command whose shortcut it is and runs it through runCommand, which
 * refuses while a modal dialog is open. Returns the id of the command that ran, if any.
 */
export function dispatchShortcut(event: ShortcutEvent, focusInTextField: boolean, gate: ModalGate = modalGate): string | null {
  if (event.defaultPrevented || event.isComposing) return null;
  if (!event.ctrlKey && !event.metaKey) return null;
  const command = allCommands().find((c) => c.shortcuts?.some((s) => matchesShortcut(event, s)));
  if (!command) return null;
  if (command.inTextField === 'native' && focusInTextField) return null;
  // Claim the key even when the command cannot run, so Ctrl+S never falls through to the browser.
  event.preventDefault();
  return runCommand(command.id, gate) ? command.id : null;
}

/** Window-level keyboard shortcuts, dispatched through the command registry. */
export function useCommandShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => void dispatchShortcut(event, isTextField(document.activeElement));
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * Menu commands from the main process (File, Edit, View menus) run through the same registry and
 * gate; and main hears when the gate shuts and opens, so that the native menu greys its commands
 * while a dialog is open instead of offering items that would do nothing.
 */
export function useMenuCommands(run: (id: string) => boolean, gate: ModalGate = modalGate): void {
  useEffect(() => window.planner.onCommand((command) => void run(command)), [run]);
  useEffect(() => {
    window.planner.setModalOpen(gate.isOpen());
    return gate.onChange((open) => window.planner.setModalOpen(open));
  }, [gate]);
}
