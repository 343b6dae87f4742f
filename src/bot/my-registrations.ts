// "Meine Anmeldungen": the user's confirmed and waitlisted seminars, next session first, each with "Abmelden".
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { myRegistrations } from '../domain/registration.js';
import { formatSpan } from '../i18n/format.js';
import type { Locale, Translator } from '../i18n/index.js';
import { cardMessage, renderCard, type AdaptiveCardJson } from './cards.js';
import type { BotDeps } from './deps.js';
import { turnUser } from './turn.js';
import { VERBS } from './verbs.js';

export const MY_REGISTRATIONS =
  /^\s*(meine\s+(anmeldungen|seminare|buchungen|kurse)|wo\s+bin\s+ich\s+angemeldet|my\s+(registrations|seminars|bookings|courses))\s*[.!?]*\s*$/i;

export async function myRegistrationsCard(
  deps: BotDeps,
  userId: string,
  locale: Locale,
  t: Translator,
  banner = '',
): Promise<AdaptiveCardJson> {
  const tz = deps.config.DISPLAY_TIMEZONE;
  const list = await myRegistrations(deps.db, userId, deps.clock.now());
  return renderCard('my-registrations', {
    title: t('my.title'),
    banner,
    empty: t('my.empty'),
    items: list.map(({ seminar, registration, firstStart, lastEnd }) => {
      const cancelled = seminar.status === 'cancelled';
      return {
        seminarId: seminar.id,
        title: seminar.title,
        when: formatSpan(firstStart, lastEnd, locale, tz),
        where: seminar.format === 'online' ? t('my.online') : (seminar.location ?? ''),
        status: cancelled
          ? t('my.cancelledSeminar')
          : registration.status === 'confirmed'
            ? t('my.confirmed')
            : t('my.waitlisted', { position: registration.waitlistPosition ?? 0 }),
        statusStyle: cancelled ? 'attention' : registration.status === 'confirmed' ? 'good' : 'warning',
        canCancel: !cancelled && firstStart.getTime() > deps.clock.now().getTime(),
        cancelTitle: t('my.cancel'),
        cancelVerb: VERBS.cancel,
      };
    }),
  });
}

export async function sendMyRegistrations(context: TurnContext, deps: BotDeps): Promise<void> {
  const { user, locale, t } = turnUser(context);
  await context.sendActivity(cardMessage(await myRegistrationsCard(deps, user.aadObjectId, locale, t)));
}

export function registerMyRegistrations(app: Application<TurnState>, deps: BotDeps): void {
  app.message(MY_REGISTRATIONS, async (context) => sendMyRegistrations(context, deps));
}
