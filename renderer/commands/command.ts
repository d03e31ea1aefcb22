import { commandInfo, type CommandId, type CommandInfo } from '../../shared/commands/command-catalogue';
import type { PlannerState } from '../store/types';

/**
 * A command of the registry: its name, keys and menu place come from the shared catalogue
 * (shared/commands/command-catalogue.ts, which the native menu reads too); the renderer adds
 * what it does and when it is enabled.
 */
export interface Command extends CommandInfo {
  id: CommandId;
  isEnabled?: (state: PlannerState) => boolean;
  run: () => unknown;
}

export function defineCommand(id: CommandId, behaviour: Pick<Command, 'run' | 'isEnabled'>): Command {
  return { ...commandInfo(id), ...behaviour };
}
