// Finding seminars for a parsed question. One SQL statement returns every candidate with, per search word, how well it
// matches (full-text level: title > topics > summary > description; infix of title/topics for German compounds) and
// whether it matches the place, trainer, provider and audience candidates. Candidates come from the GIN indexes of
// seminar_search only, so a question reads the seminars that match it and not the catalogue. A word that matches
// nothing as written is looked up among the catalogue's words by trigram similarity and searched as the words it
// resembles ("Informationssicherhiet"). The ranking is then plain arithmetic here: words weighted by rarity, seminars
// weighted by how much of the question they cover, and a cut-off relative to the best, so a topic question lists what
// is relevant and not what is loosely related. Only published seminars with a session still ahead are offered;
// cancelled and past ones are returned separately, only to say so when they are asked for by name. Drafts never
// leave the database.
import { sql, type SQL } from 'drizzle-orm';
import { jsonValue, queryRows, textArray, type DbOrTx } from '../../db/client.js';
import { GENERIC_NOUN, type Period, type Question, type SearchTerm, type TrainerTitle } from './question.js';
import { PROVIDER_SHORT_NAMES } from './synonyms.js';

export interface SearchHit {
  id: string;
  status: 'published' | 'cancelled';
  nextStart: Date | null;
  lastStart: Date;
  score: number;
  /** Published with a session still ahead: may be offered. */
  upcoming: boolean;
}

export interface SearchOutcome {
  /** Upcoming seminars, best first (or by date for time questions), after the relevance cut-off. */
  hits: SearchHit[];
  /** A cancelled or past seminar that matches the question better than anything offered. */
  reported?: SearchHit & { title: string };
  /** The question had words to search for (not only filters). */
  topicSearch: boolean;
  /** A place of the question is one of the catalogue's ("in Glehn"), not a word of a title ("at the Front Desk"). */
  placeFacet?: boolean;
  /** Every word of the question is a place typed without "in" ("Ludwigslust im April, noch Plätze frei?"). */
  onlyPlaces?: boolean;
}

/** Relevance of a word by where it matched: title, topics, summary, description. */
const FIELD_SCORE = [1, 0.7, 0.4, 0.25] as const;
const INFIX_SCORE = 0.75;
/** Part of a compound of the summary ("Rücken" in "Rückenschmerzen"): a little less than the word itself there. */
const SUMMARY_INFIX_SCORE = 0.3;
/** A word found only through its stem ("Team" for "Teams") is worth a little less than the word as written. */
const STEM_ONLY = 0.9;
/** Each further part of the seminar that has the word adds this: the course about Teams names it in title and topics. */
const FIELD_BONUS = 0.15;
/** A misspelt word counts for this share of its similarity to the catalogue word it is searched as. */
const TYPO_WEIGHT = 0.8;
const TYPO_MIN_SIMILARITY = 0.6;
const TYPO_CORRECTIONS = 3;
const CERTAIN_TYPO = 0.8;
/** Beside a near-certain correction, the others count only this close to it. */
const TYPO_MARGIN = 0.1;
/** A curated synonym of the word counts a little less than the word as written. */
const SYNONYM_WEIGHT = 0.95;
/** Below this length a typo is looked for by edit distance ("Exel", "Phising"): trigrams are too few to tell. */
const SHORT_WORD = 9;
/** A word found only by its beginning, otherwise inflected ("überlastet" for "Überlastung"). */
const INFLECTED_WEIGHT = 0.5;
/** A related or broader topic counts for this share of a match of the word itself: below the cut-off when both occur. */
const RELATED_WEIGHT = 0.45;
/**
 * A cancelled or past seminar is reported instead of the offer only when what is offered fits clearly worse: "Gibt es
 * den Kurs Podcast-Werkstatt noch?" names it, "Gibt es etwas zu Kanban?" is answered by a course on agile methods.
 */
const GONE_MARGIN = 0.6;
/** A seminar named with its article ("der PowerPoint-Kurs", "the Excel course"), not anything on a subject. */
const ONE_NAMED =
  /\b(?:der|den|das|die|the)\s+(?:\S+[\s-])?(?:kurs|seminar|schulung|workshop|training|course|lehrgang)\b/iu;
