// Identity and locale of a turn. Identity comes from the activity (never from card data); the user row is
// recorded once per turn in app.ts and kept on the turn context for the handlers.
import { TeamsInfo, TurnContext } from 'botbuilder';
import type { User } from '../../db/schema.js';
import { toLocale, translator, type Locale, type Translator } from '../i18n/index.js';

const USER_KEY = Symbol('seminar-lotse.user');

export interface TurnUser {
  user: User;
  isNew: boolean;
  locale: Locale;
  t: Translator;
}

/** The locale the client sent (activity.locale or the clientInfo entity), else the default. */
export function localeOf(context: TurnContext, fallback: Locale): Locale {
  const a = context.activity;
  const clientInfo = a.entities?.find((e) => e.type === 'clientInfo') as { locale?: string } | undefined;
  return toLocale(a.locale ?? clientInfo?.locale, fallback);
}

export function tenantOf(context: TurnContext): string | null {
  const a = context.activity;
  const channelTenant = (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return (a.conversation?.tenantId ?? channelTenant ?? null)?.toLowerCase() ?? null;
}

export function setTurnUser(context: TurnContext, value: TurnUser): void {
  context.turnState.set(USER_KEY, value);
}

/** The recorded user of this turn; set in the beforeTurn handler of app.ts. */
export function turnUser(context: TurnContext): TurnUser {
  const value = context.turnState.get(USER_KEY) as TurnUser | undefined;
  if (!value) throw new Error('turnUser() called before the user of the turn was recorded');
  return value;
}

/** E-mail/UPN of the sender from the Teams member API; null when the channel does not know it. */
export async function fetchEmail(context: TurnContext): Promise<string | null> {
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    return (member.email ?? member.userPrincipalName ?? null)?.toLowerCase() ?? null;
  } catch {
    return null;
  }
}

export function tFor(locale: Locale): Translator {
  return translator(locale);
}
