import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ElementType } from 'react';
import { plannerStore, usePlanner } from '../store/store';
import { useT } from '../i18n/use-t';

export type CommitReason = 'enter' | 'blur';

export interface EditableTextProps {
  value: string;
  /** Called with the trimmed new text when it differs from `value`. */
  onCommit: (value: string, reason: CommitReason) => void;
  /** Accessible name of the field, e.g. "Pillar title". */
  label: string;
  /** The element shown when not editing ('span', 'h2', …). */
  as?: ElementType;
  className?: string;
  /** Shown while the text is empty; "Untitled" unless given. */
  placeholder?: string;
  /** When false (the default), clearing the text reverts to the previous value. */
  allowEmpty?: boolean;
  maxLength?: number;
  /**
   * A stable key ("pillar:<id>:title"). When the store's pendingEdit equals it, the text opens
   * in edit mode as soon as it mounts: just-added items are ready for typing.
   */
  editKey?: string;
  /** The tooltip, when the text may be shown cut: the full text beside how to edit it. */
  hint?: string;
  /** Called after Enter committed or Escape cancelled, e.g. to create the next sibling. */
  onEditEnd?: (reason: 'enter' | 'escape' | 'blur') => void;
}

/**
 * Text edited in place: double-click, F2 or Enter starts editing; Enter commits, Escape cancels,
 * leaving the field commits. Shared by the outline and the board.
 */
export function EditableText({
  value,
  onCommit,
  label,
  as: Tag = 'span',
  className,
  placeholder: givenPlaceholder,
  allowEmpty = false,
  maxLength = 500,
  editKey,
  hint,
  onEditEnd,
}: EditableTextProps) {
  const t = useT();
  const placeholder = givenPlaceholder ?? t('components.editable.untitled');
  const requested = usePlanner((s) => editKey !== undefined && s.pendingEdit === editKey);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const displayRef = useRef<HTMLElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const refocusDisplay = useRef(false);
  const finished = useRef(false);
  const selectAll = useRef(true);

  /**
   * F2, a double-click and a just-added item select the text, to be typed over; Enter puts the
   * caret at its end, since Enter on a focused title is easily pressed without meaning to replace it.
   */
  const startEditing = (select: 'all' | 'end' = 'all') => {
    setDraft(value);
    finished.current = false;
    selectAll.current = select === 'all';
    setEditing(true);
  };

  useEffect(() => {
    if (!requested) return;
    plannerStore.getState().requestEdit(null);
    startEditing();
    // startEditing only reads `value`, which the request is about to edit anyway.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [requested]);

  useLayoutEffect(() => {
    if (editing) {
      const input = inputRef.current;
      input?.focus();
      if (selectAll.current) input?.select();
      else input?.setSelectionRange(input.value.length, input.value.length);
    } else if (refocusDisplay.current) {
      refocusDisplay.current = false;
      displayRef.current?.focus();
    }
  }, [editing]);

  const finish = (reason: 'enter' | 'escape' | 'blur') => {
    if (finished.current) return;
    finished.current = true;
    if (reason !== 'escape') {
      const text = draft.trim();
      if (text !== value && (text !== '' || allowEmpty)) onCommit(text, reason);
    }
    refocusDisplay.current = reason !== 'blur';
    setEditing(false);
    onEditEnd?.(reason);
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.stopPropagation();
      finish('enter');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish('escape');
    }
  };

  const onDisplayKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.key === 'Enter' || event.key === 'F2') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      event.stopPropagation();
      startEditing(event.key === 'Enter' ? 'end' : 'all');
    }
  };

  if (editing) {
    return (
      <Tag className={['editable', 'editable--editing', className].filter(Boolean).join(' ')}>
        <input
          ref={inputRef}
          className="editable__input"
          aria-label={label}
          value={draft}
          maxLength={maxLength}
          placeholder={placeholder}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onInputKeyDown}
          onBlur={() => finish('blur')}
        />
      </Tag>
    );
  }

  const empty = value.trim() === '';
  return (
    <Tag
      ref={displayRef}
      className={['editable', empty && 'editable--empty', className].filter(Boolean).join(' ')}
      tabIndex={0}
      role="button"
      aria-label={t('components.editable.value', { label, value: empty ? t('components.editable.empty') : value })}
      aria-description={t('components.editable.keyHint')}
      title={hint ?? t('components.editable.pointerHint')}
      onDoubleClick={() => startEditing('all')}
      onKeyDown={onDisplayKeyDown}
    >
      {empty ? placeholder : value}
    </Tag>
  );
}
