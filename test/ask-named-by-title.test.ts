// A seminar asked for by its title, whose words read as a filter ("Fit für morgen" is no question about tomorrow):
// the search with the filter finds nothing, and the title names the seminar: a fact, a list entry, or, when it is
// already over, that it was held.
import { beforeAll, expect, it } from 'vitest';
import { answerQuestion } from '../src/domain/answers.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { describeEachEngine } from './support/db.js';

const now = new Date('2027-03-01T09:00:00Z'); // Monday
const TZ = 'Europe/Berlin';
const seminar = (id: string, title: string, start: string, end: string) => ({
  id,
  title,
  format: 'online',
  capacity: 10,
  trainer: 'Frau Anna Beispiel',
  sessions: [{ start, end }],
});
const catalogue = {
  seminars: [
    seminar(
      'T-1',
      'Fit für morgen: digitale Verwaltung gestalten',
      '2027-04-13T09:00:00+02:00',
      '2027-04-13T16:00:00+02:00',
    ),
    seminar(
      'T-2',
      'Online heute: Videokonferenzen sicher leiten',
      '2027-02-09T09:00:00+01:00',
      '2027-02-09T12:00:00+01:00',
    ),
  ],
};

describeEachEngine('a seminar named by a title whose words read as filters', ({ db }) => {
  beforeAll(async () => {
    await importCatalogue(db(), catalogue, { now });
  });

  it('answers the asked fact of the seminar the title names', async () => {
    const { answer } = await answerQuestion(db(), 'Wer leitet Fit für morgen?', { now, timeZone: TZ });
    expect(answer).toEqual({ kind: 'facts', facts: ['trainer'], seminarIds: ['T-1'] });
  });

  it('lists it when the question asks for no fact', async () => {
    const { answer } = await answerQuestion(db(), 'Fit für morgen', { now, timeZone: TZ });
    expect(answer).toEqual({ kind: 'list', seminarIds: ['T-1'], total: 1, more: false });
  });

  it('says that a seminar named so has already been held', async () => {
    const { answer } = await answerQuestion(db(), 'Was war Online heute?', { now, timeZone: TZ });
    expect(answer).toMatchObject({ kind: 'gone', reason: 'past', seminarId: 'T-2' });
  });
});
