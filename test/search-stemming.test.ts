// Both engines stem alike: PostgreSQL 18 (PGlite) and 15 differ in German stemming ("Bürgerinnen" is "burg" on one
// and "burgerinn" on the other); german_forms evens the texts out before stemming, in the index and in the queries.
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
  ],
};

describeEachEngine('German stems alike on both engines', ({ db }) => {
  beforeAll(async () => {
    await importCatalogue(db(), catalogue, { now });
  });

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
    const ids = async (q: string) => {
      const { answer } = await answerQuestion(db(), q, { now, timeZone: 'Europe/Berlin' });
      return answer.kind === 'list' ? answer.seminarIds : answer.kind;
    };
    expect(await ids('Bürger')).toEqual(['S-1']);
    expect(await ids('Regel')).toEqual(['S-2']);
  });
});
