// Words joined by a slash ("VOB/A", "SGB II/XII") are found by each part: PostgreSQL's text parser reads them as one
// path ('vob/a'), so the index splits them (split_slashes, migration 0010).
import { beforeAll, expect, it } from 'vitest';
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
      'Bauleistungen vergeben nach VOB/A',
      'Ausschreibung und Wertung von Bauleistungen.',
      '2027-04-13T09:00:00+02:00',
    ),
    seminar(
      'S-2',
      'Leistungen für Arbeitsuchende',
      'Die Ansprüche nach SGB II/XII im Überblick, mit Fällen aus dem Jobcenter.',
      '2027-04-20T09:00:00+02:00',
    ),
    seminar('S-3', 'Excel für den Haushalt', 'Formeln für die Listen der Kämmerei.', '2027-04-27T09:00:00+02:00'),
  ],
};

describeEachEngine('words joined by a slash', ({ db }) => {
  beforeAll(async () => {
    await importCatalogue(db(), catalogue, { now });
  });

  const ids = async (q: string) => {
    const { answer } = await answerQuestion(db(), q, { now, timeZone: 'Europe/Berlin' });
    return answer.kind === 'list' ? answer.seminarIds : answer.kind;
  };

  it('finds "VOB/A" of a title by "VOB" and by itself', async () => {
    expect(await ids('Gibt es was zur VOB?')).toEqual(['S-1']);
    expect(await ids('Seminare zu VOB/A')).toEqual(['S-1']);
  });

  it('finds "SGB II/XII" of a description by "SGB XII"', async () => {
    expect(await ids('Schulung zum SGB XII')).toEqual(['S-2']);
  });
});
