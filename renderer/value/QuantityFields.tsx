import { useCallback } from 'react';
import { EFFORT_DAYS_MAX } from '../../shared/schema/value-schema';
import { useT } from '../i18n/use-t';
import { CommitField, type FieldParse } from './CommitField';

/** A plain count typed with "." or "," as decimal point; grouping is not expected in days or percent. */
function readNumber(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^-?\d*\.?\d*$/.test(trimmed) || trimmed === '.' || trimmed === '-') return undefined;
  return Number(trimmed);
}

const formatDays = (days: number) => String(days);

/** Person days of internal effort; empty: not estimated; halves and quarters allowed. */
export function DaysField({ label, hideLabel, value, onCommit, testId }: { label: string; hideLabel?: boolean; value: number | null; onCommit: (days: number | null) => void; testId?: string }) {
  const t = useT();
  const parse = useCallback(
    (text: string): FieldParse<number> => {
      const n = readNumber(text);
      if (n === undefined) return { ok: false, message: t('valueUi.days.notANumber') };
      if (n === null) return { ok: true, value: null };
      if (n < 0) return { ok: false, message: t('valueUi.days.negative') };
      if (n > EFFORT_DAYS_MAX) return { ok: false, message: t('valueUi.days.tooLarge', { max: EFFORT_DAYS_MAX }) };
      return { ok: true, value: Math.round(n * 100) / 100 };
    },
    [t],
  );
  return <CommitField label={label} hideLabel={hideLabel} value={value} format={formatDays} parse={parse} onCommit={onCommit} suffix={hideLabel ? undefined : t('valueUi.days.unit')} testId={testId} className="commit-field--days" />;
}

/** A whole percentage 0–100 that cannot be left empty. */
export function PercentField({ label, value, onCommit, hint, testId }: { label: string; value: number; onCommit: (percent: number) => void; hint?: string; testId?: string }) {
  const t = useT();
  const parse = useCallback(
    (text: string): FieldParse<number> => {
      const n = readNumber(text);
      if (n === undefined || n === null || !Number.isInteger(n) || n < 0 || n > 100) return { ok: false, message: t('valueUi.percent.invalid') };
      return { ok: true, value: n };
    },
    [t],
  );
  return (
    <CommitField
      label={label}
      value={value}
      format={formatDays}
      parse={parse}
      onCommit={(v) => v !== null && onCommit(v)}
      suffix="%"
      inputMode="numeric"
      hint={hint}
      testId={testId}
      className="commit-field--percent"
    />
  );
}