/** Within an asked period, a best match below this share of a title match (a word only in a description) is judged against the whole offer. */
const WEAK_MATCH = 0.3;
/** The setting of the asker ("im Bürgerservice") counts this much of a word of what is asked. */
const CONTEXT_WEIGHT = 0.5;
/** A word short enough to be a provider's acronym ("vhs", "BVS", "AKDB"). */
const ACRONYM = /^\p{L}{2,5}$/u;
/** As typed in the question: in capitals ("BVS", "KUVB") or a short word in lower case ("vhs"), not a name ("Lippe"). */
function typedAsAcronym(word: string, text: string): boolean {
  const typed = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(word)}(?![\\p{L}\\p{N}])`, 'iu').exec(text)?.[0];
  return Boolean(typed && (typed === typed.toUpperCase() || (typed === typed.toLowerCase() && typed.length <= 4)));
}
/** Feature bits of a match in the title or topics (as a stem or exactly): what a seminar is about. */
const ABOUT = 1 | 2 | 16 | 32;
/** Kinds of offering, no subject ("Einführungsveranstaltung", "Grundschulung"). */
const OFFERING_KIND =
  /(?:veranstaltung|angebot|schulung|kurs|seminar|training|lehrgang|workshop)(?:en|e|s)?$|^einführung|^ausbildung$/;
/** Listed are seminars scoring at least this share of the best. */
export const RELEVANCE_CUTOFF = 0.5;

/** A search word with its alternatives (synonyms, related and broader topics, typo corrections), each with its weight. */
interface Term {
  text: string;
  noun?: boolean;
  /** Written after "by" ("courses by ekom21"): a provider's or trainer's name before a word of the texts (question.ts). */
  named?: boolean;
  /** One of the two words of a compound split up ("personalrat" of "Personalratsmitglieder"): counts only with the other. */
  partOf?: string;
  /** The asker's setting or the course's level, not its subject: counts for less beside a subject (question.ts). */
  context?: boolean;
  /** Where or with whom the asker works: a seminar that has only this is none beside one on the subject. */
  setting?: SearchTerm['setting'];
  /** A word of the story around a question asked by filters: no term where no seminar has it (question.ts). */
  story?: boolean;
  /** A phrase of the curated vocabulary: no typo where nothing has it (question.ts). */
  known?: boolean;
  /** A subject only a draft's title or topics name ("Kassenprüfung"): asked for, but not offered. */
  unoffered?: boolean;
  /** A compound as typed, generic part and all ("Telefontraining" beside "Telefon"): counts only where a seminar has it. */
  whole?: boolean;
  /** `broader` ones count only when nothing among the candidates matches the word itself (synonyms, corrections). */
  alternatives: { text: string; weight: number; broader?: boolean; loose?: boolean }[];
}

interface Row {
  id: string;
  status: 'published' | 'cancelled';
  /** Session starts in order. */
  starts: Date[];
  /** Per place word: 2 named at the start of a word, 1 inside one (placeLevel); implicit places true or false. */
  place_hit: (number | boolean)[] | null;
  provider_hit: boolean[] | null;
  audience_hit: boolean | null;
  /** Per alternative of every term: the packed bits of alternativeFeatures. */
  features: number[] | null;
  /** Passes the question's date, format, fee, length, language and seat filters. */
  passes: boolean;
}

/** A candidate as the statement returns it: one JSON array per seminar, all in one row (parsed natively by JSON.parse
 * instead of value by value). */
type Packed = [
  id: string,
  status: Row['status'],
  starts: string[],
  features: number[] | null,
  places: boolean[] | null,
  providers: boolean[] | null,
  audience: boolean | null,
  passes: boolean,
  /** The folded words of title and topics, and of the summary: only when an alternative is looked for inside them. */
  words: string | null,
  summaryWords: string | null,
];

/**
 * Fetches the candidates of a search statement and adds the infix bits of their features. Those are tested here and
 * not in SQL: the look-behind of a verb's prefix costs PostgreSQL's regex engine microseconds a row, V8 nanoseconds.
 */
async function candidates(db: DbOrTx, query: SQL, alts: string[], dead: ReadonlySet<string> = NONE): Promise<Row[]> {
  const [row] = await queryRows<{ found: Packed[] | string | null }>(db, query);
  const tests = alts.map((a) => (dead.has(a) ? () => 0 : infixTests(a)));
  return jsonValue<Packed[]>(row?.found, []).map(
    ([id, status, starts, features, places, providers, audience, passes, words, summaryWords]) => ({
      id,
      status,
      starts: starts.map((t) => new Date(t)),
      features: features && features.map((bits, i) => bits | tests[i](words ?? '', summaryWords ?? '')),
      place_hit: places,
      provider_hit: providers,
      audience_hit: audience,
      passes,
    }),
  );
}

const NONE: ReadonlySet<string> = new Set();
const lettersOnly = (s: string) => s.replace(/[^\p{L}\p{N} .-]/gu, '');

/** What PostgreSQL's unaccent() does to German text, done once here instead of once per row. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').trim();
}
const likeInfix = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
/**
 * The part of a word that a compound contains: "Bürgern" (dative plural) is in "Bürgerbüro" as "bürger"; as written it
 * would only find "bürgernah".
 */
const infixOf = (word: string) => (/[^\s]{4,}ern$/.test(word) ? word.slice(0, -1) : word);
/**
 * An infix after a verb's prefix is another word: "Einführung" and "Durchführung" are not "Führung", "Anmeldung" is no
 * "Meldung". The LIKE finds candidates through the trigram index; the regex keeps those where the word stands otherwise.
 */
// With them the few nouns that make "Führung" record-keeping: Akten-, Kassen-, Protokollführung.
const VERB_PREFIXES =
  'ver|ein|aus|durch|vor|fort|weiter|ab|an|auf|nach|zu|uber|unter|um|buch|mit|her|hin|akten|kassen|protokoll|register';
const escapeRegex = (s: string) => s.replace(/[\\^$.|?*+()[\]{}-]/g, (c) => `\\${c}`);
// Nor after a word's "ge-", which the folded umlauts make look like a compound: "Gespräche" holds no "Sprache".
// Nor in a compound that means another thing: an appointment or a place given out is no procurement, and the folded
// "rücken" of a bridge or a printer ("Saarbrücken", "Drucker") is no back.
const OTHER_COMPOUNDS: Record<string, string> = { vergabe: '|termin|platz', rucken: '|b|d' };
const infixRegex = (alt: string) =>
  new RegExp(`(?<!(${VERB_PREFIXES}|(?:^|[^a-z])ge${OTHER_COMPOUNDS[alt] ?? ''}))${escapeRegex(infixOf(alt))}`);

/** How well one alternative matches one seminar, from the bits of alternativeFeatures. */
function matchScore(bits: number): number {
  const best = [0, 1, 2, 3].find((i) => bits & (1 << i));
  let score = 0;
  if (best !== undefined) {
    const asWritten = best > 1 || (bits & (16 << best)) !== 0;
    const further = [0, 1, 2, 3].filter((i) => i !== best && bits & (1 << i)).length;
    score = FIELD_SCORE[best] * (asWritten ? 1 : STEM_ONLY) + FIELD_BONUS * further;
  }
  return Math.max(score, bits & 64 ? INFIX_SCORE : bits & 128 ? SUMMARY_INFIX_SCORE : 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Words as full-text queries

/**
 * The tsquery of each word, as text. German stemming plus the exact word; when the German stem is much shorter than
 * the word ("Sicherheit" → "sich", which also stems "sichern"), the stem would match unrelated words: then only the
 * exact word counts (infixes do the rest). A noun in "-ung" may lose more: its stem is the verb's ("Genehmigungen" →
 * "genehm", as "genehmigen"). Several words are a phrase ("mobiles arbeiten"): they stand together. The
 * parts of a hyphenated word need not ("Digitalstrategie-Auftaktveranstaltung" finds "Auftaktveranstaltung:
 * Digitalstrategie").
 * Stemming depends on nothing but the word and the database's stemmer (PostgreSQL 15 and PGlite's 18 differ on some
 * English words), so each word is asked of each database once.
 */
type QueryTexts = Map<string, { query: string; exact: string }>;
const queryTextsOf = new WeakMap<DbOrTx, QueryTexts>();
const MAX_CACHED_QUERIES = 20_000;

async function tsQueryTexts(db: DbOrTx, words: string[]): Promise<QueryTexts> {
  let queryTexts = queryTextsOf.get(db);
  if (!queryTexts) queryTextsOf.set(db, (queryTexts = new Map()));
  for (const w of words) if (isPrefix(w)) queryTexts.set(w, { query: `'${w.slice(0, -1)}':*`, exact: '' });
  for (const w of words) if (isSuspended(w)) queryTexts.set(w, { query: '', exact: '' });
  const missing = [...new Set(words)].filter((w) => !queryTexts.has(w));
  if (!missing.length) return queryTexts;
  const rows = await queryRows<{ word: string; query: string; exact: string }>(
    db,
    sql`select w as word,
        ((case when length(regexp_replace(g::text, '[^a-z0-9]', '', 'g')) >= (case when w ~ 'ung(en)?$' then 0.45 else 0.6 end) * length(replace(w, ' ', '')) then g else ''::tsquery end) || e)::text as query,
        e::text as exact
      from unnest(${textArray(missing)}) as w,
        lateral (select
          case when position(' ' in w) > 0 then phraseto_tsquery('german', german_forms(w)) else plainto_tsquery('german', german_forms(replace(w, '-', ' '))) end as g,
          case when position(' ' in w) > 0 then phraseto_tsquery('simple', w) else plainto_tsquery('simple', replace(w, '-', ' ')) end as e) q`,
  );
  if (queryTexts.size + rows.length > MAX_CACHED_QUERIES) queryTexts.clear();
  for (const r of rows) queryTexts.set(r.word, { query: r.query, exact: r.exact });
  return queryTexts;
}

/** The query restricted to one weight ('A' = title …): lexemes of other parts of the vector do not match it. */
const weighted = (query: string, weight: string) =>
  query.replace(
    /('(?:[^']|'')*')(:\*)?/g,
    (_, lexeme: string, prefix?: string) => `${lexeme}:${prefix ? '*' : ''}${weight}`,
  );

/**
 * A word that matches nothing may be inflected otherwise in the catalogue ("überlastet", "erschöpft" … "Überlastung
 * und Erschöpfung"): searched again as its beginning without the ending, a prefix of the catalogue's stems.
 */
const ENDINGS = [
  'ationen',
  'ation',
  'ierten',
  'ierte',
  'ungen',
  'enden',
  'iert',
  'ende',
  'eten',
  'ung',
  'end',
  'ete',
  'ten',
  'et',
  'te',
  'en',
  't',
  'e',
  'n',
  's',
];
const PREFIX_MIN = 7;
const PREFIX_MARK = '*';
function prefixOf(word: string): string | null {
  if (!/^[\p{L}\p{N}]+$/u.test(word)) return null;
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= PREFIX_MIN);
  return ending ? `${word.slice(0, -ending.length)}${PREFIX_MARK}` : null;
}
const isPrefix = (alt: string) => alt.endsWith(PREFIX_MARK);

/**
 * German writes two compounds with one head as "Zeit- und Selbstmanagement" (a suspended hyphen): "Zeitmanagement"
 * is in there, but as no word of its own. A word that matches nothing is searched again split at each place, as its
 * first part with the hyphen and its last part later on ("zeit- … management").
 */
const SUSPENDED_MARK = '…';
function suspendedForms(word: string): string[] {
  if (!/^[\p{L}]{8,}$/u.test(word)) return [];
  const forms: string[] = [];
  for (let i = 3; i <= word.length - 4; i++) forms.push(`${word.slice(0, i)}${SUSPENDED_MARK}${word.slice(i)}`);
  return forms;
}
const isSuspended = (alt: string) => alt.includes(SUSPENDED_MARK);

/** The verb without its separable prefix, for a verb (or its noun) that ends like one: "einscannen" → "scannen". */
const SEPARABLE_PREFIXES =
  'ein|aus|ab|an|auf|zu|mit|nach|vor|durch|um|weg|her|hin|zurück|zuruck|hoch|fest|frei|los|weiter|dazu';
const VERB_PREFIX = new RegExp(`^(${SEPARABLE_PREFIXES})(\\p{L}{5,}(?:en|ern|eln))$`, 'u');
const SEPARABLE = new RegExp(`^(?:${SEPARABLE_PREFIXES})$`, 'u');
const withoutVerbPrefix = (word: string): string | null => VERB_PREFIX.exec(word)?.[2] ?? null;

/**
 * A compound the catalogue does not write ("Personalratsmitglieder", "Reisekostenabrechnung") is searched as its two
 * words, when the catalogue has both: the first as the beginning of a word (without a linking "s"), the second as a
 * word's stem anywhere. Of the places to split, the most even one both of whose parts are known wins.
 */
const COMPOUND_MIN = 10;
/** The two consonants a German (or English) word may begin with. */
const ONSET =
  /^(?:sch|bl|br|ch|dr|fl|fr|gl|gn|gr|kl|kn|kr|pf|ph|pl|pr|qu|sk|sl|sm|sn|sp|st|sw|sz|th|tr|ts|tw|wr|zw|cl|cr|sc)/;
/** A first word this long may be found inside a catalogue word; a shorter one only at its beginning. */
const INFIX_HEAD_MIN = 8;
const PART_MIN = 4;
interface Split {
  word: string;
  head: string;
  tail: string;
}
function compoundSplits(word: string): Split[] {
  if (word.length < COMPOUND_MIN || !/^\p{L}+$/u.test(word)) return [];
  const splits: Split[] = [];
  for (let i = PART_MIN; i <= word.length - PART_MIN; i++) {
    const tail = word.slice(i);
    let head = word.slice(0, i);
    // A separable prefix before a verb's ending makes a verb, not a compound: "durchführen" is no "durch" + "führen".
    if (SEPARABLE.test(head) && /(?:en|ern|eln)$/.test(tail)) continue;
    // No German word begins "gs" or "ngs": "Buchhaltun|gssoftware" is no split.
    if (/^[^aeiouäöü][^aeiouäöüy]/.test(tail) && !ONSET.test(tail)) continue;
    if (/[^aeiou]s$/.test(head) && head.length > PART_MIN) head = head.slice(0, -1);
    splits.push({ word, head, tail });
  }
  return splits;
}
const stemOf = (tail: string) => (prefixOf(tail) ?? tail).replace(PREFIX_MARK, '');

async function knownSplits(db: DbOrTx, words: string[]): Promise<Map<string, Split>> {
  const splits = words.flatMap(compoundSplits);
  const chosen = new Map<string, Split>();
  if (!splits.length) return chosen;
  // The first word as written begins a word of the catalogue; or else its stem does ("Führungskräftelehrgang":
  // "Führungskraft"); or else it is inside one ("Buchhaltungssoftware": "Finanzbuchhaltung"). The better kind wins,
  // since a stem of one letter less makes nonsense splits pass ("Sitzungsn|iederschriften").
  const rows = await queryRows<{ n: number; kind: number }>(
    db,
    sql`select n, case when exists (select 1 from search_words w where w.word like q.head || '%') then 2
        when exists (select 1 from search_words w where w.word like q.stem || '%') then 1 else 0 end as kind
      from unnest(${textArray(splits.map((x) => x.head))}, ${textArray(splits.map((x) => stemOf(x.head)))}, ${textArray(splits.map((x) => stemOf(x.tail)))}) with ordinality as q(head, stem, tail, n)
      where exists (select 1 from search_words w where w.word like (case when length(q.stem) >= ${INFIX_HEAD_MIN} then '%' else '' end) || q.stem || '%')
        and exists (select 1 from search_words w where w.word like '%' || q.tail || '%')`,
  );
  const best = new Map<string, number>();
  for (const row of rows) {
    const word = splits[Number(row.n) - 1].word;
    best.set(word, Math.max(best.get(word) ?? 0, Number(row.kind)));
  }
  for (const row of rows) {
    const x = splits[Number(row.n) - 1];
    if (Number(row.kind) < best.get(x.word)!) continue;
    const even = (y: Split) => Math.min(y.head.length, y.tail.length);
    const before = chosen.get(x.word);
    if (!before || even(x) > even(before)) chosen.set(x.word, x);
  }
  return chosen;
}
const suspendedLike = (alt: string) => {
  const [first, last] = alt.split(SUSPENDED_MARK);
  return `%${first}- %${last}%`;
};

/**
 * Per alternative, packed into one integer: where the word matches (bit 0 title, 1 topics, 2 summary, 3 description),
 * where it matches as written and not only through its stem (bit 4 title, 5 topics), bit 6 an infix of title or
 * topics ("Sicherheit" in "Informationssicherheit") and bit 7 one of the summary. Bits 0–5 come from the full-text
 * vector in SQL, bits 6 and 7 from infixTests.
 */
function alternativeFeatures(alt: string, queryTexts: QueryTexts): SQL {
  const q = queryTexts.get(alt);
  const bits: SQL[] = [];
  if (q?.query) {
    ['A', 'B', 'C', 'D'].forEach((w, i) =>
      bits.push(sql`(x.vector @@ ${weighted(q.query, w)}::tsquery)::int * ${1 << i}`),
    );
    if (q.exact)
      ['A', 'B'].forEach((w, i) => bits.push(sql`(x.vector @@ ${weighted(q.exact, w)}::tsquery)::int * ${16 << i}`));
  }
  return bits.length ? sql.join(bits, sql` + `) : sql`0`;
}

/** Bits 6 and 7 of alternativeFeatures, from a candidate's words and summary words. */
function infixTests(alt: string): (words: string, summaryWords: string) => number {
  if (isSuspended(alt)) {
    const [first, last] = alt.split(SUSPENDED_MARK);
    const suspended = new RegExp(`${escapeRegex(first)}- [\\s\\S]*${escapeRegex(last)}`);
    return (words) => (suspended.test(words) ? 64 : 0);
  }
  const inWords = hasInfix(alt) ? infixRegex(infixText(alt)) : null;
  const inSummary = hasSummaryInfix(alt) ? infixRegex(alt) : null;
  return (words, summaryWords) => (inWords?.test(words) ? 64 : 0) | (inSummary?.test(summaryWords) ? 128 : 0);
}
const needsWords = (alt: string) => isSuspended(alt) || hasInfix(alt);

// A beginning ("modellier*") is an infix of title words too ("Modellieren"), where the stems differ.
const hasInfix = (alt: string) =>
  !isSuspended(alt) && (isPrefix(alt) ? alt.length > PREFIX_MIN : alt.replace(/\s/g, '').length >= 5);
// In the summary only a whole word is looked for inside compounds, not a guessed beginning ("betrieblich*").
const hasSummaryInfix = (alt: string) => hasInfix(alt) && !isPrefix(alt);
const infixText = (alt: string) => (isPrefix(alt) ? alt.slice(0, -PREFIX_MARK.length) : alt);
const typoCandidate = (alt: string) => alt.length >= 4 && !alt.includes(' ') && !isPrefix(alt) && !isSuspended(alt);

/** Index conditions only (GIN on the vector and trigram GIN on the words), so that candidates come from the index. */
function alternativeMatches(alt: string, queryTexts: QueryTexts): SQL[] {
  const q = queryTexts.get(alt);
  const parts: SQL[] = [];
  if (q?.query) parts.push(sql`x.vector @@ ${q.query}::tsquery`);
  // The LIKE alone: a candidate found only after a verb's prefix gets no infix bit and drops out in the ranking.
  if (hasInfix(alt)) parts.push(sql`x.words like ${likeInfix(infixOf(infixText(alt)))}`);
  if (hasSummaryInfix(alt)) parts.push(sql`x.summary_words like ${likeInfix(infixOf(alt))}`);
  if (isSuspended(alt)) parts.push(sql`x.words like ${suspendedLike(alt)}`);
  return parts;
}

const alternativeTexts = (terms: Term[]) => terms.flatMap((t) => t.alternatives.map((a) => a.text));
// In parentheses: an audience's fragments stand beside the period in a WHERE of ANDs.
const orJoin = (parts: SQL[]) => (parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`);

