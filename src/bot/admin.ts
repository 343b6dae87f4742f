// What admins (Fortbildungsteam) do in chat: "Neues Seminar" (the catalogue fields, validated like the import),
// "Seminar verwalten ID" (publish, cancel, Zusatztermin, capacity) and "Rollen" (grant and revoke). Every command
// and every card action checks the admin role on the server first, whatever the card data says; refusals are
// audited too, the actions themselves in the domain.
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, municipalities, seminars, type User } from '../../db/schema.js';
import {
  addSession,
  AdminActionRefused,
  AdminOnly,
  cancelSeminar,
  changeCapacity,
  createSeminar,
  publishSeminar,
  SeminarInvalid,
  type AdminRules,
} from '../domain/admin-catalogue.js';
import { catalogueEffects } from '../domain/catalogue-effects.js';
import {
  grantRole,
  InvalidPrincipal,
  isAdmin,
  listRoles,
  MunicipalityRequired,
  revokeRole,
  UnknownMunicipality,
} from '../domain/roles.js';
import { listMunicipalities } from '../domain/profile.js';
import { loadSeminarViews } from '../domain/seminar-views.js';
import { formatDateTime } from '../i18n/format.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import { cardMessage, renderCard, type AdaptiveCardJson, LINE_BREAK } from './cards.js';
import { sessionLines } from './seminar-card.js';
import type { BotDeps } from './deps.js';
import { turnUser, type TurnUser } from './turn.js';
import { VERBS } from './verbs.js';

export const NEW_SEMINAR_COMMAND = /^\s*(neues seminar|new seminar)\s*[.!?]*\s*$/i;
export const MANAGE_COMMAND = /^\s*(seminar verwalten|verwalten|manage seminar)\b\s*(\S*)\s*$/i;
export const ROLES_COMMAND = /^\s*(rollen|rollen verwalten|roles|manage roles)\s*[.!?]*\s*$/i;

type CardData = Record<string, unknown>;
const cardData = z.record(z.unknown());
const seminarRef = z.object({ seminarId: z.string().trim().min(1).max(64) });
const positiveInt = z.coerce.number().int().min(1).max(100_000);

const str = (d: CardData, key: string): string => {
  const v = d[key];
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
};

/** Offset of a time zone at an instant, in ms (what to add to UTC to get the wall clock there). */
function zoneOffset(at: number, timeZone: string): number {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(at))
      .map((x) => [x.type, x.value]),
  );
  return (
    Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) -
    at
  );
}

/** "2027-03-02" + "09:00" as wall-clock time in the display zone → the instant; undefined when not a date/time. */
export function wallClock(date: string, time: string, timeZone: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time);
  if (!d || !t) return undefined;
  const naive = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // Date.UTC rolls "2027-13-01" over into the next year: such a date was not a date.
  const check = new Date(naive);
  if (
    check.getUTCMonth() !== Number(d[2]) - 1 ||
    check.getUTCDate() !== Number(d[3]) ||
    Number(t[1]) > 23 ||
    Number(t[2]) > 59
  )
    return undefined;
  // Twice, so that an instant next to a DST change gets the offset valid at the result.
  let at = naive - zoneOffset(naive, timeZone);
  at = naive - zoneOffset(at, timeZone);
  return new Date(at);
}

/** The card's inputs as a catalogue record (validated by the domain with the import's schema). */
function seminarRecord(d: CardData, timeZone: string): Record<string, unknown> {
  const opt = (key: string) => str(d, key) || null;
  const date = str(d, 'date');
  const start = wallClock(date, str(d, 'start'), timeZone);
  const end = wallClock(date, str(d, 'end'), timeZone);
  const deadlineDate = str(d, 'deadline');
  const deadline = deadlineDate ? wallClock(deadlineDate, str(d, 'deadlineTime') || '23:59', timeZone) : undefined;
  const capacity = str(d, 'capacity');
  const fee = str(d, 'fee');
  const eligible = str(d, 'eligibleMunicipalities')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return {
    id: str(d, 'id'),
    title: str(d, 'title'),
    summary: opt('summary'),
    topics: str(d, 'topics')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
    format: str(d, 'format') || undefined,
    location: opt('location'),
    onlineUrl: opt('onlineUrl'),
    trainer: opt('trainer'),
    provider: opt('provider'),
    audience: opt('audience'),
    capacity: capacity === '' ? undefined : Number(capacity),
    waitlist: str(d, 'waitlist') !== 'false',
    fee: fee === '' ? null : { amount: Number(fee), currency: 'EUR', note: opt('feeNote') },
    registrationDeadline: deadline ? deadline.toISOString() : deadlineDate ? 'invalid' : null,
    eligibleMunicipalities: eligible.length ? eligible : null,
    language: str(d, 'language') || 'de',
    status: str(d, 'publish') === 'true' ? 'published' : 'draft',
    sessions: [{ start: start?.toISOString(), end: end?.toISOString() }],
  };
}

