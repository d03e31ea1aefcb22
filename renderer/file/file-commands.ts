import type { Command } from '../commands/command';
import { selectHasPlan } from '../store/selectors';
import { newPlanFromTemplate, openPlanWithDialog, saveAndClose, savePlan, savePlanAs } from './file-actions';

export const fileCommands: readonly Command[] = [
  { id: 'new-blank', label: 'New blank plan', shortcuts: ['Mod+N'], run: () => newPlanFromTemplate('blank') },
  { id: 'new-example', label: 'New plan from the example', run: () => newPlanFromTemplate('example') },
  { id: 'open', label: 'Open…', shortcuts: ['Mod+O'], run: openPlanWithDialog },
  { id: 'save', label: 'Save', shortcuts: ['Mod+S'], isEnabled: selectHasPlan, run: savePlan },
  { id: 'save-as', label: 'Save As…', shortcuts: ['Mod+Shift+S'], isEnabled: selectHasPlan, run: savePlanAs },
  { id: 'save-and-close', label: 'Save and close', run: saveAndClose },
];
