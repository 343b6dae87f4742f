// The calendar file (.ics) of a seminar: one event per session, in UTC with stable ids, so that importing the
// file again into a calendar updates the events instead of duplicating them.
import { and, asc, eq, sql } from 'drizzle-orm';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { DbOrTx } from '../../db/client.js';
import {
  outbox,
  registrations,
  seminarSessions,
  seminars,
  type Seminar,
  type SeminarSession,
} from '../../db/schema.js';

type CalendarSeminar = Pick<Seminar, 'id' | 'title' | 'summary' | 'location' | 'onlineUrl' | 'format'>;
type CalendarSession = Pick<SeminarSession, 'startsAt' | 'endsAt' | 'location'>;

/** The .ics text for the seminar's sessions (sorted by start). */
export function calendarFor(seminar: CalendarSeminar, sessions: CalendarSession[], now: Date): string {
  const cal = ical({
    name: seminar.title,
    prodId: { company: 'Seminar-Lotse', product: 'seminar-lotse', language: 'DE' },
  });
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

export const CALENDAR_TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

/**
 * The calendar file behind a reminder's link: the token (random, in the reminder's payload) names the registration;
 * only a registration that still holds a seat of a published seminar gets a file. Null otherwise.
 */
export async function calendarByToken(
  db: DbOrTx,
  token: string,
  now: Date,
): Promise<{ filename: string; ics: string } | null> {
  if (!CALENDAR_TOKEN.test(token)) return null;
  const [hit] = await db
    .select({ registrationId: sql<number>`(${outbox.payload}->>'registrationId')::int` })
    .from(outbox)
    .where(and(eq(outbox.kind, 'reminder'), sql`${outbox.payload}->>'calendarToken' = ${token}`))
    .limit(1);
  if (!hit) return null;
  const [reg] = await db
    .select({ status: registrations.status, seminarId: registrations.seminarId })
    .from(registrations)
    .where(eq(registrations.id, Number(hit.registrationId)));
  if (reg?.status !== 'confirmed') return null;
  const [seminar] = await db.select().from(seminars).where(eq(seminars.id, reg.seminarId));
  if (!seminar || seminar.status !== 'published') return null;
  const sessions = await db
    .select()
    .from(seminarSessions)
    .where(eq(seminarSessions.seminarId, seminar.id))
    .orderBy(asc(seminarSessions.startsAt));
  if (!sessions.length) return null;
  return { filename: `${seminar.id.replace(/[^A-Za-z0-9_-]/g, '_')}.ics`, ics: calendarFor(seminar, sessions, now) };
}
