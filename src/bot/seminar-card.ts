// The seminar card: facts formatted for the reader (dates in DISPLAY_TIMEZONE, money, seats) and exactly one
// button that fits the user's state — "Anmelden", "Auf die Warteliste" or "Abmelden" — or none with the reason.
import type { SeminarView } from '../domain/seminar-views.js';
import { isEligible, registrationClosedReason } from '../domain/registration.js';
import { formatDateTime, formatMoney, formatSpan } from '../i18n/format.js';
import type { Locale, Translator } from '../i18n/index.js';
import { renderCard, type AdaptiveCardJson, LINE_BREAK } from './cards.js';
import { VERBS } from './verbs.js';

export interface CardOptions {
  locale: Locale;
  t: Translator;
  timeZone: string;
  now: Date;
  /** The reader's municipality, when known: a seminar not open to it gets no register button. */
  municipalityId?: string | null;
}

/** "TZG Akademie Glehn, Korschenbroich", "online" or "… oder online". */
export function placeOf(view: SeminarView, t: Translator): string {
  const { seminar } = view;
  if (seminar.format === 'online') return t('card.online');
  if (seminar.format === 'hybrid') return t('card.hybrid', { location: seminar.location ?? '' });
  return seminar.location ?? '';
}

export function feeOf(view: SeminarView, opts: CardOptions): string | null {
  const { seminar } = view;
  if (seminar.feeAmount == null) return null;
  const amount =
    seminar.feeAmount === 0
      ? opts.t('card.free')
      : formatMoney(seminar.feeAmount, seminar.feeCurrency ?? 'EUR', opts.locale);
  return seminar.feeNote ? `${amount} – ${seminar.feeNote}` : amount;
}

export function seatsOf(view: SeminarView, t: Translator): string {
  const { seats, seminar } = view;
  if (seats.seatsLeft > 0) {
    return seats.seatsLeft === 1
      ? t('card.seatsLeftOne', { capacity: seats.capacity })
      : t('card.seatsLeft', { left: seats.seatsLeft, capacity: seats.capacity });
  }
  return seminar.waitlist ? t('card.fullWaitlist', { waiting: seats.waitlisted }) : t('card.fullNoWaitlist');
}

/** Container styles (tinted background, normal text): coloured text is too pale to read in Teams' light theme. */
export type StatusStyle = 'good' | 'warning' | 'attention' | 'default';

type Button = { title: string; verb: string; seminarId: string; style: 'positive' | 'default' | 'destructive' };

/** The state line and the one button for this user. */
export function stateOf(
  view: SeminarView,
  opts: CardOptions,
): { status: string; statusStyle: StatusStyle; buttons: Button[] } {
  const { t } = opts;
  const { seminar, seats, sessions } = view;
  const button = (title: string, verb: string, style: Button['style'] = 'positive'): Button[] => [
    { title, verb, seminarId: seminar.id, style },
  ];
  if (seats.myStatus === 'confirmed') {
    return {
      status: t('card.youConfirmed'),
      statusStyle: 'good',
      buttons: button(t('card.cancel'), VERBS.cancel, 'default'),
    };
  }
  if (seats.myStatus === 'waitlisted') {
    return {
      status: t('card.youWaitlisted', { position: seats.myPosition ?? 0 }),
      statusStyle: 'warning',
      buttons: button(t('card.cancel'), VERBS.cancel, 'default'),
    };
  }
  const closed = registrationClosedReason(seminar, sessions[0]?.startsAt ?? null, opts.now);
  if (closed) {
    const key = {
      notFound: 'card.closedDraft',
      cancelled: 'card.closedCancelled',
      past: 'card.closedPast',
      deadlinePassed: 'card.closedDeadline',
    } as const;
    return { status: t(key[closed as keyof typeof key] ?? 'card.closedPast'), statusStyle: 'attention', buttons: [] };
  }
  if (opts.municipalityId && !isEligible(seminar, opts.municipalityId)) {
    return { status: t('card.notEligible'), statusStyle: 'warning', buttons: [] };
  }
  if (seats.seatsLeft > 0)
    return { status: '', statusStyle: 'default', buttons: button(t('card.register'), VERBS.register) };
  if (seminar.waitlist)
    return { status: '', statusStyle: 'default', buttons: button(t('card.waitlist'), VERBS.register) };
  return { status: t('card.closedFull'), statusStyle: 'attention', buttons: [] };
}

/** Every session on its own line: "Di., 02.03.2027, 09:00–16:00 Uhr" (with its own place when it differs). */
export function sessionLines(view: SeminarView, opts: Pick<CardOptions, 'locale' | 'timeZone'>): string[] {
  return view.sessions.map((s) => {
    const span = formatSpan(s.startsAt, s.endsAt, opts.locale, opts.timeZone);
    return s.location && s.location !== view.seminar.location ? `${span} (${s.location})` : span;
  });
}

/** The facts of a seminar as label/value pairs, in the order a reader looks for them. */
export function factsOf(view: SeminarView, opts: CardOptions): { label: string; value: string }[] {
  const { t } = opts;
  const { seminar } = view;
  const lines = sessionLines(view, opts);
  const facts = [
    { label: lines.length > 1 ? t('card.whenMany') : t('card.when'), value: lines.join(LINE_BREAK) },
    { label: t('card.where'), value: placeOf(view, t) },
    { label: t('card.trainer'), value: seminar.trainer ?? '' },
    { label: t('card.provider'), value: seminar.provider ?? '' },
    { label: t('card.audience'), value: seminar.audience ?? '' },
    { label: t('card.fee'), value: feeOf(view, opts) ?? '' },
    { label: t('card.deadline'), value: formatDateTime(seminar.registrationDeadline, opts.locale, opts.timeZone) },
    { label: t('card.seats'), value: seatsOf(view, t) },
  ];
  return facts.filter((f) => f.value);
}

/** One line for a client that shows no cards: the card's lines separated by "; " instead of line breaks. */
export const oneLine = (text: string) => text.split(LINE_BREAK).join('; ');

export function seminarCard(view: SeminarView, opts: CardOptions): AdaptiveCardJson {
  const { seminar } = view;
  const state = stateOf(view, opts);
  const facts = factsOf(view, opts);
  return renderCard('seminar', {
    // For clients without cards (notifications, older clients): the same facts as text.
    fallbackText: [seminar.title, ...facts.map((f) => `${f.label}: ${oneLine(f.value)}`), state.status]
      .filter(Boolean)
      .join('\n'),
    id: seminar.id,
    refreshVerb: VERBS.refresh,
    title: seminar.title,
    summary: seminar.summary ?? '',
    languageNote: seminar.language === 'en' && opts.locale === 'de' ? opts.t('card.language.en') : '',
    facts,
    ...state,
  });
}
