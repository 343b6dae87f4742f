// The seminar card for the user of a turn (or of an outbox row), straight from the database.
import type { Seminar, User } from '../../db/schema.js';
import type { SeatSummary } from '../domain/seats.js';
import { loadSeminarViews } from '../domain/seminar-views.js';
import type { Locale, Translator } from '../i18n/index.js';
import type { AdaptiveCardJson } from './cards.js';
import type { BotDeps } from './deps.js';
import { seminarCard, type CardOptions } from './seminar-card.js';
import { seminarListCard } from './seminar-list-card.js';

/** How a card is written for this reader: language, zone, the clock, and their municipality for eligibility. */
export function cardOptions(deps: BotDeps, who: { user: User; locale: Locale; t: Translator }): CardOptions {
  return {
    locale: who.locale,
    t: who.t,
    timeZone: deps.config.DISPLAY_TIMEZONE,
    now: deps.clock.now(),
    municipalityId: who.user.municipalityId,
  };
}

export interface CardFor {
  card: AdaptiveCardJson;
  seminar: Seminar | null;
  firstStart: Date | null;
  seats: SeatSummary;
}

export async function seminarCardFor(
  deps: BotDeps,
  seminarId: string,
  who: { user: User; locale: Locale; t: Translator },
): Promise<CardFor> {
  const [view] = await loadSeminarViews(deps.db, [seminarId], who.user.aadObjectId);
  if (!view || view.seminar.status === 'draft') {
    const none: SeatSummary = {
      seminarId,
      capacity: 0,
      confirmed: 0,
      waitlisted: 0,
      seatsLeft: 0,
      myStatus: 'none',
      myPosition: null,
    };
    return { card: { type: 'AdaptiveCard', version: '1.5', body: [] }, seminar: null, firstStart: null, seats: none };
  }
  const card = seminarCard(view, cardOptions(deps, who));
  return { card, seminar: view.seminar, firstStart: view.sessions[0]?.startsAt ?? null, seats: view.seats };
}

/** A page of search results as a list card for this user (after a click in the list, the list in its new state). */
export async function listCardFor(
  deps: BotDeps,
  ids: string[],
  who: { user: User; locale: Locale; t: Translator },
): Promise<AdaptiveCardJson> {
  const views = (await loadSeminarViews(deps.db, ids, who.user.aadObjectId)).filter(
    (v) => v.seminar.status !== 'draft',
  );
  return seminarListCard(views, { ...cardOptions(deps, who), more: false });
}
