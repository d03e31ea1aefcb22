import { defineCommand, type Command } from '../../commands/command';
import { addFiveMinutes, isAgendaRunning, stepAgenda, toggleStepTimer } from './agenda-run-store';

const running = () => isAgendaRunning();

/** The running agenda's commands (named in shared/commands): the bar's buttons, the View menu and the keys run these. */
export const agendaCommands: Command[] = [
  defineCommand('agenda:next-step', { isEnabled: running, run: () => stepAgenda(1) }),
  defineCommand('agenda:previous-step', { isEnabled: running, run: () => stepAgenda(-1) }),
  defineCommand('agenda:toggle-timer', { isEnabled: running, run: () => toggleStepTimer() }),
  defineCommand('agenda:add-five', { isEnabled: running, run: () => addFiveMinutes() }),
];
