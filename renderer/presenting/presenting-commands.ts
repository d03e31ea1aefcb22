import { defineCommand, type Command } from '../commands/command';
import { commitPendingEdit } from '../commands/text-field';
import { selectHasPlan } from '../store/selectors';
import { focusView, startPresenting } from './presenting';

/** View › Present and F5 (named in shared/commands); the keys inside presenting are presenting-keys.ts. */
export const presentingCommands: Command[] = [
  defineCommand('present', {
    isEnabled: selectHasPlan,
    run: () => {
      // A title being typed commits first, as leaving the field would.
      commitPendingEdit();
      startPresenting();
      // The focused toolbar button or tab is hidden now: the keys start from the view.
      focusView();
    },
  }),
];
