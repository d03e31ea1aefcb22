import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** How the 2×2 is looked at (cards sized by net value or not): view state, never in the plan or undo history, kept while the app runs. */
export const priorityViewStore = createStore<{ sizeByValue: boolean }>()(() => ({ sizeByValue: false }));

export const useSizeByValue = () => useStore(priorityViewStore, (s) => s.sizeByValue);
export const toggleSizeByValue = () => priorityViewStore.setState((s) => ({ sizeByValue: !s.sizeByValue }));
