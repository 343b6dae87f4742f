// "Meine Daten": shows what the bot keeps about the sender and deletes it after a confirmation. Only ever about the
// sender of the activity; the card data carries nothing but the confirmation step.
import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import { forgetUser, keptData } from '../domain/privacy.js';
import { formatDateTime } from '../i18n/format.js';
import { cardMessage, LINE_BREAK, renderCard, type AdaptiveCardJson } from './cards.js';
import type { BotDeps } from './deps.js';
import { turnUser, type TurnUser } from './turn.js';
import { VERBS } from './verbs.js';

export const MY_DATA_COMMAND =
  /^\s*(meine daten|meine daten löschen|was wissen sie über mich|was speichern sie über mich|datenschutz|my data|delete my data|privacy)\s*[.!?]*\s*$/i;

const deleteData = z.object({ confirm: z.union([z.boolean(), z.literal('true'), z.literal('false')]).optional() });

async function dataCard(deps: BotDeps, tu: TurnUser): Promise<AdaptiveCardJson> {
  const { t, user, locale } = tu;
  const kept = await keptData(deps.db, user, deps.clock.now());
  const none = t('privacy.none');
  const roles = [
    kept.roles.admin ? t('privacy.roleAdmin') : '',
    kept.roles.guideOf.length ? t('privacy.roleGuide', { municipalities: kept.roles.guideOf.join(', ') }) : '',
  ].filter(Boolean);
  return renderCard('privacy', {
    title: t('privacy.title'),
    intro: t('privacy.intro'),
    facts: [
      { label: t('privacy.name'), value: user.name ?? none },
      { label: t('privacy.email'), value: user.email ?? none },
      { label: t('privacy.municipality'), value: kept.municipalityName ?? none },
      { label: t('privacy.department'), value: user.department ?? none },
      { label: t('privacy.language'), value: t(user.locale === 'en' ? 'privacy.language.en' : 'privacy.language.de') },
      { label: t('privacy.firstSeen'), value: formatDateTime(user.firstSeenAt, locale, deps.config.DISPLAY_TIMEZONE) },
      {
        label: t('privacy.registrations'),
        value:
          kept.registrations
            .map((r) =>
              r.registration.status === 'waitlisted'
                ? t('privacy.waitlisted', { title: r.seminar.title })
                : r.seminar.title,
            )
            .join(LINE_BREAK) || none,
      },
      { label: t('privacy.messages'), value: String(kept.messages) },
      { label: t('privacy.roles'), value: roles.join(', ') || none },
    ],
    note: t('privacy.note'),
    buttons: [{ title: t('privacy.delete'), verb: VERBS.privacyDelete, confirm: false, style: 'destructive' }],
  });
}

export function registerPrivacy(app: Application<TurnState>, deps: BotDeps): void {
  app.message(MY_DATA_COMMAND, async (context) => {
    await context.sendActivity(cardMessage(await dataCard(deps, turnUser(context))));
  });

  app.adaptiveCards.actionExecute<unknown>(VERBS.privacyDelete, async (context, _state, data) => {
    const tu = turnUser(context);
    const parsed = deleteData.safeParse(data ?? {});
    if (!parsed.success) return tu.t('error.invalidInput');
    const confirmed = parsed.data.confirm === true || parsed.data.confirm === 'true';
    if (!confirmed) {
      const kept = await keptData(deps.db, tu.user, deps.clock.now());
      return renderCard('privacy', {
        title: tu.t('privacy.confirmTitle'),
        intro: kept.registrations.length
          ? tu.t(kept.registrations.length === 1 ? 'privacy.confirmIntroOne' : 'privacy.confirmIntro', {
              count: kept.registrations.length,
            })
          : tu.t('privacy.confirmIntroNone'),
        facts: [],
        note: '',
        buttons: [
          { title: tu.t('privacy.confirm'), verb: VERBS.privacyDelete, confirm: true, style: 'destructive' },
          { title: tu.t('privacy.back'), verb: VERBS.privacyShow, confirm: false, style: 'default' },
        ],
      });
    }
    const rules = { now: deps.clock.now(), reminderOffsetsMs: deps.config.REMINDER_OFFSETS };
    const { gaveUp } = await forgetUser(deps.db, tu.user.aadObjectId, rules);
    deps.logger.info({ user: tu.user.aadObjectId, gaveUp }, 'user data deleted on request');
    return gaveUp
      ? tu.t(gaveUp === 1 ? 'privacy.doneOne' : 'privacy.done', { count: gaveUp })
      : tu.t('privacy.doneNone');
  });

  app.adaptiveCards.actionExecute<unknown>(VERBS.privacyShow, async (context) => dataCard(deps, turnUser(context)));
}
