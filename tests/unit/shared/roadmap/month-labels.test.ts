import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/translator';
import { monthLabel, monthNameLabel, quarterLabel } from '../../../../shared/roadmap/months';
import { phaseLabel } from '../../../../shared/roadmap/phases';
import { roadmapBounds } from '../../../../shared/roadmap/roadmap-rules';

const MONTHS = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`);

describe('month and quarter labels', () => {
  it('write English as they always did: "Mar 2027", "Q1 2027", and "Mar" on the axis', () => {
    const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    expect(MONTHS.map((m) => monthLabel(m))).toEqual(names.map((n) => `${n} 2027`));
    expect(MONTHS.map((m) => monthNameLabel(m, 'en'))).toEqual(names);
    expect(MONTHS.map((m) => monthNameLabel(m, 'en', 'narrow')).join('')).toBe('JFMAMJJASOND');
    expect(quarterLabel('2027-12')).toBe('Q4 2027');
  });

  it('write German and Vietnamese months and quarters in their own words', () => {
    expect(monthLabel('2027-03', 'de')).toBe('März 2027');
    expect(quarterLabel('2027-02', 'de')).toBe('1. Quartal 2027');
    expect(monthLabel('2027-03', 'vi')).toBe('thg 3 2027');
    expect(quarterLabel('2027-02', 'vi')).toBe('Quý 1 năm 2027');
    expect(monthNameLabel('2027-12', 'vi', 'narrow')).toBe('12');
  });

  it('group the horizon by quarter whatever the language, with the labels in it', () => {
    const meta = { meta: { horizonStart: '2027-02', horizonMonths: 12 } } as Parameters<typeof roadmapBounds>[0];
    const english = roadmapBounds(meta);
    const german = roadmapBounds(meta, 'de');
    expect(german.quarters.map((q) => [q.key, q.months])).toEqual(english.quarters.map((q) => [q.key, q.months]));
    expect(german.quarters[0]!.label).toBe('1. Quartal 2027');
    expect(german.months[1]!.label).toBe('März 2027');
  });

  it('leave a malformed month as it is rather than throw', () => {
    expect(monthLabel('2027-13')).toBe('2027-13');
  });
});

describe('phase labels', () => {
  it('name the phases in the language asked for', () => {
    expect(phaseLabel('standardise', translator('en'))).toBe('Standardise');
    expect(phaseLabel('standardise', translator('de'))).toBe('Standardisieren');
    expect(phaseLabel('scale', translator('vi'))).toBe('Mở rộng');
  });
});
