import type { ComponentType } from 'react';
import type { Command } from '../commands/command';
import { OutlineView } from '../outline/OutlineView';
import { BoardView } from '../board/BoardView';
import { RoadmapView } from '../roadmap/RoadmapView';
import { FindingsView } from '../checks/FindingsView';
import { PrioritiesView } from '../priorities/PrioritiesView';
import { ReadinessView } from '../readiness/ReadinessView';
import { DimensionsView } from '../dimensions/DimensionsView';
import { plannerStore } from '../store/store';
import { selectHasPlan } from '../store/selectors';

export interface ViewDefinition {
  id: string;
  /** The tab's text. */
  label: string;
  /** "Mod+1" … "Mod+9". */
  shortcut: string;
  Component: ComponentType;
}

/** The views of an open plan, in tab order. A feature adds its view with one line here. */
export const VIEWS: readonly ViewDefinition[] = [
  { id: 'plan', label: 'Plan', shortcut: 'Mod+1', Component: OutlineView },
  { id: 'board', label: 'Board', shortcut: 'Mod+2', Component: BoardView },
  { id: 'roadmap', label: 'Roadmap', shortcut: 'Mod+3', Component: RoadmapView },
  { id: 'priorities', label: 'Priorities', shortcut: 'Mod+4', Component: PrioritiesView },
  { id: 'checks', label: 'Findings', shortcut: 'Mod+5', Component: FindingsView },
  { id: 'dimensions', label: 'Dimensions', shortcut: 'Mod+6', Component: DimensionsView },
  { id: 'readiness', label: 'Readiness', shortcut: 'Mod+7', Component: ReadinessView },
];

export function findView(id: string): ViewDefinition {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}

export const viewCommandId = (viewId: string) => `view:${viewId}`;

/** One "Show <view>" command per view, so switching has a shortcut and a menu entry for free. */
export function viewCommands(): Command[] {
  return VIEWS.map((view) => ({
    id: viewCommandId(view.id),
    label: `Show ${view.label}`,
    shortcuts: [view.shortcut],
    isEnabled: selectHasPlan,
    run: () => plannerStore.getState().setActiveView(view.id),
  }));
}
