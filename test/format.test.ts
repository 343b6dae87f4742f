import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatSpan } from '../src/i18n/format.js';

const TZ = 'Europe/Berlin';

describe('dates as Germans and English readers write them', () => {
  it('writes the German short weekday with a dot and the date in digits, in the display time zone', () => {
    expect(formatDateTime(new Date('2027-03-02T08:00:00Z'), 'de', TZ)).toBe('Di., 02.03.2027, 09:00 Uhr');
    expect(formatSpan(new Date('2027-03-02T08:00:00Z'), new Date('2027-03-02T15:00:00Z'), 'de', TZ)).toBe(
      'Di., 02.03.2027, 09:00–16:00 Uhr',
    );
  });

  it('writes every English month in three letters, September too (newer ICU writes "Sept" in en-GB)', () => {
    expect(formatDateTime(new Date('2027-03-02T08:00:00Z'), 'en', TZ)).toBe('Tue, 2 Mar 2027, 09:00');
    expect(formatDay(new Date('2028-09-18T08:00:00Z'), 'en', TZ)).toBe('Mon, 18 Sep 2028');
  });
});
