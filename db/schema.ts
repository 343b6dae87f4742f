// The whole state of Seminar-Lotse. Times are timestamptz (UTC inside), shown in DISPLAY_TIMEZONE by the bot.
// Column names are snake_case in SQL (drizzle `casing: 'snake_case'`), camelCase here.
import { sql, type SQL } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const ts = (name?: string) =>
  name ? timestamp(name, { withTimezone: true, mode: 'date' }) : timestamp({ withTimezone: true, mode: 'date' });

// Written by the catalogue import (upsert by id); never deleted, so old registrations keep their name.
export const municipalities = pgTable('municipalities', {
  id: text().primaryKey(),
  name: text().notNull(),
  createdAt: ts().notNull().defaultNow(),
});

// One row per Teams user, created on the first activity and refreshed on every turn (name, locale, reference).
// `reachable` turns false when a proactive send gets 403/404; the next activity of the user sets it back.
export const users = pgTable(
  'users',
  {
    aadObjectId: text().primaryKey(),
    tenantId: text(),
    teamsUserId: text(),
    email: text(),
    name: text(),
    municipalityId: text().references(() => municipalities.id),
    department: text(),
    locale: text(),
    conversationId: text(),
    conversationReference: jsonb().$type<Record<string, unknown>>(),
    reachable: boolean().notNull().default(true),
    unreachableReason: text(),
    firstSeenAt: ts().notNull().defaultNow(),
    lastSeenAt: ts().notNull().defaultNow(),
  },
  (t) => [index('users_email_idx').on(sql`lower(${t.email})`), index('users_municipality_idx').on(t.municipalityId)],
);

// Roles beyond "employee". principal is an aad object id or a lower-case e-mail/UPN; a grant by e-mail applies as
// soon as a user with that address writes. Revoking deletes the row (the audit log keeps the history).
export const roleGrants = pgTable(
  'role_grants',
  {
    id: serial().primaryKey(),
    principal: text().notNull(),
    role: text({ enum: ['guide', 'admin'] }).notNull(),
    municipalityId: text().references(() => municipalities.id),
    grantedBy: text().notNull(),
    grantedAt: ts().notNull().defaultNow(),
  },
  (t) => [unique('role_grants_unique').on(t.principal, t.role, t.municipalityId).nullsNotDistinct()],
);

