import { defineCommand, type Command } from '../commands/command';
import { selectHasPlan } from '../store/selectors';
import { newPlanFromTemplate, openPlanWithDialog, saveAndClose, savePlan, savePlanAs } from './file-actions';

export const fileCommands: readonly Command[] = [
  defineCommand('new-blank', { run: () => newPlanFromTemplate('blank') }),
  defineCommand('new-example', { run: () => newPlanFromTemplate('example') }),
  defineCommand('open', { run: openPlanWithDialog }),
  defineCommand('save', { isEnabled: selectHasPlan, run: savePlan }),
  defineCommand('save-as', { isEnabled: selectHasPlan, run: savePlanAs }),
  defineCommand('save-and-close', { run: saveAndClose }),
];
