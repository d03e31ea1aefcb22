import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/*
 * The one "Move to…" menu that may be open, outside the plan and the undo history. What it offers
 * comes from shared/operations/move-destinations.ts; choosing runs one store action.
 */

export interface MoveChoice {
  key: string;
  label: string;
  /** Runs the move (one store action, one undo step). */
  choose: () => void;
}

export interface MoveChoiceGroup {
  heading: string | null;
  choices: MoveChoice[];
}

export interface OpenMoveMenu {
  /** "Move AI application “Chatbot” to…". */
  title: string;
  groups: MoveChoiceGroup[];
  /** Where the menu's top-left corner goes, in client pixels (then kept inside the window). */
  at: { x: number; y: number };
  /** The element to give focus back to when the menu closes without a move. */
  returnFocus: () => void;
}

export const moveMenuStore = createStore<{ menu: OpenMoveMenu | null }>()(() => ({ menu: null }));

export function useMoveMenu(): OpenMoveMenu | null {
  return useStore(moveMenuStore, (s) => s.menu);
}

export function closeMoveMenu(refocus: boolean): void {
  const menu = moveMenuStore.getState().menu;
  moveMenuStore.setState({ menu: null });
  if (refocus) menu?.returnFocus();
}
