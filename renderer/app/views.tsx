import type { ComponentType } from 'react';
import { VIEW_CATALOGUE, viewCommandId, type ViewId } from '../../shared/commands/command-catalogue';
import type { MessageKey } from '../../shared/i18n/translator';
import { defineCommand, type Command } from '../commands/command';
import { OutlineView } from '../outline/OutlineView';
import { BoardView } from '../board/BoardView';
import { RoadmapView } from '../roadmap/RoadmapView';
import { FindingsView } from '../checks/FindingsView';
import { PrioritiesView } from '../priorities/PrioritiesView';
import { ReadinessView } from '../readiness/ReadinessView';
import { DimensionsView } from '../dimensions/DimensionsView';
import { GovernanceView } from '../governance/GovernanceView';
import { ValueView } from '../value/ValueView';
import { WorkshopView } from '../workshop/WorkshopView';
import { plannerStore } from '../store/store';
import { selectHasPlan } from '../store/selectors';

export interface ViewDefinition {
  id: ViewId;
  /** The tab's text: a catalogue key, read when shown. */
  labelKey: MessageKey;
  /** "Mod+1" … "Mod+9", and "Mod+Shift+W" for the Workshop. */
  shortcut: string;
  Component: ComponentType;
}

/** What each view shows. A feature adds its view with one line here and one in VIEW_CATALOGUE (shared/commands). */
const VIEW_COMPONENTS: Record<ViewId, ComponentType> = {
  plan: OutlineView,
  board: BoardView,
  roadmap: RoadmapView,
  priorities: PrioritiesView,
  checks: FindingsView,
  dimensions: DimensionsView,
  readiness: ReadinessView,
  governance: GovernanceView,
  value: ValueView,
  workshop: WorkshopView,
};

/** The views of an open plan, in tab order. */
export const VIEWS: readonly ViewDefinition[] = VIEW_CATALOGUE.map((view) => ({ ...view, Component: VIEW_COMPONENTS[view.id] }));

export function findView(id: ViewId): ViewDefinition {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}

/** One "Show <view>" command per view (named in the catalogue), so switching has a shortcut for free. */
export function viewCommands(): Command[] {
  return VIEWS.map((view) => defineCommand(viewCommandId(view.id), { isEnabled: selectHasPlan, run: () => plannerStore.getState().setActiveView(view.id) }));
}
