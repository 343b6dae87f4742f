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

/**
 * When the member API was last asked about each user whose e-mail it did not give (a guest, a channel without the
 * API, a connector that fails). Asked again at most once an hour, so that such a user's turns do not each wait for
 * another request. Only a throttle: a fresh process asks once more, and nothing is lost by forgetting.
 */
export class EmailLookups {
  private readonly asked = new Map<string, number>();
  constructor(
    private readonly everyMs = 60 * 60_000,
    private readonly maxUsers = 10_000,
  ) {}

  /** True (and noted) when the member API may be asked about this user now. */
  due(aadObjectId: string, now: Date): boolean {
    const last = this.asked.get(aadObjectId);
    if (last !== undefined && now.getTime() - last < this.everyMs) return false;
    if (this.asked.size >= this.maxUsers) this.asked.clear();
    this.asked.set(aadObjectId, now.getTime());
    return true;
  }
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
