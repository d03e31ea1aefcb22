import { plannerStore } from '../store/store';

/** Keys tying an add button to the EditableText that should open for typing once the item exists. */
type TitledKind = 'pillar' | 'objective' | 'application' | 'kpi';

export const titleEditKey = (kind: TitledKind, id: string) => `${kind}:${id}:title`;

/** A click handler for an add button: creates the item, then opens its title for typing. */
export const addThenEdit = (kind: TitledKind, create: () => string | null | undefined) => () => {
  const id = create();
  if (id) plannerStore.getState().requestEdit(titleEditKey(kind, id));
};
