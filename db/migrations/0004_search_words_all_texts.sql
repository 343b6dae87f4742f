-- Typos are corrected against every word of a seminar's texts, not only its title and topics ("Exel" when only the
-- summary names Excel, "Phising" when only the description names phishing): the words of existing seminars are added.
INSERT INTO "search_words" ("word")
SELECT DISTINCT w FROM "seminars" s,
  regexp_split_to_table(lower(unaccent(coalesce(s.title, '') || ' ' || array_to_string(s.topics, ' ') || ' ' || coalesce(s.summary, '') || ' ' || coalesce(s.description, ''))), '[^[:alnum:]]+') AS w
WHERE length(w) >= 4
ON CONFLICT DO NOTHING;
