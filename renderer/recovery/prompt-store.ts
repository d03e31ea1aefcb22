import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/*
 * One question at a time to the user, answered in a dialog (see PromptHost.tsx): the code that asks
 * awaits the answer. UI state only: never saved, never in undo history.
 */

export interface PromptChoice<C extends string = string> {
  id: C;
  label: string;
  primary?: boolean;
}

export interface Prompt<C extends string = string> {
  title: string;
  message: string;
  details?: readonly string[];
  choices: readonly PromptChoice<C>[];
  /** What Escape answers. */
  cancel: C;
}

interface PromptState {
  current: (Prompt & { answer(choice: string): void }) | null;
}

export const promptStore = createStore<PromptState>()(() => ({ current: null }));

export const usePrompt = () => useStore(promptStore, (s) => s.current);

/** Shows the prompt and resolves with the chosen id. A prompt already showing is answered with its cancel. */
export function ask<C extends string>(prompt: Prompt<C>): Promise<C> {
  promptStore.getState().current?.answer(promptStore.getState().current!.cancel);
  return new Promise<C>((resolve) => {
    const entry = {
      ...prompt,
      answer: (choice: string) => {
        if (promptStore.getState().current === entry) promptStore.setState({ current: null });
        resolve(choice as C);
      },
    };
    promptStore.setState({ current: entry });
  });
}

export const isPrompting = (): boolean => promptStore.getState().current !== null;
