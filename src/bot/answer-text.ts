// The asked fact as the first sentence of the answer: "Das Seminar „Agiles Projektmanagement mit Scrum“ kostet 390 €."
// Dates in DISPLAY_TIMEZONE, money as the locale writes it.
import type { Answer } from '../domain/answers.js';
import type { FactKind, FeeRange, HoursLimit } from '../domain/question.js';
import type { SeminarView } from '../domain/seminar-views.js';
import { formatDateTime, formatDay, formatMoney, formatSpan, formatTime } from '../i18n/format.js';
import type { Locale, Translator } from '../i18n/index.js';

export interface TextOptions {
  locale: Locale;
  t: Translator;
  timeZone: string;
  now: Date;
  /** The reader's municipality (for the cards shown with the text). */
  municipalityId?: string | null;
}

/** "in der TZG Akademie Glehn, Korschenbroich", "im Kreishaus Grevenbroich, …" — the article a German reader expects. */
export function placePhrase(location: string, t: Translator): string {
  const first = location.split(/[\s,]/)[0].toLowerCase();
  const head = location.split(',')[0].toLowerCase();
  if (/(haus|zentrum|institut|gebäude|amt|saal|forum)$/.test(first)) return t('ask.placeInTheM', { location });
  if (/(akademie|schule|halle|verwaltung|bibliothek|kammer|universität|hochschule|stadtbücherei)\b/.test(head))
    return t('ask.placeInThe', { location });
  if (/^[\p{Lu}][\p{L}-]+$/u.test(location.trim())) return t('ask.placeIn', { location });
  return t('ask.placeAt', { location });
}

function wherePhrase(view: SeminarView, t: Translator): string {
  const { seminar } = view;
  if (seminar.format === 'online') return t('ask.placeOnline');
  const place = placePhrase(seminar.location ?? view.sessions.find((s) => s.location)?.location ?? '', t);
  return seminar.format === 'hybrid' ? t('ask.placeHybrid', { place }) : place;
}

