// The guides' proactive messages, rendered at send time from the outbox: the alert on a new seminar (kind
// 'guide.alert'), a colleague's copy of a broadcast ('broadcast') and the guide's delivery report
// ('broadcast.report'). Each reads the seminar as it is now; one that can no longer be booked is not sent.
import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { municipalities, seminars, type Seminar } from '../../db/schema.js';
import { BROADCAST_KIND, BROADCAST_REPORT_KIND, broadcastReport, type BroadcastReport } from '../domain/broadcasts.js';
import { GUIDE_ALERT_KIND } from '../domain/guide-alerts.js';
import { loadSeminarViews } from '../domain/seminar-views.js';
import type { RendererRegistry } from '../delivery/renderers.js';
import { formatDateTime } from '../i18n/format.js';
import { translator, type Locale, type Translator } from '../i18n/index.js';
import { cardMessage, renderCard, type AdaptiveCardJson, LINE_BREAK } from './cards.js';
import type { BotDeps } from './deps.js';
import { placeOf, sessionLines } from './seminar-card.js';
import { seminarCardFor } from './seminar-state.js';
import { VERBS } from './verbs.js';

const alertPayload = z.object({ seminarId: z.string(), municipalityIds: z.array(z.string()) });
const broadcastPayload = z.object({
  broadcastId: z.number().int(),
  seminarId: z.string(),
  guideName: z.string().nullable(),
  note: z.string().nullable(),
});
const reportPayload = z.object({ broadcastId: z.number().int() });

export async function municipalityNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.select().from(municipalities).where(inArray(municipalities.id, ids));
  return new Map(rows.map((m) => [m.id, m.name]));
}

/** Dates, place, seats and deadline of a seminar, formatted for the reader (the seminar card's own helpers). */
export async function seminarFacts(
  db: DbOrTx,
  seminar: Seminar,
  t: Translator,
  locale: Locale,
  timeZone: string,
): Promise<{ label: string; value: string }[]> {
  const [view] = await loadSeminarViews(db, [seminar.id], null);
  if (!view) return [];
  const lines = sessionLines(view, { locale, timeZone });
  const { seats } = view;
  return [
    { label: lines.length > 1 ? t('guide.whenMany') : t('guide.when'), value: lines.join(LINE_BREAK) },
    { label: t('guide.where'), value: placeOf(view, t) },
    {
      label: t('guide.seats'),
      value:
        seats.seatsLeft > 0
          ? t('guide.seatsLeft', { left: seats.seatsLeft, capacity: seats.capacity })
          : t('guide.seatsNone', { capacity: seats.capacity }),
    },
    { label: t('guide.deadline'), value: formatDateTime(seminar.registrationDeadline, locale, timeZone) },
  ].filter((f) => f.value);
}

/** The alert card: what is new, the facts, and the two buttons. */
export async function guideAlertCard(
  db: DbOrTx,
  seminar: Seminar,
  municipalityIds: string[],
  t: Translator,
  locale: Locale,
  timeZone: string,
): Promise<AdaptiveCardJson> {
  const names = await municipalityNames(db, municipalityIds);
  return renderCard('guide-alert', {
    heading: t('guide.alert.title', { municipality: municipalityIds.map((m) => names.get(m) ?? m).join(', ') }),
    title: seminar.title,
    summary: seminar.summary ?? '',
    facts: await seminarFacts(db, seminar, t, locale, timeZone),
    intro: t('guide.alert.intro'),
    seminarId: seminar.id,
    shareTitle: t('guide.share'),
    shareVerb: VERBS.guideShare,
    detailsTitle: t('guide.details'),
    detailsVerb: VERBS.details,
  });
}

/** One or more broadcast reports as a card (the report message and "Status meiner Rundnachrichten"). */
export async function reportCard(
  db: DbOrTx,
  reports: BroadcastReport[],
  t: Translator,
  locale: Locale,
  timeZone: string,
  title: string,
): Promise<AdaptiveCardJson> {
  const names = await municipalityNames(db, [...new Set(reports.map((r) => r.broadcast.municipalityId))]);
  return renderCard('guide-report', {
    title,
    empty: reports.length ? '' : t('guide.status.none'),
    reports: reports.map((r) => ({
      heading: t('guide.report.line', {
        title: r.seminarTitle,
        municipality: names.get(r.broadcast.municipalityId) ?? r.broadcast.municipalityId,
        when: formatDateTime(r.broadcast.createdAt, locale, timeZone),
      }),
      facts: [
        { label: t('guide.report.total'), value: String(r.counts.total) },
        { label: t('guide.report.delivered'), value: String(r.counts.delivered) },
        { label: t('guide.report.unreachable'), value: String(r.counts.unreachable) },
        { label: t('guide.report.failed'), value: String(r.counts.failed) },
        ...(r.counts.pending ? [{ label: t('guide.report.pending'), value: String(r.counts.pending) }] : []),
      ],
    })),
  });
}

async function bookable(db: DbOrTx, seminarId: string, now: Date): Promise<Seminar | null> {
  const [seminar] = await db.select().from(seminars).where(eq(seminars.id, seminarId));
  if (!seminar || seminar.status !== 'published' || seminar.registrationDeadline.getTime() <= now.getTime())
    return null;
  return seminar;
}

export function guideRenderers(deps: BotDeps): RendererRegistry {
  return {
    [GUIDE_ALERT_KIND]: async ({ db, config, row, locale, now }) => {
      const p = alertPayload.parse(row.payload);
      const seminar = await bookable(db, p.seminarId, now);
      if (!seminar) return null;
      const t = translator(locale);
      const card = await guideAlertCard(db, seminar, p.municipalityIds, t, locale, config.DISPLAY_TIMEZONE);
      return cardMessage(card, t('guide.alert.summary', { title: seminar.title }));
    },
    [BROADCAST_KIND]: async ({ db, row, user, locale, now }) => {
      const p = broadcastPayload.parse(row.payload);
      if (!(await bookable(db, p.seminarId, now))) return null;
      const t = translator(locale);
      const { card, seminar } = await seminarCardFor(deps, p.seminarId, { user, locale, t });
      if (!seminar) return null;
      const intro = t('guide.broadcast.text', { guide: p.guideName ?? t('guide.broadcast.someone') });
      const activity = cardMessage(card, t('guide.broadcast.summary', { title: seminar.title }));
      activity.text = p.note ? `${intro}\n\n${t('guide.broadcast.note', { note: p.note })}` : intro;
      return activity;
    },
    [BROADCAST_REPORT_KIND]: async ({ db, config, row, locale }) => {
      const p = reportPayload.parse(row.payload);
      const report = await broadcastReport(db, p.broadcastId);
      if (!report) return null;
      const t = translator(locale);
      const card = await reportCard(db, [report], t, locale, config.DISPLAY_TIMEZONE, t('guide.report.title'));
      return cardMessage(
        card,
        t('guide.report.summary', { delivered: report.counts.delivered, total: report.counts.total }),
      );
    },
  };
}