// An inflected adjective of a place's name: "im Neuen Rathaus" is the "Neues Rathaus"; a plural in "-ungen" is each of
// them ("in den Ortsverwaltungen": the "Ortsverwaltung Tiengen").
// Typed without umlauts ("Niebuell"), the place's name as well; a short word only whole ("Inn" is no "Innstraße").
// A street named after a town is not in it: "Werdauer Straße 160, Zwickau" is no seminar in Werdau; nor is the county
// named after it ("Landratsamt Berchtesgadener Land" in Bad Reichenhall).
// (Not the street named after the place: the Kreishaus is not the "Kreishausstraße", Minden not the "Mindener Straße",
// nor Trier — shortened to "trie" as if inflected — the "Trierer Straße".)
const placeInfix = (w: string, start = '') =>
  sql`(x.places like ${likeInfix(w)} and x.places ~ ${`${start}${escapeRegex(w)}(?![[:alpha:]]*er\\s*(?:stra|str\\M|weg|platz|allee|ring|damm|chaussee|gasse|tor\\M|land\\M)|(?:stra(?:ß|ss)e|str\\M|weg\\M|platz\\M|allee\\M|ring\\M|gasse\\M))`})`;
/**
 * Other names of the same kind of place: "in der VHS Weilheim" is the "Volkshochschule Weilheim", and "the fire station"
 * (read as "Feuerwache") may be the "Feuerwehrhaus" or the "Feuer- und Rettungswache".
 */
const PLACE_ALIASES: Record<string, string[]> = {
  vhs: ['volkshochschule'],
  volkshochschule: ['vhs'],
  lra: ['landratsamt'],
  feuerwache: ['feuerwehr', 'rettungswache'],
};
const placeHit = (word: string, start = ''): SQL =>
  orJoin([word, ...(PLACE_ALIASES[word] ?? [])].map((w) => placeHitAs(w, start)));
const placeHitAs = (word: string, start: string) =>
  word.length < 4
    ? sql`x.places ~ ${`\\m${lettersOnly(word)}\\M`}`
    : orJoin(
        spellings(word).flatMap((w) =>
          /^\p{L}{3,}ungen$/u.test(w)
            ? [placeInfix(w, start), placeInfix(w.slice(0, -2), start)]
            : /^\p{L}{3,}(?:en|em|er|es)$/u.test(w)
              ? [placeInfix(w, start), placeInfix(w.slice(0, -1), start)]
              : [placeInfix(w, start)],
        ),
      );
/**
 * How a place is named: 3 as a word of its own, 2 at the start of a word after a hyphen, 1 inside one. The inside
 * counts where nothing has it otherwise ("Bücherei" is the "Stadtbücherei"), but a town whose name ends in another's is
 * not in it ("Bergkamen" is not Kamen), and a county named after two towns is in neither ("Lüchow-Dannenberg").
 */
const placeLevel = (word: string) =>
  sql`(case when ${placeHit(word, '(?:^|[^a-z0-9-])')} then 3 when ${placeHit(word, '\\m')} then 2 when ${placeHit(word)} then 1 else 0 end)`;
// A whole word of the provider: "VWA" in "Verwaltungs- und Wirtschaftsakademie (VWA) Düsseldorf".
// Each regex behind a LIKE: the LIKE is cheap (and may use the trigram index), the regex only tells a whole word.
// A genitive stands for its noun: "das Sachgebiet IT des Landratsamts" is the "Landratsamt Rottal-Inn, Sachgebiet IT".
// A long name asked for as the provider is also the end of a compound where no provider has it as a word of its own:
// "die Unfallkasse" is the "Landesunfallkasse", but beside a "Hochschule Nordhausen" no "Kreisvolkshochschule".
const providerHit = (word: string, asProvider = false) => {
  const forms = [
    word,
    ...(/^\p{L}{4,}[^s]s$/u.test(word) ? [word.slice(0, -1)] : []),
    ...(/^\p{L}{4,}es$/u.test(word) ? [word.slice(0, -2)] : []),
  ];
  // (An adjective in another case: "das Niedersächsische Studieninstitut" is the "Niedersächsisches Studieninstitut".)
  const ending = (w: string) => (/^\p{L}{5,}e$/u.test(w) ? '[nrsm]?' : '');
  const named = (w: string, head = '', on = sql`x`) =>
    sql`(${on}.provider like ${likeInfix(w)} and ${on}.provider ~ ${`\\m${head}${escapeRegex(w)}${ending(w)}\\M`})`;
  let own = orJoin(forms.map((w) => named(w)));
  if (asProvider && /^\p{L}{7,}$/u.test(word))
    own = sql`(${own} or (${named(word, '[a-z]{1,12}')} and not exists (select 1 from seminar_search y where ${named(word, '', sql`y`)})))`;
  const long = PROVIDER_SHORT_NAMES[word];
  return long ? sql`(${own} or x.provider like ${likeInfix(long)})` : own;
};
// A whole word of a place, for a word typed without "in" ("november kamenz").
const placeWordHit = (word: string) =>
  sql`(x.places like ${likeInfix(word)} and x.places ~ ${`\\m${escapeRegex(word)}\\M`})`;