const FIELD_LABELS: Record<string, MessageKey> = {
  id: 'admin.field.id',
  title: 'admin.field.title',
  summary: 'admin.field.summary',
  description: 'admin.field.description',
  topics: 'admin.field.topics',
  format: 'admin.field.format',
  location: 'admin.field.location',
  onlineUrl: 'admin.field.onlineUrl',
  trainer: 'admin.field.trainer',
  provider: 'admin.field.provider',
  audience: 'admin.field.audience',
  capacity: 'admin.field.capacity',
  waitlist: 'admin.field.waitlist',
  fee: 'admin.field.fee',
  registrationDeadline: 'admin.field.deadline',
  eligibleMunicipalities: 'admin.field.municipalities',
  language: 'admin.field.language',
  start: 'admin.field.start',
  end: 'admin.field.end',
  sessions: 'admin.field.date',
};

function describeInvalid(e: SeminarInvalid, t: Translator): string {
  const parts = e.field.split(/[.[\]]+/).filter(Boolean);
  const key = FIELD_LABELS[parts.at(-1) ?? ''] ?? FIELD_LABELS[parts[0]] ?? 'admin.field.record';
  const label = t(key).replace(/\s*\(.*\)$/, '');
  const problem: MessageKey = /required|must not be empty/.test(e.problem)
    ? 'admin.problem.required'
    : /after start/.test(e.problem)
      ? 'admin.problem.endBeforeStart'
      : /at most/.test(e.problem)
        ? 'admin.problem.tooLong'
        : /at least 1/.test(e.problem)
          ? 'admin.problem.tooSmall'
          : 'admin.problem.invalid';
  return t('admin.invalid', { field: label, problem: t(problem) });
}

function labels(t: Translator, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, t(`admin.field.${k}` as MessageKey)]));
}

async function newSeminarCard(
  deps: BotDeps,
  t: Translator,
  values: CardData = {},
  problem = '',
): Promise<AdaptiveCardJson> {
  const munis = await listMunicipalities(deps.db);
  const v = (k: string) => str(values, k);
  return renderCard('admin-seminar', {
    title: t('admin.new.title'),
    intro: t('admin.new.intro'),
    problem,
    l: labels(t, [
      'id',
      'title',
      'summary',
      'topics',
      'format',
      'location',
      'onlineUrl',
      'trainer',
      'provider',
      'audience',
      'capacity',
      'waitlist',
      'fee',
      'feeNote',
      'deadline',
      'deadlineTime',
      'municipalities',
      'language',
      'date',
      'start',
      'end',
      'publish',
    ]),
    v: {
      ...Object.fromEntries(
        [
          'id',
          'title',
          'summary',
          'topics',
          'location',
          'onlineUrl',
          'trainer',
          'provider',
          'audience',
          'capacity',
          'fee',
          'feeNote',
          'date',
          'start',
          'end',
          'deadline',
          'deadlineTime',
          'eligibleMunicipalities',
        ].map((k) => [k, v(k)]),
      ),
      format: v('format') || 'in_person',
      language: v('language') || 'de',
      waitlist: v('waitlist') || 'true',
      publish: v('publish') || 'false',
    },
    formats: (['in_person', 'online', 'hybrid'] as const).map((value) => ({
      value,
      title: t(`admin.field.format.${value}`),
    })),
    languages: (['de', 'en'] as const).map((value) => ({ value, title: t(`admin.field.language.${value}`) })),
    municipalities: munis.map((m) => ({ id: m.id, name: m.name })),
    saveTitle: t('admin.new.save'),
    verb: VERBS.adminCreate,
  });
}

