// The renderer registry: one function per outbox kind turns a row into the activity to send, at send time (so the
// card shows the seminar as it is now, in the user's language). Each capability contributes its renderers here with
// one line; a kind without a renderer is marked failed by the sender.
import type { Activity } from 'botbuilder';
import type { Db } from '../../db/client.js';
import type { OutboxRow, User } from '../../db/schema.js';
import { guideRenderers } from '../bot/guide-notices.js';
import { noticeRenderers } from '../bot/notices.js';
import { registrationRenderers } from '../bot/registration-notices.js';
import type { BotDeps } from '../bot/deps.js';
import type { Config } from '../config.js';
import type { Locale } from '../i18n/index.js';

export interface RenderContext {
  db: Db;
  config: Config;
  row: OutboxRow;
  user: User;
  locale: Locale;
  now: Date;
}

/** The activity to send for a row; null = nothing to send any more (the row is marked cancelled). */
export type OutboxRenderer = (ctx: RenderContext) => Promise<Partial<Activity> | null>;

export type RendererRegistry = Record<string, OutboxRenderer>;

export function createRenderers(deps: BotDeps): RendererRegistry {
  return {
    ...noticeRenderers(deps),
    ...guideRenderers(deps),
    ...registrationRenderers(deps),
  };
}