// "Mueller" typed for "Müller" (folded "muller"), and the other way round.
const spellings = (w: string) => [...new Set([w, w.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u')])];
// A doubled letter typed single or the other way round ("Frau Hoffmann" is Frau Hofmann): compared without doubles.
const singleLetters = (w: string) => w.replace(/(\p{L})\1/gu, '$1');
const trainerHit = (words: string[]) =>
  sql.join(
    words.map((w) => {
      const forms = spellings(lettersOnly(w));
      const single = [...new Set(forms.map(singleLetters))];
      // The letters in order (a cheap LIKE) pick the few rows worth the regexp_replace.
      const loose = orJoin(single.map((s) => sql`x.trainer like ${`%${[...s].join('%')}%`}`));
      return sql`(((${orJoin(forms.map((s) => sql`x.trainer like ${likeInfix(s)}`))}) and x.trainer ~ ${`\\m(${forms.join('|')})\\M`}) or ((${loose}) and regexp_replace(x.trainer, '(\\w)\\1', '\\1', 'g') ~ ${`\\m(${single.join('|')})\\M`}))`;
    }),
    sql` and `,
  );
// How the trainer was addressed, where the catalogue says it: "Frau Schulze" is not "Herr Ronny Schulze"; "Dr. Hofmann"
// not "Frau Hofmann" (but "Frau Dr. Anna Hofmann").
const TITLE_WORDS: Record<TrainerTitle, { own: string; kind: string }> = {
  frau: { own: 'frau|ms|mrs|miss', kind: 'frau|herr|ms|mrs|mr|miss' },
  herr: { own: 'herr|mr', kind: 'frau|herr|ms|mrs|mr|miss' },
  dr: { own: 'dr', kind: 'dr|frau|herr|ms|mrs|mr|miss' },
};
const titlesHit = (names: string[], titles: TrainerTitle[]): SQL => {
  // (typed without umlauts or with a letter doubled too: "Herrn Kroeber" is "Herr Sebastian Kröber", "Frau Hoffmann"
  // is "Frau Hofmann")
  const forms = spellings(fold(lettersOnly(names[names.length - 1]))).map(singleLetters);
  const name = `(${forms.map((f) => [...f].map((c) => `${escapeRegex(c)}+`).join('')).join('|')})`;
  const each = titles.map((t) => {
    const { own, kind } = TITLE_WORDS[t];
    return sql`(x.trainer !~ ${`\\m(${kind})\\M`} or x.trainer ~ ${`\\m(${own})\\.?\\s+([a-z.-]+\\s+){0,3}${name}\\M`})`;
  });
  return each.length ? sql.join(each, sql` and `) : sql`true`;
};
// An English course names its audience in English ("Team leaders and managers").
const ENGLISH_AUDIENCE: Record<string, string[]> = { [fold('führungskr')]: ['team leader', 'managers', 'leaders'] };
const audienceHit = (fragments: string) =>
  orJoin(
    fragments
      .split('|')
      .flatMap((f) => [f, ...(ENGLISH_AUDIENCE[f] ?? [])])
      .map((f) => sql`(x.audience like ${likeInfix(f)} or x.words like ${likeInfix(f)})`),
  );

/** Everything that is not about words: dates, time of day, format, cost, length, language, free seats. */
/** A session start `t` in the asked period and still ahead. */
const startsIn = (p: NonNullable<Period>, now: Date) =>
  sql`t >= ${p.from.toISOString()}::timestamptz and t < ${p.to.toISOString()}::timestamptz and t > ${now.toISOString()}::timestamptz`;

function periodFilter(question: Question, now: Date): SQL | null {
  const p = question.filters.period;
  if (!p) return null;
  return sql`exists (select 1 from unnest(x.session_starts) t where ${startsIn(p, now)})`;
}

/** The filters on a seminar's own properties: time of day, format, cost, length, language, free seats. */
function hardFilters(question: Question, now: Date, timeZone: string): SQL[] {
  const f = question.filters;
  const where: SQL[] = [];
  // "nächste Woche nachmittags": a session of the asked period is in the afternoon, not one in April.
  const p = f.period;
  const inPeriod = p ? sql` and ${startsIn(p, now)}` : sql``;
  // Morning: a session that starts before noon and is over by 14:00, not a whole day; afternoon: one from noon to
  // five; evening: one from five on, after work.
  if (f.timeOfDay) {
    const local = (col: SQL) => sql`(${col} at time zone ${timeZone})::time`;
    const when =
      f.timeOfDay === 'morning'
        ? sql`${local(sql`t`)} < '12:00' and (e is null or ${local(sql`e`)} <= '14:00')`
        : f.timeOfDay === 'afternoon'
          ? sql`${local(sql`t`)} >= '12:00' and ${local(sql`t`)} < '17:00'`
          : sql`${local(sql`t`)} >= '17:00'`;
    where.push(
      sql`exists (select 1 from unnest(x.session_starts, x.session_ends) as s(t, e) where ${when}${inPeriod})`,
    );
  }
  // A session that starts at ("um 9 Uhr") or from ("ab 14 Uhr") that local time.
  const startsAt = (compare: SQL, time: string) =>
    sql`exists (select 1 from unnest(x.session_starts) t where (t at time zone ${timeZone})::time ${compare} ${time}::time${inPeriod})`;
  if (f.startsFrom) where.push(startsAt(sql`>=`, f.startsFrom));
  if (f.startsAt) where.push(startsAt(sql`=`, f.startsAt));
  if (f.weekday) {
    where.push(
      sql`exists (select 1 from unnest(x.session_starts) t where extract(isodow from t at time zone ${timeZone}) = ${f.weekday}${inPeriod})`,
    );
  }
  if (f.notWeekday) {
    where.push(
      sql`not exists (select 1 from unnest(x.session_starts) t where extract(isodow from t at time zone ${timeZone}) = ${f.notWeekday})`,
    );
  }
  if (f.format && f.fromHome) where.push(sql`s.format in ('online', 'hybrid')`);
  else if (f.format) where.push(sql`s.format = ${f.format}`);
  if (f.notFormat) where.push(sql`s.format <> ${f.notFormat}`);
  if (f.free) where.push(sql`coalesce(s.fee_amount, 0) = 0`);
  // A seminar without a fee costs nothing, which is within any budget.
  const fee = sql`coalesce(s.fee_amount, 0)`;
  if (f.fee?.below !== undefined) where.push(sql`${fee} < ${f.fee.below}`);
  if (f.fee?.atMost !== undefined) where.push(sql`${fee} <= ${f.fee.atMost}`);
  if (f.fee?.above !== undefined) where.push(sql`${fee} > ${f.fee.above}`);
  if (f.fee?.atLeast !== undefined) where.push(sql`${fee} >= ${f.fee.atLeast}`);
  // The length asked is the whole seminar's, all its sessions together, in minutes.
  if (f.hours) {
    const minutes = sql`(select sum(extract(epoch from e - b)) / 60 from unnest(x.session_starts, x.session_ends) as t(b, e))`;
    if (f.hours.below !== undefined) where.push(sql`${minutes} < ${Math.round(f.hours.below * 60)}`);
    if (f.hours.atMost !== undefined) where.push(sql`${minutes} <= ${Math.round(f.hours.atMost * 60)}`);
  }
  if (f.multiDay !== undefined)
    where.push(f.multiDay ? sql`cardinality(x.session_starts) > 1` : sql`cardinality(x.session_starts) = 1`);
  if (f.language) where.push(sql`s.language = ${f.language}`);
  if (f.seatsAvailable) {
    where.push(
      sql`s.capacity > (select count(*) from registrations r where r.seminar_id = s.id and r.status = 'confirmed')`,
    );
  }
  return where;
}

/** Of the words, those that a draft's title or topics name. */
async function draftSubjects(db: DbOrTx, words: string[]): Promise<Set<string>> {
  // A long noun in the plural is its singular there too ("Mitarbeitergespräche" for the topic "Mitarbeitergespräch").
  const singular = (w: string) => (w.length >= 9 ? w.replace(/(?:e|en|n|s)$/, '') : w);
  const rows = await queryRows<{ w: string }>(
    db,
    // (a short word only whole: "KI" is not the "ki" of "Kita")
    sql`select w from unnest(${textArray(words.map((w) => singular(fold(w))))}) as w
        where exists (select 1 from seminar_search x where x.status = 'draft' and x.words like '%' || w || '%'
          and (length(w) >= 5 or x.words ~ ('\\m' || w || '\\M')))`,
  );
  const named = new Set(rows.map((r) => r.w));
  return new Set(words.filter((w) => named.has(singular(fold(w)))));
}

/**
 * Catalogue words that a misspelt word resembles, best first: by trigram word similarity, for short words, whose
 * trigrams are too few ("exel" and "excel" share 2 of 5), by one edit, and for long ones by up to two edits, which
 * trigrams miss when they fall apart ("Projekmanagment").
 */
async function corrections(
  db: DbOrTx,
  words: string[],
): Promise<{ found: Map<string, { word: string; similarity: number }[]>; verbatim: Set<string> }> {
  const found = new Map<string, { word: string; similarity: number }[]>();
  const verbatim = new Set<string>();
  if (!words.length) return { found, verbatim };
  // Two letters typed the wrong way round ("Scurm") count as one edit, as they do for a reader.
  const swaps = words
    .filter((w) => w.length < SHORT_WORD)
    .flatMap((w) => [...w].slice(1).map((_, i) => [w, `${w.slice(0, i)}${w[i + 1]}${w[i]}${w.slice(i + 2)}`]));
  const rows = await queryRows<{ typo: string; word: string; similarity: number }>(
    db,
    sql`select typo, word, max(similarity) as similarity from (
        select a as typo, w.word, word_similarity(a, w.word) as similarity
        from unnest(${textArray(words)}) as a
        join search_words w on a <% w.word
        -- a word found whole inside a longer one, not at its beginning, is no misspelling of it ("sign" in "design")
        where word_similarity(a, w.word) >= ${TYPO_MIN_SIMILARITY} and position(a in w.word) <= 1
        union all
        select a, w.word, 1 - 1.0 / greatest(length(a), length(w.word))
        from unnest(${textArray(words)}) as a
        join search_words w on length(a) < ${SHORT_WORD} and length(w.word) between length(a) - 1 and length(a) + 1
        where levenshtein(a, w.word) = 1
        union all
        -- a letter typed twice besides one slip ("exell" for "excel"): two edits, as a reader counts them
        select a, w.word, 1 - 2.0 / greatest(length(a), length(w.word))
        from unnest(${textArray(words)}) as a
        join search_words w on length(a) < ${SHORT_WORD} and a ~ '(.)\\1' and length(w.word) between length(a) - 2 and length(a) + 1
        where levenshtein(regexp_replace(a, '(.)\\1', '\\1', 'g'), w.word) = 1
        union all
        select a, w.word, 1 - levenshtein(a, w.word)::float / greatest(length(a), length(w.word))
        from unnest(${textArray(words)}) as a
        join search_words w on length(a) >= ${SHORT_WORD} and length(w.word) between length(a) - 2 and length(a) + 2
        where levenshtein(a, w.word) <= 2
        union all
        select t.typo, w.word, 1 - 1.0 / length(t.typo)
        from unnest(${textArray(swaps.map(([w]) => w))}, ${textArray(swaps.map(([, x]) => x))}) as t(typo, swap)
        join search_words w on w.word = t.swap
      ) c
      group by typo, word
      order by similarity desc, word`,
  );
  for (const r of rows) {
    const list = found.get(r.typo) ?? [];
    if (list.length < TYPO_CORRECTIONS) list.push({ word: r.word, similarity: Number(r.similarity) });
    found.set(r.typo, list);
  }
  // A word the catalogue has is no typo: it matched nothing because only drafts or past texts have it ("Power Apps").
  for (const r of rows) if (r.word === r.typo) verbatim.add(r.typo);
  for (const word of verbatim) found.delete(word);
  // With a near-certain correction, the word meant is known: the loose ones would only add what it is not.
  // One edit away beats three ("Personalauswal" is "Personalauswahl", not "Personalausweis").
  for (const [typo, list] of found) {
    if (list[0].similarity >= CERTAIN_TYPO)
      found.set(
        typo,
        list.filter((c) => c.similarity >= Math.max(CERTAIN_TYPO, list[0].similarity - TYPO_MARGIN)),
      );
  }
  return { found, verbatim };
}

/**
 * Searches the catalogue for a question. One statement when the words are known (and their stems were seen before);
 * a word that matches nothing as written costs a look-up among the catalogue's words and a second search.
 */
export async function searchSeminars(
  db: DbOrTx,
  question: Question,
  now: Date,
  timeZone: string,
): Promise<SearchOutcome> {
  let terms: Term[] = question.terms.map((t: SearchTerm) => {
    const alternatives = [...new Set(t.alternatives.map(fold))].filter(Boolean);
    const related = [...new Set((t.related ?? []).map(fold))].filter((r) => r && !alternatives.includes(r));
    const broader = [...new Set((t.broader ?? []).map(fold))].filter(
      (r) => r && !alternatives.includes(r) && !related.includes(r),
    );
    return {
      text: fold(t.text),
      noun: t.noun,
      named: t.named,
      context: t.context,
      setting: t.setting,
      story: t.story,
      known: t.known,
      alternatives: [
        // The word as written first: where a seminar has it, it beats one that has only a synonym ("GDPR").
        ...alternatives.map((text, i) => ({ text, weight: i === 0 ? 1 : SYNONYM_WEIGHT })),
        ...related.map((text) => ({ text, weight: RELATED_WEIGHT })),
        ...broader.map((text) => ({ text, weight: RELATED_WEIGHT, broader: true })),
      ],
    };
  });
  // "Telefontraining": beside its head ("telefon"), the compound as typed, for the seminar that calls itself so.
  for (const whole of (question.compounds ?? []).map(fold)) {
    const head = terms.find((t) => !t.text.includes(' ') && whole.startsWith(t.text));
    if (head && !terms.some((t) => t.text === whole))
      terms.push({
        text: whole,
        whole: true,
        context: head.context,
        story: head.story,
        alternatives: [{ text: whole, weight: 1 }],
      });
  }
  const texts = await tsQueryTexts(
    db,
    terms.flatMap((t) => t.alternatives.map((a) => a.text)),
  );
  const named = terms.filter((t) => t.named).map((t) => t.text);
  // A short word ("vhs", "BVS") may be a provider's acronym, though its rooms or texts name it too: asked of the
  // providers from the first search on (the ranking takes it for the provider only where just its seminars have it).
  const acronyms = storyAround(terms)
    ? []
    : terms
        .filter((t) => !t.context && !t.story && ACRONYM.test(t.text) && typedAsAcronym(t.text, question.text))
        .map((t) => t.text);
  let byProvider = providerWords(question, [...named, ...acronyms], acronyms);
  let rows = await candidates(
    db,
    searchSql(question, terms, byProvider, texts, now, timeZone),
    alternativeTexts(terms),
  );

  // Words that match nothing as written may be typos: searched again as the catalogue words they resemble.
  const firstOffsets = alternativeOffsets(terms);
  // Alternatives no candidate has (the typo as typed, its beginning): the second search need not look for them again.
  const firstTexts = alternativeTexts(terms);
  const alive = new Set(firstTexts.filter((_, k) => rows.some((r) => (r.features?.[k] ?? 0) > 0)));
  const dead = new Set(firstTexts.filter((a) => !alive.has(a)));
  // (A first search by a story's filters alone did not look for the words at all.)
  const wordsSearched = !storyAround(terms);
  let unmatched = terms.filter(
    (t, i) =>
      !rows.some((r) => r.features?.slice(firstOffsets[i], firstOffsets[i] + t.alternatives.length).some((f) => f > 0)),
  );
  // The story around a question asked by filters counts only where a seminar that passes them has its words.
  const untold = terms.filter(
    (t, i) =>
      t.story &&
      !rows.some(
        (r) =>
          r.passes && r.features?.slice(firstOffsets[i], firstOffsets[i] + t.alternatives.length).some((f) => f > 0),
      ),
  );
  terms = terms.filter((t) => !untold.includes(t));
  unmatched = unmatched.filter((t) => !untold.includes(t) && !t.whole);
  // Nor is a place of such a story where nothing that passes is held ("… weil ich allein im Bürgerbüro sitze").
  const storyPlaces = question.terms.some((t) => t.story) ? question.filters.place : undefined;
  const heldThere = storyPlaces?.filter((_, i) => rows.some((r) => r.passes && r.place_hit?.[i]));
  const placesDropped = Boolean(storyPlaces && heldThere?.length !== storyPlaces.length);
  if (placesDropped)
    question = { ...question, filters: { ...question.filters, place: heldThere?.length ? heldThere : undefined } };
  // ("Polish" is a word of the vocabulary: where no seminar is on Polish, it is no typo of "holen".)
  // Nor is a municipality of the catalogue asked for as a place ("Was gibt es in Hille?": nothing is held there, and
  // that is the answer, not the first-aid course of a "Hilfe").
  const townsAsked = await municipalityWords(
    db,
    unmatched.map((t) => t.text).filter((w) => question.filters.place?.some((p) => fold(p) === w)),
  );
  const typos = unmatched
    .filter((t) => !t.known && !townsAsked.has(t.text))
    .flatMap((t) =>
      t.alternatives.filter((a) => a.weight >= SYNONYM_WEIGHT && typoCandidate(a.text)).map((a) => a.text),
    );
  const { found, verbatim } = await corrections(db, typos);
  // A subject that only a draft is about ("Schulung zur Kassenprüfung in der Ortsgemeinde", "beamtenrecht sachsen"):
  // not offered, whatever the words beside it find.
  // (A word of the field's vocabulary too: "KI im Bürgerservice" beside an AI course still in draft.)
  const draftWords = unmatched
    .filter((t) => (verbatim.has(t.text) || t.known) && !t.context && !t.setting && !t.story && t.noun !== false)
    .map((t) => t.text);
  if (draftWords.length) {
    const drafted = await draftSubjects(db, draftWords);
    for (const t of terms) if (drafted.has(t.text)) t.unoffered = true;
  }
  // Nor is it a word to be taken apart or shortened ("beantragen", only in a draft, is no "beant" + "ragen").
  const guessable = unmatched.filter((t) => !verbatim.has(t.text));
  // Only when no word of the question matched: a prefix is a guess, and where other words found the seminar, it only
  // adds loosely related ones ("Aufträge ausschreiben" is the procurement course, not the one on invoices).
  let inflected = false;
  for (const t of unmatched.length === terms.filter((u) => !u.whole).length ? guessable : []) {
    const prefixes = t.alternatives.filter((a) => a.weight >= SYNONYM_WEIGHT).map((a) => prefixOf(a.text));
    for (const prefix of new Set(prefixes)) {
      if (prefix && !t.alternatives.some((a) => a.text === prefix))
        t.alternatives.push({ text: prefix, weight: INFLECTED_WEIGHT });
      inflected ||= Boolean(prefix);
    }
  }
  let suspended = false;
  // Not for a word with a near-certain correction ("Informationssicherhiet"): the splits would only cost time.
  const corrected = (word: string) => (found.get(word) ?? []).some((c) => c.similarity >= CERTAIN_TYPO);
  for (const t of guessable) {
    const own = t.alternatives.filter((a) => a.weight >= SYNONYM_WEIGHT && !corrected(a.text));
    for (const form of own.flatMap((a) => suspendedForms(a.text))) {
      t.alternatives.push({ text: form, weight: 1 });
      suspended = true;
    }
  }
  // A verb with its separable prefix ("Einscannen", "abheften"): the verb itself ("Scannen") when the whole is not found.
  let unprefixed = false;
  for (const t of guessable) {
    for (const base of new Set(
      t.alternatives
        .filter((a) => a.weight >= SYNONYM_WEIGHT && !corrected(a.text))
        .map((a) => withoutVerbPrefix(a.text)),
    )) {
      if (base && !t.alternatives.some((a) => a.text === base)) {
        t.alternatives.push({ text: base, weight: SYNONYM_WEIGHT });
        unprefixed = true;
      }
    }
  }
  // A hyphenated word nothing has as a whole ("Blackout-Vorsorge", "Erste-Hilfe-Ausbildung"): its parts, each counting
  // only with the others.
  let hyphenParts = false;
  for (const t of guessable) {
    const parts = t.text.split('-');
    if (parts.length < 2 || parts.length > 4 || t.text.includes(' ') || parts.some((p) => p.length < PART_MIN))
      continue;
    for (const part of parts)
      if (!terms.some((u) => u.text === part))
        terms.push({ text: part, partOf: t.text, alternatives: [{ text: part, weight: 1 }] });
    hyphenParts = true;
  }
  // A compound nothing has, not misspelt: its two words, each a term of its own, so that a seminar having both is first.
  const splits = await knownSplits(
    db,
    guessable.filter((t) => !t.text.includes(' ') && !corrected(t.text)).map((t) => t.text),
  );
  for (const [word, { head, tail }] of splits) {
    // The parts of the asker's setting are that setting ("Stadtverwaltung": no "Stadt" of a provider's name).
    const whole = terms.find((t) => t.text === word);
    for (const part of [head, tail]) {
      if (terms.some((t) => t.text === part)) continue;
      // The second word as its beginning too: "Modellierung" is in "Modellieren".
      const begins = part === tail ? prefixOf(tail) : null;
      const alternatives = [{ text: part, weight: 1 }, ...(begins ? [{ text: begins, weight: SYNONYM_WEIGHT }] : [])];
      terms.push({
        text: part,
        partOf: `${head}|${tail}`,
        ...(whole?.setting ? { context: whole.context, setting: whole.setting } : {}),
        alternatives,
      });
    }
  }
  // A provider's name misspelt ("Was bietet die Unfalkasse an?"): the name it surely is.
  const providerAsked = question.filters.provider;
  const providerSpelt = providerAsked?.map((w) => {
    const c = found.get(fold(w))?.[0];
    return c && c.similarity >= CERTAIN_TYPO ? c.word : w;
  });
  if (providerAsked && providerSpelt?.some((w, i) => w !== providerAsked[i]))
    question = { ...question, filters: { ...question.filters, provider: providerSpelt } };
  // A word no seminar has in its texts may be a provider's name: asked of the providers in the second search.
  // With it go the question's other words, which may be the rest of the name ("regio iT akademie").
  // Not the words of the asker's story or setting ("aus Öhringen nach Schöntal" is the way to work), but a generic word
  // may be part of a name ("Landesakademie für Digitale Verwaltung").
  const acronymsLeft = acronyms.filter((w) => terms.some((t) => t.text === w));
  byProvider = providerWords(
    question,
    [
      ...named,
      ...acronymsLeft,
      ...(unmatched.length ? terms.filter((t) => !t.context || GENERIC_NOUN.test(t.text)).map((t) => t.text) : []),
    ],
    acronymsLeft,
  );
  if (
    found.size ||
    inflected ||
    suspended ||
    unprefixed ||
    hyphenParts ||
    splits.size ||
    byProvider.implicit.some((w) => !named.includes(w) && !acronyms.includes(w)) ||
    untold.length ||
    placesDropped
  ) {
    for (const t of unmatched) {
      const known = new Set(t.alternatives.map((a) => a.text));
      for (const typo of t.alternatives.filter((a) => found.has(a.text))) {
        for (const c of found.get(typo.text)!) {
          // A correction is a guess: it counts only where the word is not found otherwise (in a suspended compound).
          if (!known.has(c.word))
            t.alternatives.push({
              text: c.word,
              weight: TYPO_WEIGHT * c.similarity,
              broader: true,
              loose: c.similarity < CERTAIN_TYPO,
            });
          known.add(c.word);
        }
      }
    }
    await tsQueryTexts(
      db,
      terms.flatMap((t) => t.alternatives.map((a) => a.text)),
    );
    // Only while the second search selects no more widely than the first (a dropped place or story, a provider's
    // name spelt anew) is an alternative without a candidate then sure to have none.
    const same =
      wordsSearched && !placesDropped && !untold.length && question.filters.provider === providerAsked ? dead : NONE;
    rows = await candidates(
      db,
      searchSql(question, terms, byProvider, texts, now, timeZone, false, same),
      alternativeTexts(terms),
      same,
    );
  }
  let ranked = rank(rows, terms, byProvider, question, now);
  // The asked period selects the candidates, so relevance is judged within it. When the best there only mentions the
  // words in passing ("im März etwas zu Informationssicherheit?": a course on mobile work whose description names it),
  // it is judged against the whole offer instead, with the period as a mark: the courses on the topic in other months
  // set the measure, and the passing mention is no answer.
  if (question.filters.period && ranked.hits.length && ranked.bestShare < WEAK_MATCH) {
    rows = await candidates(
      db,
      searchSql(question, terms, byProvider, texts, now, timeZone, true),
      alternativeTexts(terms),
    );
    ranked = rank(rows, terms, byProvider, question, now);
  }
  const { reported, bestShare: _, ...outcome } = ranked;
  if (!reported) return outcome;
  // Its title is read only when it is named; the search itself never reads the seminar rows.
  const [reportedRow] = await queryRows<{ title: string }>(
    db,
    sql`select title from seminars where id = ${reported.id}`,
  );
  return { ...outcome, reported: { ...reported, title: reportedRow?.title ?? '' } };
}

/** Those of the words that are a word of a municipality's name. */
async function municipalityWords(db: DbOrTx, words: string[]): Promise<Set<string>> {
  if (!words.length) return new Set();
  const names = await queryRows<{ name: string }>(db, sql`select name from municipalities`);
  const known = new Set(names.flatMap((r) => fold(r.name).split(/[^\p{L}\p{N}]+/u)));
  return new Set(words.filter((w) => known.has(w)));
}

/**
 * Words that may name a provider: the ones the question says so of ("bietet das NSI"), the ones after "by" ("courses by
 * ekom21"), and in the second search the single words no seminar has in its texts ("Was hat das Studieninstitut im
 * Angebot?").
 */
interface ProviderWords {
  words: string[];
  explicit: number;
  implicit: string[];
  /** Short words typed like an acronym ("vhs", "BVS"): a provider's where only its seminars have them. */
  acronyms: string[];
}

function providerWords(question: Question, unmatched: string[], acronyms: string[]): ProviderWords {
  const explicit = (question.filters.provider ?? []).map(fold);
  // A place the catalogue does not know may be a name too ("Kurse bei Carstensen"); the ranking tries places first.
  // ("komm.one", "regio-it": a name may have a dot or hyphen inside)
  const implicit = [...new Set(unmatched)].filter(
    (w) => /^[\p{L}\p{N}][\p{L}\p{N}.-]+[\p{L}\p{N}]$/u.test(w) && w.length >= 3 && !explicit.includes(w),
  );
  return { words: [...explicit, ...implicit], explicit: explicit.length, implicit, acronyms };
}

function searchSql(
  question: Question,
  terms: Term[],
  byProvider: ProviderWords,
  queryTexts: QueryTexts,
  now: Date,
  timeZone: string,
  periodMarks = false,
  dead: ReadonlySet<string> = NONE,
): SQL {
  const f = question.filters;
  const alts = alternativeTexts(terms);
  const places = (f.place ?? []).map(fold);
  // Who offers it: a provider named as such, and for a word no seminar has in its texts, a provider or a trainer.
  // (A place asked for is no trainer's employer: "in Jena" is not "Herr Jens Möller (Landespolizeiinspektion Jena)".)
  const providers = byProvider.words.map((w, i) =>
    i < byProvider.explicit
      ? providerHit(w, true)
      : places.includes(w)
        ? sql`(${providerHit(w)} or (${trainerHit([w])} and x.trainer !~ ${`\\([^)]*\\m${escapeRegex(lettersOnly(w))}`}))`
        : sql`(${providerHit(w)} or ${trainerHit([w])})`,
  );
  // Such a word may also be the place it is held ("november kamenz"): after the asked places, one hit each.
  const placeHits = [...places.map((w) => placeHit(w)), ...byProvider.implicit.map(placeWordHit)];
  const trainer = f.trainer?.map(fold).filter(Boolean);

  const textConditions = [
    ...alts.filter((a) => !dead.has(a)).flatMap((a) => alternativeMatches(a, queryTexts)),
    ...placeHits,
    ...providers,
  ];
  const where: SQL[] = [sql`x.status <> 'draft'`, sql`cardinality(x.session_starts) > 0`];
  // "run by KID Magdeburg": a name after "by" may be the provider's.
  if (trainer?.length)
    where.push(
      sql`((${trainerHit(trainer)} and ${titlesHit(trainer, question.trainerTitles ?? [])}) or (${sql.join(
        trainer.map((w) => providerHit(w)),
        sql` and `,
      )}))`,
    );
  const audience = f.audience ? fold(f.audience) : undefined;
  // Only the asker's setting besides the audience ("seit Kurzem Führungskraft"): the audience selects, the setting orders.
  // A place or provider word may turn out to be neither ("Führungskraft im Ordnungsamt"): the audience still selects.
  // A question asked by filters, with a story around it: the filters select, the story's words only order.
  const storyOnly = storyAround(terms);
  if (storyOnly) {
    if (placeHits.length || providers.length) where.push(orJoin([...placeHits, ...providers]));
    if (audience) where.push(audienceHit(audience));
  } else if (audience && (!alts.length || settingOnly(terms)))
    where.push(
      places.length || providers.length
        ? sql`(${audienceHit(audience)} or ${orJoin(textConditions)})`
        : audienceHit(audience),
    );
  else if (textConditions.length || alts.length) where.push(sql`(${orJoin(textConditions)})`);
  // The asked period selects: a question about March is answered from March (and the candidates stay few).
  const period = periodFilter(question, now);
  if (period && !periodMarks) where.push(period);
  // With words to search for, the other filters only mark the candidates: what is relevant is judged against the
  // best match of the words, not the best that passes ("Scrum online?" is not the online Kanban course that mentions
  // Scrum). Without words, they select.
  const filters = [...(period && periodMarks ? [period] : []), ...hardFilters(question, now, timeZone)];
  const worded = alts.length > 0 || textConditions.length > 0 || Boolean(audience);
  const passes = worded && !storyOnly && filters.length ? sql`(${sql.join(filters, sql` and `)})` : sql`true`;
  if (!worded || storyOnly) where.push(...filters);

  const features = alts.length
    ? sql`json_build_array(${sql.join(
        alts.map((a) => (dead.has(a) ? sql`0` : alternativeFeatures(a, queryTexts))),
        sql`, `,
      )})`
    : sql`null`;
  const hits = (conditions: SQL[]) =>
    conditions.length ? sql`json_build_array(${sql.join(conditions, sql`, `)})` : sql`null`;
  // The seminar row is joined only for filters on its own columns; everything else is in seminar_search.
  const needsSeminar = Boolean(f.format || f.notFormat || f.free || f.fee || f.language || f.seatsAvailable);
  return sql`
    select json_agg(json_build_array(x.seminar_id, x.status, x.session_starts, ${features},
      ${hits([...places.map(placeLevel), ...byProvider.implicit.map(placeWordHit)])}, ${hits(providers)}, ${audience ? audienceHit(audience) : sql`null`},
      ${passes}, ${alts.some(needsWords) ? sql`x.words, x.summary_words` : sql`null, null`})) as found
    from seminar_search x
    ${needsSeminar ? sql`join seminars s on s.id = x.seminar_id` : sql``}
    where ${sql.join(where, sql` and `)}`;
}

/** Where each term's alternatives begin in a row's features (they are packed one term after the other). */
/** No subject of its own, only the asker's setting or a course's level ("seit Kurzem", "fortgeschritten"). */
const settingOnly = (terms: Term[]) => terms.length > 0 && terms.every((t) => t.context);
/**
 * Only the words of a story around a question asked by filters ("Fahrten nach Görlitz sind schwierig – …"); not being
 * new to it ("Bin frisch Teamleiterin geworden – …"), which asks for the courses for newcomers.
 */
const storyAround = (terms: Term[]) =>
  terms.length > 0 && terms.every((t) => t.story) && !terms.some((t) => t.alternatives.some((a) => a.text === 'neu'));

function alternativeOffsets(terms: Term[]): number[] {
  const offsets: number[] = [];
  let k = 0;
  for (const t of terms) {
    offsets.push(k);
    k += t.alternatives.length;
  }
  return offsets;
}

/** The ranking, separate from SQL so that it reads as arithmetic. */
function rank(
  rows: Row[],
  terms: Term[],
  byProvider: ProviderWords,
  question: Question,
  now: Date,
): Omit<SearchOutcome, 'reported'> & { reported?: SearchHit; bestShare: number } {
  const f = question.filters;
  let candidates = rows;
  // Facets apply when the catalogue knows them ("Glehn" is a place); otherwise their words stay topic words.
  const facetWords = new Set<string>();
  const offsets = alternativeOffsets(terms);
  (f.place ?? []).forEach((word, i) => {
    if (candidates.some((r) => r.place_hit?.[i])) {
      const level = Math.max(...candidates.map((r) => Number(r.place_hit?.[i] ?? 0)));
      candidates = candidates.filter((r) => Number(r.place_hit?.[i] ?? 0) >= level);
      facetWords.add(fold(word));
    }
  });
  byProvider.words.slice(0, byProvider.explicit).forEach((word, i) => {
    // "datenschutz schulungen": where seminars of other providers are about the word, it is the subject.
    const ti = terms.findIndex((t) => t.text === word);
    const about = (r: Row) => ((r.features?.[offsets[ti]] ?? 0) & ABOUT) !== 0;
    if (question.providerOrSubject && ti >= 0 && candidates.some((r) => !r.provider_hit?.[i] && about(r))) return;
    if (candidates.some((r) => r.provider_hit?.[i])) {
      candidates = candidates.filter((r) => r.provider_hit?.[i]);
      facetWords.add(fold(word));
    }
  });
  // A word no seminar has in its texts but a provider has in its name is that provider.
  const implicitHits: number[] = [];
  const implicitPlaces: number[] = [];
  const asked = f.place?.length ?? 0;
  byProvider.implicit.forEach((word, j) => {
    const i = byProvider.explicit + j;
    const p = asked + j;
    const ti = terms.findIndex((t) => t.text === word);
    if (ti < 0) return;
    const k = offsets[ti];
    // Typo corrections (flagged broader) are guesses: a provider's name is taken as written.
    const own = terms[ti].alternatives.map((a, n) => (a.broader ? -1 : k + n)).filter((n) => n >= 0);
    const inTexts = candidates.some((r) => own.some((n) => (r.features?.[n] ?? 0) > 0));
    // A name after "by" is whose seminars are asked, though some texts name it too ("courses by ekom21"); so is a short
    // word that only the provider's own seminars have ("vhs": "vhs Bewegungsraum").
    const having = candidates.filter((r) => own.some((n) => (r.features?.[n] ?? 0) > 0));
    const offers =
      candidates.some((r) => r.provider_hit?.[i]) &&
      (terms[ti].named || (byProvider.acronyms.includes(word) && having.every((r) => r.provider_hit?.[i])));
    if ((inTexts && !offers) || facetWords.has(word)) return;
    // The place first: "Ludwigslust" is the Kreishaus Ludwigslust before the provider "Landkreis Ludwigslust-Parchim";
    // but where only the provider's courses are held there, it is the provider's own house ("ekom21, Schulungszentrum").
    const held = candidates.filter((r) => r.place_hit?.[p]);
    if (held.length && !held.every((r) => r.provider_hit?.[i])) {
      candidates = candidates.filter((r) => r.place_hit?.[p]);
      facetWords.add(word);
      implicitPlaces.push(p);
    } else if (candidates.some((r) => r.provider_hit?.[i])) {
      candidates = candidates.filter((r) => r.provider_hit?.[i]);
      facetWords.add(word);
      implicitHits.push(i);
    }
  });
  // Once a provider is chosen, the other words of its name are no topic ("regio iT akademie": "akademie").
  if (facetWords.size) {
    byProvider.words.forEach((word, i) => {
      if (!facetWords.has(word) && candidates.length && candidates.every((r) => r.provider_hit?.[i]))
        facetWords.add(word);
    });
  }
  // Candidates found only through a provider word that turned out to be a topic word are none.
  const facetHit = (r: Row) =>
    Boolean(
      r.place_hit?.slice(0, asked).some(Boolean) ||
      r.provider_hit?.slice(0, byProvider.explicit).some(Boolean) ||
      r.audience_hit,
    ) ||
    implicitHits.some((i) => r.provider_hit?.[i]) ||
    implicitPlaces.some((p) => r.place_hit?.[p]);
  if (!storyAround(terms))
    candidates = candidates.filter((r) => !r.features || r.features.some((b) => b > 0) || facetHit(r));
  // The audience selects among the seminars on the subject: "Teams für Fortgeschrittene" is no advanced Excel course.
  const subjectOf = (r: Row) =>
    terms.some((t, i) => !t.context && t.alternatives.some((_, a) => (r.features?.[offsets[i] + a] ?? 0) > 0));
  // A subject nothing has ("Ist die Übernachtung da mit drin?") leaves the audience to choose.
  const onSubject = (r: Row) => terms.every((t) => t.context) || subjectOf(r) || !candidates.some(subjectOf);
  if (f.audience && candidates.some((r) => r.audience_hit && onSubject(r)))
    candidates = candidates.filter((r) => r.audience_hit);

  // Per term and row: the best of its alternatives, each worth its weight (a synonym 1, a related topic or a typo's
  // correction less).
  const exact = (r: Row, k: number) => matchScore(r.features?.[k] ?? 0);
  // Broader topics fill in only where no candidate names the word itself: "Phishing" finds the course that mentions
  // phishing, and a general information security course only when there is none.
  const named = terms.map((t, i) =>
    candidates.some((r) => t.alternatives.some((alt, a) => !alt.broader && exact(r, offsets[i] + a) > 0)),
  );
  // Where a title has the word as written ("Excel Aufbaukurs"), a synonym counts for its best part only: the seminar
  // that names a synonym in every part ("für Fortgeschrittene") does not outweigh it.
  const inTitle = terms.map((_, i) => candidates.some((r) => ((r.features?.[offsets[i]] ?? 0) & 1) !== 0));
  const termScores: number[][] = candidates.map((r) =>
    terms.map((t, i) => {
      let best = 0;
      t.alternatives.forEach((alt, a) => {
        const score = exact(r, offsets[i] + a);
        if (!(alt.broader && named[i]))
          best = Math.max(best, alt.weight * (a > 0 && inTitle[i] ? Math.min(score, 1) : score));
      });
      return best;
    }),
  );
  // The words of a split compound are about it only together: "Fahrsicherheit" is no course that says "Sicherheit".
  termScores.forEach((s) => {
    terms.forEach((t, i) => {
      if (t.partOf && terms.some((u, j) => u.partOf === t.partOf && s[j] === 0)) s[i] = 0;
    });
  });
  // "Verwaltungsseminar" is a provider and left the word "verwaltungs" (the generic "seminar" taken off): a facet too.
  const inFacet = (w: string) => facetWords.has(w) || (w.length >= 4 && [...facetWords].some((f) => f.startsWith(w)));
  // The parts of a split name are the name ("Verwaltungsberatung": "Verwaltung", "Beratung").
  const partOfFacet = (t: Term) => {
    const [head, tail] = t.partOf?.split('|') ?? [];
    return Boolean(head && [...facetWords].some((w) => (tail ? w.startsWith(head) && w.endsWith(tail) : w === head)));
  };
  const isFacet = (t: Term) =>
    inFacet(t.text) ||
    t.alternatives.some((a) => inFacet(a.text)) ||
    t.text.split(' ').every(inFacet) ||
    partOfFacet(t);
  const scoring = terms.map((t) => !isFacet(t));
  // Rarity among the candidates: the catalogue count would cost a scan of its own, and only the proportions matter.
  const total = Math.max(1, candidates.length);
  const dfs = terms.map((_, i) => termScores.filter((s) => s[i] > 0).length);
  // Where the asker works is the setting, not the subject, when the question names a subject too.
  const asksMore = terms.some((t, i) => !t.context && scoring[i] && dfs[i] > 0);
  const idf = terms.map((t, i) =>
    scoring[i] && dfs[i] > 0 ? Math.log(1 + total / dfs[i]) * (t.context && asksMore ? CONTEXT_WEIGHT : 1) : 0,
  );
  // "zur elektronischen Signatur": when no named thing of the question is known and only its adjectives are, what is
  // offered is about something else.
  // Typed without case ("podcast erstellen"), a word beside a doing that nothing has is that thing.
  const thing = (t: Term, i: number) =>
    t.noun ||
    (t.noun === undefined && !t.whole && !t.text.includes(' ') && dfs[i] === 0 && terms.some((u) => u.noun === false));
  const nounsUnknown =
    terms.some(thing) && terms.every((t, i) => (t.noun === false ? true : dfs[i] === 0 || !scoring[i]));
  // A question that names its seminar otherwise (for whom, by whom, where) is not about the unknown thing alone.
  const namedOtherwise = Boolean(f.audience || f.trainer?.length || facetWords.size);
  if (nounsUnknown && !namedOtherwise && terms.some((t, i) => t.noun === false && dfs[i] > 0))
    return { hits: [], topicSearch: true, bestShare: 0 };
  // "Fahrsicherheitstraining für Dienstwagen": a noun nothing has, the other words found only as loose guesses at a
  // typo ("Sicherheit"): what is asked for is not offered.
  const solid = terms.map((t, i) =>
    candidates.some((r) => t.alternatives.some((alt, a) => !alt.loose && exact(r, offsets[i] + a) > 0)),
  );
  const unknownWord = terms.some(
    (t, i) => scoring[i] && t.noun && !(t.context && asksMore) && dfs[i] === 0 && t.text.length >= 4,
  );
  const onlyGuessed =
    terms.some((_, i) => scoring[i] && dfs[i] > 0 && !solid[i]) &&
    terms.every((_, i) => !scoring[i] || dfs[i] === 0 || !solid[i]);
  if (unknownWord && onlyGuessed) return { hits: [], topicSearch: true, bestShare: 0 };
  // "Schulung zur Verwaltung der Freiwilligen Feuerwehr": the thing asked for is not offered, only administration is.
  const onlyGeneric = terms.every((t, i) => !scoring[i] || dfs[i] === 0 || GENERIC_NOUN.test(t.text));
  if (unknownWord && onlyGeneric && !namedOtherwise && terms.some((t, i) => scoring[i] && dfs[i] > 0))
    return { hits: [], topicSearch: true, bestShare: 0 };
  // "Kettensägenlehrgang für den Bauhof": the subject is not offered, whatever the asker's setting finds. (Where the
  // asker works says more: "neu in der Beschaffung und soll Angebote einholen" is about that work.)
  const subjects = terms
    .map((t, i) => (scoring[i] && !t.setting && !t.context && !t.whole && t.noun !== false ? i : -1))
    .filter((i) => i >= 0);
  if (
    terms.some((t) => t.setting === 'forWhom') &&
    subjects.length &&
    subjects.every((i) => dfs[i] === 0) &&
    !namedOtherwise
  )
    return { hits: [], topicSearch: true, bestShare: 0 };
  // A subject nothing has, after a story that finds something ("Wir wollen aufs Dach … eine Solaranlage bauen – gibt es
  // eine Schulung zu Photovoltaik?"): the story answers only where a seminar is about it (its title or topics), not
  // where a description mentions one of its words.
  const askedFor = subjects.filter((i) => terms[i].noun && !OFFERING_KIND.test(terms[i].text));
  // (Not by being new to it, "seit Kurzem", which finds every course for newcomers.)
  const storyTopic = (t: Term) => t.context && !t.setting && !t.alternatives.some((a) => a.text === 'neu');
  const aboutStory = (r: Row) =>
    terms.some(
      (t, i) => storyTopic(t) && t.alternatives.some((_, a) => ((r.features?.[offsets[i] + a] ?? 0) & ABOUT) !== 0),
    );
  const subjectUnknown =
    askedFor.length > 0 &&
    askedFor.every((i) => dfs[i] === 0) &&
    !asksMore &&
    !terms.some((t, i) => t.partOf && dfs[i] > 0);
  if (subjectUnknown && terms.some((t) => t.context) && !namedOtherwise && !candidates.some(aboutStory))
    return { hits: [], topicSearch: true, bestShare: 0 };
  // The story tells of the very thing asked for, which nothing has ("die Hundesteuersatzung wird überarbeitet … gibt es
  // ein Seminar zur Hundesteuer?"): what else its words find is not it.
  const storyOfIt = terms.some(
    (u) => u.context && !u.partOf && askedFor.some((i) => u.text !== terms[i].text && u.text.includes(terms[i].text)),
  );
  if (storyOfIt && askedFor.length && askedFor.every((i) => dfs[i] === 0) && !namedOtherwise)
    return { hits: [], topicSearch: true, bestShare: 0 };
  // A phrase of the field's vocabulary that nothing has ("GIS", "accessible PDF documents", "barrierefreie pdf") is
  // what was asked for, and the plain words beside it ("digital maps") find other things. (English has no capitals to
  // tell its subject, nor has German typed in lower case.)
  // A subject that only a draft's title or topics name is planned, not offered, whatever the words beside it find
  // ("writing for the intranet" beside an intranet course still in draft); not a verb a draft's title has ("in die
  // Doppik einarbeiten" beside a draft on how to "einarbeiten" new colleagues).
  const planned = (t: Term) => t.unoffered && (t.noun === true || !/(?:en|ern|eln)$/.test(t.text));
  const vocabularyMissing =
    terms.some((t, i) => scoring[i] && planned(t) && !t.context && !t.setting && dfs[i] === 0) ||
    (terms.some((t, i) => scoring[i] && (t.known || t.unoffered) && !t.context && !t.setting && dfs[i] === 0) &&
      !terms.some((t, i) => scoring[i] && t.known && dfs[i] > 0));
  if (vocabularyMissing && !namedOtherwise) return { hits: [], topicSearch: true, bestShare: 0 };
  const mass = idf.reduce((a, b) => a + b, 0);
  // The asker's setting alone, with an audience: every course for that audience, the ones that fit the setting first.
  const audienceBySetting = (Boolean(f.audience) && settingOnly(terms)) || storyAround(terms);
  const scoringTerms = scoring.filter(Boolean).length;
  // Asked by a place or provider, with only the asker's setting around it ("Wir sind eine kleine Verwaltung in Ruhla –
  // welche Seminare finden bei uns in Ruhla statt?"): everything there.
  const topicSearch = mass > 0 && !(facetWords.size > 0 && terms.every((t, i) => !scoring[i] || t.context));
  // Words were asked for but none is known to the catalogue: nothing fits.
  if (scoringTerms > 0 && !topicSearch && !facetWords.size && !f.audience && !f.trainer)
    return { hits: [], topicSearch: true, bestShare: 0 };

  const scored = candidates.map((r, ri) => {
    const s = termScores[ri];
    let sum = 0;
    let covered = 0;
    s.forEach((v, i) => {
      sum += idf[i] * v;
      if (v > 0) covered += idf[i];
    });
    // Beside a subject that some seminar has, the setting and the story only order: a seminar with nothing but them
    // is none ("Was tun, wenn Bürger am Schalter aggressiv werden?" is not the English course for the front desk).
    const settingAlone =
      asksMore &&
      s.some((v, i) => v > 0 && terms[i].context) &&
      !s.some((v, i) => v > 0 && scoring[i] && !terms[i].context);
    const score = settingAlone ? 0 : audienceBySetting ? 1 + sum : topicSearch ? sum * (covered / mass) : 1;
    const nextStart = r.starts.find((t) => t > now) ?? null;
    const hit: SearchHit & { passes: boolean } = {
      id: r.id,
      status: r.status,
      nextStart,
      lastStart: r.starts[r.starts.length - 1],
      score,
      upcoming: r.status === 'published' && nextStart !== null && nextStart > now,
      passes: r.passes,
    };
    return hit;
  });
  const matching = scored.filter((h) => h.score > 0);
  const upcoming = matching.filter((h) => h.upcoming);
  const best = Math.max(0, ...upcoming.map((h) => h.score));
  let hits = upcoming.filter((h) => h.passes && (audienceBySetting || h.score >= best * RELEVANCE_CUTOFF));
  const byDate = (a: SearchHit, b: SearchHit) => (a.nextStart?.getTime() ?? 0) - (b.nextStart?.getTime() ?? 0);
  hits = hits.sort((a, b) =>
    !topicSearch || question.timeQuestion ? byDate(a, b) : b.score - a.score || byDate(a, b),
  );

  // A cancelled or past seminar is named only when it is what was asked for: it fits clearly better than the offer.
  let reported: SearchHit | undefined;
  // A question about a period ("im nächsten Quartal") is answered with what that period offers, if anything.
  // (Not for the words of a story around a question asked by filters: "… eine Vertretung organisieren. Welche Seminare
  // dauern mehr als einen Tag?" asks for no seminar named "… organisieren".)
  // (Nor for words that all named whose or where the seminars are: "Welche Seminare bietet das Niedersächsische
  // Studieninstitut an?" is no question about a past course on "das niedersächsische Modell".)
  const byFacets = terms.every((t) => t.text.split(' ').every((w) => facetWords.has(w)));
  // (Within the period, a seminar cancelled there is still named when the question names one: "ob der PowerPoint-Kurs
  // im November wie geplant stattfindet"; not "Gibt es im nächsten Quartal etwas zur Informationssicherheit?".)
  const periodOffers = Boolean(f.period && hits.length);
  const namedInPeriod = (h: SearchHit) => h.status === 'cancelled' && ONE_NAMED.test(question.text);
  if (topicSearch && !storyAround(terms) && !(byFacets && hits.length)) {
    const gone = matching
      .filter((h) => !h.upcoming && h.passes && (!periodOffers || namedInPeriod(h)))
      .sort((a, b) => b.score - a.score)[0];
    // …and by what it is about (title, topics, summary), not by a word of its description alone ("2028" in "wird
    // 2028 neu ausgeschrieben").
    const about = (h: SearchHit) => {
      const r = candidates.find((c) => c.id === h.id);
      return terms.some(
        (t, i) => scoring[i] && t.alternatives.some((_, a) => ((r?.features?.[offsets[i] + a] ?? 0) & ~8) !== 0),
      );
    };
    if (gone && gone.score * GONE_MARGIN > best && about(gone)) reported = gone;
  }
  if (reported) hits = hits.filter((h) => h.score >= reported!.score * RELEVANCE_CUTOFF);
  // How well the best fits, as a share of a match of every word in a title (1): a passing mention is far below.
  const bestShare = topicSearch ? best / mass : 1;
  const placeFacet = (f.place ?? []).some((w) => facetWords.has(fold(w)));
  const onlyPlaces = implicitPlaces.length > 0 && terms.every((t) => facetWords.has(t.text));
  return { hits, reported, topicSearch, bestShare, placeFacet, onlyPlaces };
}

/**
 * A seminar named by its title, or the title's part before the colon ("Wer leitet Fit für morgen?"): when the words
 * of a title read as a filter ("morgen"), the search finds nothing, but the name is plain. The longest name wins.
 */
export async function seminarNamedIn(
  db: DbOrTx,
  text: string,
  now: Date,
): Promise<(SearchHit & { title: string }) | null> {
  const [row] = await queryRows<{ id: string; status: SearchHit['status']; starts: string[] | string; title: string }>(
    db,
    sql`select x.seminar_id as id, x.status, to_json(x.session_starts) as starts, s.title
        from seminar_search x join seminars s on s.id = x.seminar_id
        cross join lateral (select lower(unaccent(split_part(s.title, ':', 1))) as name) n
        where x.status <> 'draft' and cardinality(x.session_starts) > 0 and length(n.name) >= 8
          and position(n.name in ${fold(text)}) > 0
        order by length(n.name) desc, x.session_starts[1] desc limit 1`,
  );
  return row ? namedHit(row, now) : null;
}

/** A seminar named by the asker, as a search hit with its title. */
function namedHit(
  row: { id: string; status: SearchHit['status']; starts: string[] | string; title: string },
  now: Date,
): SearchHit & { title: string } {
  const starts = jsonValue<string[]>(row.starts, []).map((t) => new Date(t));
  const nextStart = starts.find((t) => t > now) ?? null;
  return {
    id: row.id,
    status: row.status,
    title: row.title,
    nextStart,
    lastStart: starts[starts.length - 1] ?? now,
    score: 1,
    upcoming: row.status === 'published' && nextStart !== null,
  };
}

/**
 * A seminar named in quotation marks ("Wann findet „Wohngeld kompakt“ statt?"): the one whose title holds the quoted
 * words, a draft too (so that asking for a draft by name finds nothing rather than whatever shares a word with it).
 */
export async function seminarQuoted(
  db: DbOrTx,
  name: string,
  now: Date,
  /** The whole title (or its name before a colon), not a part of it. */
  whole = false,
): Promise<(SearchHit & { title: string }) | 'draft' | null> {
  const title = sql`lower(unaccent(s.title))`;
  const [row] = await queryRows<{
    id: string;
    status: SearchHit['status'] | 'draft';
    starts: string[] | string;
    title: string;
  }>(
    db,
    sql`select x.seminar_id as id, x.status, to_json(x.session_starts) as starts, s.title
        from seminar_search x join seminars s on s.id = x.seminar_id
        where ${whole ? sql`(rtrim(${title}, '?!. ') = ${fold(name)} or (strpos(s.title, ':') > 0 and rtrim(split_part(${title}, ':', 1), '?!. ') = ${fold(name)}))` : sql`position(${fold(name)} in ${title}) > 0`}
        order by x.status = 'draft', x.session_starts[1] desc nulls last limit 1`,
  );
  if (!row) return null;
  return row.status === 'draft' ? 'draft' : namedHit({ ...row, status: row.status }, now);
}

/** The most common topics of what is on offer, to suggest when nothing matched. */
export async function suggestTopics(db: DbOrTx, now: Date, limit = 6): Promise<string[]> {
  const rows = await queryRows<{ topic: string }>(
    db,
    sql`select t.topic from seminars s, unnest(s.topics) as t(topic)
        where s.status = 'published'
          and exists (select 1 from seminar_sessions x where x.seminar_id = s.id and x.starts_at > ${now.toISOString()}::timestamptz)
        group by t.topic order by count(*) desc, t.topic limit ${limit}`,
  );
  return rows.map((r) => r.topic);
}
