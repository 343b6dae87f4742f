// Registering and cancelling by typing, over HTTP.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { users } from '../db/schema.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { describeEachEngine } from './support/db.js';
import { actionsOf, cardsOf, testUser, textOf } from './support/teams.js';

const now = '2026-11-23T10:00:00Z';
const session = (day: string) => [{ start: `2027-03-${day}T09:00:00+01:00`, end: `2027-03-${day}T16:00:00+01:00` }];
const catalogue = {
  municipalities: [{ id: 'neuss', name: 'Stadt Neuss' }],
  seminars: [
    {
      id: 'S-SCRUM',
      title: 'Agiles Projektmanagement mit Scrum',
      topics: ['Agile Methoden'],
      format: 'online',
      capacity: 5,
      sessions: session('02'),
    },
    {
      id: 'S-EXCEL',
      title: 'Excel kompakt: Formeln und Pivot-Tabellen',
      topics: ['Office'],
      format: 'online',
      capacity: 5,
      sessions: session('03'),
    },
    {
      id: 'S-SEC1',
      title: 'Informationssicherheit – Grundlagen',
      topics: ['Informationssicherheit'],
      format: 'online',
      capacity: 5,
      sessions: session('04'),
    },
    {
      id: 'S-SEC2',
      title: 'Informationssicherheit für Führungskräfte',
      topics: ['Informationssicherheit'],
      format: 'online',
      capacity: 5,
      sessions: session('05'),
    },
  ],
};

describeEachEngine('registering by typing', ({ database }) => {
  let bot: TestBot;
  const u = testUser(300);
  beforeAll(async () => {
    await importCatalogue(database().db, catalogue, { now: new Date(now) });
    bot = await startTestBot(database(), { now });
    await bot.chat.say(u, 'Hallo');
    await database()
      .db.update(users)
      .set({ municipalityId: 'neuss', department: 'Hauptamt' })
      .where(eq(users.aadObjectId, u.aadObjectId));
  });
  afterAll(async () => bot?.stop());

  it('"Anmelden für Scrum" registers for the one seminar meant', async () => {
    const r = await bot.chat.say(u, 'Anmelden für Scrum');
    expect(textOf(r)).toContain('Sie sind für „Agiles Projektmanagement mit Scrum“ angemeldet');
    const again = await bot.chat.say(u, 'Ich möchte mich für den Scrum-Kurs anmelden');
    expect(textOf(again)).toContain('Sie sind bereits für „Agiles Projektmanagement mit Scrum“ angemeldet.');
  });

  it('an ambiguous name shows the candidates with their buttons instead of guessing', async () => {
    const r = await bot.chat.say(u, 'anmelden für Informationssicherheit');
    const titles = cardsOf(r).map((c) => textOf({ out: [], invokeCard: c }).split('\n')[0]);
    expect(titles.sort()).toEqual(['Informationssicherheit für Führungskräfte', 'Informationssicherheit – Grundlagen']);
    expect(cardsOf(r).every((c) => actionsOf(c).some((a) => a.title === 'Anmelden'))).toBe(true);
  });

  it('"Abmelden von Scrum" asks for confirmation first', async () => {
    const r = await bot.chat.say(u, 'Abmelden von Scrum');
    expect(textOf(r)).toContain('Möchten Sie sich wirklich von „Agiles Projektmanagement mit Scrum“');
    const confirm = actionsOf(cardsOf(r)[0]).find((a) => /Abmelden/.test(a.title ?? ''))!;
    const done = await bot.chat.turn(bot.chat.execute(u, confirm.verb!, confirm.data));
    expect(textOf(done)).toContain('Sie sind von „Agiles Projektmanagement mit Scrum“ abgemeldet.');
  });

  it('cancelling something one is not registered for shows "Meine Anmeldungen"', async () => {
    await bot.chat.say(u, 'Anmelden für Excel');
    const r = await bot.chat.say(u, 'Abmelden von Informationssicherheit');
    expect(textOf(r)).toContain('Von welchem Seminar möchten Sie sich abmelden?');
    expect(textOf(r)).toContain('Excel kompakt');
  });

  it('the "Meine Anmeldungen" button of the help card shows the registrations', async () => {
    const r = await bot.chat.turn(bot.chat.submit(u, { verb: 'ask', text: 'Meine Anmeldungen' }));
    expect(textOf(r)).toContain('Meine Anmeldungen');
    expect(textOf(r)).toContain('Excel kompakt');
  });

  it('a click in a result list keeps the list, in its new state', async () => {
    const list = await bot.chat.say(u, 'Was gibt es zu Informationssicherheit?');
    const register = actionsOf(cardsOf(list)[0]).find((a) => a.title === 'Anmelden')!;
    const done = await bot.chat.turn(bot.chat.execute(u, register.verb!, register.data));
    const text = textOf(done);
    expect(text).toContain('Sie sind für „Informationssicherheit – Grundlagen“ angemeldet');
    expect(text).toContain('Informationssicherheit für Führungskräfte');
    expect(actionsOf(done.invokeCard).map((a) => a.title)).toEqual(['Details', 'Abmelden', 'Details', 'Anmelden']);
    const cancel = actionsOf(done.invokeCard).find((a) => a.title === 'Abmelden')!;
    const ask = await bot.chat.turn(bot.chat.execute(u, cancel.verb!, cancel.data));
    const confirm = actionsOf(ask.invokeCard).find((a) => /Abmelden/.test(a.title ?? ''))!;
    const back = await bot.chat.turn(bot.chat.execute(u, confirm.verb!, confirm.data));
    expect(textOf(back)).toContain('Sie sind von „Informationssicherheit – Grundlagen“ abgemeldet.');
    expect(actionsOf(back.invokeCard).map((a) => a.title)).toEqual(['Details', 'Anmelden', 'Details', 'Anmelden']);
  });
});
