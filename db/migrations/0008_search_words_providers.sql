-- Typos are also corrected against the providers' names ("Volkshochshule" for "Volkshochschule"): the words of the
-- providers of existing seminars are added, whole and in their hyphenated parts, as the search index adds them.
INSERT INTO "search_words" ("word")
SELECT DISTINCT w FROM "seminars" s,
  regexp_split_to_table(lower(unaccent(coalesce(s.provider, ''))), '[^[:alnum:]-]+') AS t,
  unnest(string_to_array(trim(both '-' from t), '-') || trim(both '-' from t)) AS w
WHERE length(w) >= 4
ON CONFLICT DO NOTHING;
