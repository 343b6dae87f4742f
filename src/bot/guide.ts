// What digital guides do in chat: share a seminar from its alert with a personal note, see the delivery reports of
// their broadcasts, and see their municipality's registrations. Every action checks the role on the server (the
// domain does it again for the broadcast itself): card data only names the seminar, never who may act.
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, seminars, type User } from '../../db/schema.js';
import {
  BroadcastNotAllowed,
  broadcastReports,
  colleaguesOf,
  NOTE_MAX_LENGTH,
  NoteTooLong,
  SeminarNotShareable,
  sendBroadcast,
  shareProblem,
  shareTargets,
} from '../domain/broadcasts.js';
import { municipalityOverview } from '../domain/municipality-overview.js';
import { rolesOf } from '../domain/roles.js';
import { formatDateTime } from '../i18n/format.js';
import type { Translator } from '../i18n/index.js';
import { cardMessage, renderCard, type AdaptiveCardJson, LINE_BREAK } from './cards.js';
import type { BotDeps } from './deps.js';
import { municipalityNames, reportCard } from './guide-notices.js';
import { turnUser, type TurnUser } from './turn.js';
import { VERBS } from './verbs.js';

export const BROADCAST_STATUS_COMMAND =
  /^\s*(status meiner rundnachrichten|meine rundnachrichten|rundnachrichten|broadcast status|my broadcasts)\b/i;
export const OVERVIEW_COMMAND =
  /^\s*(übersicht meiner kommune|uebersicht meiner kommune|kommunenübersicht|meine kommune|municipality overview|my municipality)\b/i;

const seminarId = z.string().trim().min(1).max(64);
const shareData = z.object({ seminarId });
const sendData = z.object({
  seminarId,
  municipalityId: z.string().trim().min(1).max(64).optional(),
  note: z.string().max(10_000).optional().default(''),
  confirm: z.union([z.boolean(), z.literal('true')]).optional(),
});

function message(title: string, text: string, buttons: object[] = []): AdaptiveCardJson {
  return renderCard('guide-message', { title, text, buttons });
}

interface ShareCardInput {
  seminarTitle: string;
  seminarId: string;
  targets: string[];
  municipalityId: string;
  note: string;
  problem?: string;
  recipients: number;
}

async function shareCard(deps: BotDeps, t: Translator, input: ShareCardInput): Promise<AdaptiveCardJson> {
  const names = await municipalityNames(deps.db, input.targets);
  const one = input.targets.length === 1;
  return renderCard('guide-share', {
    title: t('guide.share.title', { title: input.seminarTitle }),
    intro: t('guide.share.intro', {
      municipality: names.get(input.municipalityId) ?? input.municipalityId,
      count: input.recipients,
    }),
    problem: input.problem ?? '',
    choices: input.targets.map((id) => ({ id, name: names.get(id) ?? id })),
    municipalityLabel: t('guide.share.municipality'),
    municipalityId: input.municipalityId,
    noteLabel: t('guide.share.note', { max: NOTE_MAX_LENGTH }),
    notePlaceholder: t('guide.share.notePlaceholder'),
    noteError: t('guide.share.noteTooLong', { max: NOTE_MAX_LENGTH }),
    maxLength: NOTE_MAX_LENGTH,
    note: input.note,
    sendTitle: t('guide.share.send'),
    sendVerb: VERBS.guideSend,
    data: one ? { seminarId: input.seminarId, municipalityId: input.municipalityId } : { seminarId: input.seminarId },
  });
}

/** Audits a refused privileged action, so that forged card data leaves a trace. */
async function auditRefusal(
  deps: BotDeps,
  user: User,
  action: string,
  subject: string,
  details: Record<string, unknown>,
) {
  await deps.db
    .insert(auditLog)
    .values({ actor: user.aadObjectId, action: `${action}.refused`, subject, details, at: deps.clock.now() });
}

async function onShare(deps: BotDeps, who: TurnUser, data: unknown): Promise<AdaptiveCardJson | string> {
  const { user, t } = who;
  const parsed = shareData.safeParse(data ?? {});
  if (!parsed.success) return t('error.invalidInput');
  const roles = await rolesOf(deps.db, user);
  if (!roles.admin && !roles.guideOf.length) {
    await auditRefusal(deps, user, 'broadcast.share', parsed.data.seminarId, {});
    return t('error.notAllowed');
  }
  const [seminar] = await deps.db.select().from(seminars).where(eq(seminars.id, parsed.data.seminarId));
  if (!seminar) return t('guide.share.notShareable.unknown');
  const targets = await shareTargets(deps.db, user, seminar);
  const now = deps.clock.now();
  const first = targets[0];
  const problem = first ? shareProblem(seminar, first, now) : 'notEligible';
  if (problem) return t(`guide.share.notShareable.${problem}`);
  const recipients = (await colleaguesOf(deps.db, first, user.aadObjectId)).length;
  return shareCard(deps, t, {
    seminarTitle: seminar.title,
    seminarId: seminar.id,
    targets,
    municipalityId: first,
    note: '',
    recipients,
  });
}

