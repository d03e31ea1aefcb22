import { useId, useState, type KeyboardEvent } from 'react';

/**
 * A one-line capture: Enter adds what was typed, the field clears and keeps the focus, so the room can
 * dictate one line after another. `onAdd` returns false when nothing was added (an empty line).
 */
export function CaptureField({ label, hint, onAdd, testId }: { label: string; hint: string; onAdd: (text: string) => boolean; testId: string }) {
  const id = useId();
  const [text, setText] = useState('');
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (onAdd(text)) setText('');
  };
  return (
    <div className="decision-capture">
      <label htmlFor={id} className="decision-capture__label">
        {label}
      </label>
      <input
        id={id}
        className="decision-capture__input"
        value={text}
        maxLength={10_000}
        aria-describedby={`${id}-hint`}
        data-testid={testId}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="decision-capture__hint">
        {hint}
      </p>
    </div>
  );
}
