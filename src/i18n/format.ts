// Dates, times and money as Germans (and English readers) write them: "Di., 02.03.2027, 09:00 Uhr".
import type { Locale } from './index.js';

// Creating an Intl formatter is costly (far more than formatting): keep one per locale and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = makeFormatter(locale, timeZone);
    formatters.set(key, f);
  }
  return f;
}

// English readers get the month's name: "02/03" is 2 March in Britain and 3 February in America.
function makeFormatter(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    timeZone,
    weekday: 'short',
    day: locale === 'de' ? '2-digit' : 'numeric',
    month: locale === 'de' ? '2-digit' : 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

type Parts = { weekday: string; day: string; month: string; year: string; hour: string; minute: string };

// A card formats the same few session times several times over (day, time, span), and the same seminars come up turn
// after turn: remember the parts of recent instants. Bounded; cleared when full.
const recentParts = new Map<string, Parts>();
const RECENT_PARTS_MAX = 5000;

function parts(date: Date, locale: Locale, timeZone: string): Parts {
  const key = `${date.getTime()}|${locale}|${timeZone}`;
  const known = recentParts.get(key);
  if (known) return known;
  const p = Object.fromEntries(
    formatter(locale, timeZone)
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  const weekday = locale === 'de' ? `${p.weekday.replace(/\.$/, '')}.` : p.weekday;
  // Three letters for every English month: newer ICU writes September "Sept" in en-GB, the others with three.
  const month = locale === 'de' ? p.month : p.month.slice(0, 3);
  const result = { weekday, day: p.day, month, year: p.year, hour: p.hour === '24' ? '00' : p.hour, minute: p.minute };
  if (recentParts.size >= RECENT_PARTS_MAX) recentParts.clear();
  recentParts.set(key, result);
  return result;
}

/** "Di., 02.03.2027" / "Tue, 2 Mar 2027" */
export function formatDay(date: Date, locale: Locale, timeZone: string): string {
  const p = parts(date, locale, timeZone);
  return locale === 'de'
    ? `${p.weekday}, ${p.day}.${p.month}.${p.year}`
    : `${p.weekday}, ${p.day} ${p.month} ${p.year}`;
}

/** "09:00" */
export function formatTime(date: Date, locale: Locale, timeZone: string): string {
  const p = parts(date, locale, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** "Di., 02.03.2027, 09:00 Uhr" / "Tue, 2 Mar 2027, 09:00" */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  return `${formatDay(date, locale, timeZone)}, ${formatTime(date, locale, timeZone)}${locale === 'de' ? ' Uhr' : ''}`;
}

/** "Di., 02.03.2027, 09:00–16:00 Uhr"; across midnight both dates are given. */
export function formatSpan(start: Date, end: Date, locale: Locale, timeZone: string): string {
  const sameDay = formatDay(start, locale, timeZone) === formatDay(end, locale, timeZone);
  if (!sameDay) return `${formatDateTime(start, locale, timeZone)} – ${formatDateTime(end, locale, timeZone)}`;
  return `${formatDay(start, locale, timeZone)}, ${formatTime(start, locale, timeZone)}–${formatTime(end, locale, timeZone)}${locale === 'de' ? ' Uhr' : ''}`;
}

const moneyFormatters = new Map<string, Intl.NumberFormat>();

/** "390 €", "1.250,50 €" / "€390". Plain spaces: Intl's no-break space before "€" looks the same but defeats searches. */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  const whole = Number.isInteger(amount);
  const key = `${locale}|${currency}|${whole}`;
  let f = moneyFormatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      style: 'currency',
      currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    });
    moneyFormatters.set(key, f);
  }
  return f.format(amount).replace(/[\u00a0\u202f]/g, ' ');
}
