// Registering and cancelling by typing: "Anmelden für Scrum", "Ich möchte mich für den Excel-Kurs anmelden",
// "Abmelden von Scrum", or just "Anmelden" about the seminar the conversation is about. The seminar is found with
// the same search as questions; when it is not clear which one is meant, the candidates are shown with their buttons.
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { loadContext } from '../domain/conversation-context.js';
import { parseQuestion } from '../domain/question.js';
import { myRegistrations } from '../domain/registration.js';
import { searchSeminars } from '../domain/seminar-search.js';
import { cardMessage, type AdaptiveCardJson } from './cards.js';
import type { BotDeps } from './deps.js';
import { myRegistrationsCard } from './my-registrations.js';
import { cancelAndShow, registerAndShow } from './register.js';
import { seminarCardFor } from './seminar-state.js';
import { turnUser } from './turn.js';

const FOR = '(?:für|fuer|zu|zum|zur|bei|beim|for|to|in)';
const FROM = '(?:von|vom|für|fuer|zu|zum|zur|bei|beim|from|for)';
export const REGISTER_COMMAND = new RegExp(
  `^\\s*(?:(?:bitte\\s+)?(?:anmelden|registrieren)(?:\\s+${FOR})?|(?:please\\s+)?(?:register(?:\\s+me)?|sign\\s+me\\s+up|enrol(?:l)?(?:\\s+me)?)(?:\\s+${FOR})?|ich\\s+(?:möchte|will|würde)\\s+mich(?:\\s+gerne?)?\\s+${FOR}(.+?)\\s+anmelden)\\b(.*)$`,
  'i',
);
export const CANCEL_COMMAND = new RegExp(
  `^\\s*(?:(?:bitte\\s+)?(?:abmelden|stornieren)(?:\\s+${FROM})?|(?:please\\s+)?cancel(?:\\s+my\\s+(?:registration|booking|seat))?(?:\\s+${FROM})?|ich\\s+(?:möchte|will|würde)\\s+mich(?:\\s+gerne?)?\\s+${FROM}(.+?)\\s+abmelden)\\b(.*)$`,
  'i',
);

/** What the user named after the command word, without filler and punctuation. */
function named(match: RegExpMatchArray): string {
  const text = `${match[1] ?? ''} ${match[2] ?? ''}`;
  return text
    .replace(/\b(den|die|das|dem|der|kurs|seminar|the|course|seminar|mich|me|bitte|please)\b/gi, ' ')
    .replace(/[.!?„"“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The seminar meant: the conversation's seminar when nothing is named, else the clear best match. */
async function candidates(context: TurnContext, deps: BotDeps, text: string): Promise<string[]> {
  const now = deps.clock.now();
  if (!text) {
    const ctx = await loadContext(deps.db, context.activity.conversation.id, now);
    return ctx?.seminarId ? [ctx.seminarId] : [];
  }
  const question = parseQuestion(text, now, deps.config.DISPLAY_TIMEZONE);
  const { hits } = await searchSeminars(deps.db, question, now, deps.config.DISPLAY_TIMEZONE);
  if (!hits.length) return [];
  const clear = hits.length === 1 || hits[0].score >= hits[1].score * 1.25;
  return clear ? [hits[0].id] : hits.slice(0, 3).map((h) => h.id);
}

async function showChoices(context: TurnContext, deps: BotDeps, ids: string[], intro: string): Promise<void> {
  const tu = turnUser(context);
  const cards: AdaptiveCardJson[] = [];
  for (const id of ids) {
    const { card, seminar } = await seminarCardFor(deps, id, tu);
    if (seminar) cards.push(card);
  }
  await context.sendActivity(intro);
  for (const card of cards) await context.sendActivity(cardMessage(card));
}

export function registerRegistrationCommands(app: Application<TurnState>, deps: BotDeps): void {
  app.message(REGISTER_COMMAND, async (context) => {
    const { t } = turnUser(context);
    const match = (context.activity.text ?? '').match(REGISTER_COMMAND)!;
    const ids = await candidates(context, deps, named(match));
    if (!ids.length) return void (await context.sendActivity(t('cmd.registerWhich')));
    if (ids.length > 1) return showChoices(context, deps, ids, t('cmd.registerChoose'));
    const result = await registerAndShow(context, deps, ids[0]);
    await context.sendActivity(typeof result === 'string' ? result : cardMessage(result));
  });

  app.message(CANCEL_COMMAND, async (context) => {
    const tu = turnUser(context);
    const match = (context.activity.text ?? '').match(CANCEL_COMMAND)!;
    const text = named(match);
    // Only what the user is registered for can be cancelled: narrow the search to those.
    const mine = await myRegistrations(deps.db, tu.user.aadObjectId, deps.clock.now());
    const mineIds = new Set(mine.map((m) => m.seminar.id));
    let ids = text ? (await candidates(context, deps, text)).filter((id) => mineIds.has(id)) : [];
    if (!text)
      ids =
        mine.length === 1
          ? [mine[0].seminar.id]
          : (await candidates(context, deps, '')).filter((id) => mineIds.has(id));
    if (!ids.length && text && mine.length) {
      const words = text.toLowerCase().split(' ');
      ids = mine
        .filter((m) => words.some((w) => w.length > 2 && m.seminar.title.toLowerCase().includes(w)))
        .map((m) => m.seminar.id);
    }
    if (ids.length !== 1) {
      const banner = mine.length ? tu.t('cmd.cancelWhich') : '';
      await context.sendActivity(
        cardMessage(await myRegistrationsCard(deps, tu.user.aadObjectId, tu.locale, tu.t, banner)),
      );
      return;
    }
    const result = await cancelAndShow(context, deps, { seminarId: ids[0], from: 'card' });
    await context.sendActivity(typeof result === 'string' ? result : cardMessage(result));
  });
}
