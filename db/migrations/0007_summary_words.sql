-- Parts of the summary's compounds are found too ("Rücken" in "Rückenschmerzen"): the search index keeps the summary.
ALTER TABLE "seminar_search" ADD COLUMN "summary_words" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "seminar_search_summary_words_idx" ON "seminar_search" USING gin ("summary_words" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
UPDATE "seminar_search" x SET "summary_words" = lower(unaccent(coalesce(s."summary", ''))) FROM "seminars" s WHERE s."id" = x."seminar_id";
