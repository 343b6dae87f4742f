// One click on a card: register (or join the waitlist), cancel with a confirmation step, refresh seat counts.
// Buttons are Action.Execute, so the card the user clicked is replaced by the new state. The card data only names
// the seminar; who registers is always the sender of the activity.
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { municipalities } from '../../db/schema.js';
import {
  cancelRegistration,
  registerForSeminar,
  RegistrationRefused,
  type RegisterOutcome,
} from '../domain/registration.js';
import { formatDateTime, formatDay } from '../i18n/format.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import { renderCard, type AdaptiveCardJson } from './cards.js';
import type { BotDeps } from './deps.js';
import { myRegistrationsCard } from './my-registrations.js';
import { profileCard } from './profile.js';
import type { StatusStyle } from './seminar-card.js';
import { listCardFor, seminarCardFor } from './seminar-state.js';
import { turnUser, type TurnUser } from './turn.js';
import { VERBS } from './verbs.js';

const seminarId = z.string().trim().min(1).max(64);
/** `page`: the ids of the search result list the button was in, so that the list comes back in its new state. */
const seminarRef = z.object({ seminarId, page: z.array(seminarId).max(20).optional() });
const cancelData = seminarRef.extend({
  confirm: z.boolean().optional(),
  from: z.enum(['card', 'list', '']).optional(),
});

type Banner = { text: string; style: StatusStyle };

/** Puts a status line (confirmation, refusal) at the top of a card, on a tinted background that stays readable. */
export function withBanner(card: AdaptiveCardJson, banner?: Banner): AdaptiveCardJson {
  if (!banner) return card;
  const block = {
    type: 'Container',
    style: banner.style,
    items: [{ type: 'TextBlock', text: banner.text, wrap: true, weight: 'Bolder' }],
  };
  return { ...card, body: [block, ...(card.body ?? [])] };
}

