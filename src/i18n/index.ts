// Message catalogues (de first, en) and the translator. Each capability keeps its strings in messages/<name>.ts;
// the English table must have exactly the German keys (the type says so).
import { ask } from './messages/ask.js';
import { common } from './messages/common.js';
import { delivery } from './messages/delivery.js';
import { admin } from './messages/admin.js';
import { guide } from './messages/guide.js';
import { privacy } from './messages/privacy.js';
import { registration } from './messages/registration.js';
import { seminarCardMessages } from './messages/seminar-card.js';

const catalogues = [common, registration, delivery, seminarCardMessages, guide, ask, admin, privacy];

export type Locale = 'de' | 'en';
// The keys of all catalogues together (a union of the tables would only give the keys they share).
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Messages = UnionToIntersection<(typeof catalogues)[number]['de']>;
export type MessageKey = keyof Messages & string;

const tables: Record<Locale, Record<string, string>> = {
  de: Object.assign({}, ...catalogues.map((c) => c.de)),
  en: Object.assign({}, ...catalogues.map((c) => c.en)),
};

/** "de-DE", "de", "en-US", "en-GB" → de | en; anything else → the fallback. */
export function toLocale(value: string | undefined | null, fallback: Locale): Locale {
  const lang = (value ?? '').toLowerCase().slice(0, 2);
  return lang === 'de' || lang === 'en' ? lang : fallback;
}

export type Params = Record<string, string | number>;

/** The text for a key in a locale, with {name} placeholders filled. */
export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template = tables[locale][key] ?? tables.de[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export type Translator = (key: MessageKey, params?: Params) => string;
export const translator =
  (locale: Locale): Translator =>
  (key, params) =>
    t(locale, key, params);

export function allKeys(locale: Locale): string[] {
  return Object.keys(tables[locale]);
}
