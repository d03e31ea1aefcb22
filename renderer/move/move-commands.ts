import { defineCommand, type Command } from '../commands/command';
import { selectHasPlan } from '../store/selectors';
import { openMoveMenuForFocus } from './open-move-menu';

/** "Move to…" for the focused card or bar, in the one registry. */
export const moveCommands: readonly Command[] = [defineCommand('move-to', { isEnabled: selectHasPlan, run: openMoveMenuForFocus })];
