/** Keys tying an add button to the EditableText that should open for typing once the item exists. */
export const titleEditKey = (kind: 'pillar' | 'objective' | 'application' | 'kpi', id: string) => `${kind}:${id}:title`;
