import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Zoom } from './timeline-layout';

/** View state of the roadmap (zoom): never saved, never in undo history. */
interface RoadmapViewState {
  zoom: Zoom;
}

export const roadmapViewStore = createStore<RoadmapViewState>()(() => ({ zoom: 'quarter' }));

export const setZoom = (zoom: Zoom) => roadmapViewStore.setState({ zoom });
export const useZoom = () => useStore(roadmapViewStore, (s) => s.zoom);

/** An application or milestone whose element should take keyboard focus when it next mounts. */
let pendingFocus: string | null = null;
export const requestFocus = (id: string) => {
  pendingFocus = id;
};
export function takeFocusRequest(id: string): boolean {
  if (pendingFocus !== id) return false;
  pendingFocus = null;
  return true;
}

/** The element that explains the bars' keys, for aria-describedby. */
export const ROADMAP_KEYS_HINT_ID = 'roadmap-keys-hint';