async function onSend(deps: BotDeps, who: TurnUser, data: unknown): Promise<AdaptiveCardJson | string> {
  const { user, t, locale } = who;
  const parsed = sendData.safeParse(data ?? {});
  if (!parsed.success) return t('error.invalidInput');
  const d = parsed.data;
  const [seminar] = await deps.db.select().from(seminars).where(eq(seminars.id, d.seminarId));
  if (!seminar) return t('guide.share.notShareable.unknown');
  const targets = await shareTargets(deps.db, user, seminar);
  // Without a municipality in the data, the only one this user may share with; never one the data just claims.
  const municipalityId = d.municipalityId ?? (targets.length === 1 ? targets[0] : undefined);
  if (!municipalityId) return t('error.invalidInput');
  const note = d.note.trim();
  if (note.length > NOTE_MAX_LENGTH) {
    const recipients = (await colleaguesOf(deps.db, municipalityId, user.aadObjectId)).length;
    return shareCard(deps, t, {
      seminarTitle: seminar.title,
      seminarId: seminar.id,
      targets: targets.length ? targets : [municipalityId],
      municipalityId,
      note: d.note,
      problem: t('guide.share.noteTooLong', { max: NOTE_MAX_LENGTH }),
      recipients,
    });
  }
  const now = deps.clock.now();
  const names = await municipalityNames(deps.db, [municipalityId]);
  const municipality = names.get(municipalityId) ?? municipalityId;
  try {
    const result = await sendBroadcast(
      deps.db,
      {
        guide: user,
        seminarId: seminar.id,
        municipalityId,
        note: note || null,
        confirmed: d.confirm === true || d.confirm === 'true',
      },
      now,
    );
    if (result.status === 'confirm') {
      return message(
        t('guide.share.confirmTitle'),
        t('guide.share.confirmText', {
          title: seminar.title,
          municipality,
          when: formatDateTime(result.previous.createdAt, locale, deps.config.DISPLAY_TIMEZONE),
        }),
        [
          {
            title: t('guide.share.confirm'),
            verb: VERBS.guideSend,
            data: { seminarId: seminar.id, municipalityId, note, confirm: true },
            style: 'positive',
          },
        ],
      );
    }
    if (!result.recipients)
      return message(t('guide.share.title', { title: seminar.title }), t('guide.share.nobody', { municipality }));
    return message(
      t('guide.share.title', { title: seminar.title }),
      t('guide.share.queued', { title: seminar.title, count: result.recipients, municipality }),
    );
  } catch (e) {
    if (e instanceof BroadcastNotAllowed) {
      await auditRefusal(deps, user, 'broadcast.send', seminar.id, { municipalityId });
      return t('error.notAllowed');
    }
    if (e instanceof SeminarNotShareable) return t(`guide.share.notShareable.${e.reason}`);
    if (e instanceof NoteTooLong) return t('guide.share.noteTooLong', { max: NOTE_MAX_LENGTH });
    throw e;
  }
}

async function statusCard(deps: BotDeps, who: TurnUser): Promise<AdaptiveCardJson> {
  const { user, t, locale } = who;
  const reports = await broadcastReports(deps.db, user.aadObjectId, 5);
  return reportCard(deps.db, reports, t, locale, deps.config.DISPLAY_TIMEZONE, t('guide.status.title'));
}

async function overviewCards(deps: BotDeps, who: TurnUser): Promise<AdaptiveCardJson[] | string> {
  const { user, t, locale } = who;
  const roles = await rolesOf(deps.db, user);
  if (!roles.guideOf.length) return t('guide.notGuide');
  const tz = deps.config.DISPLAY_TIMEZONE;
  const now = deps.clock.now();
  const cards: AdaptiveCardJson[] = [];
  for (const municipalityId of roles.guideOf) {
    const o = await municipalityOverview(deps.db, municipalityId, now);
    if (!o) continue;
    cards.push(
      renderCard('guide-overview', {
        title: t('guide.overview.title', { municipality: o.municipalityName }),
        intro: o.seminars.length
          ? t('guide.overview.intro')
          : t('guide.overview.none', { municipality: o.municipalityName }),
        seminars: o.seminars.map((s) => ({
          heading: s.title,
          when: formatDateTime(s.firstStart, locale, tz),
          counts: t('guide.overview.counts', {
            confirmed: s.confirmed,
            waitlisted: s.waitlisted,
            total: s.totalConfirmed,
            capacity: s.capacity,
          }),
          people: s.people.length
            ? s.people
                .map(
                  (p) =>
                    `- ${p.name}${p.department ? ` (${p.department})` : ''}: ${p.status === 'confirmed' ? t('guide.overview.confirmed') : t('guide.overview.waitlisted')}`,
                )
                .join(LINE_BREAK)
            : t('guide.overview.nobody'),
          // Guides who were not yet in the bot when a seminar was published can still pass it on from here.
          seminarId: s.seminarId,
          shareVerb: s.shareable ? VERBS.guideShare : '',
          shareTitle: t('guide.share'),
        })),
      }),
    );
  }
  return cards;
}

async function sendOverview(context: TurnContext, deps: BotDeps): Promise<void> {
  const result = await overviewCards(deps, turnUser(context));
  if (typeof result === 'string') await context.sendActivity(result);
  else for (const card of result) await context.sendActivity(cardMessage(card));
}

export function registerGuide(app: Application<TurnState>, deps: BotDeps): void {
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.guideShare, async (context, _state, data) =>
    onShare(deps, turnUser(context), data),
  );
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.guideSend, async (context, _state, data) =>
    onSend(deps, turnUser(context), data),
  );
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.guideStatus, async (context) =>
    statusCard(deps, turnUser(context)),
  );
  app.message(BROADCAST_STATUS_COMMAND, async (context) => {
    await context.sendActivity(cardMessage(await statusCard(deps, turnUser(context))));
  });
  app.message(OVERVIEW_COMMAND, async (context) => sendOverview(context, deps));
}
