import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** Whether the spend chart under the roadmap is folded to its heading: view state, never saved, never undone. */
export const spendChartStore = createStore<{ folded: boolean }>()(() => ({ folded: false }));

export const useSpendChartFolded = () => useStore(spendChartStore, (s) => s.folded);
export const toggleSpendChart = () => spendChartStore.setState((s) => ({ folded: !s.folded }));
