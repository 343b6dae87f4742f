// Finding seminars for a parsed question. One SQL statement returns every candidate with, per search word, how well it
// matches (full-text level: title > topics > summary > description; infix of title/topics for German compounds;
// trigram similarity for typos) and whether it matches the place, trainer, provider and audience candidates. The
// ranking is then plain arithmetic here: words weighted by rarity, seminars weighted by how much of the question
// they cover, and a cut-off relative to the best, so a topic question lists what is relevant and not what is loosely
// related. Only published seminars with a session still ahead are offered; cancelled and past ones are returned
// separately, only to say so when they are asked for by name. Drafts never leave the database.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.js';
import type { Question, SearchTerm } from './question.js';

export interface SearchHit {
  id: string;
  title: string;
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
  reported?: SearchHit;
  /** The question had words to search for (not only filters). */
  topicSearch: boolean;
}

/** Relevance of a word by where it matched. */
const LEVEL_SCORE = [0, 0.25, 0.4, 0.7, 1] as const;
const INFIX_SCORE = 0.75;
const TYPO_MIN_SIMILARITY = 0.6;
/** A related (broader) topic counts for this share of a match of the word itself: below the cut-off when both occur. */
const RELATED_WEIGHT = 0.45;
/** Listed are seminars scoring at least this share of the best. */
export const RELEVANCE_CUTOFF = 0.5;

interface Row {
  id: string;
  title: string;
  status: 'published' | 'cancelled';
  next_start: Date | string | null;
  last_start: Date | string;
  place_hit: boolean[] | null;
  provider_hit: boolean[] | null;
  audience_hit: boolean | null;
  /** Per alternative of every term: [level 0..4, infix 0/1, similarity]. */
  features: number[][] | null;
}

const lettersOnly = (s: string) => s.replace(/[^\p{L}\p{N} .-]/gu, '');
const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/** What PostgreSQL's unaccent() does to German text, done once here instead of once per row. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').trim();
}
const likeInfix = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * German stemming plus the exact word; immutable over a constant, so the planner folds it once and the GIN index
 * answers `@@`. When the German stem is much
 * shorter than the word ("Sicherheit" → "sich", which also stems "sichern"), the stem would match unrelated words:
 * then only the exact word and infixes count. Several words are a phrase ("mobiles arbeiten"): they stand together.
 */
function tsQuery(alt: string): SQL {
  const fn = alt.includes(' ') ? sql.raw('phraseto_tsquery') : sql.raw('plainto_tsquery');
  const german = sql`${fn}('german', ${alt})`;
  return sql`((case when length(regexp_replace(${german}::text, '[^a-z0-9]', '', 'g')) >= 0.6 * ${alt.replace(/ /g, '').length} then ${german} else ''::tsquery end)
    || ${fn}('simple', ${alt}))`;
}

/** Per alternative: [full-text level 0..4, infix of title/topics 0/1, trigram similarity (typo candidates only)]. */
function alternativeFeatures(alt: string, typo: boolean): SQL {
  const q = tsQuery(alt);
  const level = sql`case
      when ts_filter(s.search_vector, '{a}') @@ ${q} then 4
      when ts_filter(s.search_vector, '{b}') @@ ${q} then 3
      when ts_filter(s.search_vector, '{c}') @@ ${q} then 2
      when s.search_vector @@ ${q} then 1 else 0 end`;
  const hasInfix = alt.replace(/\s/g, '').length >= 5;
  const infix = hasInfix ? sql`(s.search_text like ${likeInfix(alt)})::int` : sql`0`;
  // Similarity matters only where the word does not match as written (it is a typo then).
  const similarity =
    typo
      ? sql`case when s.search_vector @@ ${q} ${hasInfix ? sql`or s.search_text like ${likeInfix(alt)}` : sql``} then 0 else word_similarity(${alt}, s.search_text) end`
      : sql`0`;
  return sql`array[${level}, ${infix}, ${similarity}]::float8[]`;
}

const typoCandidate = (alt: string) => alt.length >= 6 && !alt.includes(' ');

function alternativeMatches(alt: string, typo: boolean): SQL {
  const parts = [sql`s.search_vector @@ ${tsQuery(alt)}`];
  if (alt.replace(/\s/g, '').length >= 5) parts.push(sql`s.search_text like ${likeInfix(alt)}`);
  if (typo) parts.push(sql`${alt} <% s.search_text`);
  return sql.join(parts, sql` or `);
}

const orJoin = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` or `) : sql`false`);

function placeHit(word: string): SQL {
  return sql`strpos(unaccent(lower(coalesce(s.location, '') || ' ' || coalesce(x.locations, ''))), ${word}) > 0`;
}
function providerHit(word: string): SQL {
  return sql`(' ' || unaccent(lower(coalesce(s.provider, ''))) || ' ') like ${`% ${word} %`}`;
}
function trainerHit(words: string[]): SQL {
  return sql.join(
    words.map((w) => sql`unaccent(lower(coalesce(s.trainer, ''))) ~ ${`\\m${lettersOnly(w)}\\M`}`),
    sql` and `,
  );
}
function audienceHit(fragment: string): SQL {
  return sql`strpos(unaccent(lower(coalesce(s.audience, '') || ' ' || s.title)), ${fragment}) > 0`;
}

