// Welcome on installation and on the first message; help on a greeting or "Hilfe"/"help".
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { rolesOf, type UserRoles } from '../domain/roles.js';
import type { Translator } from '../i18n/index.js';
import { cardMessage, renderCard } from './cards.js';
import type { BotDeps } from './deps.js';
import { localeOf, tFor, turnUser } from './turn.js';

export const GREETING =
  /^\s*(hallo|hi|hey|hello|servus|moin|guten\s+(morgen|tag|abend)|good\s+(morning|afternoon|evening)|hilfe|help|\?|start|was kannst du|what can you do)\W*\s*$/i;

// Example buttons that answer something with any catalogue (no month that may hold nothing). Teams shows a button
// title on one line, so the label is short and the question it asks is in the data.
const EXAMPLES = {
  de: [
    { label: 'Informationssicherheit', text: 'Was gibt es zu Informationssicherheit?' },
    { label: 'Preis Scrum-Kurs', text: 'Was kostet der Scrum-Kurs?' },
    { label: 'Meine Anmeldungen', text: 'Meine Anmeldungen' },
  ],
  en: [
    { label: 'Information security', text: 'What is there on information security?' },
    { label: 'Price of the Scrum course', text: 'How much is the Scrum course?' },
    { label: 'My registrations', text: 'My registrations' },
  ],
};

export function helpCard(
  t: Translator,
  locale: 'de' | 'en',
  welcome: boolean,
  roles: UserRoles = { admin: false, guideOf: [] },
) {
  const extra = [roles.guideOf.length ? t('help.guide') : '', roles.admin ? t('help.admin') : ''].filter(Boolean);
  const card = renderCard('help', {
    title: welcome ? t('welcome.title') : t('help.title'),
    intro: welcome ? t('welcome.text') : '',
    text: [t('help.text'), ...extra].join('\n\n'),
    examples: EXAMPLES[locale],
  });
  return cardMessage(card);
}

/** The help, with the commands of the user's roles (guide, admin) when they have any. */
export async function sendHelp(context: TurnContext, welcome: boolean, deps?: BotDeps): Promise<void> {
  const { t, locale, user } = turnUser(context);
  const roles = deps ? await rolesOf(deps.db, user) : undefined;
  await context.sendActivity(helpCard(t, locale, welcome, roles));
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
    await sendHelp(context, turnUser(context).isNew, deps);
  });
}
