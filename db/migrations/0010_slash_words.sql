-- "VOB/A", "SGB II/XII", "UVgO/VgV": PostgreSQL's text parser reads letters around a slash as one path ('vob/a'), so
-- "VOB" found nothing. The index splits such words at the slash (the questions' words never have one).
CREATE OR REPLACE FUNCTION split_slashes(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(t, '([[:alnum:]])/(?=[[:alnum:]])', '\1 ', 'g')
$$;--> statement-breakpoint
UPDATE "seminar_search" x SET "vector" =
  setweight(to_tsvector('german', german_forms(split_slashes(unaccent(coalesce(s."title", ''))))), 'A') ||
  setweight(to_tsvector('simple', split_slashes(unaccent(coalesce(s."title", '')))), 'A') ||
  setweight(to_tsvector('german', german_forms(split_slashes(unaccent(array_to_string(s."topics", ' '))))), 'B') ||
  setweight(to_tsvector('simple', split_slashes(unaccent(array_to_string(s."topics", ' ')))), 'B') ||
  setweight(to_tsvector('german', german_forms(split_slashes(unaccent(coalesce(s."summary", ''))))), 'C') ||
  setweight(to_tsvector('german', german_forms(split_slashes(unaccent(coalesce(s."description", '') || ' ' || coalesce(s."audience", ''))))), 'D')
FROM "seminars" s WHERE s."id" = x."seminar_id";
