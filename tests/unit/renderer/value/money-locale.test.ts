import { describe, expect, it } from 'vitest';
import { currencyForLocale, moneyFormat } from '../../../../renderer/value/money-locale';
import { blankPlan, examplePlan } from '../../../../shared/templates/templates';

describe('the currency a new blank plan starts in', () => {
  it('follows the OS region for the common ones', () => {
    expect(currencyForLocale('en-US')).toBe('USD');
    expect(currencyForLocale('en-GB')).toBe('GBP');
    expect(currencyForLocale('de-CH')).toBe('CHF');
    expect(currencyForLocale('vi-VN')).toBe('VND');
    expect(currencyForLocale('de-DE')).toBe('EUR');
  });

  it('takes the likely region of a bare language, and EUR when nothing fits', () => {
    expect(currencyForLocale('vi')).toBe('VND');
    expect(currencyForLocale('de')).toBe('EUR');
    expect(currencyForLocale('not a locale!')).toBe('EUR');
  });

  it('is what a blank plan is created with, while the example stays in EUR', () => {
    const options = { now: '2026-11-24T10:00:00.000Z', newId: () => 'x', startMonth: '2026-12', currency: 'GBP' };
    expect(blankPlan(options).finance.currency).toBe('GBP');
    expect(blankPlan({ ...options, currency: 'XYZ' }).finance.currency).toBe('EUR');
    let n = 0;
    expect(examplePlan({ ...options, newId: () => `id${n++}` }).finance.currency).toBe('EUR');
  });
});

describe('money in the OS locale', () => {
  it('writes amounts in the given locale, "not estimated" for null and a range only when it is one', () => {
    const money = moneyFormat('EUR', 'de-DE');
    expect(money.whole(1_250_00)).toMatch(/^1\.250\s€$/);
    expect(money.exact(null)).toBe('not estimated');
    expect(money.range({ low: 100_00, mid: 100_00, high: 100_00 })).toMatch(/^100\s€$/);
    expect(money.range({ low: 100_00, mid: 150_00, high: 200_00 })).toMatch(/^100\s€ – 200\s€$/);
  });
});
