// The profile card: asked once before the first registration (municipality and department, both required), and
// shown again on "Profil". Saving continues a registration that was waiting for it.
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { seminars, type User } from '../../db/schema.js';
import { listMunicipalities, saveProfile, type ProfileProblem } from '../domain/profile.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import { cardMessage, renderCard, type AdaptiveCardJson } from './cards.js';
import type { BotDeps } from './deps.js';
import { turnUser } from './turn.js';
import { VERBS } from './verbs.js';

export const PROFILE_COMMAND = /^\s*(profil|mein profil|profile|my profile)\s*[.!?]*\s*$/i;

/** What the profile card sends: the inputs, and the seminar to register for afterwards (untrusted, validated). */
const profileSubmit = z.object({
  municipality: z.unknown().optional(),
  department: z.unknown().optional(),
  seminarId: z.string().max(64).optional(),
  page: z.array(z.string().max(64)).max(20).optional(),
});

export async function profileCard(
  deps: BotDeps,
  user: User,
  t: Translator,
  opts: {
    seminarId?: string;
    page?: string[];
    problems?: ProfileProblem[];
    values?: { municipality?: string; department?: string };
  } = {},
): Promise<AdaptiveCardJson> {
  const municipalities = await listMunicipalities(deps.db);
  const problemKey: Record<ProfileProblem, MessageKey> = {
    municipalityMissing: 'profile.municipalityMissing',
    municipalityUnknown: 'profile.municipalityUnknown',
    departmentMissing: 'profile.departmentMissing',
    departmentTooLong: 'profile.departmentTooLong',
  };
  const [seminar] = opts.seminarId
    ? await deps.db.select({ title: seminars.title }).from(seminars).where(eq(seminars.id, opts.seminarId))
    : [];
  return renderCard('profile', {
    title: seminar ? t('profile.titleFor', { title: seminar.title }) : t('profile.title'),
    intro: opts.seminarId ? t('profile.intro') : t('profile.introEdit'),
    problems: (opts.problems ?? []).map((p) => ({ text: t(problemKey[p]) })),
    municipalityLabel: t('profile.municipality'),
    municipalityPlaceholder: t('profile.municipalityPlaceholder'),
    municipalityError: t('profile.municipalityMissing'),
    municipality: opts.values?.municipality ?? user.municipalityId ?? '',
    choices: municipalities.map((m) => ({ id: m.id, name: m.name })),
    departmentLabel: t('profile.department'),
    departmentPlaceholder: t('profile.departmentPlaceholder'),
    departmentError: t('profile.departmentMissing'),
    department: opts.values?.department ?? user.department ?? '',
    submitTitle: opts.seminarId ? t('profile.saveAndRegister') : t('profile.save'),
    verb: VERBS.profileSave,
    data: opts.seminarId ? { seminarId: opts.seminarId, ...(opts.page?.length ? { page: opts.page } : {}) } : {},
  });
}

export type ContinueRegistration = (
  context: TurnContext,
  seminarId: string,
  page?: string[],
) => Promise<AdaptiveCardJson | string>;

export function registerProfile(
  app: Application<TurnState>,
  deps: BotDeps,
  continueRegistration: ContinueRegistration,
): void {
  app.message(PROFILE_COMMAND, async (context) => {
    const { user, t } = turnUser(context);
    await context.sendActivity(cardMessage(await profileCard(deps, user, t)));
  });

  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.profileSave, async (context, _state, data) => {
    const { user, t } = turnUser(context);
    const parsed = profileSubmit.safeParse(data ?? {});
    if (!parsed.success) return t('error.invalidInput');
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const values = { municipality: str(parsed.data.municipality), department: str(parsed.data.department) };
    const result = await saveProfile(deps.db, user.aadObjectId, values);
    if (!result.ok)
      return profileCard(deps, user, t, {
        seminarId: parsed.data.seminarId,
        page: parsed.data.page,
        problems: result.problems,
        values,
      });
    // Later handlers of this turn see the saved profile.
    turnUser(context).user = result.user;
    if (parsed.data.seminarId) return continueRegistration(context, parsed.data.seminarId, parsed.data.page);
    const name =
      (await listMunicipalities(deps.db)).find((m) => m.id === result.user.municipalityId)?.name ?? values.municipality;
    return t('profile.saved', { municipality: name, department: result.user.department ?? '' });
  });
}
