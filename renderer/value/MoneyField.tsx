import { useCallback } from 'react';
import { MONEY_MAX } from '../../shared/schema/value-schema';
import { minorDigits, minorToInput, parseMoney } from '../../shared/value/money';
import { useT } from '../i18n/use-t';
import { CommitField, type FieldParse } from './CommitField';
import { useMoney } from './money-locale';

interface MoneyFieldProps {
  label: string;
  hideLabel?: boolean;
  /** Minor units (cents); null: not estimated, an empty field. */
  value: number | null;
  onCommit: (minor: number | null) => void;
  /** Empty is refused rather than read as "not estimated" (a direct benefit is an amount). */
  required?: boolean;
  placeholder?: string;
  hint?: string;
  testId?: string;
  /** The currency after the field; a grid whose column heading names it leaves it out. */
  showCurrency?: boolean;
}

/**
 * An amount of the plan's currency, typed as the person writes it ("1250", "1,250.50", "1.250,50")
 * and read on leaving the field or Enter. Empty means not estimated.
 */
export function MoneyField({ label, hideLabel, value, onCommit, required = false, placeholder, hint, testId, showCurrency = true }: MoneyFieldProps) {
  const t = useT();
  const money = useMoney();
  const { currency } = money;
  const format = useCallback((minor: number) => minorToInput(minor, currency), [currency]);
  const parse = useCallback(
    (text: string): FieldParse<number> => {
      const result = parseMoney(text, currency);
      if (result.ok) return result.minor === null && required ? { ok: false, message: t('valueUi.money.required') } : { ok: true, value: result.minor };
      switch (result.reason) {
        case 'negative':
          return { ok: false, message: t('valueUi.money.negative') };
        case 'too-many-decimals':
          return { ok: false, message: t('valueUi.money.decimals', { digits: minorDigits(currency), currency }) };
        case 'too-large':
          return { ok: false, message: t('valueUi.money.tooLarge', { max: money.exact(MONEY_MAX) }) };
        default:
          return { ok: false, message: t('valueUi.money.notANumber') };
      }
    },
    [currency, required, t, money],
  );
  return (
    <CommitField
      label={label}
      hideLabel={hideLabel}
      value={value}
      format={format}
      parse={parse}
      onCommit={onCommit}
      placeholder={placeholder}
      hint={hint}
      suffix={showCurrency ? currency : undefined}
      testId={testId}
      className="commit-field--money"
    />
  );
}
