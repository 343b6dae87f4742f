-- The search index moves to a table of its own (seminar_search) with GIN indexes that do not defer new entries, and the
-- catalogue's words are kept for typo correction (search_words). Existing seminars are indexed here.
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seminar_search" (
	"seminar_id" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"vector" "tsvector" NOT NULL,
	"words" text NOT NULL,
	"places" text NOT NULL,
	"provider" text NOT NULL,
	"trainer" text NOT NULL,
	"audience" text NOT NULL,
	"session_starts" timestamp with time zone[] NOT NULL
);
--> statement-breakpoint
DROP INDEX "seminars_search_idx";--> statement-breakpoint
DROP INDEX "seminars_search_text_trgm_idx";--> statement-breakpoint
ALTER TABLE "seminar_search" ADD CONSTRAINT "seminar_search_seminar_id_seminars_id_fk" FOREIGN KEY ("seminar_id") REFERENCES "public"."seminars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "seminar_search_vector_idx" ON "seminar_search" USING gin ("vector") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "seminar_search_words_idx" ON "seminar_search" USING gin ("words" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "seminar_search_places_idx" ON "seminar_search" USING gin ("places" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "seminar_search_provider_idx" ON "seminar_search" USING gin ("provider" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "seminar_search_audience_idx" ON "seminar_search" USING gin ("audience" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
INSERT INTO "seminar_search" ("seminar_id", "status", "vector", "words", "places", "provider", "trainer", "audience", "session_starts")
SELECT s.id, s.status,
  setweight(to_tsvector('german', unaccent(coalesce(s.title, ''))), 'A') ||
  setweight(to_tsvector('simple', unaccent(coalesce(s.title, ''))), 'A') ||
  setweight(to_tsvector('german', unaccent(array_to_string(s.topics, ' '))), 'B') ||
  setweight(to_tsvector('simple', unaccent(array_to_string(s.topics, ' '))), 'B') ||
  setweight(to_tsvector('german', unaccent(coalesce(s.summary, ''))), 'C') ||
  setweight(to_tsvector('german', unaccent(coalesce(s.description, '') || ' ' || coalesce(s.audience, ''))), 'D'),
  lower(unaccent(coalesce(s.title, '') || ' ' || array_to_string(s.topics, ' '))),
  lower(unaccent(coalesce(s.location, '') || ' ' || coalesce(x.locations, ''))),
  ' ' || lower(unaccent(coalesce(s.provider, ''))) || ' ',
  lower(unaccent(coalesce(s.trainer, ''))),
  lower(unaccent(coalesce(s.audience, '') || ' ' || s.title)),
  coalesce(x.starts, '{}')
FROM "seminars" s
LEFT JOIN LATERAL (
  SELECT string_agg(coalesce(location, ''), ' ') AS locations, array_agg(starts_at ORDER BY starts_at) AS starts
  FROM "seminar_sessions" WHERE seminar_id = s.id
) x ON true;--> statement-breakpoint
INSERT INTO "search_words" ("word")
SELECT DISTINCT w FROM "seminar_search", regexp_split_to_table("seminar_search"."words", '[^[:alnum:]]+') AS w WHERE length(w) >= 4
ON CONFLICT DO NOTHING;--> statement-breakpoint
ALTER TABLE "seminars" DROP COLUMN "search_vector";--> statement-breakpoint
ALTER TABLE "seminars" DROP COLUMN "search_text";