// Scratch: ask questions against a held-out fixture (number) or the demo catalogue ("demo").
// usage: node --import tsx .scratch/ask.ts <NNN|demo> "q" "conv::q" "conv::en:q"
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS, wrapPglite } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { buildDemoCatalogue } from '../db/demo-catalogue.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { answerQuestion } from '../src/domain/answers.js';
import { loadSeminarViews } from '../src/domain/seminar-views.js';
import { factText } from '../src/bot/answer-text.js';
import { translator } from '../src/i18n/index.js';

const [which, ...qs] = process.argv.slice(2);
let now: Date;
let file: unknown;
if (which === 'demo') {
  now = new Date('2026-11-23T10:00:00Z');
  file = buildDemoCatalogue(now);
} else {
  const src = fs.readFileSync(`test/ask-heldout${which}.test.ts`, 'utf8');
  now = new Date(process.env.NOW ?? src.match(/const now = new Date\('([^']+)'\)/)![1]);
  file = JSON.parse(fs.readFileSync(`test/fixtures/heldout${which}-catalogue.json`, 'utf8'));
}
const database = wrapPglite(await PGlite.create({ extensions: PGLITE_EXTENSIONS }));
await migrateDatabase(database);
await importCatalogue(database.db, file, { now });
for (const raw of qs) {
  let conv: string | null = null;
  let q = raw;
  let locale: 'de' | 'en' = 'de';
  const m = q.match(/^([\w-]+)::(.*)$/s);
  if (m) [conv, q] = [m[1], m[2]];
  if (q.startsWith('en:')) [locale, q] = ['en', q.slice(3)];
  const { question, answer } = await answerQuestion(database.db, q, { now, timeZone: 'Europe/Berlin', conversationId: conv });
  const ids = 'seminarIds' in answer ? answer.seminarIds : 'seminarId' in answer ? [answer.seminarId] : [];
  const views = await loadSeminarViews(database.db, ids as string[], 'x');
  const t = translator(locale);
  console.log(`\n> ${conv ? `[${conv}] ` : ''}${q}\n  intent=${question.intent} facts=${question.facts.join(',')} kind=${answer.kind} terms=${question.terms.map((x) => x.text + (x.context ? '*' : '')).join('|')} filters=${JSON.stringify(question.filters)}`);
  if (answer.kind === 'gone') console.log(`  gone: ${answer.title} (${answer.reason})`);
  if (answer.kind === 'none') console.log(`  none`);
  for (const v of views) console.log(`  - ${v.seminar.title}`);
  if (answer.kind === 'facts')
    for (const v of views) console.log(`  » ${factText(answer.facts, v, { locale, t, timeZone: 'Europe/Berlin', now, municipalityId: null })}`);
}
await database.close();
