import type { PlannerState } from '../store/types';

export interface Command {
  /** Menu commands from the main process use the same ids (see MENU_COMMANDS in shared/ipc-contract.ts). */
  id: string;
  label: string;
  /** Shortcuts in the "Mod+Shift+S" form; the first one is shown on buttons. */
  shortcuts?: readonly string[];
  /**
   * What the shortcut does while focus is in a text field: 'run' the command (Ctrl+S saves while
   * typing) or leave the key to the browser ('native', so Ctrl+Z undoes typing, not the plan).
   */
  inTextField?: 'run' | 'native';
  isEnabled?: (state: PlannerState) => boolean;
  run: () => unknown;
}
