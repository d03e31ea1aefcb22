import { defineCommand, type Command } from '../commands/command';
import { selectHasPlan } from '../store/selectors';
import { openExportDialog } from './export-actions';

export const exportCommands: readonly Command[] = [
  defineCommand('export-pdf', { isEnabled: selectHasPlan, run: openExportDialog }),
];
