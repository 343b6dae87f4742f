// Welcome on installation and on the first message; help on a greeting or "Hilfe"/"help".
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Translator } from '../i18n/index.js';
import { cardMessage, renderCard } from './cards.js';
import type { BotDeps } from './deps.js';
import { localeOf, tFor, turnUser } from './turn.js';

export const GREETING = /^\s*(hallo|hi|hey|hello|servus|moin|guten\s+(morgen|tag|abend)|good\s+(morning|afternoon|evening)|hilfe|help|\?|start|was kannst du|what can you do)\W*\s*$/i;

const EXAMPLES = {
  de: ['Gibt es im März etwas zu Informationssicherheit?', 'Was kostet der Scrum-Kurs?', 'Meine Anmeldungen'],
  en: ['Is there anything on information security in March?', 'How much is the Scrum course?', 'My registrations'],
};

export function helpCard(t: Translator, locale: 'de' | 'en', welcome: boolean) {
  const card = renderCard('help', {
    title: welcome ? t('welcome.title') : t('help.title'),
    intro: welcome ? t('welcome.text') : '',
    text: t('help.text'),
    examples: EXAMPLES[locale].map((text) => ({ label: text, text })),
  });
  return cardMessage(card);
}

export async function sendHelp(context: TurnContext, welcome: boolean): Promise<void> {
  const { t, locale } = turnUser(context);
  await context.sendActivity(helpCard(t, locale, welcome));
}

export function registerWelcome(app: Application<TurnState>, deps: BotDeps): void {
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const added = context.activity.membersAdded ?? [];
    if (!added.some((m) => m.id === botId)) return;
    const locale = localeOf(context, deps.config.DEFAULT_LOCALE);
    await context.sendActivity(helpCard(tFor(locale), locale, true));
  });
  app.message(GREETING, async (context) => {
    await sendHelp(context, turnUser(context).isNew);
  });
}
