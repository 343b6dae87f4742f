// How a seminar row is indexed for search: a weighted tsvector (German stemming plus the simple configuration for
// English words and acronyms; title > topics > summary > description) and a plain text for trigram matching.
import { sql, type SQL } from 'drizzle-orm';

/** Recomputes the search columns of the given seminars; run after every write of a seminar row. */
export function refreshSearchIndexSql(ids: string[]): SQL {
  return sql`
    update seminars set
      search_vector =
        setweight(to_tsvector('german', unaccent(coalesce(title, ''))), 'A') ||
        setweight(to_tsvector('simple', unaccent(coalesce(title, ''))), 'A') ||
        setweight(to_tsvector('german', unaccent(array_to_string(topics, ' '))), 'B') ||
        setweight(to_tsvector('simple', unaccent(array_to_string(topics, ' '))), 'B') ||
        setweight(to_tsvector('german', unaccent(coalesce(summary, ''))), 'C') ||
        setweight(to_tsvector('german', unaccent(coalesce(description, '') || ' ' || coalesce(audience, ''))), 'D'),
      search_text = lower(unaccent(coalesce(title, '') || ' ' || array_to_string(topics, ' ')))
    where id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`;
}
