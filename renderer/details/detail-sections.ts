import type { ComponentType } from 'react';

/**
 * Extension points of the detail panel: features append a section with one line, so the board's
 * details, the roadmap's dependencies and the KPI check-ins do not have to edit one component.
 */
export interface DetailSection {
  id: string;
  title: string;
  /** Receives the selected item's id. */
  Component: ComponentType<{ id: string }>;
}

export const APPLICATION_SECTIONS: DetailSection[] = [];
export const KPI_SECTIONS: DetailSection[] = [];
