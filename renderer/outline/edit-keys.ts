import { plannerStore } from '../store/store';
import type { PlannerState } from '../store/types';

/** Keys tying an add button to the EditableText that should open for typing once the item exists. */
export type TitledKind = 'pillar' | 'objective' | 'application' | 'kpi';

export const titleEditKey = (kind: TitledKind, id: string) => `${kind}:${id}:title`;

/** A click handler for an add button: creates the item, then opens its title for typing. */
export const addThenEdit = (kind: TitledKind, create: () => string | null | undefined) => () => {
  const id = create();
  if (id) plannerStore.getState().requestEdit(titleEditKey(kind, id));
};

/** True while a new sibling's title is being typed right after this item. */
export const draftFollows = (kind: TitledKind, id: string) => (s: PlannerState) => s.draftSibling?.kind === kind && s.draftSibling.id === id;

/** For an item's EditableText: Enter that commits its title starts the next sibling, as outliners do. */
export const nextSiblingOnEnter = (kind: TitledKind, id: string) => (reason: 'enter' | 'escape' | 'blur') => {
  if (reason === 'enter') plannerStore.getState().startDraftSibling({ kind, id });
};
