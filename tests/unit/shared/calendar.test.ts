import { afterEach, describe, expect, it } from 'vitest';
import { localDay, localMonth, monthAfter, monthOfDay } from '../../../shared/calendar';
import { addMonths, monthsBetween, quarterLabel } from '../../../shared/roadmap/months';

// Node reads TZ afresh whenever it is assigned, so one process can stand in several time zones.
const originalTz = process.env.TZ;
function inZone<T>(zone: string, run: () => T): T {
  process.env.TZ = zone;
  return run();
}
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('the local calendar of a moment', () => {
  it('gives the day and month where the reader is, not where UTC is', () => {
    // 10:30 UTC on 31 December 2027 is already 1 January 2028 in Kiritimati (UTC+14)…
    const moment = new Date('2027-12-31T10:30:00Z');
    expect(inZone('Pacific/Kiritimati', () => localDay(moment))).toBe('2028-01-01');
    expect(inZone('Pacific/Kiritimati', () => localMonth(moment))).toBe('2028-01');
    expect(inZone('Pacific/Kiritimati', () => monthAfter(moment))).toBe('2028-02');
    // …and still 30 December in Pago Pago (UTC−11).
    expect(inZone('Pacific/Pago_Pago', () => localDay(moment))).toBe('2027-12-30');
    expect(inZone('Pacific/Pago_Pago', () => monthAfter(moment))).toBe('2028-01');
  });

  it('holds at both ends of the day in the zones at both ends of the world', () => {
    const lastMinute = new Date('2028-02-29T09:59:00Z'); // 23:59 on 29 Feb in Kiritimati
    expect(inZone('Pacific/Kiritimati', () => localDay(lastMinute))).toBe('2028-02-29');
    expect(inZone('Pacific/Kiritimati', () => localDay(new Date('2028-02-29T10:00:00Z')))).toBe('2028-03-01');
    const firstMinute = new Date('2028-02-29T11:00:00Z'); // 00:00 on 29 Feb in Pago Pago
    expect(inZone('Pacific/Pago_Pago', () => localDay(firstMinute))).toBe('2028-02-29');
    expect(inZone('Pacific/Pago_Pago', () => localDay(new Date('2028-02-29T10:59:00Z')))).toBe('2028-02-28');
  });

  it('reads a leap day and the evening of a year end as they are', () => {
    expect(inZone('Europe/Berlin', () => localDay(new Date(2028, 1, 29, 12)))).toBe('2028-02-29');
    expect(inZone('Europe/Berlin', () => monthAfter(new Date(2028, 1, 29, 12)))).toBe('2028-03');
    expect(inZone('Europe/Berlin', () => monthAfter(new Date(2027, 11, 31, 23, 30)))).toBe('2028-01');
    expect(monthOfDay('2028-02-29')).toBe('2028-02');
  });
});

describe('month arithmetic', () => {
  it('crosses year ends both ways', () => {
    expect(addMonths('2027-12', 1)).toBe('2028-01');
    expect(addMonths('2028-01', -1)).toBe('2027-12');
    expect(addMonths('2027-11', 14)).toBe('2029-01');
    expect(addMonths('2028-02', -26)).toBe('2025-12');
    expect(monthsBetween('2027-12', '2028-02')).toBe(2);
    expect(monthsBetween('2028-02', '2027-12')).toBe(-2);
  });

  it('puts the months of a year end and a leap February in their quarters', () => {
    expect(quarterLabel('2027-12')).toBe('Q4 2027');
    expect(quarterLabel('2028-01')).toBe('Q1 2028');
    expect(quarterLabel('2028-02')).toBe('Q1 2028');
    expect(quarterLabel('2028-04')).toBe('Q2 2028');
  });
});