async function manageCard(
  deps: BotDeps,
  who: TurnUser,
  seminarId: string,
  banner = '',
): Promise<AdaptiveCardJson | string> {
  const { t, locale } = who;
  const [view] = await loadSeminarViews(deps.db, [seminarId], null);
  if (!view) return t('admin.refused.unknown', { id: seminarId });
  const { seminar, seats } = view;
  return renderCard('admin-manage', {
    banner,
    title: t('admin.manage.title', { title: seminar.title }),
    id: seminar.id,
    capacity: seminar.capacity,
    facts: [
      { label: t('admin.manage.id'), value: seminar.id },
      { label: t('admin.manage.status'), value: t(`admin.manage.status.${seminar.status}`) },
      {
        label: t('admin.field.date'),
        value: sessionLines(view, { locale, timeZone: deps.config.DISPLAY_TIMEZONE }).join(LINE_BREAK),
      },
      { label: t('admin.manage.capacity'), value: String(seminar.capacity) },
      {
        label: t('admin.manage.registrations'),
        value: t('admin.manage.registrationsValue', { confirmed: seats.confirmed, waitlisted: seats.waitlisted }),
      },
    ],
    canPublish: seminar.status === 'draft',
    canChange: seminar.status !== 'cancelled',
    l: {
      ...labels(t, ['date', 'start', 'end', 'sessionLocation', 'seats']),
      publish: t('admin.manage.publish'),
      cancel: t('admin.manage.cancel'),
      addSession: t('admin.manage.addSession'),
      addSessionSave: t('admin.manage.addSessionSave'),
      capacityChange: t('admin.manage.capacityChange'),
      capacityNew: t('admin.manage.capacityNew'),
      apply: t('admin.manage.apply'),
    },
    verbs: {
      publish: VERBS.adminPublish,
      cancel: VERBS.adminCancel,
      addSession: VERBS.adminAddSession,
      capacity: VERBS.adminCapacity,
    },
  });
}

async function rolesCard(deps: BotDeps, t: Translator, banner = '', bannerColor = 'Good'): Promise<AdaptiveCardJson> {
  const grants = await listRoles(deps.db);
  const munis = await listMunicipalities(deps.db);
  const names = new Map(munis.map((m) => [m.id, m.name]));
  return renderCard('admin-roles', {
    banner,
    bannerColor,
    title: t('admin.roles.title'),
    empty: grants.length ? '' : t('admin.roles.none'),
    grants: grants.map((g) => ({
      label:
        g.role === 'admin'
          ? t('admin.roles.admin')
          : t('admin.roles.guideOf', { municipality: names.get(g.municipalityId ?? '') ?? g.municipalityId ?? '' }),
      value: g.userName ? `${g.userName} (${g.principal})` : g.principal,
    })),
    roles: (['guide', 'admin'] as const).map((value) => ({ value, title: t(`admin.roles.role.${value}`) })),
    municipalities: munis.map((m) => ({ id: m.id, name: m.name })),
    l: {
      user: t('admin.roles.user'),
      role: t('admin.roles.role'),
      municipality: t('admin.roles.municipality'),
      grant: t('admin.roles.grant'),
      revoke: t('admin.roles.revoke'),
    },
    verbs: { grant: VERBS.adminGrant, revoke: VERBS.adminRevoke },
  });
}

async function refuse(deps: BotDeps, user: User, action: string, t: Translator): Promise<string> {
  await deps.db
    .insert(auditLog)
    .values({ actor: user.aadObjectId, action: `${action}.refused`, subject: null, details: {}, at: deps.clock.now() });
  return t('error.notAllowed');
}

type Result = AdaptiveCardJson | string;

/** Runs an admin card action: role check first, card data validated, domain refusals as text. */
function adminAction(
  deps: BotDeps,
  action: string,
  run: (who: TurnUser, data: CardData, rules: AdminRules) => Promise<Result>,
) {
  return async (context: TurnContext, _state: TurnState, raw: unknown): Promise<Result> => {
    const who = turnUser(context);
    const { user, t } = who;
    if (!(await isAdmin(deps.db, user))) return refuse(deps, user, action, t);
    const parsed = cardData.safeParse(raw ?? {});
    if (!parsed.success) return t('error.invalidInput');
    const rules: AdminRules = {
      effects: catalogueEffects({ reminderOffsetsMs: deps.config.REMINDER_OFFSETS }),
      reminderOffsetsMs: deps.config.REMINDER_OFFSETS,
    };
    try {
      return await run(who, parsed.data, rules);
    } catch (e) {
      if (e instanceof AdminOnly) return refuse(deps, user, action, t);
      if (e instanceof AdminActionRefused) {
        const id = str(parsed.data, 'seminarId') || str(parsed.data, 'id');
        const [s] = id ? await deps.db.select({ title: seminars.title }).from(seminars).where(eq(seminars.id, id)) : [];
        return t(`admin.refused.${e.reason}`, { id, title: s?.title ?? id });
      }
      throw e;
    }
  };
}

