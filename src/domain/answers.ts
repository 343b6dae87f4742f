// Deciding what to answer: which seminars, which facts, or why there is nothing to offer. The wording belongs to the
// bot layer (i18n); this returns the data and keeps the conversation's context up to date.
import { sql } from 'drizzle-orm';
import { queryRows, textArray, type DbOrTx } from '../../db/client.js';
import { loadContext, saveContext, type ConversationContext } from './conversation-context.js';
import {
  facetWords,
  isoWeekday,
  periodFollowing,
  parseQuestion,
  type FactKind,
  type FeeRange,
  type HoursLimit,
  type Order,
  type Period,
  type Question,
  type QuestionFilters,
  type SearchTerm,
} from './question.js';
import {
  fold,
  searchSeminars,
  seminarNamedIn,
  seminarQuoted,
  suggestTopics,
  type SearchHit,
} from './seminar-search.js';

/** Seminars per list card; "Mehr anzeigen" shows the next ones. */
export const PAGE_SIZE = 8;
/** A fact question names one seminar; others are shown only when they fit (almost) equally well. */
const NEAR_TIE = 0.9;
/** Seminars asked for in the plural: each that fits at least half as well as the best. */
const SEVERAL_SHARE = 0.5;
/** The first of a list is the one it is about when the others fit at most this share as well. */
const FOCUS_MARGIN = 0.75;
const MAX_FACT_SEMINARS = 3;

export type Answer =
  | { kind: 'help' }
  | { kind: 'thanks' }
  | { kind: 'myRegistrations' }
  /** A follow-up ("Was kostet das?") without a seminar in the conversation. */
  | { kind: 'noContext' }
  | { kind: 'facts'; facts: FactKind[]; seminarIds: string[] }
  | { kind: 'details'; seminarId: string }
  | {
      kind: 'list';
      seminarIds: string[];
      total: number;
      more: boolean;
      period?: Period;
      /** "Gibt es den auch online?" of a seminar that is not: the seminars of its subject that are. */
      offeredIn?: Question['offeredIn'];
    }
  /**
   * Nothing fits. `restricted` names the filters of the question that nothing passed; with a topic, `elsewhere` counts
   * the seminars on it without those filters. A question of filters only ("Was läuft diese Woche?") gets `nextStart`:
   * when the next seminar after the asked period begins.
   */
  | {
      kind: 'none';
      suggestions: string[];
      elsewhere: number;
      /** When the first of the `elsewhere` ones begins. */
      elsewhereNext?: Date;
      restricted: Restriction[];
      period?: Period;
      weekday?: number;
      fee?: FeeRange;
      hours?: HoursLimit;
      startsFrom?: string;
      startsAt?: string;
      nextStart?: Date;
    }
  /** Asked for by name, but cancelled or already held: said so, never offered. */
  | { kind: 'gone'; reason: 'cancelled' | 'past'; seminarId: string; title: string; lastStart: Date };

/** Filters that exclude seminars by their dates, format, fee, length, language or seats (not by their words). */
export type Restriction =
  | 'period'
  | 'weekday'
  | 'morning'
  | 'afternoon'
  | 'evening'
  | 'online'
  | 'in_person'
  | 'hybrid'
  | 'not_online'
  | 'not_in_person'
  | 'not_hybrid'
  | 'free'
  | 'fee'
  | 'hours'
  | 'startsFrom'
  | 'startsAt'
  | 'multiDay'
  | 'singleDay'
  | 'en'
  | 'de'
  | 'seatsAvailable';

function restrictionsOf(f: QuestionFilters): Restriction[] {
  const r: Restriction[] = [];
  if (f.period) r.push('period');
  if (f.weekday) r.push('weekday');
  if (f.timeOfDay) r.push(f.timeOfDay);
  if (f.format) r.push(f.format);
  if (f.notFormat) r.push(`not_${f.notFormat}`);
  if (f.free) r.push('free');
  if (f.fee) r.push('fee');
  if (f.hours) r.push('hours');
  if (f.startsFrom) r.push('startsFrom');
  if (f.startsAt) r.push('startsAt');
  if (f.multiDay !== undefined) r.push(f.multiDay ? 'multiDay' : 'singleDay');
  if (f.language) r.push(f.language);
  if (f.seatsAvailable) r.push('seatsAvailable');
  return r;
}

const unrestricted = (f: QuestionFilters): QuestionFilters => ({
  place: f.place,
  trainer: f.trainer,
  provider: f.provider,
  audience: f.audience,
});

export interface AnswerOptions {
  now: Date;
  timeZone: string;
  /** Where the context of follow-ups is kept; none = no follow-ups. */
  conversationId?: string | null;
}

/** Each seminar's fee (none is 0), length (all its sessions, in minutes) or next start (ms). */
async function measuresOf(db: DbOrTx, hits: SearchHit[], by: Order['by']): Promise<Map<string, number>> {
  if (by === 'date') return new Map(hits.map((h) => [h.id, h.nextStart?.getTime() ?? 0]));
  const ids = textArray(hits.map((h) => h.id));
  const rows = await queryRows<{ id: string; value: number }>(
    db,
    by === 'fee'
      ? sql`select id, coalesce(fee_amount, 0)::float8 as value from seminars where id = any(${ids})`
      : sql`select seminar_id as id, (sum(extract(epoch from ends_at - starts_at)) / 60)::float8 as value
          from seminar_sessions where seminar_id = any(${ids}) group by seminar_id`,
  );
  return new Map(rows.map((r) => [r.id, Number(r.value)]));
}

