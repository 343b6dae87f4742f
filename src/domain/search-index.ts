// How a seminar is indexed for search (table seminar_search): a weighted tsvector (German stemming plus the simple
// configuration for English words and acronyms; title > topics > summary > description; german_forms of migration 0009
// evens out what the stemmers of PostgreSQL 15 and 18 do differently; split_slashes of 0010 makes "VOB/A" two words,
// which the text parser reads as one path), lower-case texts without accents for infixes, places, provider, trainer
// and audience, and the session starts in order. Also the catalogue's words for typo correction (table search_words).
import { sql, type SQL } from 'drizzle-orm';
import { textArray } from '../../db/client.js';

/**
 * The words a misspelt word is compared with: all of a seminar's texts, since the word asked for is often only in the
 * summary or the description ("Exel" for the course "Zahlen im Griff", whose summary names Excel). A hyphenated word
 * counts whole and in its parts: "Datenschutzgrundverordung" is a typo of "Datenschutz-Grundverordnung". The
 * provider's name too: "Volkshochshule" is the Volkshochschule that offers.
 */
const searchWordsText = sql.raw(
  `lower(unaccent(coalesce(s.title, '') || ' ' || array_to_string(s.topics, ' ') || ' ' || coalesce(s.summary, '') || ' ' || coalesce(s.description, '') || ' ' || coalesce(s.provider, '')))`,
);

/** Recomputes the search index of the given seminars; run after every write of a seminar or its sessions. */
export function refreshSearchIndexSql(ids: string[]): SQL {
  // Words of seminars that changed or left are not removed: a typo corrected to a word nobody uses any more finds
  // nothing, which is what it would have found anyway.
  return sql`
    with indexed as (
      insert into seminar_search (seminar_id, status, vector, words, places, provider, trainer, audience, session_starts, session_ends, summary_words)
      select s.id, s.status,
        setweight(to_tsvector('german', german_forms(split_slashes(unaccent(coalesce(s.title, ''))))), 'A') ||
        setweight(to_tsvector('simple', split_slashes(unaccent(coalesce(s.title, '')))), 'A') ||
        setweight(to_tsvector('german', german_forms(split_slashes(unaccent(array_to_string(s.topics, ' '))))), 'B') ||
        setweight(to_tsvector('simple', split_slashes(unaccent(array_to_string(s.topics, ' ')))), 'B') ||
        setweight(to_tsvector('german', german_forms(split_slashes(unaccent(coalesce(s.summary, ''))))), 'C') ||
        setweight(to_tsvector('german', german_forms(split_slashes(unaccent(coalesce(s.description, '') || ' ' || coalesce(s.audience, ''))))), 'D'),
        lower(unaccent(coalesce(s.title, '') || ' ' || array_to_string(s.topics, ' '))),
        lower(unaccent(coalesce(s.location, '') || ' ' || coalesce(x.locations, ''))),
        ' ' || lower(unaccent(coalesce(s.provider, ''))) || ' ',
        lower(unaccent(coalesce(s.trainer, ''))),
        lower(unaccent(coalesce(s.audience, '') || ' ' || s.title)),
        coalesce(x.starts, '{}'),
        coalesce(x.ends, '{}'),
        lower(unaccent(coalesce(s.summary, '')))
      from seminars s
      left join lateral (
        select string_agg(coalesce(location, ''), ' ') as locations, array_agg(starts_at order by starts_at) as starts,
          array_agg(ends_at order by starts_at) as ends
        from seminar_sessions where seminar_id = s.id
      ) x on true
      where s.id = any(${textArray(ids)})
      on conflict (seminar_id) do update set status = excluded.status, vector = excluded.vector, words = excluded.words, places = excluded.places,
        provider = excluded.provider, trainer = excluded.trainer, audience = excluded.audience,
        session_starts = excluded.session_starts, session_ends = excluded.session_ends, summary_words = excluded.summary_words
      returning seminar_id
    )
    insert into search_words (word)
    select distinct w from indexed join seminars s on s.id = indexed.seminar_id,
      regexp_split_to_table(${searchWordsText}, '[^[:alnum:]-]+') as t,
      unnest(string_to_array(trim(both '-' from t), '-') || trim(both '-' from t)) as w
    where length(w) >= 4
    on conflict do nothing`;
}