// The catalogue. Written by the import and by admins in chat; `contentHash` tells the import whether a record
// changed. Its search index lives in `seminar_search`, recomputed whenever a row is written (domain/catalogue-import.ts).
export const seminars = pgTable(
  'seminars',
  {
    id: text().primaryKey(),
    title: text().notNull(),
    summary: text(),
    description: text(),
    topics: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    format: text({ enum: ['in_person', 'online', 'hybrid'] }).notNull(),
    location: text(),
    onlineUrl: text(),
    trainer: text(),
    provider: text(),
    audience: text(),
    capacity: integer().notNull(),
    waitlist: boolean().notNull().default(true),
    feeAmount: numeric({ precision: 10, scale: 2, mode: 'number' }),
    feeCurrency: text(),
    feeNote: text(),
    registrationDeadline: ts().notNull(),
    eligibleMunicipalities: text().array(),
    language: text().notNull().default('de'),
    status: text({ enum: ['draft', 'published', 'cancelled'] })
      .notNull()
      .default('published'),
    contentHash: text().notNull(),
    publishedAt: ts(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [index('seminars_status_idx').on(t.status)],
);

// GIN indexes keep new entries in a pending list until VACUUM, and every search then reads the whole list: a freshly
// imported catalogue would be searched without its index. Catalogue writes are rare, so they pay instead.
const gin = (name: string, column: SQL) => index(name).using('gin', column).with({ fastupdate: false });

// What the search reads of a seminar, derived from its row and sessions (domain/search-index.ts) and kept apart so
// that a search touches nothing else. Texts are lower-case without accents, as the question's words are.
export const seminarSearch = pgTable(
  'seminar_search',
  {
    seminarId: text()
      .primaryKey()
      .references(() => seminars.id, { onDelete: 'cascade' }),
    /** The seminar's status, so that a search needs the seminar row only for other filters. */
    status: text({ enum: ['draft', 'published', 'cancelled'] }).notNull(),
    /** German stemming plus the simple configuration; weights title A, topics B, summary C, description D. */
    vector: tsvector().notNull(),
    /** Title and topics: infixes for German compounds, words for typos. */
    words: text().notNull(),
    /** Where it takes place: the seminar's location and every session's. */
    places: text().notNull(),
    /** Provider between spaces, so that a word matches whole. */
    provider: text().notNull(),
    trainer: text().notNull(),
    /** Audience and title ("für Führungskräfte"). */
    audience: text().notNull(),
    /** Session starts in order: the search's dates without a join. */
    sessionStarts: ts().array().notNull(),
    /** Session ends in the order of the starts: "vormittags" is a session over by early afternoon, not a whole day. */
    sessionEnds: ts()
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** The summary, lower case without accents: parts of its compounds ("Rücken" in "Rückenschmerzen"). */
    summaryWords: text().notNull().default(''),
  },
  (t) => [
    gin('seminar_search_vector_idx', sql`${t.vector}`),
    gin('seminar_search_words_idx', sql`${t.words} gin_trgm_ops`),
    gin('seminar_search_summary_words_idx', sql`${t.summaryWords} gin_trgm_ops`),
    gin('seminar_search_places_idx', sql`${t.places} gin_trgm_ops`),
    gin('seminar_search_provider_idx', sql`${t.provider} gin_trgm_ops`),
    gin('seminar_search_audience_idx', sql`${t.audience} gin_trgm_ops`),
  ],
);

// Every word of the catalogue's texts, for typos: a misspelt word is looked up here by trigram similarity
// and searched as the word it most resembles. Rebuilt with the search index.
export const searchWords = pgTable('search_words', { word: text().primaryKey() }, (t) => [
  gin('search_words_trgm_idx', sql`${t.word} gin_trgm_ops`),
]);

// Dates of a seminar, replaced as a whole when the import or an admin changes them.
export const seminarSessions = pgTable(
  'seminar_sessions',
  {
    id: serial().primaryKey(),
    seminarId: text()
      .notNull()
      .references(() => seminars.id, { onDelete: 'cascade' }),
    startsAt: ts().notNull(),
    endsAt: ts().notNull(),
    location: text(),
  },
  (t) => [index('seminar_sessions_seminar_idx').on(t.seminarId, t.startsAt)],
);

// A seat or a place in line. At most one active (confirmed or waitlisted) row per user and seminar; cancelling
// sets status 'cancelled' and keeps the row. Waitlist positions are dense (1..n) among waitlisted rows.
export const registrations = pgTable(
  'registrations',
  {
    id: serial().primaryKey(),
    seminarId: text()
      .notNull()
      .references(() => seminars.id),
    userId: text()
      .notNull()
      .references(() => users.aadObjectId),
    status: text({ enum: ['confirmed', 'waitlisted', 'cancelled'] }).notNull(),
    waitlistPosition: integer(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
    cancelledAt: ts(),
  },
  (t) => [
    uniqueIndex('registrations_active_unique')
      .on(t.seminarId, t.userId)
      .where(sql`${t.status} <> 'cancelled'`),
    index('registrations_user_idx').on(t.userId),
  ],
);

// Every proactive message. Producers insert with a unique dedupe key (a second insert is a no-op); the sender
// claims due rows with FOR UPDATE SKIP LOCKED, and each row ends sent, failed, unreachable, expired or cancelled.
// Rows are kept as the delivery record (broadcast reports count them).
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.aadObjectId),
    kind: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    dedupeKey: text().notNull().unique(),
    seminarId: text().references(() => seminars.id),
    broadcastId: integer().references(() => broadcasts.id),
    dueAt: ts().notNull(),
    expiresAt: ts(),
    status: text({ enum: ['pending', 'sent', 'failed', 'unreachable', 'expired', 'cancelled'] })
      .notNull()
      .default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: ts().notNull(),
    lastError: text(),
    sentAt: ts(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    index('outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index('outbox_broadcast_idx').on(t.broadcastId),
    index('outbox_seminar_kind_idx').on(t.seminarId, t.kind),
  ],
);

// A guide's "share with colleagues": one row per send; delivery is counted from the outbox rows that point here.
export const broadcasts = pgTable('broadcasts', {
  id: serial().primaryKey(),
  guideId: text()
    .notNull()
    .references(() => users.aadObjectId),
  seminarId: text()
    .notNull()
    .references(() => seminars.id),
  municipalityId: text()
    .notNull()
    .references(() => municipalities.id),
  note: text(),
  recipientCount: integer().notNull().default(0),
  reportedAt: ts(),
  createdAt: ts().notNull().defaultNow(),
});

// What a conversation is about, so that "Und wo findet der statt?" refers to the last seminar shown.
// Overwritten on every answer; ignored after it expires.
export const conversationContext = pgTable('conversation_context', {
  conversationId: text().primaryKey(),
  seminarId: text().references(() => seminars.id),
  seminarIds: text().array(),
  query: jsonb().$type<Record<string, unknown>>(),
  updatedAt: ts().notNull(),
  expiresAt: ts().notNull(),
});

// Append-only record of every admin and guide action (who, what, on what).
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    actor: text().notNull(),
    action: text().notNull(),
    subject: text(),
    details: jsonb().$type<Record<string, unknown>>(),
    at: ts().notNull().defaultNow(),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
);

export type Municipality = typeof municipalities.$inferSelect;
export type User = typeof users.$inferSelect;
export type RoleGrant = typeof roleGrants.$inferSelect;
export type Seminar = typeof seminars.$inferSelect;
export type SeminarSession = typeof seminarSessions.$inferSelect;
export type Registration = typeof registrations.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
export type Broadcast = typeof broadcasts.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
