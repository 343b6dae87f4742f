// How the index reads the words of the texts, alike on both engines. PostgreSQL 18 (PGlite) and 15 differ in German
// stemming ("Bürgerinnen" is "burg" on one and "burgerinn" on the other); german_forms evens the texts out before
// stemming, in the index and in the queries. Words joined by a slash ("VOB/A", "SGB II/XII") are read by PostgreSQL as
// one path ('vob/a'); split_slashes (migration 0010) makes them words of their own in the index.
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../db/client.js';
import { answerQuestion } from '../src/domain/answers.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { describeEachEngine } from './support/db.js';

const now = new Date('2027-03-01T09:00:00Z'); // Monday
const seminar = (id: string, title: string, description: string, start: string) => ({
  id,
  title,
  description,
  format: 'online',
  capacity: 10,
  sessions: [{ start, end: start.replace('T09', 'T12') }],
});
const catalogue = {
  seminars: [
    seminar(
      'S-1',
      'Ruhig bleiben am Tresen',
      'Wenn Bürgerinnen laut werden: deeskalierend sprechen und Grenzen setzen.',
      '2027-04-13T09:00:00+02:00',
    ),
    seminar(
      'S-2',
      'Excel für den Haushalt',
      'Formeln und Regeln für Listen der Kämmerei, im neuen Finanzsystem.',
      '2027-04-20T09:00:00+02:00',
    ),
    seminar(
      'S-3',
      'Bauleistungen vergeben nach VOB/A',
      'Ausschreibung und Wertung von Bauleistungen.',
      '2027-04-27T09:00:00+02:00',
    ),
    seminar(
      'S-4',
      'Leistungen für Arbeitsuchende',
      'Die Ansprüche nach SGB II/XII im Überblick, mit Fällen aus dem Jobcenter.',
      '2027-05-04T09:00:00+02:00',
    ),
  ],
};

describeEachEngine('the words of the index, alike on both engines', ({ db }) => {
  beforeAll(async () => {
    await importCatalogue(db(), catalogue, { now });
  });

  const ids = async (q: string) => {
    const { answer } = await answerQuestion(db(), q, { now, timeZone: 'Europe/Berlin' });
    return answer.kind === 'list' ? answer.seminarIds : answer.kind;
  };

  it('stems the feminine forms, "-eln" and "system" the same way', async () => {
    const rows = await queryRows<{ w: string; stem: string[] }>(
      db(),
      sql`select w, ts_lexize('german_stem', german_forms(w)) as stem
          from unnest(array['burgerinnen', 'mitarbeiterin', 'regeln', 'system', 'systeme', 'kolleginnen']) as w`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.w, r.stem]))).toEqual({
      burgerinnen: ['burg'],
      mitarbeiterin: ['mitarbeit'],
      regeln: ['regel'],
      system: ['system'],
      systeme: ['system'],
      kolleginnen: ['kolleginn'],
    });
  });

  it('finds "Bürgerinnen" of a description by "Bürger", and "Regeln" by "Regel"', async () => {
    expect(await ids('Bürger')).toEqual(['S-1']);
    expect(await ids('Regel')).toEqual(['S-2']);
  });

  it('finds "VOB/A" of a title by "VOB" and by itself, and "SGB II/XII" of a description by "SGB XII"', async () => {
    expect(await ids('Gibt es was zur VOB?')).toEqual(['S-3']);
    expect(await ids('Seminare zu VOB/A')).toEqual(['S-3']);
    expect(await ids('Schulung zum SGB XII')).toEqual(['S-4']);
  });
});
