import { plannerStore } from '../store/store';
import type { Command } from './command';
import { editCommands } from './edit-commands';
import { fileCommands } from '../file/file-commands';
import { exportCommands } from '../export/export-commands';
import { spreadsheetCommands } from '../spreadsheet/spreadsheet-commands';
import { viewCommands } from '../app/views';
import { boardCommands } from '../board/board-commands';
import { moveCommands } from '../move/move-commands';
import { displayCommands } from '../display/display-commands';
import { presentingCommands } from '../presenting/presenting-commands';
import { agendaCommands } from '../workshop/agenda/agenda-commands';
import { planHistoryCommands } from '../plan-history/plan-history-commands';
import { modalGate, type ModalGate } from './modal-gate';

/*
 * The one registry: toolbar buttons, keyboard shortcuts and the main-process menu all run commands
 * by id through here. A feature adds its commands by appending its list below (one line).
 * Built lazily so that modules imported by views may import this one without an import cycle.
 */
let registry: Map<string, Command> | null = null;

function commands(): Map<string, Command> {
  registry ??= new Map(
    [
      ...fileCommands,
      ...exportCommands,
      ...spreadsheetCommands,
      ...editCommands,
      ...viewCommands(),
      ...boardCommands,
      ...moveCommands,
      ...displayCommands,
      ...presentingCommands,
      ...agendaCommands,
      ...planHistoryCommands,
    ].map((c) => [c.id, c]),
  );
  return registry;
}

export function allCommands(): Command[] {
  return [...commands().values()];
}

export function findCommand(id: string): Command | undefined {
  return commands().get(id);
}

export function isCommandEnabled(command: Command): boolean {
  return command.isEnabled ? command.isEnabled(plannerStore.getState()) : true;
}

/** Whether the command may run now: enabled, and no modal dialog open (unless main sent it as an answer). */
export function mayRun(command: Command, gate: ModalGate = modalGate): boolean {
  if (gate.isOpen() && !command.fromMainProcess) return false;
  return isCommandEnabled(command);
}

/** Runs a command by id if it exists, is enabled and no modal dialog is open; returns whether it ran. */
export function runCommand(id: string, gate: ModalGate = modalGate): boolean {
  const command = findCommand(id);
  if (!command || !mayRun(command, gate)) return false;
  void command.run();
  return true;
}
