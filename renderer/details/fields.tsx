import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n/use-t';

/* Form fields of the detail panel. Each edit applies at once (and is undoable); typing coalesces. */

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
  maxLength?: number;
}

export function TextField({ label, value, onChange, multiline = false, placeholder, hint, maxLength = multiline ? 5000 : 200 }: TextFieldProps) {
  const id = useId();
  return (
    <div className="detail-field">
      <label htmlFor={id} className="detail-field__label">
        {label}
      </label>
      {multiline ? (
        <textarea id={id} className="detail-field__input" rows={3} value={value} placeholder={placeholder} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} className="detail-field__input" value={value} placeholder={placeholder} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && <p className="detail-field__hint">{hint}</p>}
    </div>
  );
}

const parseNumber = (text: string): number | null | undefined => {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
};

/** A number that may be missing (empty): the draft is kept while it is not yet a number ("1."). */
export function NumberField({ label, value, onChange }: { label: string; value: number | null; onChange: (value: number | null) => void }) {
  const id = useId();
  const t = useT();
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  const invalid = parseNumber(draft) === undefined;
  useEffect(() => {
    // Undo or another view changed the value: show it, unless the draft already means it.
    setDraft((current) => (parseNumber(current) === value ? current : value === null ? '' : String(value)));
  }, [value]);
  return (
    <div className="detail-field detail-field--number">
      <label htmlFor={id} className="detail-field__label">
        {label}
      </label>
      <input
        id={id}
        className="detail-field__input"
        inputMode="decimal"
        value={draft}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          const parsed = parseNumber(e.target.value);
          if (parsed !== undefined) onChange(parsed);
        }}
        onBlur={() => setDraft(value === null ? '' : String(value))}
      />
      {invalid && <p className="detail-field__error">{t('details.number.invalid')}</p>}
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  labels,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="detail-field">
      <label htmlFor={id} className="detail-field__label">
        {label}
      </label>
      {/* A narrow panel cuts a long choice short: hovering shows it whole. */}
      <select id={id} className="detail-field__input" value={value} title={labels[value]} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {labels[o]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A row of radio buttons drawn as a segmented control; the chosen one is marked by text weight and a tick, not colour alone. */
export function ChoiceField<T extends string | number>({
  label,
  value,
  options,
  labelOf,
  onChange,
  hint,
}: {
  label: string;
  value: T;
  options: readonly T[];
  labelOf: (option: T) => string;
  onChange: (value: T) => void;
  hint?: string;
}) {
  const name = useId();
  return (
    <fieldset className="detail-field detail-choice">
      <legend className="detail-field__label">{label}</legend>
      <div className="detail-choice__options">
        {options.map((o) => (
          <label key={String(o)} className="detail-choice__option" data-checked={o === value || undefined}>
            <input type="radio" name={name} checked={o === value} onChange={() => onChange(o)} />
            <span>
              {o === value && <span aria-hidden="true">✓ </span>}
              {labelOf(o)}
            </span>
          </label>
        ))}
      </div>
      {hint && <p className="detail-field__hint">{hint}</p>}
    </fieldset>
  );
}
