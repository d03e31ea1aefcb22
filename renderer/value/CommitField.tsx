import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/*
 * A field whose text is read only when it is left or Enter is pressed, as money and counts are: a
 * half-typed "1.2" is never an amount. What cannot be read stays in the field, with the reason
 * under it, and nothing is committed; Escape puts back the value the plan holds.
 */

export type FieldParse<T> = { ok: true; value: T | null } | { ok: false; message: string };

export interface CommitFieldProps<T> {
  label: string;
  /** Keep the label for assistive technology only (a grid whose row and column say it). */
  hideLabel?: boolean;
  value: T | null;
  format: (value: T) => string;
  parse: (text: string) => FieldParse<T>;
  onCommit: (value: T | null) => void;
  placeholder?: string;
  hint?: string;
  /** A unit after the field ("days", "%", "EUR"). */
  suffix?: string;
  inputMode?: 'decimal' | 'numeric';
  className?: string;
  testId?: string;
}

export function CommitField<T>({ label, hideLabel = false, value, format, parse, onCommit, placeholder, hint, suffix, inputMode = 'decimal', className, testId }: CommitFieldProps<T>) {
  const id = useId();
  const shown = value === null ? '' : format(value);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef(error);
  errorRef.current = error;
  useEffect(() => {
    // Undo or another view changed the value: show it, unless a refused draft is waiting to be mended.
    if (errorRef.current === null) setDraft(shown);
  }, [shown]);

  const read = () => {
    const result = parse(draft);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    const next = result.value;
    setDraft(next === null ? '' : format(next));
    if (next === null ? value !== null : value === null || format(next) !== format(value)) onCommit(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      read();
    } else if (event.key === 'Escape' && (draft !== shown || error !== null)) {
      // Only a field with something to undo swallows Escape; otherwise it closes the panel as usual.
      event.stopPropagation();
      setDraft(shown);
      setError(null);
    }
  };

  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`detail-field commit-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'detail-field__label'}>
        {label}
      </label>
      <div className="commit-field__box">
        <input
          id={id}
          className="detail-field__input commit-field__input"
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          value={draft}
          placeholder={placeholder}
          aria-invalid={error !== null || undefined}
          aria-describedby={describedBy}
          data-testid={testId}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={read}
          onKeyDown={onKeyDown}
        />
        {suffix && (
          <span className="commit-field__suffix" aria-hidden="true">
            {suffix}
          </span>
        )}
      </div>
      {error !== null && (
        <p id={`${id}-error`} className="detail-field__error" role="alert">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="detail-field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