/** Everything that is not about words: dates, time of day, format, cost, length, language, free seats. */
function hardFilters(question: Question, now: Date, timeZone: string): SQL[] {
  const f = question.filters;
  const where: SQL[] = [sql`s.status <> 'draft'`];
  if (f.period) {
    where.push(sql`exists (select 1 from seminar_sessions p where p.seminar_id = s.id
      and p.starts_at >= ${f.period.from.toISOString()}::timestamptz and p.starts_at < ${f.period.to.toISOString()}::timestamptz
      and p.starts_at > ${now.toISOString()}::timestamptz)`);
  }
  if (f.timeOfDay) {
    const cmp = f.timeOfDay === 'morning' ? sql`< 12` : sql`>= 12`;
    where.push(sql`exists (select 1 from seminar_sessions p where p.seminar_id = s.id
      and extract(hour from p.starts_at at time zone ${timeZone}) ${cmp})`);
  }
  if (f.format) where.push(sql`s.format = ${f.format}`);
  if (f.free) where.push(sql`coalesce(s.fee_amount, 0) = 0`);
  if (f.multiDay !== undefined) where.push(f.multiDay ? sql`x.session_count > 1` : sql`x.session_count = 1`);
  if (f.language) where.push(sql`s.language = ${f.language}`);
  if (f.seatsAvailable) {
    where.push(sql`s.capacity > (select count(*) from registrations r where r.seminar_id = s.id and r.status = 'confirmed')`);
  }
  return where;
}

/**
 * Searches the catalogue for a question. One statement; a second one only when a word matches nothing as written and
 * may be a typo (trigram similarity is the expensive part, so it is not paid for words that exist).
 */
export async function searchSeminars(db: DbOrTx, question: Question, now: Date, timeZone: string): Promise<SearchOutcome> {
  const terms = question.terms.map((t) => {
    const alternatives = [...new Set(t.alternatives.map(fold))].filter(Boolean);
    const related = [...new Set((t.related ?? []).map(fold))].filter((r) => r && !alternatives.includes(r));
    return { text: fold(t.text), alternatives: [...alternatives, ...related], weights: [...alternatives.map(() => 1), ...related.map(() => RELATED_WEIGHT)] };
  });
  let rows = await queryRows<Row>(db, searchSql(question, terms, new Set(), now, timeZone));
  const typos = new Set<string>();
  let k = 0;
  for (const t of terms) {
    const matched = rows.some((r) => t.alternatives.some((_, a) => (r.features?.[k + a]?.[0] ?? 0) > 0 || (r.features?.[k + a]?.[1] ?? 0) > 0));
    if (!matched) t.alternatives.filter(typoCandidate).forEach((a) => typos.add(a));
    k += t.alternatives.length;
  }
  if (typos.size) rows = await queryRows<Row>(db, searchSql(question, terms, typos, now, timeZone));
  return rank(rows, terms, question, now);
}

function searchSql(question: Question, terms: SearchTerm[], typos: Set<string>, now: Date, timeZone: string): SQL {
  const f = question.filters;
  const alts = terms.flatMap((t) => t.alternatives);
  const places = (f.place ?? []).map(fold);
  const providers = (f.provider ?? []).map(fold);
  const trainer = f.trainer?.map(fold).filter(Boolean);

  const textConditions = [
    ...alts.map((a) => sql`(${alternativeMatches(a, typos.has(a))})`),
    ...places.map((p) => placeHit(p)),
    ...providers.map((p) => providerHit(p)),
  ];
  const where = hardFilters(question, now, timeZone);
  if (trainer?.length) where.push(trainerHit(trainer));
  const audience = f.audience ? fold(f.audience) : undefined;
  if (audience && !alts.length && !places.length && !providers.length) where.push(audienceHit(audience));
  else if (textConditions.length) where.push(sql`(${orJoin(textConditions)})`);

  const featureColumns = alts.length ? sql`array[${sql.join(alts.map((a) => alternativeFeatures(a, typos.has(a))), sql`, `)}]` : sql`null::float8[]`;
  return sql`
    select s.id, s.title, s.status, x.next_start, x.last_start,
      ${places.length ? sql`array[${sql.join(places.map(placeHit), sql`, `)}]` : sql`null::boolean[]`} as place_hit,
      ${providers.length ? sql`array[${sql.join(providers.map(providerHit), sql`, `)}]` : sql`null::boolean[]`} as provider_hit,
      ${audience ? audienceHit(audience) : sql`null::boolean`} as audience_hit,
      ${featureColumns} as features
    from seminars s
    cross join lateral (
      select min(starts_at) filter (where starts_at > ${now.toISOString()}::timestamptz) as next_start,
        max(starts_at) as last_start,
        count(*)::int as session_count,
        string_agg(coalesce(location, ''), ' ') as locations
      from seminar_sessions where seminar_id = s.id
    ) x
    where x.session_count > 0 and ${sql.join(where, sql` and `)}`;
}

