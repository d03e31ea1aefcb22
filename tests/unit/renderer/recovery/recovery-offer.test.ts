import { afterEach, describe, expect, it } from 'vitest';
import { formatChangedAt } from '../../../../renderer/recovery/recovery-offer';
import { setActiveLocale } from '../../../../shared/i18n/active-locale';

/* When a recovery copy was last changed, as the restore offer says it: in the app's language. */
describe('formatChangedAt', () => {
  afterEach(() => setActiveLocale('en'));

  const iso = '2027-01-14T15:04:00.000Z';
  const hasTime = (text: string) => expect(text).toMatch(/\d{2}:\d{2}|\d{1,2}:\d{2}/);

  it('writes the day in German with a German app, whatever the system speaks', () => {
    const text = formatChangedAt(iso, 'de', ['en-GB']);
    expect(text).toMatch(/Januar 2027/);
    expect(text).toMatch(/^(Mittwoch|Donnerstag|Freitag)/);
    hasTime(text);
  });

  it('takes the system’s variant of the app’s language: British English on an en-GB system, not American', () => {
    expect(formatChangedAt(iso, 'en', ['en-GB', 'de-DE'])).toMatch(/^Thursday,? 14 January 2027/);
    expect(formatChangedAt(iso, 'en', ['en-US'])).toMatch(/^Thursday, January 14, 2027/);
  });

  it('follows the active language by default, and says so in it when the time is unreadable', () => {
    setActiveLocale('vi');
    expect(formatChangedAt('not a time')).toBe('vào thời điểm không rõ');
    setActiveLocale('en');
    expect(formatChangedAt('not a time')).toBe('at an unknown time');
  });
});
