import type { HTMLAttributes, Ref } from 'react';
import { useT } from '../i18n/use-t';

interface DragHandleProps extends HTMLAttributes<HTMLButtonElement> {
  ref?: Ref<HTMLButtonElement>;
  /** "Move AI application “Chatbot”". */
  label: string;
}

/** The grip: focus it and press Space to move the item with the arrow keys. */
export function DragHandle({ label, ref, ...props }: DragHandleProps) {
  const t = useT();
  return (
    <button type="button" ref={ref} className="drag-handle" data-drag-handle="" {...props} aria-label={label} title={t('board.drag.handleHint')}>
      <svg width="12" height="18" viewBox="0 0 12 18" aria-hidden="true" focusable="false">
        {[3, 9].map((x) => [3, 9, 15].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.7" fill="currentColor" />))}
      </svg>
    </button>
  );
}
