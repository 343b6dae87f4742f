// Upgrading a database of an earlier release: the migration that moved the search index to seminar_search indexes the
// seminars that are already there, so the bot finds them without a new import; later migrations fill in what the
// index gained since (every word of the texts for typos, session ends, the summary's compounds, the providers' names).
import { PGlite } from '@electric-sql/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PGLITE_EXTENSIONS, wrapPglite, type Database } from '../db/client.js';
import { MIGRATIONS_FOLDER, migrateDatabase } from '../db/migrate.js';
import { parseQuestion } from '../src/domain/question.js';
import { searchSeminars } from '../src/domain/seminar-search.js';

/** The migrations folder as it was up to and including `lastTag`. */
function migrationsUpTo(lastTag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seminar-lotse-migrations-'));
  fs.mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'));
  const last = journal.entries.findIndex((e: { tag: string }) => e.tag === lastTag);
  journal.entries = journal.entries.slice(0, last + 1);
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries)
    fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

let database: Database | undefined;
afterAll(async () => database?.close());

it('indexes the seminars of an earlier release for search when it migrates', async () => {
  const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  database = wrapPglite(pglite);
  await migrate(database.db as unknown as PgliteDatabase, { migrationsFolder: migrationsUpTo('0001_init') });
  await pglite.exec(`
    insert into seminars (id, title, summary, topics, format, location, capacity, registration_deadline, status, content_hash, provider)
    values ('OLD-1', 'Informationssicherheit für Beschäftigte', 'Phishing erkennen, die Passwort-Richtlinie kennen, Sicherheitsvorfälle melden.', '{Informationssicherheit}', 'in_person',
            'Kreishaus Grevenbroich', 12, '2027-03-01T09:00:00Z', 'published', 'x', 'Technologiezentrum Glehn'),
           ('OLD-2', 'Entwurf: Datenschutz', null, '{Datenschutz}', 'online', null, 12, '2027-03-01T09:00:00Z', 'draft', 'y', null);
    insert into seminar_sessions (seminar_id, starts_at, ends_at, location)
    values ('OLD-1', '2027-03-02T08:00:00Z', '2027-03-02T15:00:00Z', null),
           ('OLD-2', '2027-03-03T08:00:00Z', '2027-03-03T15:00:00Z', null);
  `);

  await migrateDatabase(database);

  const now = new Date('2026-11-23T10:00:00Z');
  const ask = async (text: string) =>
    (await searchSeminars(database!.db, parseQuestion(text, now, 'Europe/Berlin'), now, 'Europe/Berlin')).hits.map(
      (h) => h.id,
    );
  expect(await ask('Gibt es etwas zu Informationssicherheit?')).toEqual(['OLD-1']);
  expect(await ask('Seminare in Grevenbroich')).toEqual(['OLD-1']);
  expect(await ask('Informationssicherhiet')).toEqual(['OLD-1']);
  expect(await ask('Datenschutz')).toEqual([]);
  // 0004: a typo of a word only the summary has ("Phising"); 0005: the session's end, so a whole day is no morning.
  expect(await ask('Phising')).toEqual(['OLD-1']);
  expect(await ask('Gibt es im März etwas vormittags zu Informationssicherheit?')).toEqual([]);
  expect(await ask('Gibt es im März etwas zu Informationssicherheit?')).toEqual(['OLD-1']);
  // 0006: a typo of a hyphenated word, as one word.
  expect(await ask('Paswortrichtlinie')).toEqual(['OLD-1']);
  // 0007: a part of a compound of the summary.
  expect(await ask('Vorfälle')).toEqual(['OLD-1']);
  // 0008: a typo of the provider's name.
  expect(await ask('Was bietet das Technologiezentrm an?')).toEqual(['OLD-1']);
  // 0009: the texts are evened out before German stemming, alike on PostgreSQL 15 and 18.
  const [forms] = (await pglite.query<{ f: string }>(`select german_forms('Bürgerinnen und Regeln') as f`)).rows;
  expect(forms.f).toBe('Bürger und Regel');
}, 60_000);
