-- Both engines stem alike: PostgreSQL 18's German stemmer (PGlite) takes "-erin"/"-erinnen" and "-eln" off and keeps
-- "system", PostgreSQL 15's does not ("Bürgerinnen" is "burg" on one and "burgerinn" on the other, "System" "system"
-- and "syst"). The texts are evened out before stemming, in the index and in every query, so that "Bürgerinnen" finds
-- "Bürger" and "Regeln" "Regel" on both.
CREATE OR REPLACE FUNCTION german_forms(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(
    regexp_replace(regexp_replace(t, '([[:alpha:]]{2}er)in(nen)?\M', '\1', 'gi'), '([[:alpha:]]{2})eln\M', '\1el', 'gi'),
    'system\M', 'systeme', 'gi')
$$;--> statement-breakpoint
UPDATE "seminar_search" x SET "vector" =
  setweight(to_tsvector('german', german_forms(unaccent(coalesce(s."title", '')))), 'A') ||
  setweight(to_tsvector('simple', unaccent(coalesce(s."title", ''))), 'A') ||
  setweight(to_tsvector('german', german_forms(unaccent(array_to_string(s."topics", ' ')))), 'B') ||
  setweight(to_tsvector('simple', unaccent(array_to_string(s."topics", ' '))), 'B') ||
  setweight(to_tsvector('german', german_forms(unaccent(coalesce(s."summary", '')))), 'C') ||
  setweight(to_tsvector('german', german_forms(unaccent(coalesce(s."description", '') || ' ' || coalesce(s."audience", '')))), 'D')
FROM "seminars" s WHERE s."id" = x."seminar_id";
