// Reminder, cancellation and change-notice cards: the renderers of the outbox kinds this capability produces. They
// run at send time and read the seminar as it is then; a reminder that no longer fits (registration cancelled,
// seminar cancelled, times changed since it was planned) renders to null and is dropped.
import { and, asc, eq, gt, inArray, lte } from 'drizzle-orm';
import {
  outbox,
  registrations,
  seminarSessions,
  seminars,
  type Seminar,
  type SeminarSession,
} from '../../db/schema.js';
import {
  SEMINAR_CANCELLED_KIND,
  SEMINAR_RESCHEDULED_KIND,
  type CancelledPayload,
  type RescheduledPayload,
} from '../domain/catalogue-effects.js';
import { REMINDER_KIND } from '../domain/reminders.js';
import { formatDateTime, formatDay, formatSpan, formatTime } from '../i18n/format.js';
import { translator, type Locale, type Translator } from '../i18n/index.js';
import type { OutboxRenderer, RenderContext, RendererRegistry } from '../delivery/renderers.js';
import { z } from 'zod';
import { cardMessage, renderCard } from './cards.js';
import type { BotDeps } from './deps.js';

/** The verb of the "Abmelden" button; the registration capability handles it. */
export const CANCEL_REGISTRATION_VERB = 'registration.cancel';

const reminderPayload = z.object({
  registrationId: z.number().int(),
  seminarId: z.string(),
  offsetMs: z.number(),
  startsAt: z.string(),
  calendarToken: z.string().optional(),
});
const cancelledPayload = z.object({ seminarId: z.string(), title: z.string() }) satisfies z.ZodType<CancelledPayload>;
const rescheduledPayload = z.object({
  seminarId: z.string(),
  title: z.string(),
  location: z.string().nullable(),
  sessions: z.array(z.object({ startsAt: z.string(), endsAt: z.string(), location: z.string().nullable() })).min(1),
}) satisfies z.ZodType<RescheduledPayload>;

type SessionLike = Pick<SeminarSession, 'startsAt' | 'endsAt' | 'location'>;
interface Fact {
  title: string;
  value: string;
}

async function loadSeminar(
  ctx: RenderContext,
  seminarId: string,
): Promise<{ seminar: Seminar; sessions: SeminarSession[] } | null> {
  const [seminar] = await ctx.db.select().from(seminars).where(eq(seminars.id, seminarId));
  if (!seminar) return null;
  const sessions = await ctx.db
    .select()
    .from(seminarSessions)
    .where(eq(seminarSessions.seminarId, seminarId))
    .orderBy(asc(seminarSessions.startsAt));
  return { seminar, sessions };
}

/** Dates, place and online room as facts; one line per session. */
export function sessionFacts(
  seminar: Pick<Seminar, 'location' | 'onlineUrl' | 'format'>,
  sessions: SessionLike[],
  t: Translator,
  locale: Locale,
  timeZone: string,
): Fact[] {
  const facts: Fact[] = sessions.map((s, i) => ({
    title: sessions.length > 1 ? t('notice.sessionN', { n: i + 1 }) : t('notice.session'),
    value:
      formatSpan(s.startsAt, s.endsAt, locale, timeZone) +
      (s.location && s.location !== seminar.location ? ` (${s.location})` : ''),
  }));
  if (seminar.location && seminar.format !== 'online')
    facts.push({ title: t('notice.place'), value: seminar.location });
  if (seminar.onlineUrl && seminar.format !== 'in_person')
    facts.push({ title: t('notice.online'), value: seminar.onlineUrl });
  return facts;
}

/** "morgen", "in 7 Tagen", "heute": calendar days between now and the start in the display zone. */
export function relativeDay(start: Date, now: Date, t: Translator, timeZone: string): string {
  const dayNumber = (d: Date) => {
    const [y, m, day] = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .format(d)
      .split('-')
      .map(Number);
    return Date.UTC(y, m - 1, day) / 86_400_000;
  };
  const days = dayNumber(start) - dayNumber(now);
  if (days <= 0)
    return start.getTime() - now.getTime() <= 3_600_000 ? t('reminder.when.now') : t('reminder.when.today');
  if (days === 1) return t('reminder.when.tomorrow');
  return t('reminder.when.days', { n: days });
}

