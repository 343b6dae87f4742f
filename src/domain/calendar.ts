// The calendar file (.ics) of a seminar: one event per session, in UTC with stable ids, so that importing the
// file again into a calendar updates the events instead of duplicating them.
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Seminar, SeminarSession } from '../../db/schema.js';

type CalendarSeminar = Pick<Seminar, 'id' | 'title' | 'summary' | 'location' | 'onlineUrl' | 'format'>;
type CalendarSession = Pick<SeminarSession, 'startsAt' | 'endsAt' | 'location'>;

/** The .ics text for the seminar's sessions (sorted by start). */
export function calendarFor(seminar: CalendarSeminar, sessions: CalendarSession[], now: Date): string {
  const cal = ical({ name: seminar.title, prodId: { company: 'Seminar-Lotse', product: 'seminar-lotse', language: 'DE' } });
  cal.method(ICalCalendarMethod.PUBLISH);
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  sorted.forEach((s, i) => {
    const place = s.location ?? seminar.location ?? (seminar.format === 'online' ? seminar.onlineUrl : null);
    cal.createEvent({
      id: `${seminar.id}-${i + 1}@seminar-lotse`,
      start: s.startsAt,
      end: s.endsAt,
      stamp: now,
      summary: sorted.length > 1 ? `${seminar.title} (${i + 1}/${sorted.length})` : seminar.title,
      description: [seminar.summary, seminar.onlineUrl].filter(Boolean).join('\n') || undefined,
      location: place ?? undefined,
      url: seminar.onlineUrl ?? undefined,
    });
  });
  return cal.toString();
}
