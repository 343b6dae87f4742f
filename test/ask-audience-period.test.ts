// An audience asked together with a period: the audience's fragments are OR'ed inside the WHERE of ANDs, and the
// period still selects ("Welche Seminare gibt es im Juli für Sekretärinnen?" is not the June course for assistants).
// Asked of the eighty-third held-out catalogue, whose audiences have several courses in different months.
import fs from 'node:fs';
import { heldoutSuite, type Case } from './support/question-suite.js';

const fixture = 'heldout83-catalogue.json';
const catalogue = JSON.parse(fs.readFileSync(new URL(`./fixtures/${fixture}`, import.meta.url), 'utf8')) as {
  seminars: { title: string; status: string; sessions: { start: string }[] }[];
};
const now = new Date('2027-06-08T08:00:00Z'); // Tuesday, 8 June 2027, 10:00 in Detmold
const titles = catalogue.seminars.map((s) => s.title);
const never = catalogue.seminars
  .filter((s) => s.status !== 'published' || s.sessions.every((x) => new Date(x.start) < now))
  .map((s) => s.title);

const CASES: Case[] = [
  // Sekretariat: "Souverän im Vorzimmer" on 11 June, "Microsoft 365 im Sekretariat" on 8 July.
  {
    q: 'Welche Seminare gibt es im Juli für Sekretärinnen?',
    kind: 'list',
    titles: ['Microsoft 365 im Sekretariat: Kalender, Postfächer und Teams organisieren'],
  },
  // Trainees: the first-year course on 17 June, the counter course on 20 July, the exam course on 22 September.
  {
    q: 'Was gibt es im Juni für Azubis?',
    kind: 'list',
    titles: ['Gut gestartet: Verwaltungsgrundlagen für Auszubildende im ersten Jahr'],
  },
];

heldoutSuite('an audience asked together with a period', {
  fixture,
  now,
  timeZone: 'Europe/Berlin',
  cases: CASES,
  titles,
  never,
});
