import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, isCurrencyCode } from '../../../../shared/value/currencies';
import { formatMoney, formatMoneyWhole, minorDigits, minorToInput, parseMoney } from '../../../../shared/value/money';
import { MONEY_MAX } from '../../../../shared/schema/value-schema';

describe('currencies', () => {
  it('know the ISO 4217 codes and refuse the rest', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('VND')).toBe(true);
    expect(isCurrencyCode('EUX')).toBe(false);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(CURRENCY_CODES.length).toBeGreaterThan(140);
  });

  it('give each currency its minor unit', () => {
    expect([minorDigits('EUR'), minorDigits('JPY'), minorDigits('BHD')]).toEqual([2, 0, 3]);
  });
});

describe('parseMoney', () => {
  it('reads what people type, in either decimal convention, as whole minor units', () => {
    const eur = (text: string) => parseMoney(text, 'EUR');
    expect(eur('19.99')).toEqual({ ok: true, minor: 1999 });
    expect(eur('1,234.50')).toEqual({ ok: true, minor: 123450 });
    expect(eur('1.234,50')).toEqual({ ok: true, minor: 123450 });
    expect(eur('1 234,5')).toEqual({ ok: true, minor: 123450 });
    expect(eur('€ 12')).toEqual({ ok: true, minor: 1200 });
    expect(eur('1,234')).toEqual({ ok: true, minor: 123400 });
    expect(eur('')).toEqual({ ok: true, minor: null });
    expect(parseMoney('1,234', 'JPY')).toEqual({ ok: true, minor: 1234 });
  });

  it('refuses a negative amount, too many decimals, text and amounts past the limit, saying which', () => {
    expect(parseMoney('-5', 'EUR')).toEqual({ ok: false, reason: 'negative' });
    expect(parseMoney('1.999', 'EUR')).toEqual({ ok: true, minor: 199900 });
    expect(parseMoney('1.9999', 'EUR')).toEqual({ ok: false, reason: 'too-many-decimals' });
    expect(parseMoney('12.5', 'JPY')).toEqual({ ok: false, reason: 'too-many-decimals' });
    expect(parseMoney('abc', 'EUR')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseMoney('10000000001', 'EUR')).toEqual({ ok: false, reason: 'too-large' });
    expect(parseMoney('10000000000', 'EUR')).toEqual({ ok: true, minor: MONEY_MAX });
  });

  it('gives back every amount it showed for editing, to the minor unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MONEY_MAX }), fc.constantFrom('EUR', 'JPY', 'BHD', 'VND', 'USD'), (minor, currency) => {
        expect(parseMoney(minorToInput(minor, currency), currency)).toEqual({ ok: true, minor });
      }),
      { seed: 15, numRuns: 500 },
    );
  });
});

describe('formatMoney', () => {
  it('writes amounts as the locale writes them, from minor units', () => {
    expect(formatMoney(123456, 'EUR', 'en-GB')).toBe('€1,234.56');
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney(1234, 'JPY', 'en-US')).toBe('¥1,234');
    expect(formatMoneyWhole(2_880_000, 'EUR', 'en-GB')).toBe('€28,800');
    expect(formatMoney(2_880_000, 'EUR', 'en-GB', { compact: true })).toBe('€28.8k');
  });
});
