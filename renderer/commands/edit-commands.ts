import { plannerStore } from '../store/store';
import { selectCanRedo, selectCanUndo } from '../store/selectors';
import { defineCommand, type Command } from './command';
import { isTextField } from './text-field';

/**
 * Undo and redo reach the plan history; when the Edit menu sends them while focus is in a text
 * field, the field's own text undo runs instead.
 */
function historyStep(step: 'undo' | 'redo') {
  return () => {
    if (isTextField(document.activeElement)) {
      // execCommand is deprecated but remains the only way to trigger the field's native undo stack.
      document.execCommand(step);
      return;
    }
    plannerStore.getState()[step]();
  };
}

export const editCommands: readonly Command[] = [
  defineCommand('undo', { isEnabled: selectCanUndo, run: historyStep('undo') }),
  defineCommand('redo', { isEnabled: selectCanRedo, run: historyStep('redo') }),
];