/** The ranking, separate from SQL so that it reads as arithmetic. */
function rank(rows: Row[], terms: (SearchTerm & { weights: number[] })[], question: Question, now: Date): SearchOutcome {
  const f = question.filters;
  let candidates = rows;
  // Facets apply when the catalogue knows them ("Glehn" is a place); otherwise their words stay topic words.
  const facetWords = new Set<string>();
  (f.place ?? []).forEach((word, i) => {
    if (candidates.some((r) => r.place_hit?.[i])) {
      candidates = candidates.filter((r) => r.place_hit?.[i]);
      facetWords.add(fold(word));
    }
  });
  (f.provider ?? []).forEach((word, i) => {
    if (candidates.some((r) => r.provider_hit?.[i])) {
      candidates = candidates.filter((r) => r.provider_hit?.[i]);
      facetWords.add(fold(word));
    }
  });
  if (f.audience && candidates.some((r) => r.audience_hit)) candidates = candidates.filter((r) => r.audience_hit);

  // Per term and row: the best of its alternatives. A word counts as a typo only when it matches nothing as written
  // ("Prozesmanagement"); a word that exists must not pull in look-alikes ("Projektmanagement" ≠ "Prozessmanagement").
  const offsets = terms.map((_, i) => terms.slice(0, i).reduce((n, t) => n + t.alternatives.length, 0));
  const exact = (r: Row, k: number) => {
    const [level = 0, infix = 0] = r.features?.[k] ?? [];
    return Math.max(LEVEL_SCORE[level as 0 | 1 | 2 | 3 | 4] ?? 0, infix ? INFIX_SCORE : 0);
  };
  const known = terms.map((t, i) => rows.some((r) => t.alternatives.some((_, a) => exact(r, offsets[i] + a) > 0)));
  const termScores: number[][] = candidates.map((r) =>
    terms.map((t, i) => {
      let best = 0;
      for (let a = 0; a < t.alternatives.length; a++) {
        const k = offsets[i] + a;
        const similarity = r.features?.[k]?.[2] ?? 0;
        const typo = !known[i] && similarity >= TYPO_MIN_SIMILARITY ? 0.8 * similarity : 0;
        best = Math.max(best, t.weights[a] * Math.max(exact(r, k), typo));
      }
      return best;
    }),
  );
  const isFacet = (t: SearchTerm) =>
    facetWords.has(t.text) || t.alternatives.some((a) => facetWords.has(a)) || t.text.split(' ').every((w) => facetWords.has(w));
  const scoring = terms.map((t) => !isFacet(t));
  // Rarity among the candidates: the catalogue count would cost a scan of its own, and only the proportions matter.
  const total = Math.max(1, candidates.length);
  const idf = terms.map((_, i) => {
    const df = termScores.filter((s) => s[i] > 0).length;
    return scoring[i] && df > 0 ? Math.log(1 + total / df) : 0;
  });
  const mass = idf.reduce((a, b) => a + b, 0);
  const scoringTerms = scoring.filter(Boolean).length;
  const topicSearch = mass > 0;
  // Words were asked for but none is known to the catalogue: nothing fits.
  if (scoringTerms > 0 && !topicSearch && !facetWords.size && !f.audience && !f.trainer) return { hits: [], topicSearch: true };

  const scored = candidates.map((r, ri) => {
    const s = termScores[ri];
    let sum = 0;
    let covered = 0;
    s.forEach((v, i) => {
      sum += idf[i] * v;
      if (v > 0) covered += idf[i];
    });
    const score = topicSearch ? sum * (covered / mass) : 1;
    const nextStart = r.next_start ? toDate(r.next_start) : null;
    const hit: SearchHit = {
      id: r.id,
      title: r.title,
      status: r.status,
      nextStart,
      lastStart: toDate(r.last_start),
      score,
      upcoming: r.status === 'published' && nextStart !== null && nextStart > now,
    };
    return hit;
  });
  const matching = scored.filter((h) => h.score > 0);
  const upcoming = matching.filter((h) => h.upcoming);
  const best = Math.max(0, ...upcoming.map((h) => h.score));
  let hits = upcoming.filter((h) => h.score >= best * RELEVANCE_CUTOFF);
  const byDate = (a: SearchHit, b: SearchHit) => (a.nextStart?.getTime() ?? 0) - (b.nextStart?.getTime() ?? 0);
  hits = hits.sort((a, b) => (!topicSearch || question.timeQuestion ? byDate(a, b) : b.score - a.score || byDate(a, b)));

  // A cancelled or past seminar is named only when it is what was asked for: it fits better than anything offered.
  let reported: SearchHit | undefined;
  if (topicSearch) {
    const gone = matching.filter((h) => !h.upcoming).sort((a, b) => b.score - a.score)[0];
    if (gone && gone.score > best * 1.05) reported = gone;
  }
  if (reported) hits = hits.filter((h) => h.score >= reported!.score * RELEVANCE_CUTOFF);
  return { hits, reported, topicSearch };
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
