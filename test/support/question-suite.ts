// The table-driven question suite shared by the demo catalogue and the held-out-like catalogue: each case is asked
// through answerQuestion, and the answer is checked for exactly the expected seminars (best first), the facts of its
// first sentence, and never a draft, cancelled or past seminar where it is not asked for.
import fs from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { importCatalogue } from '../../src/domain/catalogue-import.js';
import { factText } from '../../src/bot/answer-text.js';
import { answerQuestion, type Answer } from '../../src/domain/answers.js';
import { loadSeminarViews } from '../../src/domain/seminar-views.js';
import { formatDay } from '../../src/i18n/format.js';
import { translator, type Locale } from '../../src/i18n/index.js';
import { describeEachEngine } from './db.js';

export interface Case {
  q: string;
  locale?: Locale;
  /** Conversation for follow-ups; cases with the same one run in table order. */
  conv?: string;
  kind: Answer['kind'];
  /** Exactly these seminars, in this order (for lists and facts). */
  titles?: string[];
  /** These seminars among others; the first of them is shown first. */
  first?: string;
  includes?: string[];
  excludes?: string[];
  /** The first sentence contains these. */
  says?: (string | RegExp)[];
  /** The whole answer text contains these (notes after the first sentence). */
  mentions?: string[];
  /** For a gone seminar: which one. */
  gone?: string;
  /**
   * A known miss, with the reason: the case is kept as written and expected to fail, so that the suite reports it the
   * day it passes (and the expectation never quietly changes to what the bot does).
   */
  miss?: string;
}

/**
 * `only(...titles)`: exactly these seminars when no order is clearly best — each of them, and none of the other offered
 * ones (every title but the drafts, cancelled and past seminars of `never`).
 */
export function onlyAmong(all: string[], never: string[]) {
  const offered = all.filter((t) => !never.includes(t));
  return (...titles: string[]): Pick<Case, 'includes' | 'excludes'> => ({
    includes: titles,
    excludes: offered.filter((t) => !titles.includes(t)),
  });
}

/** `only(...)` that lets `maybe` be shown or not: a hybrid seminar asked for online ones, the one just talked about. */
export function maybeAlso(
  exactly: Pick<Case, 'includes' | 'excludes'>,
  ...maybe: string[]
): Pick<Case, 'includes' | 'excludes'> {
  return { ...exactly, excludes: exactly.excludes?.filter((t) => !maybe.includes(t)) };
}

/** Up to the first sentence's end, which is never inside a quoted title ("„Dobrý den! Erste Schritte …“"). */
export function firstSentence(text: string): string {
  for (const m of text.matchAll(/(?<!\b(?:Dr|Prof|Nr|Mo|Di|Mi|Do|Fr|Sa|So)\.)(?<=[.!?])\s+(?=[A-ZÄÖÜ„"])/g)) {
    const before = text.slice(0, m.index);
    const count = (quote: RegExp) => before.match(quote)?.length ?? 0;
    if (count(/„/g) <= count(/“/g) && count(/"/g) % 2 === 0) return before;
  }
  return text;
}

export interface Suite {
  db: () => Db;
  /** Imports the catalogue into the fresh database. */
  load: () => Promise<unknown>;
  now: Date;
  timeZone: string;
  cases: Case[];
  /** Every title of the catalogue: an answer never shows anything else. */
  titles: string[];
  /** Drafts, cancelled and past seminars: never shown unless a case asks about them ('gone'). */
  never: string[];
}

export function questionSuite(s: Suite): void {
  beforeAll(async () => {
    await s.load();
  });

  for (const c of s.cases) {
    const name = `${c.conv ? `[${c.conv}] ` : ''}${c.q} → ${c.kind}${c.titles ? `: ${c.titles.length} seminar(s)` : ''}`;
    (c.miss ? it.fails : it)(c.miss ? `${name} [known miss: ${c.miss}]` : name, async () => {
      const locale = c.locale ?? 'de';
      const { now, timeZone } = s;
      const { answer } = await answerQuestion(s.db(), c.q, { now, timeZone, conversationId: c.conv ?? null });
      let shown: string[] = [];
      let text = '';
      if (answer.kind === 'facts' || answer.kind === 'list' || answer.kind === 'details') {
        const ids = answer.kind === 'details' ? [answer.seminarId] : answer.seminarIds;
        const views = await loadSeminarViews(s.db(), ids, null);
        shown = views.map((v) => v.seminar.title);
        if (answer.kind === 'facts') {
          text = views
            .map((v) => factText(answer.facts, v, { locale, t: translator(locale), timeZone, now }))
            .join('\n');
        }
      }
      if (answer.kind === 'gone') {
        shown = [answer.title];
        const t = translator(locale);
        const day = formatDay(answer.lastStart, locale, timeZone);
        text =
          answer.reason === 'cancelled'
            ? t('ask.cancelled', { title: answer.title })
            : t('ask.past', { title: answer.title, day });
      }
      const seen = JSON.stringify({ kind: answer.kind, shown, text: text.slice(0, 300) });
      expect(answer.kind, seen).toBe(c.kind);
      if (c.gone) expect(answer.kind === 'gone' ? answer.title : null, seen).toBe(c.gone);
      if (c.titles) expect(shown, seen).toEqual(c.titles);
      if (c.first) expect(shown[0], seen).toBe(c.first);
      for (const title of c.includes ?? []) expect(shown, seen).toContain(title);
      for (const title of [...(c.excludes ?? []), ...(c.kind === 'gone' ? [] : s.never)])
        expect(shown, seen).not.toContain(title);
      const opening = firstSentence(text);
      for (const x of c.says ?? []) {
        if (typeof x === 'string') expect(opening, seen).toContain(x);
        else expect(opening, seen).toMatch(x);
      }
      for (const x of c.mentions ?? []) expect(text, seen).toContain(x);
      // Only known titles: nothing invented, nothing from outside the catalogue.
      for (const title of shown) expect(s.titles, seen).toContain(title);
    });
  }
}

/** A catalogue of test/fixtures imported through importCatalogue, and its questions asked on each database engine. */
export function heldoutSuite(name: string, s: Omit<Suite, 'db' | 'load'> & { fixture: string }): void {
  const file = () =>
    JSON.parse(fs.readFileSync(new URL(`../fixtures/${s.fixture}`, import.meta.url), 'utf8')) as unknown;
  describeEachEngine(name, ({ db }) => {
    questionSuite({ ...s, db, load: () => importCatalogue(db(), file(), { now: s.now }) });
  });
}