function seminarIdOf(data: CardData): string | null {
  const r = seminarRef.safeParse(data);
  return r.success ? r.data.seminarId : null;
}

export function registerAdmin(app: Application<TurnState>, deps: BotDeps): void {
  const tz = () => deps.config.DISPLAY_TIMEZONE;
  const now = () => deps.clock.now();

  app.message(NEW_SEMINAR_COMMAND, async (context) => {
    const { user, t } = turnUser(context);
    if (!(await isAdmin(deps.db, user)))
      return void (await context.sendActivity(await refuse(deps, user, 'seminar.create', t)));
    await context.sendActivity(cardMessage(await newSeminarCard(deps, t)));
  });

  app.message(MANAGE_COMMAND, async (context) => {
    const who = turnUser(context);
    if (!(await isAdmin(deps.db, who.user)))
      return void (await context.sendActivity(await refuse(deps, who.user, 'seminar.manage', who.t)));
    const id = MANAGE_COMMAND.exec(context.activity.text ?? '')?.[2] ?? '';
    if (!id) return void (await context.sendActivity(who.t('admin.manage.usage')));
    const card = await manageCard(deps, who, id);
    await context.sendActivity(typeof card === 'string' ? card : cardMessage(card));
  });

  app.message(ROLES_COMMAND, async (context) => {
    const { user, t } = turnUser(context);
    if (!(await isAdmin(deps.db, user)))
      return void (await context.sendActivity(await refuse(deps, user, 'role.list', t)));
    await context.sendActivity(cardMessage(await rolesCard(deps, t)));
  });

  app.adaptiveCards.actionExecute<CardData>(
    VERBS.adminCreate,
    adminAction(deps, 'seminar.create', async (who, data, rules) => {
      const { user, t } = who;
      try {
        const seminar = await createSeminar(deps.db, user, seminarRecord(data, tz()), rules, now());
        return manageCard(
          deps,
          who,
          seminar.id,
          t('admin.created', { title: seminar.title, status: t(`admin.manage.status.${seminar.status}`) }),
        );
      } catch (e) {
        if (e instanceof SeminarInvalid) return newSeminarCard(deps, t, data, describeInvalid(e, t));
        if (e instanceof AdminActionRefused && (e.reason === 'exists' || e.reason === 'unknownMunicipality')) {
          return newSeminarCard(deps, t, data, t(`admin.refused.${e.reason}`, { id: str(data, 'id') }));
        }
        throw e;
      }
    }),
  );

  // Publishing and the confirmed cancel: one status change in the domain, then the manage card with what happened.
  const statusChange = (
    verb: string,
    action: string,
    change: typeof publishSeminar,
    done: 'admin.published' | 'admin.cancelled',
  ) =>
    app.adaptiveCards.actionExecute<CardData>(
      verb,
      adminAction(deps, action, async (who, data, rules) => {
        const id = seminarIdOf(data);
        if (!id) return who.t('error.invalidInput');
        const s = await change(deps.db, who.user, id, rules, now());
        return manageCard(deps, who, id, who.t(done, { title: s.title }));
      }),
    );

  statusChange(VERBS.adminPublish, 'seminar.publish', publishSeminar, 'admin.published');

  app.adaptiveCards.actionExecute<CardData>(
    VERBS.adminCancel,
    adminAction(deps, 'seminar.cancel', async (who, data) => {
      const { t } = who;
      const id = seminarIdOf(data);
      if (!id) return t('error.invalidInput');
      const [view] = await loadSeminarViews(deps.db, [id], null);
      if (!view) return t('admin.refused.unknown', { id });
      const { seminar: s, seats } = view;
      return renderCard('guide-message', {
        title: t('admin.cancelConfirm.title', { title: s.title }),
        text: t('admin.cancelConfirm.text', { count: seats.confirmed + seats.waitlisted }),
        buttons: [
          {
            title: t('admin.cancelConfirm.yes'),
            verb: VERBS.adminCancelConfirm,
            data: { seminarId: id },
            style: 'destructive',
          },
        ],
      });
    }),
  );

  statusChange(VERBS.adminCancelConfirm, 'seminar.cancel', cancelSeminar, 'admin.cancelled');

  app.adaptiveCards.actionExecute<CardData>(
    VERBS.adminCapacity,
    adminAction(deps, 'seminar.capacity', async (who, data, rules) => {
      const id = seminarIdOf(data);
      const capacity = positiveInt.safeParse(data.capacity);
      if (!id || !capacity.success)
        return who.t('admin.invalid', {
          field: who.t('admin.field.capacity'),
          problem: who.t('admin.problem.tooSmall'),
        });
      const r = await changeCapacity(deps.db, who.user, id, capacity.data, rules, now());
      return manageCard(
        deps,
        who,
        id,
        who.t('admin.capacityChanged', { title: r.seminar.title, capacity: r.seminar.capacity, promoted: r.promoted }),
      );
    }),
  );

  app.adaptiveCards.actionExecute<CardData>(
    VERBS.adminAddSession,
    adminAction(deps, 'seminar.addSession', async (who, data, rules) => {
      const { t, locale } = who;
      const id = seminarIdOf(data);
      if (!id) return t('error.invalidInput');
      const start = wallClock(str(data, 'date'), str(data, 'start'), tz());
      const end = wallClock(str(data, 'date'), str(data, 'end'), tz());
      const seats = positiveInt.safeParse(data.seats);
      if (!start) return t('admin.invalid', { field: t('admin.field.start'), problem: t('admin.problem.required') });
      if (!end) return t('admin.invalid', { field: t('admin.field.end'), problem: t('admin.problem.required') });
      if (end <= start)
        return t('admin.invalid', { field: t('admin.field.end'), problem: t('admin.problem.endBeforeStart') });
      if (start <= now())
        return t('admin.invalid', { field: t('admin.field.date'), problem: t('admin.problem.invalid') });
      if (!seats.success)
        return t('admin.invalid', { field: t('admin.field.seats'), problem: t('admin.problem.tooSmall') });
      try {
        const r = await addSession(
          deps.db,
          who.user,
          id,
          { start, end, location: str(data, 'location') || null, seats: seats.data },
          rules,
          now(),
        );
        return manageCard(
          deps,
          who,
          id,
          t('admin.sessionAdded', {
            title: r.seminar.title,
            when: formatDateTime(start, locale, tz()),
            capacity: r.seminar.capacity,
            promoted: r.promoted,
          }),
        );
      } catch (e) {
        if (e instanceof SeminarInvalid) return describeInvalid(e, t);
        throw e;
      }
    }),
  );

  const roleAction = (grant: boolean) =>
    adminAction(deps, grant ? 'role.grant' : 'role.revoke', async (who, data) => {
      const { user, t } = who;
      const role = str(data, 'role') === 'admin' ? 'admin' : 'guide';
      const municipalityId = role === 'guide' ? str(data, 'municipality') || null : null;
      const [m] = municipalityId
        ? await deps.db.select().from(municipalities).where(eq(municipalities.id, municipalityId))
        : [];
      const roleName =
        role === 'admin'
          ? t('admin.roles.admin')
          : t('admin.roles.guideOf', { municipality: m?.name ?? municipalityId ?? '' });
      const input = { principal: str(data, 'user'), role, municipalityId, actor: user.aadObjectId } as const;
      try {
        if (grant) {
          const r = await grantRole(deps.db, input, now());
          return rolesCard(
            deps,
            t,
            t(r.created ? 'admin.roles.granted' : 'admin.roles.already', { who: r.principal, role: roleName }),
          );
        }
        const r = await revokeRole(deps.db, input, now());
        return rolesCard(
          deps,
          t,
          t(r.removed ? 'admin.roles.revoked' : 'admin.roles.notFound', { who: r.principal, role: roleName }),
          r.removed ? 'Good' : 'Attention',
        );
      } catch (e) {
        if (e instanceof InvalidPrincipal) return rolesCard(deps, t, t('admin.roles.invalidUser'), 'Attention');
        if (e instanceof MunicipalityRequired)
          return rolesCard(deps, t, t('admin.roles.municipalityRequired'), 'Attention');
        if (e instanceof UnknownMunicipality)
          return rolesCard(
            deps,
            t,
            t('admin.roles.unknownMunicipality', { municipality: e.municipalityId }),
            'Attention',
          );
        throw e;
      }
    });
  app.adaptiveCards.actionExecute<CardData>(VERBS.adminGrant, roleAction(true));
  app.adaptiveCards.actionExecute<CardData>(VERBS.adminRevoke, roleAction(false));
}
