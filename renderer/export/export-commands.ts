import type { Command } from '../commands/command';
import { selectHasPlan } from '../store/selectors';
import { openExportDialog } from './export-actions';

export const exportCommands: readonly Command[] = [
  { id: 'export-pdf', label: 'Export PDF…', shortcuts: ['Mod+E'], inTextField: 'run', isEnabled: selectHasPlan, run: openExportDialog },
];
