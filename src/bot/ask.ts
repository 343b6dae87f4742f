// The catch-all message route: a question about seminars, answered with the asked fact in the first sentence and the
// seminar's card, or a list card of the matching seminars. Also the card buttons that belong to asking: the help
// card's examples ("ask"), "Details" of a list entry and "Mehr anzeigen".
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { answerQuestion, moreResults, type Answer } from '../domain/answers.js';
import { focusSeminar } from '../domain/conversation-context.js';
import { loadSeminarViews, type SeminarView } from '../domain/seminar-views.js';
import { formatDay } from '../i18n/format.js';
import { factText, noneText, type TextOptions } from './answer-text.js';
import { cardMessage, textMessage } from './cards.js';
import type { BotDeps } from './deps.js';
import { seminarCard } from './seminar-card.js';
import { seminarListCard } from './seminar-list-card.js';
import { turnUser } from './turn.js';
import { VERBS } from './verbs.js';
import { sendHelp } from './welcome.js';
import { myRegistrationsCard } from './my-registrations.js';
import { createPhraser, type Phraser } from './llm-answer.js';

const askData = z.object({ text: z.string().trim().min(1).max(1000) });
const detailsData = z.object({ seminarId: z.string().min(1).max(200) });

function options(context: TurnContext, deps: BotDeps): TextOptions {
  const { locale, t, user } = turnUser(context);
  return {
    locale,
    t,
    timeZone: deps.config.DISPLAY_TIMEZONE,
    now: deps.clock.now(),
    municipalityId: user.municipalityId,
  };
}

function withText(activity: Partial<Activity>, text: string): Partial<Activity> {
  return { ...activity, text };
}

/** Views that may be shown: drafts never. */
async function views(context: TurnContext, deps: BotDeps, ids: string[]): Promise<SeminarView[]> {
  const all = await loadSeminarViews(deps.db, ids, turnUser(context).user.aadObjectId);
  return all.filter((v) => v.seminar.status !== 'draft');
}

/** Turns the domain's answer into the reply: first sentence, then the card. */
export async function replyFor(context: TurnContext, deps: BotDeps, answer: Answer): Promise<Partial<Activity>> {
  const o = options(context, deps);
  const { t } = o;
  switch (answer.kind) {
    case 'help':
      return textMessage(t('help.text'));
    case 'thanks':
      return textMessage(t('ask.thanks'));
    case 'myRegistrations': {
      const { user, locale } = turnUser(context);
      return cardMessage(await myRegistrationsCard(deps, user.aadObjectId, locale, t));
    }
    case 'noContext':
      return textMessage(t('ask.noContext'));
    case 'gone':
      return textMessage(
        answer.reason === 'cancelled'
          ? t('ask.cancelled', { title: answer.title })
          : t('ask.past', { title: answer.title, day: formatDay(answer.lastStart, o.locale, o.timeZone) }),
      );
    case 'none':
      return textMessage(noneText(answer, o));
    case 'details': {
      const [view] = await views(context, deps, [answer.seminarId]);
      if (!view) return textMessage(t('ask.notFound'));
      return cardMessage(seminarCard(view, o));
    }
    case 'facts': {
      const list = await views(context, deps, answer.seminarIds);
      if (!list.length) return textMessage(t('ask.notFound'));
      const text = list.map((v) => factText(answer.facts, v, o)).join('\n\n');
      const card = list.length === 1 ? seminarCard(list[0], o) : seminarListCard(list, { ...o, more: false });
      return withText(cardMessage(card), text);
    }
    case 'list': {
      const list = await views(context, deps, answer.seminarIds);
      const text = answer.offeredIn
        ? t(`ask.offeredIn.${answer.offeredIn}`)
        : answer.total === 1
          ? t('ask.foundOne')
          : answer.more
            ? t('ask.foundFirst', { count: answer.total, shown: list.length })
            : t('ask.found', { count: answer.total });
      return withText(cardMessage(seminarListCard(list, { ...o, more: answer.more })), text);
    }
  }
}

/** Answers that an LLM may word (LLM mode): the ones about seminars, not help or the user's own registrations. */
const PHRASED: Answer['kind'][] = ['facts', 'list', 'details', 'none', 'gone'];

async function answer(context: TurnContext, deps: BotDeps, phraser: Phraser | null, text: string): Promise<void> {
  const { question, answer } = await answerQuestion(deps.db, text, {
    now: deps.clock.now(),
    timeZone: deps.config.DISPLAY_TIMEZONE,
    conversationId: context.activity.conversation?.id ?? null,
  });
  deps.logger.debug({ intent: question.intent, facts: question.facts, kind: answer.kind }, 'question answered');
  if (answer.kind === 'help') return sendHelp(context, false, deps);
  const reply = await replyFor(context, deps, answer);
  if (phraser && PHRASED.includes(answer.kind)) {
    const card = reply.attachments?.[0]?.content as { fallbackText?: string } | undefined;
    const worded = await phraser.phrase(context, {
      question: text,
      locale: turnUser(context).locale,
      draft: reply.text ?? '',
      facts: card?.fallbackText ?? '',
    });
    if (worded) reply.text = worded;
  }
  await context.sendActivity(reply);
}

export function registerAsk(app: Application<TurnState>, deps: BotDeps): void {
  const phraser = createPhraser(deps.config, deps.logger);

  // The help card's example buttons: answered exactly like the typed text.
  app.adaptiveCards.actionSubmit<unknown>('ask', async (context, _state, data) => {
    const parsed = askData.safeParse(data);
    if (!parsed.success) {
      await context.sendActivity(turnUser(context).t('error.invalidInput'));
      return;
    }
    await answer(context, deps, phraser, parsed.data.text);
  });

  // "Details" on a list entry: the seminar's card as a new message, so the list stays visible.
  app.adaptiveCards.actionSubmit<unknown>(VERBS.details, async (context, _state, data) => {
    const parsed = detailsData.safeParse(data);
    if (!parsed.success) {
      await context.sendActivity(turnUser(context).t('error.invalidInput'));
      return;
    }
    const conversationId = context.activity.conversation?.id;
    const [view] = await views(context, deps, [parsed.data.seminarId]);
    if (!view) {
      await context.sendActivity(turnUser(context).t('ask.notFound'));
      return;
    }
    if (conversationId) await focusSeminar(deps.db, conversationId, view.seminar.id, deps.clock.now());
    await context.sendActivity(cardMessage(seminarCard(view, options(context, deps))));
  });

  // "Mehr anzeigen": the next page of the last search of this conversation.
  app.adaptiveCards.actionSubmit<unknown>(VERBS.more, async (context) => {
    const { t } = turnUser(context);
    const conversationId = context.activity.conversation?.id;
    const page = conversationId ? await moreResults(deps.db, conversationId, deps.clock.now()) : null;
    if (!page) {
      await context.sendActivity(t('ask.noMore'));
      return;
    }
    const list = await views(context, deps, page.seminarIds);
    const card = seminarListCard(list, { ...options(context, deps), more: page.more });
    await context.sendActivity(
      withText(cardMessage(card), t('ask.foundMore', { from: page.from, to: page.to, count: page.total })),
    );
  });

  // Everything else that is a message: a question.
  app.activity('message', async (context) => {
    const text = (context.activity.text ?? '').trim();
    if (!text) return sendHelp(context, false, deps);
    await answer(context, deps, phraser, text);
  });
}