/** Of the seminars that fit, the cheapest, dearest, shortest or longest (all of them at that end, by date). */
async function atTheEnd(db: DbOrTx, hits: SearchHit[], order: Order): Promise<SearchHit[]> {
  const value = await measuresOf(db, hits, order.by);
  const extreme = (order.dir === 'lowest' ? Math.min : Math.max)(...hits.map((h) => value.get(h.id) ?? 0));
  return hits
    .filter((h) => (value.get(h.id) ?? 0) === extreme)
    .sort((a, b) => (a.nextStart?.getTime() ?? 0) - (b.nextStart?.getTime() ?? 0))
    .slice(0, MAX_FACT_SEMINARS);
}

/**
 * The surname of the trainer pointed at ("Was macht der sonst noch?") of a seminar's trainers ("Frau Sandra Kühn und
 * Herr Markus Ebner (Polizeipräsidium Offenburg)"): the man or the woman the pronoun names, else the first.
 */
async function trainerPointedAt(
  db: DbOrTx,
  seminarId: string,
  pronoun: NonNullable<Question['trainerOthers']>,
): Promise<string | undefined> {
  const [row] = await queryRows<{ trainer: string | null }>(
    db,
    sql`select trainer from seminars where id = ${seminarId}`,
  );
  const people = (row?.trainer ?? '')
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*(?:,|;|\/|&|\bund\b|\band\b)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  const gender = (p: string) => (/^frau\b/i.test(p) ? 'she' : /^herr\b/i.test(p) ? 'he' : undefined);
  const person =
    pronoun === 'either' ? people[0] : people.find((p) => gender(p) === pronoun || gender(p) === undefined);
  return person?.match(/[\p{L}'-]+$/u)?.[0];
}

/** Two seminars compared ("welcher ist günstiger, X oder Y?"): the one at the end asked for first. */
async function inOrder(db: DbOrTx, hits: SearchHit[], order: Order): Promise<SearchHit[]> {
  const value = await measuresOf(db, hits, order.by);
  const sign = order.dir === 'lowest' ? 1 : -1;
  return [...hits].sort((a, b) => sign * ((value.get(a.id) ?? 0) - (value.get(b.id) ?? 0)));
}

function factSeminars(hits: SearchHit[], question: Question): SearchHit[] {
  // "der nächste Excel-Kurs": the first of those that fit (the search has cut off the ones that do not).
  if (question.earliest)
    return [[...hits].sort((a, b) => (a.nextStart?.getTime() ?? 0) - (b.nextStart?.getTime() ?? 0))[0]];
  const best = Math.max(...hits.map((h) => h.score));
  // ("Was kosten die Excel-Kurse?": each that fits clearly, not only the best)
  const ties = question.several
    ? [...hits]
        .filter((h) => h.score >= best * SEVERAL_SHARE)
        .sort((a, b) => b.score - a.score)
        .slice(0, question.several)
    : hits.filter((h) => h.score >= best * NEAR_TIE);
  const ordered = question.timeQuestion
    ? ties.sort((a, b) => (a.nextStart?.getTime() ?? 0) - (b.nextStart?.getTime() ?? 0))
    : ties.sort((a, b) => b.score - a.score);
  return ordered.slice(0, MAX_FACT_SEMINARS);
}

export async function answerQuestion(
  db: DbOrTx,
  text: string,
  opts: AnswerOptions,
): Promise<{ question: Question; answer: Answer }> {
  const { now, timeZone, conversationId } = opts;
  let question = parseQuestion(text, now, timeZone);
  if (question.intent === 'help') return { question, answer: { kind: 'help' } };
  if (question.intent === 'thanks') return { question, answer: { kind: 'thanks' } };
  if (question.intent === 'myRegistrations') return { question, answer: { kind: 'myRegistrations' } };

  // The conversation's context is read once, and only by questions that may refer to it.
  const context =
    conversationId &&
    (question.followUp ||
      question.continues ||
      question.refines ||
      question.narrows ||
      question.factOfFocus ||
      question.later ||
      question.pick ||
      question.others ||
      question.trainerOthers ||
      (question.intent === 'fact' && !ownSubject(question).length))
      ? await loadContext(db, conversationId, now)
      : null;

  // What the conversation is about after this answer: its seminars, the facts asked and the search they came from (its
  // subject kept when the question names none of its own: "Wann ist der?"). The facts are read when saving, since
  // `question` is rewritten below (a follow-up's facts, a pick).
  const factsAsked = () => (question.intent === 'fact' ? question.facts : []);
  const remember = async (seminarId: string | null, seminarIds: string[], shown: number, keepList = false) => {
    const facts = factsAsked();
    const own = subjectOf(question);
    const subject = own.length ? own : (context?.subject ?? []);
    const { filters } = question;
    // (a narrowed list remembers the one it came from)
    const narrowedFrom = question.narrows && context ? shownOf(context) : [];
    const value = { seminarId, seminarIds, shown, facts, subject, filters, narrowedFrom };
    if (conversationId) await saveContext(db, conversationId, value, now, { keepList });
  };
  /** One seminar asked about: when it is one of the list just shown, that list and its search stay ("und der andere?"). */
  const rememberOne = (seminarId: string) => remember(seminarId, [seminarId], 1, true);
  /** Another seminar of the conversation's list, or its focus again: the list and the search it came from stay. */
  const rememberInList = async (ctx: ConversationContext, seminarId: string) => {
    if (conversationId) await saveContext(db, conversationId, { ...ctx, seminarId, facts: factsAsked() }, now);
  };

  // "Was kostet das OZG-Seminar?" … "Und das zur E-Rechnung?": the same facts, of the seminar now named.
  const facts = question.continues ? (context?.facts ?? []) : [];
  if (facts.length)
    question = {
      ...question,
      intent: 'fact',
      facts,
      timeQuestion: question.timeQuestion || facts.includes('when') || facts.includes('startTime'),
    };
  // "Und der für Fortgeschrittene?": only a level or audience of its own, so the subject is the one before.
  if (question.continues && !subjectOf(question).length && context?.subject?.length)
    question = { ...question, terms: [...context.subject, ...question.terms] };
  // "noch Plätze frei?", "online?" in a conversation about one seminar: its seats, its format.
  // ("Und in Präsenz?" after a list by filters that had one seminar: that search again, in person.)
  const refinesList = question.refines && !context?.facts?.length && restrictionsOf(context?.filters ?? {}).length;
  if (question.factOfFocus && context?.seminarId && !refinesList)
    question = { ...question, intent: 'fact', facts: [question.factOfFocus], followUp: true, filters: {} };

  // "Gibt es einen späteren Termin?": the conversation's subject, from the day after the last seminar just shown.
  const after =
    question.later && context?.seminarIds.length ? await dayAfterNext(db, shownOf(context), now, timeZone) : null;
  if (after) {
    question = {
      ...question,
      // (the subject without the place of the seminar just shown: a later one may be held elsewhere)
      terms: (context?.subject ?? []).filter((t) => !context?.filters?.place?.includes(t.text)),
      timeQuestion: true,
      filters: {
        ...question.filters,
        period: { kind: 'range', from: after, to: new Date(after.getTime() + 5 * 365 * DAY) },
      },
    };
  }

  // "Was kostet der zweite?", "Und der andere?": a seminar of the list just shown, with the facts asked or asked before;
  // "Was kosten die beiden?": each of the two. "Was kostet der Online-Kurs?", "Und der in Anklam?": the one of them
  // that the filters name.
  const matching = async (ctx: ConversationContext) =>
    (question.intent === 'fact' || question.followUp || question.continues || question.oneOfThem) &&
    !ownSubject(question).length
      ? await shownMatching(db, ctx, question, now, timeZone)
      : null;
  const picked = !context
    ? []
    : question.pick
      ? pickedSeminars(context, question.pick)
      : [await matching(context)].filter((id) => id !== null);
  if (picked.length && context) {
    // ("Gibt es den zweiten auch online?": whether that one is)
    const asked = question.facts.length
      ? question.facts
      : question.factOfFocus
        ? [question.factOfFocus]
        : (context.facts ?? []);
    question = { ...question, intent: asked.length ? 'fact' : 'details', facts: asked, followUp: true };
    // (both of a list of two: the list stays, neither is the one talked about)
    await (picked.length === 1 ? rememberInList(context, picked[0]) : remember(null, picked, picked.length));
    if (!asked.length) return { question, answer: { kind: 'details', seminarId: picked[0] } };
    return { question, answer: { kind: 'facts', facts: asked, seminarIds: picked } };
  }

  // "Und der andere?" with no list to pick from: which one is meant, rather than everything.
  if (
    question.pick &&
    question.pick !== 'both' &&
    !ownSubject(question).length &&
    !restrictionsOf(question.filters).length
  )
    return { question, answer: { kind: 'noContext' } };

  // "Was ist am günstigsten?" after a list: the cheapest of that list.
  if (
    question.order &&
    question.intent === 'fact' &&
    (context?.seminarIds.length ?? 0) > 1 &&
    !ownSubject(question).length &&
    !restrictionsOf(question.filters).length
  )
    question = { ...question, narrows: true };

  /** The seminars of the conversation's subject in the asked format, unless the one it is about is one of them. */
  const offeredOtherwise = async (ctx: ConversationContext, format: NonNullable<Question['offeredIn']>) => {
    if (!ctx.subject?.length) return [];
    const asked: Question = { ...question, intent: 'list', facts: [], terms: ctx.subject, filters: { format } };
    const { hits } = await searchSeminars(db, asked, now, timeZone);
    return hits.some((h) => h.id === ctx.seminarId) ? [] : hits.slice(0, PAGE_SIZE).map((h) => h.id);
  };

  // "Was macht der sonst noch?" after who leads it: that trainer's other seminars.
  if (question.trainerOthers && context?.seminarId) {
    const surname = await trainerPointedAt(db, context.seminarId, question.trainerOthers);
    if (surname) question = { ...question, filters: { ...question.filters, trainer: [surname] }, others: true };
  }

  // "Und die Woche danach?": the week (or month) after the period of the search before, or after this one.
  if (question.following) {
    const before = context?.filters?.period;
    const last = before ? new Date(before.to.getTime() - 1) : now;
    question = { ...question, filters: { period: periodFollowing(question.following, last, timeZone) } };
  }
  // "Und im Oktober?" after "Welche Online-Seminare gibt es im September?": the same search with the new filter.
  if (question.refines && question.intent === 'list' && context) {
    // ("nur die am Mittwoch" of March's list: the Wednesdays of March, not next Wednesday)
    const { period, ...own } = question.filters;
    const onWeekday = question.narrows && period?.byWeekday && context.filters?.period;
    const filters = onWeekday
      ? { ...context.filters, ...own, weekday: isoWeekday(period.from, timeZone) }
      : { ...context.filters, ...question.filters };
    question = {
      ...question,
      terms: [...(context.subject ?? []), ...question.terms],
      filters,
      timeQuestion: question.timeQuestion || Boolean(filters.period),
    };
  }

  // "Wann ist das nächste Seminar?" in a conversation about none: the next of all (below).
  const nextOfAll = question.earliest && !context && OFFERING_NAMED.test(question.text);
  if (question.followUp && !nextOfAll) {
    if (!context?.seminarId) return { question, answer: { kind: 'noContext' } };
    if (question.intent === 'details') return { question, answer: { kind: 'details', seminarId: context.seminarId } };
    // "Gibt es den auch online?" of a seminar in person: the online dates of its subject, when there are any.
    const otherwise = question.offeredIn ? await offeredOtherwise(context, question.offeredIn) : [];
    if (otherwise.length) {
      await remember(otherwise.length === 1 ? otherwise[0] : null, otherwise, otherwise.length);
      const { offeredIn } = question;
      return {
        question,
        answer: { kind: 'list', seminarIds: otherwise, total: otherwise.length, more: false, offeredIn },
      };
    }
    await rememberInList(context, context.seminarId);
    return { question, answer: { kind: 'facts', facts: question.facts, seminarIds: [context.seminarId] } };
  }

  // A seminar the asker names: reported when it is cancelled or past, else its facts or it alone.
  const answerNamed = async (named: SearchHit & { title: string }): Promise<Answer> => {
    if (!named.upcoming) {
      await remember(null, [], 0);
      return goneAnswer(named);
    }
    await rememberOne(named.id);
    if (question.intent === 'fact')
      return { kind: 'facts', facts: factsBesideTitle(question, named.title, now, timeZone), seminarIds: [named.id] };
    if (question.intent === 'details') return { kind: 'details', seminarId: named.id };
    return { kind: 'list', seminarIds: [named.id], total: 1, more: false };
  };
  // Named in quotation marks: that seminar, whatever else shares a word with its title; a draft is no offer.
  // (So is one whose whole title is the question: "steht der noch sicher" for „Steht der noch sicher?“, "Seminar Gesund
  // führen" for the draft „Gesund führen: Belastungen im Team erkennen“.)
  const quoted = quotedName(question.text);
  const byQuote = quoted
    ? await seminarQuoted(db, quoted, now)
    : question.intent === 'list' &&
        Object.keys(question.filters).every((k) => k === 'place') &&
        /^\S+(?:\s+\S+){2,11}$/u.test(question.text.trim())
      ? await seminarQuoted(db, question.text.replace(/[\s?!.]+$/u, '').replace(COURSE_WORD_BEFORE, ''), now, true)
      : null;
  if (byQuote) {
    if (byQuote === 'draft') {
      await remember(null, [], 0);
      return {
        question,
        answer: { kind: 'none', suggestions: await suggestTopics(db, now), elsewhere: 0, restricted: [] },
      };
    }
    return { question, answer: await answerNamed(byQuote) };
  }

  // "wann ist social media im rathaus": a place in a seminar's own name ("Social Media im Rathaus") is no place asked
  // for; the seminar so named is (cancelled, held or offered).
  if (question.filters.place?.length) {
    const named = await seminarNamedIn(db, question.text, now);
    if (named && question.filters.place.some((p) => fold(named.title).includes(fold(p)))) {
      if (question.whereOrPlace) question = askedAsFact(question, ['where', ...question.facts]);
      else if (question.factOfFocus && question.intent === 'list')
        question = askedAsFact(question, [question.factOfFocus]);
      return { question, answer: await answerNamed(named) };
    }
  }
  let result = await searchSeminars(db, question, now, timeZone);
  // "alles von der VHS außer Excel": without the seminars about what is not wanted.
  if (question.except && result.hits.length) {
    const unwanted: Question = { ...question, intent: 'list', facts: [], terms: question.except, filters: {} };
    const { hits: dropped } = await searchSeminars(db, unwanted, now, timeZone);
    result = { ...result, hits: result.hits.filter((h) => !dropped.some((d) => d.id === h.id)) };
  }
  // "nur nachmittags" narrows the list just given ("Und danach?": that week's), not the search it came from.
  const shownBefore = question.narrows ? (context?.seminarIds ?? []) : [];
  const amongShown = (hits: SearchHit[]) => hits.filter((h) => shownBefore.includes(h.id));
  if (amongShown(result.hits).length) result = { ...result, hits: amongShown(result.hits) };
  // "Which of them can I join online?" with none online: the hybrid ones, which can be joined online too (and
  // attended in person: "which one can I attend in person?").
  if (
    !result.hits.length &&
    !result.reported &&
    (question.filters.format === 'online' || question.filters.format === 'in_person')
  ) {
    const hybrid = { ...question, filters: { ...question.filters, format: 'hybrid' as const } };
    let again = await searchSeminars(db, hybrid, now, timeZone);
    if (shownBefore.length) again = { ...again, hits: amongShown(again.hits) };
    if (again.hits.length) [question, result] = [hybrid, again];
  }
  // "When does the English course start on Wednesday?" asked of next week's Wednesday: that weekday, whichever week.
  if (!result.hits.length && !result.reported && question.intent === 'fact' && question.filters.period?.byWeekday) {
    const { period, ...rest } = question.filters;
    const onWeekday = { ...question, filters: { ...rest, weekday: isoWeekday(period!.from, timeZone) } };
    const again = await searchSeminars(db, onWeekday, now, timeZone);
    if (again.hits.length) [question, result] = [onWeekday, again];
  }
  // "Ich bin Personalrätin und möchte wissen, was im Dezember geplant ist": with nothing for the asker's role, who asks
  // does not narrow a question asked by its filters.
  if (
    !result.hits.length &&
    !result.reported &&
    question.askerOnly &&
    restrictionsOf(question.filters).length &&
    question.terms.every((t) => t.context)
  ) {
    const { audience: _, ...rest } = question.filters;
    const forAll = { ...question, filters: rest };
    const again = await searchSeminars(db, forAll, now, timeZone);
    if (again.hits.length) [question, result] = [forAll, again];
  }
  // "Where does English at the Front Desk take place?": no place of the catalogue, so "where" is the question.
  if (question.whereOrPlace && !result.placeFacet) question = askedAsFact(question, ['where', ...question.facts]);
  // "Findet die Datenschutzschulung im Rathaus statt?": where the one there is, as the answer to whether.
  else if (question.placeOfIt && result.topicSearch && result.hits.length) question = askedAsFact(question, ['where']);
  // "Ludwigslust im April, noch Plätze frei?": the seats of a time and place are a list, as with "in Ludwigslust".
  if (result.onlyPlaces && question.intent === 'fact' && question.facts.every((f) => f === 'seats'))
    question = { ...question, intent: 'list', facts: [] };
  // "noch plätze frei bei deeskalation" with no seminar in the conversation: the seats of the one seminar its words name
  // (when they name no place of the catalogue).
  if (
    question.factOfFocus &&
    question.intent === 'list' &&
    result.topicSearch &&
    !result.placeFacet &&
    !question.filters.period &&
    result.hits.length === 1
  )
    question = askedAsFact(question, [question.factOfFocus]);
  if (result.reported) {
    await remember(null, [], 0);
    return { question, answer: goneAnswer(result.reported) };
  }
  // Two seminars named ("Was kosten der Excel-Kurs und der Word-Kurs?", "Excel oder Englisch – was ist billiger?"):
  // each half searched on its own, also when the whole question finds none.
  const two =
    question.intent === 'fact' && !question.order ? await twoNamed(db, question, result.hits, now, timeZone) : null;
  if (!result.hits.length && !two) {
    // Asked by the seminar's name, whose words read otherwise ("Fit für morgen" is no question about tomorrow).
    const named = await seminarNamedIn(db, question.text, now);
    if (named) return { question, answer: await answerNamed(named) };
    await remember(null, [], 0);
    return { question, answer: await nothingFits(db, question, result.topicSearch, now, timeZone) };
  }
  if (question.intent === 'fact') {
    const chosen = question.order
      ? await atTheEnd(db, result.hits, question.order)
      : two && question.compared
        ? await inOrder(db, two, question.compared)
        : (two ?? factSeminars(result.hits, question));
    const ids = chosen.map((h) => h.id);
    if (ids.length === 1) await rememberOne(ids[0]);
    else await remember(null, ids, ids.length);
    let facts = question.facts;
    if (ids.length === 1) {
      const [{ title }] = await queryRows<{ title: string }>(db, sql`select title from seminars where id = ${ids[0]}`);
      facts = factsBesideTitle(question, title, now, timeZone);
    }
    return { question, answer: { kind: 'facts', facts, seminarIds: ids } };
  }
  if (question.intent === 'details') {
    const [best] = factSeminars(result.hits, { ...question, timeQuestion: false });
    await rememberOne(best.id);
    return { question, answer: { kind: 'details', seminarId: best.id } };
  }
  // "Und danach?" after "Was läuft morgen?": the next day with seminars; with a subject, every later one.
  // ("Und danach?" after "Was ist diese Woche noch?": the next week with seminars.)
  const firstDay = after && !question.terms.length ? result.hits[0]?.nextStart : null;
  const same = context?.filters?.period?.kind === 'week' ? sameWeek : sameDay;
  let hits = firstDay ? result.hits.filter((h) => h.nextStart && same(h.nextStart, firstDay, timeZone)) : result.hits;
  // "Gibt es noch andere Kurse am Abend?": not the one just talked about, when there are others.
  if (question.others && context?.seminarId && hits.some((h) => h.id !== context.seminarId))
    hits = hits.filter((h) => h.id !== context.seminarId);
  const ids = hits.map((h) => h.id);
  const shown = Math.min(PAGE_SIZE, ids.length);
  // A list by relevance whose first fits clearly best is about that one ("Wie lange dauert das?" asks of it).
  const clearlyFirst =
    result.topicSearch &&
    !question.timeQuestion &&
    hits.length > 1 &&
    hits.slice(1).every((h) => h.score <= hits[0].score * FOCUS_MARGIN);
  await remember(ids.length === 1 || clearlyFirst ? ids[0] : null, ids, shown);
  return {
    question,
    answer: {
      kind: 'list',
      seminarIds: ids.slice(0, shown),
      total: ids.length,
      more: ids.length > shown,
      period: question.filters.period,
    },
  };
}

/**
 * "die Erste-Hilfe-Fortbildung und die Brandschutzhelfer-Ausbildung", "the Excel course and the Word course", "wer leitet
 * das Vergabeseminar und wer das Bescheid-Seminar", "der Datenschutzkurs oder der Deeskalationskurs".
 */
const TWO_NAMED =
  /\b(?:der|die|das|den|dem|the)\s+[^,;:?!.]+?(?=\s+(?:und|sowie|and|oder|or)\s)\s+(?:und|sowie|and|oder|or)\s+(?:(?:wer|was|wann|wo|who|what|when|where)\s+)?(?:auch\s+)?((?:der|die|das|den|dem|the|für\s+(?:die|den|das)|zu[mr]|for\s+the)\s+[^,;:?!.]+)/iu;

/** "Excel oder Englisch – was ist billiger?": two named before the comparing question, without articles. */
const EITHER_FIRST =
  /^\W*([^,;:?!.–—]+?)\s+(?:oder|or)\s+([^,;:?!.–—]+?)\s*[–—:,-]+\s*(?:was|welche[rs]?|which|what)\b/iu;

/** "Welcher Kurs ist billiger: Englisch oder Excel?": the two named after the comparing question. */
const EITHER_AFTER =
  /^\W*(?:was|welche[rs]?|which|what)\b[^,;:?!.–—]*[:–—]\s*([^,;:?!.–—]+?)\s+(?:oder|or)\s+([^,;:?!.–—]+?)\s*[?!.]*\s*$/iu;

/** The question as asked of each of two seminars it names; none when it names fewer. */
function namedHalves(question: Question): [string, string] | null {
  const { text } = question;
  const either = question.compared && (EITHER_FIRST.exec(text) ?? EITHER_AFTER.exec(text));
  if (either) return [either[1], either[2]];
  const m = TWO_NAMED.exec(text);
  if (!m) return null;
  const [before, after] = [text.slice(0, m.index), text.slice(m.index + m[0].length)];
  const first = m[0]
    .slice(0, m[0].length - m[1].length)
    .replace(/\s+\S+(?:\s+(?:wer|was|wann|wo|who|what|when|where))?(?:\s+auch)?\s*$/iu, '');
  return [`${before}${first}${after}`, `${before}${m[1]}${after}`];
}

/**
 * Two seminars named in one fact question ("Wann finden die Erste-Hilfe-Fortbildung und die Brandschutzhelfer-Ausbildung
 * statt?"): each half asked on its own, the clear best of each in the order named — unless one seminar answers both
 * halves ("der Kurs Excel und Word").
 */
async function twoNamed(
  db: DbOrTx,
  question: Question,
  hits: SearchHit[],
  now: Date,
  timeZone: string,
): Promise<SearchHit[] | null> {
  const halves = question.earliest || (!hits.length && !question.compared) ? null : namedHalves(question);
  if (!halves) return null;
  const bests: SearchHit[] = [];
  let bothHalves = true;
  for (const half of halves) {
    const asked = parseQuestion(half, now, timeZone);
    if (!ownSubject(asked).length && !restrictionsOf(asked.filters).length) return null;
    const { hits: found } = await searchSeminars(
      db,
      { ...question, terms: asked.terms, filters: asked.filters },
      now,
      timeZone,
    );
    const [best, next] = [...found].sort((a, b) => b.score - a.score);
    if (!best || (next && next.score >= best.score * NEAR_TIE)) return null;
    bests.push(best);
    bothHalves &&= hits.length > 0 && found.some((h) => h.id === hits[0].id);
  }
  const [a, b] = bests;
  // (the whole question's best, found by each half, is one seminar named so: "der Kurs Excel und Word")
  return a.id === b.id || bothHalves ? null : [a, b];
}

const DAY = 86_400_000;
const dayOf = (d: Date, timeZone: string) => d.toLocaleDateString('en-CA', { timeZone });
const sameDay = (a: Date, b: Date, timeZone: string) => dayOf(a, timeZone) === dayOf(b, timeZone);
/** The Monday of the week of `d` (noon, so that a change of summer time does not move the day). */
const mondayOf = (d: Date, timeZone: string) =>
  dayOf(new Date(new Date(`${dayOf(d, timeZone)}T12:00:00Z`).getTime() - (isoWeekday(d, timeZone) - 1) * DAY), 'UTC');
const sameWeek = (a: Date, b: Date, timeZone: string) => mondayOf(a, timeZone) === mondayOf(b, timeZone);

/** Midnight after the day of the latest next session of these seminars, in the display time zone. */
async function dayAfterNext(db: DbOrTx, seminarIds: string[], now: Date, timeZone: string): Promise<Date | null> {
  const [row] = await queryRows<{ day: string | null }>(
    db,
    sql`select (date_trunc('day', max(n.first) at time zone ${timeZone}) + interval '1 day') at time zone ${timeZone} as day
      from (select min(starts_at) as first from seminar_sessions
            where seminar_id = any(${textArray(seminarIds)}) and starts_at > ${now.toISOString()}::timestamptz
            group by seminar_id) n`,
  );
  return row?.day ? new Date(row.day) : null;
}

/** "Seminar Gesund führen": the kind of offering before its name. */
const COURSE_WORD_BEFORE = /^(?:(?:das|der|die|the)\s+)?(?:seminar|kurs|schulung|workshop|training|course)\s+/iu;

/** "das nächste Seminar", "the next course": an offering named, not a seminar pointed at ("der nächste"). */
const OFFERING_NAMED =
  /\b(?:nächste[nrs]?|next)\s+(?:seminar|kurs|schulung|fortbildung|veranstaltung|termin|angebot|workshop|course|training|session|event)\b/i;

/** The seminars of the conversation's list that have been shown (at least its first). */
const shownOf = (context: ConversationContext) => context.seminarIds.slice(0, Math.max(1, context.shown));

/**
 * The seminar of the list just shown at that place; "the other" of two, the one not talked about last; "both", the
 * two of a list of two. None when the list has no such place.
 */
function pickedSeminars(context: ConversationContext, pick: NonNullable<Question['pick']>): string[] {
  const shown = shownOf(context);
  // ("the other one" after a list narrowed to one: the other of the list before)
  const pair = shown.length === 1 && context.narrowedFrom?.length === 2 ? context.narrowedFrom : shown;
  const one = (id: string | undefined) => (id ? [id] : []);
  if (pick === 'both') return shown.length === 2 ? shown : [];
  if (pick === 'other') return pair.length === 2 ? one(pair.find((id) => id !== context.seminarId)) : [];
  if (pick === 'last') return shown.length > 1 ? one(shown[shown.length - 1]) : [];
  return shown.length > 1 ? one(shown[pick - 1]) : [];
}

/** The words a question asks about, without the asker's setting or a course's level. */
const subjectOf = (q: Question) => q.terms.filter((t) => !t.context);

/** Its subject without the words of a place, trainer or provider ("der in Anklam"). */
function ownSubject(q: Question): SearchTerm[] {
  const facet = facetWords(q.filters);
  return subjectOf(q).filter((t) => !facet.has(t.text));
}

/** Of the list just shown, the one seminar that the question's filters fit ("der Online-Kurs"); else none. */
async function shownMatching(
  db: DbOrTx,
  context: ConversationContext,
  question: Question,
  now: Date,
  timeZone: string,
): Promise<string | null> {
  // The list just shown, or the one it was narrowed from ("Welcher davon ist abends?" … "Und der am Donnerstag?").
  const lists = [shownOf(context), context.narrowedFrom ?? []].filter((list) => list.length >= 2);
  const f = question.filters;
  if (!lists.length || !(restrictionsOf(f).length || f.place?.length || f.trainer?.length)) return null;
  const search = async (filters: QuestionFilters) => {
    const asked = { ...question, filters, intent: 'list' as const, facts: [], followUp: false };
    return (await searchSeminars(db, asked, now, timeZone)).hits;
  };
  const hits = await search(f);
  let onWeekday: SearchHit[] | undefined;
  for (const list of lists) {
    let fitting = hits.filter((h) => list.includes(h.id));
    // "der am Mittwoch" of a list: that weekday, whichever week (read on a Wednesday, the date would be today's).
    if (fitting.length !== 1 && f.period?.kind === 'day') {
      const { period: _day, ...rest } = f;
      onWeekday ??= await search({ ...rest, weekday: isoWeekday(f.period.from, timeZone) });
      fitting = onWeekday.filter((h) => list.includes(h.id));
    }
    if (fitting.length === 1) return fitting[0].id;
  }
  return null;
}

/**
 * "findet zahlen die überzeugen online statt", "who is the trainer for wo bleibt das geld": the words of a seminar's
 * title (or of a part of it before or after a colon) are its name, not facts asked ("Zahlen", "Wo"); the facts are
 * those of the question with the title read as "the seminar".
 */
function factsBesideTitle(question: Question, title: string, now: Date, timeZone: string): FactKind[] {
  const words = (x: string) =>
    ` ${x
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  const text = words(question.text);
  const name = title
    .split(':')
    .map(words)
    .find((part) => part.trim().includes(' ') && text.includes(part));
  if (!name) return question.facts;
  // Only the facts the title's words ask go, unless the rest of the question asks them too.
  const ofTitle = parseQuestion(name.trim(), now, timeZone).facts;
  if (!ofTitle.some((f) => question.facts.includes(f))) return question.facts;
  const seminar = question.language === 'en' ? ' the seminar ' : ' das seminar ';
  const again = parseQuestion(text.replace(name, seminar).trim(), now, timeZone).facts;
  const facts = [...new Set([...question.facts.filter((f) => !ofTitle.includes(f) || again.includes(f)), ...again])];
  return facts.length ? facts : question.facts;
}

/** The question as one about facts of a seminar: "where" when no place of the catalogue was named, seats of the one. */
const askedAsFact = (question: Question, facts: FactKind[]): Question => ({
  ...question,
  intent: 'fact',
  facts: [...new Set(facts)],
});

function goneAnswer(r: SearchHit & { title: string }): Answer {
  return {
    kind: 'gone',
    reason: r.status === 'cancelled' ? 'cancelled' : 'past',
    seminarId: r.id,
    title: r.title,
    lastStart: r.lastStart,
  };
}

/** Words in quotation marks, two or more ("„Wohngeld kompakt“", "\"Social Media im Rathaus\""): a seminar's name. */
function quotedName(text: string): string | null {
  const m = /[„“"»«‚‘]([^„“”"»«‚‘’]{5,100})[“”"«»‘’]/u.exec(text);
  const name = m?.[1]?.trim();
  return name && /\s/.test(name) ? name : null;
}

/**
 * Why nothing fits. "Im März etwas zu X?" when X is only offered in other months, or "X online?" when X is only in
 * person: say so instead of a bare "nothing". "Was läuft diese Woche?" in a quiet week: say when the next one begins.
 */
async function nothingFits(
  db: DbOrTx,
  question: Question,
  topicSearch: boolean,
  now: Date,
  timeZone: string,
): Promise<Answer> {
  const f = question.filters;
  const restricted = restrictionsOf(f);
  const none = {
    kind: 'none' as const,
    suggestions: [] as string[],
    elsewhere: 0,
    restricted,
    period: f.period,
    weekday: f.weekday,
    fee: f.fee,
    hours: f.hours,
    startsFrom: f.startsFrom,
    startsAt: f.startsAt,
  };
  const facets = Boolean(f.place?.length || f.trainer?.length || f.provider?.length || f.audience);
  const filtersOnly = !question.terms.length && !facets;
  if (restricted.length && (topicSearch || facets)) {
    const relaxed = await searchSeminars(
      db,
      { ...question, filters: unrestricted(f), timeQuestion: false },
      now,
      timeZone,
    );
    // "Bürgerbeteiligung online?" when that seminar was cancelled: it is the answer, whatever its format was.
    if (relaxed.reported) return goneAnswer(relaxed.reported);
    if (relaxed.hits.length) {
      const starts = relaxed.hits.flatMap((h) => (h.nextStart ? [h.nextStart.getTime()] : []));
      return {
        ...none,
        elsewhere: relaxed.hits.length,
        elsewhereNext: starts.length ? new Date(Math.min(...starts)) : undefined,
      };
    }
  }
  if (filtersOnly && f.period) {
    const after = {
      ...f,
      period: { kind: 'range' as const, from: f.period.to, to: new Date(f.period.to.getTime() + 5 * 365 * DAY) },
    };
    const { hits } = await searchSeminars(db, { ...question, filters: after, timeQuestion: true }, now, timeZone);
    // Sorted by the next session; one that also met before the asked period is not "the next after it".
    const next = hits.find((h) => h.nextStart && h.nextStart >= after.period.from);
    return { ...none, nextStart: next?.nextStart ?? undefined };
  }
  if (filtersOnly && restricted.length) return none;
  return { ...none, suggestions: await suggestTopics(db, now) };
}

/** The next page of the conversation's last search ("Mehr anzeigen"); empty when there is none or it expired. */
export async function moreResults(
  db: DbOrTx,
  conversationId: string,
  now: Date,
): Promise<{ seminarIds: string[]; total: number; more: boolean; from: number; to: number } | null> {
  const context = await loadContext(db, conversationId, now);
  if (!context || context.shown >= context.seminarIds.length) return null;
  const next = context.seminarIds.slice(context.shown, context.shown + PAGE_SIZE);
  const shown = context.shown + next.length;
  await saveContext(db, conversationId, { ...context, shown }, now);
  return {
    seminarIds: next,
    total: context.seminarIds.length,
    more: shown < context.seminarIds.length,
    from: context.shown + 1,
    to: shown,
  };
}
