/*
 * Render counters for the board bench and tests. They count only when the page defines
 * `window.__boardRenderCount` before the app starts (the bench does, through an init script);
 * otherwise each call is one property read.
 */
export interface BoardRenderCounts {
  /** Card contents: pillar headers, objective, application and KPI bodies. */
  cards: number;
  /** The thin draggable wrappers around them, which dnd-kit's context re-renders during a drag. */
  shells: number;
}

declare global {
  interface Window {
    __boardRenderCount?: BoardRenderCounts;
  }
}

export function countCardRender(): void {
  const counts = window.__boardRenderCount;
  if (counts) counts.cards++;
}

export function countShellRender(): void {
  const counts = window.__boardRenderCount;
  if (counts) counts.shells++;
}