function joinList(items: string[], t: Translator): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t('ask.and')} ${items[items.length - 1]}`;
}

/** Sessions still ahead, or all of them when none is (a follow-up about a seminar that has begun). */
function sessionsOf(view: SeminarView, now: Date) {
  const ahead = view.sessions.filter((s) => s.endsAt > now);
  return ahead.length ? ahead : view.sessions;
}

function whenSentence(view: SeminarView, o: TextOptions, withPlace: boolean): string {
  const { t, locale, timeZone } = o;
  const title = view.seminar.title;
  const sessions = sessionsOf(view, o.now);
  const place = withPlace ? wherePhrase(view, t) : '';
  const times = (d: Date) => formatTime(d, locale, timeZone);
  if (sessions.length === 1) {
    const [s] = sessions;
    const day = formatDay(s.startsAt, locale, timeZone);
    if (day !== formatDay(s.endsAt, locale, timeZone))
      return t('ask.whenSpans', { title, spans: formatSpan(s.startsAt, s.endsAt, locale, timeZone) });
    return t(withPlace ? 'ask.whenOneAt' : 'ask.whenOne', {
      title,
      day,
      from: times(s.startsAt),
      to: times(s.endsAt),
      place,
    });
  }
  const sameTimes = sessions.every(
    (s) => times(s.startsAt) === times(sessions[0].startsAt) && times(s.endsAt) === times(sessions[0].endsAt),
  );
  if (!sameTimes) {
    return t('ask.whenSpansCount', {
      title,
      count: sessions.length,
      spans: sessions.map((s) => formatSpan(s.startsAt, s.endsAt, locale, timeZone)).join('; '),
    });
  }
  const days = joinList(
    sessions.map((s) => formatDay(s.startsAt, locale, timeZone)),
    t,
  );
  return t(withPlace ? 'ask.whenDaysAt' : 'ask.whenDays', {
    title,
    count: sessions.length,
    days,
    from: times(sessions[0].startsAt),
    to: times(sessions[0].endsAt),
    place,
  });
}

function factSentence(fact: FactKind, view: SeminarView, o: TextOptions): string {
  const { t, locale, timeZone } = o;
  const { seminar, seats } = view;
  const title = seminar.title;
  const sessions = sessionsOf(view, o.now);
  switch (fact) {
    case 'cost': {
      // The fee's note ("Die Kosten trägt das Land NRW", "50 % fördert das Land") follows the first sentence.
      const note = seminar.feeNote ? ` ${seminar.feeNote}` : '';
      if (seminar.feeAmount == null) return `${t('ask.costUnknown', { title })}${note}`;
      if (seminar.feeAmount === 0) return `${t('ask.costFree', { title })}${note}`;
      const fee = formatMoney(seminar.feeAmount, seminar.feeCurrency ?? 'EUR', locale);
      return `${t('ask.cost', { title, fee })}${note}`;
    }
    case 'when':
      return whenSentence(view, o, false);
    case 'startTime': {
      const first = sessions[0];
      return t('ask.startTime', {
        title,
        day: formatDay(first.startsAt, locale, timeZone),
        time: formatTime(first.startsAt, locale, timeZone),
      });
    }
    case 'where': {
      if (seminar.format === 'online') return t('ask.whereOnline', { title });
      const places = [...new Set(sessions.map((s) => s.location ?? seminar.location ?? ''))];
      if (places.length > 1)
        return t('ask.where', {
          title,
          place: joinList(
            places.map((p) => placePhrase(p, t)),
            t,
          ),
        });
      return t('ask.where', { title, place: wherePhrase(view, t) });
    }
    case 'trainer':
      if (!seminar.trainer) return t('ask.trainerUnknown', { title });
      return t(/\s(und|and)\s/.test(seminar.trainer) ? 'ask.trainers' : 'ask.trainer', {
        title,
        trainer: seminar.trainer,
      });
    case 'duration': {
      const times = (d: Date) => formatTime(d, locale, timeZone);
      const all = view.sessions;
      if (all.length === 1) {
        const hours = (all[0].endsAt.getTime() - all[0].startsAt.getTime()) / 3_600_000;
        const duration = hoursPhrase(hours, 1, o);
        return t('ask.duration', { title, duration, from: times(all[0].startsAt), to: times(all[0].endsAt) });
      }
      const same = all.every(
        (s) => times(s.startsAt) === times(all[0].startsAt) && times(s.endsAt) === times(all[0].endsAt),
      );
      return same
        ? t('ask.durationDays', { title, count: all.length, from: times(all[0].startsAt), to: times(all[0].endsAt) })
        : t('ask.durationDaysVarying', { title, count: all.length });
    }
    case 'deadline': {
      const deadline = formatDateTime(seminar.registrationDeadline, locale, timeZone);
      return seminar.registrationDeadline > o.now
        ? t('ask.deadlineOpen', { title, deadline })
        : t('ask.deadlinePassed', { title, deadline });
    }
    case 'seats':
      if (seats.seatsLeft === 1) return t('ask.seatsLeftOne', { title, capacity: seats.capacity });
      if (seats.seatsLeft > 0) return t('ask.seatsLeft', { title, left: seats.seatsLeft, capacity: seats.capacity });
      return seminar.waitlist
        ? t('ask.seatsFullWaitlist', { title, waiting: seats.waitlisted })
        : t('ask.seatsFull', { title });
    case 'language':
      return t(seminar.language === 'en' ? 'ask.languageEnglish' : 'ask.languageGerman', { title });
    case 'format':
      if (seminar.format === 'online') return t('ask.formatOnline', { title });
      if (seminar.format === 'hybrid')
        return t('ask.formatHybrid', { title, place: placePhrase(seminar.location ?? '', t) });
      return t('ask.formatInPerson', { title, place: placePhrase(seminar.location ?? '', t) });
  }
}

/** The sentences for the asked facts of one seminar; "when" and "where" together make one sentence. */
export function factText(facts: FactKind[], view: SeminarView, o: TextOptions): string {
  const asked = [...facts];
  const sentences: string[] = [];
  if (asked.includes('when') && asked.includes('where') && view.seminar.format !== 'online') {
    sentences.push(whenSentence(view, o, true));
    asked.splice(asked.indexOf('when'), 1);
    asked.splice(asked.indexOf('where'), 1);
  }
  for (const fact of asked) sentences.push(factSentence(fact, view, o));
  return sentences.join(' ');
}

/** The asked budget as the restriction nothing passed: "zwischen 200 € und 300 € kostet", "costs less than €100". */
function feeText(fee: FeeRange, { t, locale }: TextOptions): string {
  const euros = (amount: number) => formatMoney(amount, 'EUR', locale);
  if (fee.atLeast !== undefined && fee.atMost !== undefined)
    return t('ask.r.feeBetween', { min: euros(fee.atLeast), max: euros(fee.atMost) });
  const bounds: string[] = [];
  if (fee.atLeast !== undefined) bounds.push(t('ask.r.feeAtLeast', { amount: euros(fee.atLeast) }));
  if (fee.above === 0) bounds.push(t('ask.r.notFree'));
  else if (fee.above !== undefined) bounds.push(t('ask.r.feeAbove', { amount: euros(fee.above) }));
  if (fee.below !== undefined) bounds.push(t('ask.r.feeBelow', { amount: euros(fee.below) }));
  if (fee.atMost !== undefined) bounds.push(t('ask.r.feeAtMost', { amount: euros(fee.atMost) }));
  return joinList(bounds, t);
}

/** "1 Stunde", "1,5 Stunden", "2 hours": the number as the locale writes it, rounded first so that the unit agrees. */
function hoursPhrase(hours: number, digits: number, { t, locale }: TextOptions): string {
  const n = Math.round(hours * 10 ** digits) / 10 ** digits;
  const written = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: digits });
  return t(n === 1 ? 'reg.unit.h' : 'reg.unit.hh', { n: written.format(n) });
}

/** The asked length as the restriction nothing passed: "kürzer als 2 Stunden dauert", "lasts at most 1.5 hours". */
function hoursText(limit: HoursLimit, o: TextOptions): string {
  return limit.below !== undefined
    ? o.t('ask.r.hoursBelow', { duration: hoursPhrase(limit.below, 2, o) })
    : o.t('ask.r.hoursAtMost', { duration: hoursPhrase(limit.atMost ?? 0, 2, o) });
}

/** "Nothing fits", saying which restriction of the question nothing passed and what there is without it. */
export function noneText(answer: Extract<Answer, { kind: 'none' }>, o: TextOptions): string {
  const { t, locale, timeZone } = o;
  const restrictions = joinList(
    answer.restricted.map((r) => {
      if (r === 'weekday') return t('ask.r.weekday', { day: t(`ask.weekday.${answer.weekday ?? 1}` as never) });
      if (r === 'fee') return feeText(answer.fee ?? {}, o);
      if (r === 'hours') return hoursText(answer.hours ?? {}, o);
      if (r === 'startsFrom') return t('ask.r.startsFrom', { time: answer.startsFrom ?? '' });
      if (r === 'startsAt') return t('ask.r.startsAt', { time: answer.startsAt ?? '' });
      if (r !== 'period') return t(`ask.r.${r}`);
      const from = formatDay(answer.period!.from, locale, timeZone);
      const to = formatDay(new Date(answer.period!.to.getTime() - 1), locale, timeZone);
      return from === to ? t('ask.r.day', { day: from }) : t('ask.r.period', { from, to });
    }),
    t,
  );
  // Only the period excluded them: say when the next one is.
  if (answer.elsewhere && answer.elsewhereNext && answer.restricted.length === 1 && answer.restricted[0] === 'period') {
    const day = formatDay(answer.elsewhereNext, locale, timeZone);
    const more =
      answer.elsewhere === 1
        ? t('ask.otherDatesOne', { day })
        : t('ask.otherDatesMany', { count: answer.elsewhere, day });
    return `${t('ask.noneRestricted', { restrictions })} ${more}`;
  }
  if (answer.elsewhere) {
    const more = answer.elsewhere === 1 ? t('ask.elsewhereOne') : t('ask.elsewhereMany', { count: answer.elsewhere });
    return `${t('ask.noneRestricted', { restrictions })} ${more}`;
  }
  if (answer.restricted.length && !answer.suggestions.length) {
    const next = answer.nextStart
      ? ` ${t('ask.nextAfter', { day: formatDay(answer.nextStart, locale, timeZone) })}`
      : '';
    return `${t('ask.noneFiltered', { restrictions })}${next}`;
  }
  const suggest = answer.suggestions.length ? ` ${t('ask.suggest', { topics: answer.suggestions.join(', ') })}` : '';
  return `${t('ask.none')}${suggest}`;
}
