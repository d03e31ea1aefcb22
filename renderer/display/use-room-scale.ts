import { useSyncExternalStore } from 'react';
import { onDisplayChange, roomScale } from './display-preferences';

/** The room size's scale (1 at Normal), for the few layouts that place text in pixels. */
export function useRoomScale(): number {
  return useSyncExternalStore(onDisplayChange, roomScale);
}
