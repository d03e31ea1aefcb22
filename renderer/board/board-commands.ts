import type { ViewId } from '../../shared/commands/command-catalogue';
import { defineCommand, type Command } from '../commands/command';
import { plannerStore } from '../store/store';
import { selectHasPlan } from '../store/selectors';
import { boardViewStore } from './board-view-store';
import { FIND_FIELD_ID } from './BoardToolbar';

const BOARD_VIEW: ViewId = 'board';

/** Board commands for the one registry: find, and the board/table switch. */
export const boardCommands: readonly Command[] = [
  defineCommand('board:find', {
    isEnabled: selectHasPlan,
    run: () => {
      const state = plannerStore.getState();
      if (state.activeView !== BOARD_VIEW) state.setActiveView(BOARD_VIEW);
      requestAnimationFrame(() => {
        const field = document.getElementById(FIND_FIELD_ID) as HTMLInputElement | null;
        field?.focus();
        field?.select();
      });
    },
  }),
  defineCommand('board:toggle-table', {
    isEnabled: selectHasPlan,
    run: () => {
      const view = boardViewStore.getState();
      view.setMode(view.mode === 'board' ? 'table' : 'board');
      const state = plannerStore.getState();
      if (state.activeView !== BOARD_VIEW) state.setActiveView(BOARD_VIEW);
    },
  }),
];
