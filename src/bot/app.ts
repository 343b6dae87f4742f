// The Teams AI Application: identity of the turn first, then the capabilities in a fixed order (invoke routes
// before messages, the catch-all question route last), and one error handler that never shows a stack.
import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { ConfigurationServiceClientCredentialFactory, TurnContext, type ConversationReference } from 'botbuilder';
import { isLocalMode } from '../config.js';
import { recordUser } from '../domain/users.js';
import { EmailLookups, tFor, fetchEmail, localeOf, setTurnUser, tenantOf } from './turn.js';
import type { BotDeps } from './deps.js';
import { registerWelcome } from './welcome.js';
import { registerAsk } from './ask.js';
import { registerAdmin } from './admin.js';
import { registerGuide } from './guide.js';
import { registerMyRegistrations } from './my-registrations.js';
import { registerPrivacy } from './privacy.js';
import { registerProfile } from './profile.js';
import { registerRegistrationCommands } from './register-commands.js';
import { forInvoke, registerAndShow, registerRegistration } from './register.js';

export function createAdapter(deps: Pick<BotDeps, 'config' | 'logger'>): TeamsAdapter {
  const { config } = deps;
  if (isLocalMode(config)) {
    deps.logger.warn('BOT_ID is not set: local mode, requests are not authenticated (for local testing only)');
  }
  const credentials = new ConfigurationServiceClientCredentialFactory(
    isLocalMode(config)
      ? {}
      : {
          MicrosoftAppId: config.BOT_ID,
          MicrosoftAppPassword: config.BOT_PASSWORD,
          MicrosoftAppType: config.BOT_TYPE ?? 'MultiTenant',
          MicrosoftAppTenantId: config.BOT_TENANT_ID,
        },
  );
  return new TeamsAdapter({}, credentials);
}

async function recordTurnUser(context: TurnContext, deps: BotDeps, lookups: EmailLookups): Promise<boolean> {
  const { config, db, clock } = deps;
  const a = context.activity;
  const locale = localeOf(context, config.DEFAULT_LOCALE);
  const t = tFor(locale);
  const tenant = tenantOf(context);
  if (config.ALLOWED_TENANTS.length && (!tenant || !config.ALLOWED_TENANTS.includes(tenant))) {
    deps.logger.warn({ tenant }, 'activity from a tenant that is not allowed');
    if (a.type === 'message') await context.sendActivity(t('error.tenantNotAllowed'));
    return false;
  }
  const aadObjectId = a.from?.aadObjectId;
  if (!aadObjectId) return true; // e.g. a system event without a user: nothing to record
  const personal = a.conversation?.conversationType === 'personal' || !a.conversation?.conversationType;
  const reference = TurnContext.getConversationReference(a) as ConversationReference;
  const { user, isNew } = await recordUser(
    db,
    {
      aadObjectId,
      tenantId: tenant,
      teamsUserId: a.from.id ?? null,
      name: a.from.name ?? null,
      locale,
      conversationId: personal ? (a.conversation?.id ?? null) : null,
      conversationReference: personal ? (reference as unknown as Record<string, unknown>) : null,
    },
    clock.now(),
  );
  let current = user;
  if (!user.email && lookups.due(aadObjectId, clock.now())) {
    const email = await fetchEmail(context);
    if (email) current = (await recordUser(db, { ...userSeen(user), email }, clock.now())).user;
  }
  setTurnUser(context, { user: current, isNew, locale, t });
  return true;
}

const userSeen = (u: Awaited<ReturnType<typeof recordUser>>['user']) => ({
  aadObjectId: u.aadObjectId,
  tenantId: u.tenantId,
  teamsUserId: u.teamsUserId,
  name: u.name,
  locale: u.locale,
  conversationId: u.conversationId,
  conversationReference: u.conversationReference,
});

export function createBot(deps: BotDeps, adapter: TeamsAdapter = createAdapter(deps)): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter,
    botAppId: deps.config.BOT_ID ?? '',
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  const lookups = new EmailLookups();
  app.turn('beforeTurn', async (context) => recordTurnUser(context, deps, lookups));

  registerWelcome(app, deps);
  registerRegistration(app, deps);
  registerProfile(app, deps, async (context, seminarId, page) =>
    forInvoke(context, await registerAndShow(context, deps, seminarId, page)),
  );
  registerMyRegistrations(app, deps);
  registerRegistrationCommands(app, deps);
  registerPrivacy(app, deps);

  registerGuide(app, deps);
  registerAdmin(app, deps);

  // Catch-all, last: every other message is a question about seminars.
  registerAsk(app, deps);

  app.error(async (context, error) => {
    deps.logger.error({ err: error, activityType: context.activity?.type }, 'turn failed');
    const t = tFor(localeOf(context, deps.config.DEFAULT_LOCALE));
    if (context.activity?.type === 'message') await context.sendActivity(t('error.generic')).catch(() => {});
  });
  return app;
}
