-- The search index keeps the session ends beside the starts: "vormittags" asks for a session over by early afternoon.
ALTER TABLE "seminar_search" ADD COLUMN "session_ends" timestamp with time zone[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- Existing seminars get their session ends, in the order of the starts.
UPDATE "seminar_search" x SET "session_ends" = coalesce(
  (SELECT array_agg(ends_at ORDER BY starts_at) FROM "seminar_sessions" WHERE seminar_id = x.seminar_id), '{}');
