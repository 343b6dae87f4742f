-- Typos are also corrected against hyphenated words as a whole ("Datenschutzgrundverordung" for
-- "Datenschutz-Grundverordnung"): the hyphenated words of existing seminars are added.
INSERT INTO "search_words" ("word")
SELECT DISTINCT trim(both '-' from t) FROM "seminars" s,
  regexp_split_to_table(lower(unaccent(coalesce(s.title, '') || ' ' || array_to_string(s.topics, ' ') || ' ' || coalesce(s.summary, '') || ' ' || coalesce(s.description, ''))), '[^[:alnum:]-]+') AS t
WHERE length(trim(both '-' from t)) >= 4
ON CONFLICT DO NOTHING;