/** "7 Tage und 1 Tag" from the reminder offsets. */
export function describeOffsets(offsetsMs: number[], t: Translator): string {
  const units: [number, string][] = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'm'],
    [1000, 's'],
  ];
  const parts = offsetsMs.map((ms) => {
    const [size, u] = units.find(([size]) => ms % size === 0) ?? [1000, 's'];
    const n = Math.round(ms / size);
    return t(`reg.unit.${n === 1 ? u : u + u}` as MessageKey, { n });
  });
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${t('reg.and')} ${parts.at(-1)}`;
}

async function municipalityName(deps: BotDeps, id: string | null): Promise<string> {
  if (!id) return '';
  const [m] = await deps.db.select().from(municipalities).where(eq(municipalities.id, id));
  return m?.name ?? id;
}

async function refusalText(deps: BotDeps, e: RegistrationRefused, tu: TurnUser): Promise<string> {
  const title = e.seminar?.title ?? '';
  const deadline = e.seminar
    ? formatDateTime(e.seminar.registrationDeadline, tu.locale, deps.config.DISPLAY_TIMEZONE)
    : '';
  const municipality = await municipalityName(deps, tu.user.municipalityId);
  return tu.t(`reg.refused.${e.reason}` as MessageKey, { title, deadline, municipality });
}

function outcomeText(deps: BotDeps, o: RegisterOutcome, firstStart: Date | null, tu: TurnUser): Banner {
  const { t } = tu;
  const title = o.seminar.title;
  if (o.status === 'waitlisted') {
    return o.already
      ? { text: t('reg.alreadyWaitlisted', { title, position: o.position }), style: 'warning' }
      : { text: t('reg.waitlisted', { title, position: o.position }), style: 'warning' };
  }
  if (o.already) return { text: t('reg.alreadyConfirmed', { title }), style: 'good' };
  const date = firstStart ? formatDateTime(firstStart, tu.locale, deps.config.DISPLAY_TIMEZONE) : '';
  const now = deps.clock.now().getTime();
  const upcoming = firstStart ? deps.config.REMINDER_OFFSETS.filter((ms) => firstStart.getTime() - ms > now) : [];
  return upcoming.length
    ? { text: t('reg.confirmed', { title, date, reminders: describeOffsets(upcoming, t) }), style: 'good' }
    : { text: t('reg.confirmedNoReminder', { title, date }), style: 'good' };
}

/** The card to show after a click: the result list the button was in, or else the seminar's own card. */
async function cardAfter(deps: BotDeps, tu: TurnUser, seminarId: string, page?: string[]): Promise<AdaptiveCardJson> {
  return page?.length ? listCardFor(deps, page, tu) : (await seminarCardFor(deps, seminarId, tu)).card;
}

/** Registers the sender and returns the card in its new state (or the profile card when it is missing). */
export async function registerAndShow(
  context: TurnContext,
  deps: BotDeps,
  seminarId: string,
  page?: string[],
): Promise<AdaptiveCardJson | string> {
  const tu = turnUser(context);
  const rules = { now: deps.clock.now(), reminderOffsetsMs: deps.config.REMINDER_OFFSETS };
  try {
    const outcome = await registerForSeminar(deps.db, tu.user.aadObjectId, seminarId, rules);
    const { firstStart } = await seminarCardFor(deps, seminarId, tu);
    deps.logger.info(
      { seminarId, user: tu.user.aadObjectId, status: outcome.status, already: outcome.already },
      'registration',
    );
    return withBanner(await cardAfter(deps, tu, seminarId, page), outcomeText(deps, outcome, firstStart, tu));
  } catch (e) {
    if (!(e instanceof RegistrationRefused)) throw e;
    if (e.reason === 'profileMissing') return profileCard(deps, tu.user, tu.t, { seminarId, page });
    const text = await refusalText(deps, e, tu);
    if (e.reason === 'notFound') return text;
    return withBanner(await cardAfter(deps, tu, seminarId, page), { text, style: 'attention' });
  }
}

/** The cancel button: first a confirmation card, then (confirm: true) the cancellation and the new state. */
export async function cancelAndShow(
  context: TurnContext,
  deps: BotDeps,
  data: z.infer<typeof cancelData>,
): Promise<AdaptiveCardJson | string> {
  const tu = turnUser(context);
  const { t } = tu;
  const fromList = data.from === 'list';
  const { card, seminar, firstStart, seats } = await seminarCardFor(deps, data.seminarId, tu);
  if (!seminar) return t('reg.refused.notFound');
  if (!data.confirm) {
    if (seats.myStatus === 'none')
      return withBanner(card, { text: t('reg.notRegistered', { title: seminar.title }), style: 'default' });
    const date = firstStart ? formatDay(firstStart, tu.locale, deps.config.DISPLAY_TIMEZONE) : '';
    return renderCard('confirm-cancel', {
      title: t('reg.cancelConfirm.title'),
      text:
        seats.myStatus === 'waitlisted'
          ? t('reg.cancelConfirm.textWaitlist', { title: seminar.title, position: seats.myPosition ?? 0 })
          : t('reg.cancelConfirm.text', { title: seminar.title, date }),
      yes: t('reg.cancelConfirm.yes'),
      no: t('reg.cancelConfirm.no'),
      cancelVerb: VERBS.cancel,
      backVerb: VERBS.refresh,
      seminarId: seminar.id,
      from: fromList ? 'list' : 'card',
      page: data.page ?? [],
    });
  }
  const rules = { now: deps.clock.now(), reminderOffsetsMs: deps.config.REMINDER_OFFSETS };
  const outcome = await cancelRegistration(deps.db, tu.user.aadObjectId, data.seminarId, rules);
  deps.logger.info(
    { seminarId: data.seminarId, user: tu.user.aadObjectId, promoted: outcome.promoted.length },
    'cancellation',
  );
  const text = !outcome.cancelled
    ? t('reg.notRegistered', { title: seminar.title })
    : outcome.cancelled.status === 'waitlisted'
      ? t('reg.cancelledWaitlist', { title: seminar.title })
      : t('reg.cancelled', { title: seminar.title });
  if (fromList) return myRegistrationsCard(deps, tu.user.aadObjectId, tu.locale, t, text);
  return withBanner(await cardAfter(deps, tu, data.seminarId, data.page), { text, style: 'default' });
}

/**
 * A card with a `refresh` makes Teams AI replace the clicked message for everyone (an update of the message the
 * action came from). Without the id of that message there is nothing to update: answer with the card alone.
 */
export function forInvoke(context: TurnContext, result: AdaptiveCardJson | string): AdaptiveCardJson | string {
  if (typeof result === 'string' || context.activity.replyToId || !('refresh' in result)) return result;
  const { refresh: _refresh, ...card } = result;
  return card as AdaptiveCardJson;
}

export function registerRegistration(app: Application<TurnState>, deps: BotDeps): void {
  app.adaptiveCards.actionExecute<unknown>(VERBS.register, async (context, _state, data) => {
    const parsed = seminarRef.safeParse(data);
    if (!parsed.success) return turnUser(context).t('error.invalidInput');
    return forInvoke(context, await registerAndShow(context, deps, parsed.data.seminarId, parsed.data.page));
  });

  app.adaptiveCards.actionExecute<unknown>(VERBS.cancel, async (context, _state, data) => {
    const parsed = cancelData.safeParse(data);
    if (!parsed.success) return turnUser(context).t('error.invalidInput');
    return forInvoke(context, await cancelAndShow(context, deps, parsed.data));
  });

  // Refresh (Universal Actions) and "Zurück": the current state of the seminar, or of the list it came from.
  app.adaptiveCards.actionExecute<unknown>(VERBS.refresh, async (context, _state, data) => {
    const parsed = cancelData.safeParse(data);
    const tu = turnUser(context);
    if (!parsed.success) return tu.t('error.invalidInput');
    if (parsed.data.from === 'list') return myRegistrationsCard(deps, tu.user.aadObjectId, tu.locale, tu.t);
    if (parsed.data.page?.length) return listCardFor(deps, parsed.data.page, tu);
    const { card, seminar } = await seminarCardFor(deps, parsed.data.seminarId, tu);
    return seminar ? forInvoke(context, card) : tu.t('reg.refused.notFound');
  });
}
