const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

/** Inputs where the browser's own text editing (and its undo) should win over app shortcuts. */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly;
  if (element instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(element.type) && !element.readOnly;
  return element instanceof HTMLElement && element.isContentEditable;
}

/** Blurs a focused text field so its pending edit commits (EditableText commits on blur). */
export function commitPendingEdit(): void {
  const active = document.activeElement;
  if (isTextField(active)) (active as HTMLElement).blur();
}