const renderReminder: OutboxRenderer = async (ctx) => {
  const payload = reminderPayload.parse(ctx.row.payload);
  const [registration] = await ctx.db.select().from(registrations).where(eq(registrations.id, payload.registrationId));
  if (registration?.status !== 'confirmed') return null;
  const found = await loadSeminar(ctx, payload.seminarId);
  if (!found || found.seminar.status !== 'published' || !found.sessions.length) return null;
  const { seminar, sessions } = found;
  const start = sessions[0].startsAt;
  // Planned for another start: the re-planned reminder is the one to send.
  if (start.toISOString() !== new Date(payload.startsAt).toISOString()) return null;
  // Late (no bot ran at its time) and a closer reminder of the same registration is due too (or already went out):
  // send only that one.
  const [closer] = await ctx.db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.kind, REMINDER_KIND),
        inArray(outbox.status, ['pending', 'sent']),
        eq(outbox.userId, ctx.row.userId),
        eq(outbox.seminarId, payload.seminarId),
        gt(outbox.dueAt, ctx.row.dueAt),
        lte(outbox.dueAt, ctx.now),
      ),
    )
    .limit(1);
  if (closer) return null;
  const t = translator(ctx.locale);
  const tz = ctx.config.DISPLAY_TIMEZONE;
  const card = renderCard('reminder', {
    heading: t('reminder.heading', { title: seminar.title }),
    text: t('reminder.text', {
      title: seminar.title,
      when: relativeDay(start, ctx.now, t, tz),
      day: formatDay(start, ctx.locale, tz),
      time: formatTime(start, ctx.locale, tz),
    }),
    facts: sessionFacts(seminar, sessions, t, ctx.locale, tz),
    hint: t('reminder.cancelHint'),
    onlineUrl: seminar.format !== 'in_person' && seminar.onlineUrl ? seminar.onlineUrl : '',
    onlineLabel: t('notice.openOnline'),
    cancelLabel: t('notice.cancelRegistration'),
    cancelVerb: CANCEL_REGISTRATION_VERB,
    seminarId: seminar.id,
    // Teams does not take file attachments from a bot without the file-consent flow: the file is a link instead.
    calendarUrl:
      ctx.config.PUBLIC_URL && payload.calendarToken
        ? `${ctx.config.PUBLIC_URL}/calendar/${payload.calendarToken}.ics`
        : '',
    calendarLabel: t('notice.addToCalendar'),
  });
  return cardMessage(
    card,
    t('reminder.summary', { title: seminar.title, date: formatDateTime(start, ctx.locale, tz) }),
  );
};

const renderCancelled: OutboxRenderer = async (ctx) => {
  const payload = cancelledPayload.parse(ctx.row.payload);
  const found = await loadSeminar(ctx, payload.seminarId);
  // Published again before the notice went out: nothing to say any more.
  if (found && found.seminar.status !== 'cancelled') return null;
  const t = translator(ctx.locale);
  const tz = ctx.config.DISPLAY_TIMEZONE;
  const first = found?.sessions[0];
  const title = found?.seminar.title ?? payload.title;
  const card = renderCard('notice', {
    heading: t('cancelled.heading', { title }),
    text: t('cancelled.text', { title, date: first ? formatDay(first.startsAt, ctx.locale, tz) : '' }),
    facts: [],
    onlineUrl: '',
    onlineLabel: '',
  });
  return cardMessage(card, t('cancelled.summary', { title }));
};

const renderRescheduled: OutboxRenderer = async (ctx) => {
  const payload = rescheduledPayload.parse(ctx.row.payload);
  const found = await loadSeminar(ctx, payload.seminarId);
  if (!found || found.seminar.status !== 'published') return null;
  // Only those who still hold a seat need the new dates.
  const [registration] = await ctx.db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(
        eq(registrations.seminarId, payload.seminarId),
        eq(registrations.userId, ctx.row.userId),
        eq(registrations.status, 'confirmed'),
      ),
    );
  if (!registration) return null;
  const t = translator(ctx.locale);
  const tz = ctx.config.DISPLAY_TIMEZONE;
  const sessions = payload.sessions.map((s) => ({
    startsAt: new Date(s.startsAt),
    endsAt: new Date(s.endsAt),
    location: s.location,
  }));
  const seminar = { ...found.seminar, location: payload.location };
  const card = renderCard('notice', {
    heading: t('rescheduled.heading', { title: seminar.title }),
    text: t('rescheduled.text', { title: seminar.title }),
    facts: sessionFacts(seminar, sessions, t, ctx.locale, tz),
    onlineUrl: seminar.format !== 'in_person' && seminar.onlineUrl ? seminar.onlineUrl : '',
    onlineLabel: t('notice.openOnline'),
  });
  return cardMessage(
    card,
    t('rescheduled.summary', { title: seminar.title, date: formatDateTime(sessions[0].startsAt, ctx.locale, tz) }),
  );
};

export function noticeRenderers(_deps: BotDeps): RendererRegistry {
  return {
    [REMINDER_KIND]: renderReminder,
    [SEMINAR_CANCELLED_KIND]: renderCancelled,
    [SEMINAR_RESCHEDULED_KIND]: renderRescheduled,
  };
}
